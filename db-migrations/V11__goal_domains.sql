-- A person's own goal on a case can name the well-being domain it belongs to, so personal outcomes and the
-- well-being domains instrument's scores sit together.
alter table case_goal add column domain text;
alter table case_goal add column domain_vocabulary text generated always as ('wellbeing-domain') stored;
alter table case_goal add constraint case_goal_domain_known
    foreign key (domain_vocabulary, domain) references reference_code (vocabulary, code);
