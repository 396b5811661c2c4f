-- Compounds as the map shows them: one row per compound, current state.
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;

CREATE TABLE compound (
    compound_id     text PRIMARY KEY,
    name            text NOT NULL,
    households      integer NOT NULL,
    management_mode text NOT NULL,
    boundary        public.geometry(Polygon, 4326) NOT NULL,
    registered_at   timestamptz NOT NULL,
    -- the aggregate's sequence number after the last event applied
    version         bigint NOT NULL
);

CREATE INDEX compound_boundary_idx ON compound USING gist (boundary);
