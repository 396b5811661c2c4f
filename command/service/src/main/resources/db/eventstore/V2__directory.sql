-- The write side's look-up tables (see org.gridatlas.command.directory).
-- Written in the same transaction as the events they are derived from.
CREATE TABLE directory_area (
    code          text PRIMARY KEY,
    level         text NOT NULL,
    district_code text NOT NULL
);

CREATE TABLE directory_grid (
    grid_code     text PRIMARY KEY,
    district_code text NOT NULL
);

CREATE TABLE directory_compound (
    compound_id   text PRIMARY KEY,
    district_code text NOT NULL,
    unmanaged     boolean NOT NULL
);
CREATE INDEX directory_compound_unmanaged_idx ON directory_compound (district_code) WHERE unmanaged;

CREATE TABLE directory_campaign (
    campaign_id   text PRIMARY KEY,
    district_code text NOT NULL,
    open          boolean NOT NULL
);
-- Two launches racing each other cannot both succeed.
CREATE UNIQUE INDEX directory_campaign_one_open_idx ON directory_campaign (district_code) WHERE open;
