-- Time travel. Every table the map and the figures read keeps each version
-- of each row in <table>_history, valid from the timestamp of the event that
-- wrote it until the one that replaced or removed it. Triggers write the
-- versions as the projections write the rows, so a replay rebuilds the
-- history from the events with the tables. <table>_at(instant) gives the
-- rows as they were at that instant, in the table's own columns and order.

-- The event being projected: its timestamp is set per event by the query
-- side (AsOfHistory) in the projection's transaction; writes outside a
-- projection (none today) are dated by the transaction.
CREATE FUNCTION readmodel.version_instant() RETURNS timestamptz LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('gridatlas.event_at', true), '')::timestamptz, now())
$$;

-- Creates or brings up to date the history of one table: the history table
-- (new columns of the table added to it), its indexes, the trigger function
-- that copies the table's columns by name, and <table>_at. A migration that
-- adds a column to a kept table calls it again.
CREATE FUNCTION readmodel.keep_history(kept text, key_columns text[]) RETURNS void LANGUAGE plpgsql AS $keep$
DECLARE
    history   text := kept || '_history';
    columns   text;
    new_row   text;
    old_key   text;
    key_list  text;
    missing   record;
BEGIN
    EXECUTE format('CREATE TABLE IF NOT EXISTS readmodel.%I (LIKE readmodel.%I, '
                   'valid_from timestamptz NOT NULL, valid_to timestamptz)', history, kept);
    FOR missing IN
        SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type
        FROM pg_attribute a
        WHERE a.attrelid = format('readmodel.%I', kept)::regclass AND a.attnum > 0 AND NOT a.attisdropped
          AND NOT EXISTS (SELECT 1 FROM pg_attribute h
                          WHERE h.attrelid = format('readmodel.%I', history)::regclass
                            AND h.attname = a.attname AND NOT h.attisdropped)
        ORDER BY a.attnum
    LOOP
        EXECUTE format('ALTER TABLE readmodel.%I ADD COLUMN %I %s', history, missing.attname, missing.type);
    END LOOP;

    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
           string_agg('NEW.' || quote_ident(a.attname), ', ' ORDER BY a.attnum)
    INTO columns, new_row
    FROM pg_attribute a
    WHERE a.attrelid = format('readmodel.%I', kept)::regclass AND a.attnum > 0 AND NOT a.attisdropped;
    SELECT string_agg(format('%1$I = OLD.%1$I', k), ' AND '), string_agg(quote_ident(k), ', ')
    INTO old_key, key_list
    FROM unnest(key_columns) k;

    -- One open version per row; the trigger closes it by key.
    EXECUTE format('CREATE UNIQUE INDEX IF NOT EXISTS %I ON readmodel.%I (%s) WHERE valid_to IS NULL',
                   history || '_open_idx', history, key_list);
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON readmodel.%I USING gist (tstzrange(valid_from, valid_to))',
                   history || '_valid_idx', history);

    -- A second write in the same instant replaces that instant's version
    -- rather than leaving one that was never valid; a write that changes
    -- nothing (placing a compound again where it was) makes no version.
    EXECUTE format($fn$
        CREATE OR REPLACE FUNCTION readmodel.%1$I() RETURNS trigger LANGUAGE plpgsql AS $body$
        DECLARE
            at timestamptz := readmodel.version_instant();
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
                RETURN NULL;
            END IF;
            IF TG_OP <> 'INSERT' THEN
                DELETE FROM readmodel.%2$I WHERE %3$s AND valid_to IS NULL AND valid_from >= at;
                UPDATE readmodel.%2$I SET valid_to = at WHERE %3$s AND valid_to IS NULL;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO readmodel.%2$I (%4$s, valid_from) VALUES (%5$s, at);
            END IF;
            RETURN NULL;
        END
        $body$$fn$, 'record_' || history, history, old_key, columns, new_row);
    EXECUTE format($fn$
        CREATE OR REPLACE FUNCTION readmodel.%1$I() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            TRUNCATE readmodel.%2$I;
            RETURN NULL;
        END
        $body$$fn$, 'truncate_' || history, history);
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON readmodel.%I', 'record_history', kept);
    EXECUTE format('CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON readmodel.%I '
                   'FOR EACH ROW EXECUTE FUNCTION readmodel.%I()', kept, 'record_' || history);
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON readmodel.%I', 'truncate_history', kept);
    EXECUTE format('CREATE TRIGGER truncate_history AFTER TRUNCATE ON readmodel.%I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION readmodel.%I()', kept, 'truncate_' || history);

    -- A SQL function of one SELECT: PostgreSQL inlines it into the query that
    -- calls it, so the history's indexes serve as-of queries.
    EXECUTE format($fn$
        CREATE OR REPLACE FUNCTION readmodel.%1$I(at timestamptz) RETURNS SETOF readmodel.%2$I
        LANGUAGE sql STABLE AS $body$
            SELECT * FROM readmodel.%2$I WHERE tstzrange(valid_from, valid_to) @> at
        $body$$fn$, kept || '_at', history);
END
$keep$;

SELECT readmodel.keep_history('area', ARRAY['code']);
SELECT readmodel.keep_history('compound', ARRAY['compound_id']);
SELECT readmodel.keep_history('compound_placement', ARRAY['compound_id']);
SELECT readmodel.keep_history('grid', ARRAY['grid_code']);
SELECT readmodel.keep_history('micro_grid', ARRAY['micro_grid_code']);
SELECT readmodel.keep_history('micro_grid_placement', ARRAY['micro_grid_code']);
SELECT readmodel.keep_history('party_organisation', ARRAY['organisation_id']);
SELECT readmodel.keep_history('campaign', ARRAY['campaign_id']);
SELECT readmodel.keep_history('problem', ARRAY['problem_id']);

-- The map asks for a box at an instant; the figures for a district at one.
CREATE INDEX compound_history_map_idx ON readmodel.compound_history
    USING gist (boundary, tstzrange(valid_from, valid_to));
CREATE INDEX compound_history_district_idx ON readmodel.compound_history (district_code, valid_from);
CREATE INDEX grid_history_map_idx ON readmodel.grid_history USING gist (boundary, tstzrange(valid_from, valid_to));
CREATE INDEX micro_grid_history_map_idx ON readmodel.micro_grid_history
    USING gist (boundary, tstzrange(valid_from, valid_to));
CREATE INDEX problem_history_district_idx ON readmodel.problem_history (district_code, valid_from);
