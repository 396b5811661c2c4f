-- Where points lie, and what rules on problems, meetings and complaint
-- figures look up (see org.gridatlas.command.directory). PostGIS may not be
-- there yet when this schema migrates before the read model's.
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;

CREATE TABLE directory_boundary (
    record_id      text PRIMARY KEY,
    kind           text NOT NULL,            -- COMPOUND or GRID
    district_code  text NOT NULL,
    community_code text NOT NULL,
    boundary       public.geometry(Polygon, 4326) NOT NULL
);
CREATE INDEX directory_boundary_idx ON directory_boundary USING gist (boundary);

-- Existing compounds and grids, each with its latest boundary.
INSERT INTO directory_boundary (record_id, kind, district_code, community_code, boundary)
SELECT f.aggregate_identifier,
       CASE WHEN f.payload_type LIKE '%CompoundRegisteredEvent' THEN 'COMPOUND' ELSE 'GRID' END,
       convert_from(f.payload, 'UTF8')::jsonb ->> 'districtCode',
       convert_from(f.payload, 'UTF8')::jsonb ->> 'communityCode',
       public.ST_GeomFromText(latest.shape ->> 'boundaryWkt', 4326)
  FROM domain_event_entry f
  CROSS JOIN LATERAL (
        SELECT convert_from(b.payload, 'UTF8')::jsonb AS shape
          FROM domain_event_entry b
         WHERE b.aggregate_identifier = f.aggregate_identifier
           AND b.payload_type IN ('org.gridatlas.messages.compound.CompoundRegisteredEvent',
                                  'org.gridatlas.messages.compound.CompoundBoundaryCorrectedEvent',
                                  'org.gridatlas.messages.grid.GridDrawnEvent',
                                  'org.gridatlas.messages.grid.GridBoundaryRedrawnEvent')
         ORDER BY b.sequence_number DESC
         LIMIT 1) latest
 WHERE f.payload_type IN ('org.gridatlas.messages.compound.CompoundRegisteredEvent',
                          'org.gridatlas.messages.grid.GridDrawnEvent');

CREATE TABLE directory_problem (
    problem_id     text PRIMARY KEY,
    district_code  text NOT NULL,
    community_code text NOT NULL,
    found_on       date NOT NULL
);

CREATE TABLE directory_meeting (
    meeting_id     text PRIMARY KEY,
    district_code  text NOT NULL,
    community_code text NOT NULL,
    held_on        date NOT NULL,
    problem_ids    text[] NOT NULL
);

CREATE TABLE directory_complaint_figure (
    figure_id  text PRIMARY KEY,
    area_code  text NOT NULL,
    first_day  date NOT NULL,
    last_day   date NOT NULL
);
CREATE INDEX directory_complaint_figure_area_idx ON directory_complaint_figure (area_code);
