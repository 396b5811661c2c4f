-- A campaign is for an area: its district, a sub-district or a community.
-- Campaigns launched before were their district's. One open campaign per
-- area now, so a sub-district may run its own inside the district's.
ALTER TABLE directory_campaign ADD COLUMN area_code text;
UPDATE directory_campaign SET area_code = district_code;
ALTER TABLE directory_campaign ALTER COLUMN area_code SET NOT NULL;

DROP INDEX directory_campaign_one_open_idx;
-- Two launches for the same area racing each other cannot both succeed.
CREATE UNIQUE INDEX directory_campaign_one_open_idx ON directory_campaign (area_code) WHERE open;
