-- Reviewed Welsh for the reference vocabularies, shown by the web client: the person is "yr unigolyn", never "y
-- person" (which reads as "the parson"), and well-being is "llesiant" throughout, as in the 2014 Act.
-- Corrections to the Welsh labels of reference codes (reference_code.label_cy).
-- Only labels that are wrong or inconsistent are changed; every other label was checked and left alone.

update reference_code set label_cy = 'Yr unigolyn wedi gwrthod rhagor o gymorth' where vocabulary = 'closure-reason' and code = 'declined-support'; -- "Y person" reads as "the parson"; the service user is "yr unigolyn"
update reference_code set label_cy = 'Yr unigolyn wedi peidio ag ymgysylltu' where vocabulary = 'closure-reason' and code = 'disengaged'; -- "Y person" -> "yr unigolyn"; "ymddieithrio" means to become estranged, disengaging from a service is "peidio ag ymgysylltu" (matches moment-type engaged = "Wedi ymgysylltu")
update reference_code set label_cy = 'Wedi cael cartref neu wedi cynnal tenantiaeth' where vocabulary = 'closure-reason' and code = 'housed'; -- mistranslation: "tenantiaeth gynaliadwy" says "got a sustainable tenancy"; the English "tenancy sustained" means an existing tenancy was kept (tenancy sustainment = cynnal tenantiaeth)
update reference_code set label_cy = 'Yr unigolyn' where vocabulary = 'initiator' and code = 'person'; -- "Y person" reads as "the parson"; the service user is "yr unigolyn"
update reference_code set label_cy = 'Llesiant meddyliol ac emosiynol' where vocabulary = 'need-domain' and code = 'wellbeing'; -- well-being is "llesiant" (Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, and the wellbeing-domain labels), not "lles"
update reference_code set label_cy = 'Yr unigolyn' where vocabulary = 'observer' and code = 'person'; -- "Y person" reads as "the parson"; the service user is "yr unigolyn"
