-- Boundaries of sub-districts and communities for the area layer. A drawn
-- boundary (AreaBoundaryDrawnEvent, kept by the area projection) wins; the
-- derived one, the union of the area's grids, is kept current by the grid
-- projection whenever a grid of the area is drawn or moved, so the layer
-- reads both without computing a union at read time.
CREATE TABLE area_boundary (
    area_code     text PRIMARY KEY,
    district_code text NOT NULL,
    level         text NOT NULL,          -- SUB_DISTRICT or COMMUNITY
    boundary      public.geometry(MultiPolygon, 4326) NOT NULL,
    drawn_at      timestamptz NOT NULL,
    drawn_by      text,
    reason        text
);
CREATE INDEX area_boundary_district_idx ON area_boundary (district_code);

CREATE TABLE area_derived_boundary (
    area_code     text PRIMARY KEY,
    district_code text NOT NULL,
    level         text NOT NULL,          -- SUB_DISTRICT or COMMUNITY
    boundary      public.geometry(MultiPolygon, 4326) NOT NULL,
    grids         integer NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX area_derived_boundary_district_idx ON area_derived_boundary (district_code);
