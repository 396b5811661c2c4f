-- The administrative hierarchy, grids and micro-grids as the map and the
-- query API read them.
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;

CREATE TABLE area (
    code          text PRIMARY KEY,
    level         text NOT NULL,          -- DISTRICT, SUB_DISTRICT or COMMUNITY
    district_code text NOT NULL,
    parent_code   text,                   -- none for a district
    name          text NOT NULL,
    registered_at timestamptz NOT NULL,
    -- on the district's row: the district aggregate's version, for renames
    version       bigint
);
CREATE INDEX area_district_idx ON area (district_code);

CREATE TABLE grid (
    grid_code         text PRIMARY KEY,
    district_code     text NOT NULL,
    sub_district_code text NOT NULL,
    community_code    text NOT NULL,
    name              text NOT NULL,
    boundary          public.geometry(Polygon, 4326) NOT NULL,
    workers           text[] NOT NULL DEFAULT '{}',
    drawn_at          timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint NOT NULL
);
CREATE INDEX grid_boundary_idx ON grid USING gist (boundary);
CREATE INDEX grid_district_idx ON grid (district_code);

CREATE TABLE micro_grid (
    micro_grid_code text PRIMARY KEY,
    grid_code       text NOT NULL,
    district_code   text NOT NULL,
    name            text NOT NULL,
    boundary        public.geometry(Polygon, 4326) NOT NULL,
    helpers         text[] NOT NULL
);
CREATE INDEX micro_grid_grid_idx ON micro_grid (grid_code);
CREATE INDEX micro_grid_boundary_idx ON micro_grid USING gist (boundary);
