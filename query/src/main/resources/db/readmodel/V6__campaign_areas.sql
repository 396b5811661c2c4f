-- A campaign is for an area of its district: the district itself, a
-- sub-district or a community. Campaigns read before were the district's.
ALTER TABLE campaign ADD COLUMN area_code text, ADD COLUMN area_level text;
UPDATE campaign SET area_code = district_code, area_level = 'DISTRICT';
ALTER TABLE campaign ALTER COLUMN area_code SET NOT NULL, ALTER COLUMN area_level SET NOT NULL;
CREATE INDEX campaign_area_idx ON campaign (area_code);
