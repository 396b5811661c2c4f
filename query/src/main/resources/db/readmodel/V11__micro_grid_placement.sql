-- Which micro-grid each compound counts in, and the households each micro-grid
-- holds (query.grid.MicroGridPlacementProjection). Tables of their own, with
-- their own copy of the boundaries, so that the projection never waits on
-- another projection's rows. A compound counts in one micro-grid: the one of its
-- first grid that it overlaps most (its grids are kept largest overlap first).
CREATE TABLE micro_grid_placement (
    micro_grid_code text PRIMARY KEY,
    grid_code       text NOT NULL,
    boundary        public.geometry(Polygon, 4326) NOT NULL,
    households      integer NOT NULL DEFAULT 0
);
CREATE INDEX micro_grid_placement_grid_idx ON micro_grid_placement (grid_code);
CREATE INDEX micro_grid_placement_boundary_idx ON micro_grid_placement USING gist (boundary);

CREATE TABLE compound_placement (
    compound_id     text PRIMARY KEY,
    boundary        public.geometry(Polygon, 4326) NOT NULL,
    households      integer NOT NULL,
    grid_codes      text[] NOT NULL,
    micro_grid_code text
);
CREATE INDEX compound_placement_grid_codes_idx ON compound_placement USING gin (grid_codes);
CREATE INDEX compound_placement_micro_grid_idx ON compound_placement (micro_grid_code);
