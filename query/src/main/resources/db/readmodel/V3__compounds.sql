-- Compounds, current state: one row per compound.
CREATE TABLE compound (
    compound_id                text PRIMARY KEY,
    district_code              text NOT NULL,
    sub_district_code          text NOT NULL,
    community_code             text NOT NULL,
    name                       text NOT NULL,
    address                    text,
    households                 integer NOT NULL,
    buildings                  integer NOT NULL,
    units                      integer NOT NULL,
    floor_area                 numeric(12, 2) NOT NULL,
    year_built                 integer NOT NULL,
    category                   text NOT NULL,
    boundary                   public.geometry(Polygon, 4326) NOT NULL,
    grid_codes                 text[] NOT NULL,
    management_mode            text NOT NULL,
    provider                   text,
    managed_since              date,
    fee_stance                 text,
    clearance_strategy         text,
    clearance_planned_date     date,
    subsidy_rate               numeric(6, 2),
    subsidy_months             integer,
    subsidy_commitment         numeric(14, 2),
    owners_committee_since     date,
    management_committee_since date,
    building_leaders           integer NOT NULL DEFAULT 0,
    unit_leaders               integer NOT NULL DEFAULT 0,
    relapses                   integer NOT NULL DEFAULT 0,
    registered_at              timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    version                    bigint NOT NULL
);
CREATE INDEX compound_boundary_idx ON compound USING gist (boundary);
CREATE INDEX compound_district_idx ON compound (district_code);
CREATE INDEX compound_grid_codes_idx ON compound USING gin (grid_codes);

-- The management ledger (台账): the state at registration and every change
-- after it, with who recorded it and why. Campaign trends are read from here.
CREATE TABLE management_change (
    event_id        text PRIMARY KEY,
    compound_id     text NOT NULL,
    sequence_number bigint NOT NULL,
    district_code   text NOT NULL,
    previous_mode   text,                 -- none at registration
    mode            text NOT NULL,
    provider        text,
    since           date,
    fee_stance      text,
    transition      text NOT NULL,        -- REGISTERED, CLEARED, RELAPSED or CHANGED
    recorded_by     text,
    reason          text,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX management_change_compound_idx ON management_change (compound_id, sequence_number);
CREATE INDEX management_change_district_idx ON management_change (district_code, recorded_at);
