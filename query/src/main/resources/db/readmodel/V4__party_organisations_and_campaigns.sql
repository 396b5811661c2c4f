CREATE TABLE party_organisation (
    organisation_id text PRIMARY KEY,
    district_code   text NOT NULL,
    type            text NOT NULL,
    name            text NOT NULL,
    full_members    integer NOT NULL,
    founded_on      date NOT NULL,
    dissolved_on    date,
    compound_ids    text[] NOT NULL,
    grid_codes      text[] NOT NULL,
    version         bigint NOT NULL
);
CREATE INDEX party_organisation_district_idx ON party_organisation (district_code);
CREATE INDEX party_organisation_compounds_idx ON party_organisation USING gin (compound_ids);
CREATE INDEX party_organisation_grids_idx ON party_organisation USING gin (grid_codes);

CREATE TABLE campaign (
    campaign_id         text PRIMARY KEY,
    district_code       text NOT NULL,
    name                text NOT NULL,
    launched_on         date NOT NULL,
    launched_at         timestamptz NOT NULL,
    target_date         date NOT NULL,
    milestones          jsonb NOT NULL,
    compounds_at_launch integer NOT NULL,
    unmanaged_at_launch text[] NOT NULL,
    closed_on           date,
    version             bigint NOT NULL
);
CREATE INDEX campaign_district_idx ON campaign (district_code);
