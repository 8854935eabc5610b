-- A form submitted twice (a double click, a reload of the POST, a retry on a slow connection) is stored once.
-- Each form carries a token made when it was shown; the first submission to commit claims it, in the same
-- transaction as what it stores, and any later one is sent where the first was. Tokens are kept for a day.
create table form_submission (
    token        uuid primary key,
    worker_id    uuid not null references worker (id),
    submitted_at timestamptz not null,
    -- where the browser was sent after the first submission, so a repeat lands on the same page
    redirect_to  text not null check (length(redirect_to) <= 500)
);

create index form_submission_submitted_at on form_submission (submitted_at);
