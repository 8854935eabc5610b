-- Lists of a case's referrals and offers, newest first, without scanning every row.
create index referral_case_idx on referral (case_id, sent_at desc, id desc);
create index offer_case_idx on offer (case_id, offered_at desc, id desc);
