-- Service quality: problems and their resolutions, meetings, complaint figures.

CREATE TABLE problem (
    problem_id        text PRIMARY KEY,
    district_code     text NOT NULL,
    sub_district_code text NOT NULL,
    community_code    text NOT NULL,
    compound_id       text,
    grid_code         text,
    location          public.geometry(Point, 4326) NOT NULL,
    category          text NOT NULL,
    found_through     text NOT NULL,
    description       text NOT NULL,
    found_on          date NOT NULL,
    -- the current state: resolved on and by which meeting, or open (both null)
    resolved_on       date,
    meeting_id        text,
    reopenings        integer NOT NULL DEFAULT 0,
    reported_at       timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint NOT NULL
);
CREATE INDEX problem_location_idx ON problem USING gist (location);
CREATE INDEX problem_district_idx ON problem (district_code, found_on);

-- Every resolution, and when it was undone by a reopening: a problem's state
-- on any past day, so a period's figures stay what they were.
CREATE TABLE problem_resolution (
    problem_id      text NOT NULL,
    sequence_number bigint NOT NULL,
    resolved_on     date NOT NULL,
    meeting_id      text,
    reopened_on     date,
    PRIMARY KEY (problem_id, sequence_number)
);

CREATE TABLE meeting (
    meeting_id        text PRIMARY KEY,
    district_code     text NOT NULL,
    sub_district_code text NOT NULL,
    community_code    text NOT NULL,
    kind              text NOT NULL,
    held_on           date NOT NULL,
    subject           text,
    place_name        text NOT NULL,
    place_location    public.geometry(Point, 4326),
    participants      jsonb NOT NULL,
    problem_ids       text[] NOT NULL,
    recorded_at       timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint NOT NULL
);
CREATE INDEX meeting_district_idx ON meeting (district_code, held_on);

CREATE TABLE complaint_figure (
    figure_id         text PRIMARY KEY,
    district_code     text NOT NULL,
    area_code         text NOT NULL,
    -- the area's sub-district and community, where it is at that level or below
    sub_district_code text,
    community_code    text,
    period            text NOT NULL,
    first_day         date NOT NULL,
    last_day          date NOT NULL,
    complaints        integer NOT NULL,
    recorded_at       timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint NOT NULL
);
CREATE INDEX complaint_figure_district_idx ON complaint_figure (district_code, first_day);
