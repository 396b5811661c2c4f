-- Gives the bench read model a year of history: after the fill (dated
-- 2025-12-01 through gridatlas.event_at, see bench/asof.sh), each month of
-- 2026 changes a quarter of the compounds (chosen by a hash of the id and the
-- month): an unmanaged one is cleared, a managed one relapses, so each
-- compound has about four versions, as the demo's have after its campaign.
-- The history triggers date each version by the month's gridatlas.event_at.
\set ON_ERROR_STOP on

DO $$
BEGIN
    FOR month IN 1..11 LOOP
        PERFORM set_config('gridatlas.event_at', make_date(2026, month, 15)::timestamptz::text, true);
        UPDATE readmodel.compound
        SET management_mode = CASE WHEN management_mode = 'UNMANAGED' THEN 'STATE_OWNED_FALLBACK' ELSE 'UNMANAGED' END,
            provider = CASE WHEN management_mode = 'UNMANAGED' THEN '压测国有物业' END,
            relapses = relapses + CASE WHEN management_mode = 'UNMANAGED' THEN 0 ELSE 1 END,
            updated_at = make_date(2026, month, 15), version = version + 1
        WHERE (hashtext(compound_id || month) & 3) = 0;
    END LOOP;
END
$$;

ANALYZE readmodel.compound;
ANALYZE readmodel.compound_history;
