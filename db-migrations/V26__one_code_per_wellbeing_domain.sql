-- One code for each of the eight well-being domains (issue 13): the well-being domains instrument named its items
-- with short codes of its own (health, home, ...), while goals and moments use the wellbeing-domain vocabulary's
-- (physical-mental-health, suitability-of-living-accommodation, ...) for the same domains, so a client had to map
-- one onto the other. The instrument's items take the vocabulary's codes, everywhere they are stored: the items,
-- their bands (the foreign key to the items is checked at commit), and the answers already given.
create temporary table wellbeing_domain_code (old_code text primary key, new_code text not null) on commit drop;
insert into wellbeing_domain_code values
    ('health', 'physical-mental-health'),
    ('safety', 'protection-from-abuse'),
    ('learning', 'education-training-recreation'),
    ('relationships', 'domestic-family-personal-relationships'),
    ('contribution', 'contribution-to-society'),
    ('rights', 'securing-rights'),
    ('social-economic', 'social-economic-wellbeing'),
    ('home', 'suitability-of-living-accommodation');

update instrument_item i set code = m.new_code
from wellbeing_domain_code m, instrument_version v, instrument n
where i.code = m.old_code and v.id = i.instrument_version_id and n.id = v.instrument_id
  and n.code = 'wellbeing-domains';

update instrument_band b set item_code = m.new_code
from wellbeing_domain_code m, instrument_version v, instrument n
where b.item_code = m.old_code and v.id = b.instrument_version_id and n.id = v.instrument_id
  and n.code = 'wellbeing-domains';

update assessment_answer a set item_code = m.new_code
from wellbeing_domain_code m, assessment s, instrument n
where a.item_code = m.old_code and s.id = a.assessment_id and n.id = s.instrument_id
  and n.code = 'wellbeing-domains';
