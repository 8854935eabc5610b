-- A band of one item names that item, which Hibernate may insert after the band (element collections are
-- written in no promised order): checked at the end of the transaction, so an instrument defined with
-- per-item bands is not refused by the order of the inserts.
alter table instrument_band drop constraint instrument_band_instrument_version_id_item_code_fkey;
alter table instrument_band add constraint instrument_band_item_fkey
    foreign key (instrument_version_id, item_code) references instrument_item (instrument_version_id, code)
    deferrable initially deferred;
