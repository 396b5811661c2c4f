-- Micro-grids as coordinators edit them (issue 9): the people of each micro-grid
-- and compound by name, every edit of a grid's division as a step with who,
-- when and why, the lineage those edits leave from old codes to new ones, and
-- the codes retired for good, so that their lineage stays readable.

-- Building leaders (楼栋长) and unit leaders (单元长): [{"name","phone","building"}].
ALTER TABLE micro_grid
    ADD COLUMN building_leaders jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN unit_leaders     jsonb NOT NULL DEFAULT '[]';

ALTER TABLE compound
    ADD COLUMN named_building_leaders jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN named_unit_leaders     jsonb NOT NULL DEFAULT '[]';

-- One row per edit of a grid's division: the event's codes before and after.
CREATE TABLE micro_grid_edit (
    grid_code       text NOT NULL,
    version         bigint NOT NULL,       -- the grid's sequence number of the event
    operation       text NOT NULL,         -- SPLIT, MERGE, MOVE_SHARED_EDGE, RETIRE or REDRAW
    occurred_at     timestamptz NOT NULL,
    changed_by      text,                  -- the account
    changed_by_name text,
    reason          text,
    before_codes    text[] NOT NULL,
    after_codes     text[] NOT NULL,
    PRIMARY KEY (grid_code, version)
);
CREATE INDEX micro_grid_edit_before_idx ON micro_grid_edit USING gin (before_codes);
CREATE INDEX micro_grid_edit_after_idx ON micro_grid_edit USING gin (after_codes);

-- Part of from_code's area went to to_code in that edit.
CREATE TABLE micro_grid_lineage (
    grid_code       text NOT NULL,
    version         bigint NOT NULL,
    from_code       text NOT NULL,
    to_code         text NOT NULL,
    operation       text NOT NULL,
    occurred_at     timestamptz NOT NULL,
    changed_by      text,
    changed_by_name text,
    reason          text,
    PRIMARY KEY (grid_code, version, from_code, to_code)
);
CREATE INDEX micro_grid_lineage_from_idx ON micro_grid_lineage (from_code);
CREATE INDEX micro_grid_lineage_to_idx ON micro_grid_lineage (to_code);

-- A code no longer in its grid's division; never used again.
CREATE TABLE retired_micro_grid (
    micro_grid_code text PRIMARY KEY,
    grid_code       text NOT NULL,
    district_code   text NOT NULL,
    name            text NOT NULL,
    retired_at      timestamptz NOT NULL,
    operation       text NOT NULL,
    version         bigint NOT NULL
);
CREATE INDEX retired_micro_grid_grid_idx ON retired_micro_grid (grid_code);
