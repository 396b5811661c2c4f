-- Fills the read model of a bench database directly (no events) with
-- districts of :subs sub-districts × :comms communities × :per compounds,
-- district codes 149 + three digits from :first on, :districts of them.
-- Each community has three grids side by side, each grid two micro-grids,
-- and two party organisations (a compound branch over five compounds, a grid
-- branch over the first grid). Figures vary deterministically with the row
-- number: about a quarter of the compounds unmanaged, every category, mode
-- and strategy present. Run by bench/statistics.sh with psql -v.
\set ON_ERROR_STOP on

CREATE TEMP TABLE bench_community AS
SELECT d, s, c,
       '149' || lpad((:first + d)::text, 3, '0') AS district,
       '149' || lpad((:first + d)::text, 3, '0') || lpad((s + 1)::text, 3, '0') AS sub,
       '149' || lpad((:first + d)::text, 3, '0') || lpad((s + 1)::text, 3, '0') || lpad((c + 1)::text, 3, '0') AS community,
       100 + (:first + d) * 0.4 + s * 0.035 AS x, 25 + c * 0.035 AS y
FROM generate_series(0, :districts - 1) d, generate_series(0, :subs - 1) s, generate_series(0, :comms - 1) c;

INSERT INTO readmodel.area (code, level, district_code, parent_code, name, registered_at, version)
SELECT DISTINCT district, 'DISTRICT', district, NULL::text, '压测区' || district, now(), 0::bigint FROM bench_community
UNION ALL
SELECT DISTINCT sub, 'SUB_DISTRICT', district, district, '压测街道' || sub, now(), NULL::bigint FROM bench_community
UNION ALL
SELECT community, 'COMMUNITY', district, sub, '压测社区' || community, now(), NULL::bigint FROM bench_community;

INSERT INTO readmodel.grid (grid_code, district_code, sub_district_code, community_code, name, boundary, workers,
                            drawn_at, updated_at, version)
SELECT community || '00' || (k + 1), district, sub, community, '网格' || (k + 1),
       ST_MakeEnvelope(x + k * 0.01, y, x + (k + 1) * 0.01, y + 0.03, 4326), ARRAY['网格员' || k], now(), now(), 0
FROM bench_community, generate_series(0, 2) k;

INSERT INTO readmodel.micro_grid (micro_grid_code, grid_code, district_code, name, boundary, helpers)
SELECT community || '00' || (k + 1) || '0' || (h + 1), community || '00' || (k + 1), district, '微网格' || (h + 1),
       ST_MakeEnvelope(x + k * 0.01, y + h * 0.015, x + (k + 1) * 0.01, y + (h + 1) * 0.015, 4326),
       ARRAY['辅助员' || h, '辅助员' || (h + 2)]
FROM bench_community, generate_series(0, 2) k, generate_series(0, 1) h;

CREATE TEMP TABLE bench_compound AS
SELECT b.*, j, (hashint4(j + 1000 * (d * 10000 + s * 100 + c)) & 2147483647) AS r
FROM bench_community b, generate_series(0, :per - 1) j;

INSERT INTO readmodel.compound (compound_id, district_code, sub_district_code, community_code, name, households,
                                buildings, units, floor_area, year_built, category, boundary, grid_codes,
                                management_mode, provider, managed_since, fee_stance, clearance_strategy,
                                clearance_planned_date, subsidy_rate, subsidy_months, subsidy_commitment,
                                owners_committee_since, building_leaders, unit_leaders, relapses,
                                registered_at, updated_at, version)
SELECT community || '-' || lpad(j::text, 4, '0'), district, sub, community, '压测小区' || j,
       households, buildings, units, floor_area, 1970 + r % 50,
       (ARRAY['COMMERCIAL', 'OLD_COMPOUND', 'UNIT_DORMITORY', 'URBAN_VILLAGE', 'RESETTLEMENT_HOUSING',
              'SCATTERED_BUILDINGS'])[1 + r % 6],
       ST_MakeEnvelope(x + (j % 10) * 0.003, y + (j / 10 % 10) * 0.003,
                       x + (j % 10) * 0.003 + 0.0025, y + (j / 10 % 10) * 0.003 + 0.0025, 4326),
       ARRAY[community || '00' || (1 + (j % 10) / 4)],
       mode, CASE WHEN mode = 'UNMANAGED' THEN NULL ELSE '压测物业' END,
       CASE WHEN mode = 'UNMANAGED' THEN NULL ELSE DATE '2020-01-01' END,
       CASE WHEN mode = 'UNMANAGED' THEN NULL ELSE 'CHARGING' END,
       strategy, CASE WHEN strategy IS NULL THEN NULL ELSE DATE '2027-06-30' END,
       CASE WHEN strategy = 'SUBSIDISED_TRANSITION' THEN 0.5 END,
       CASE WHEN strategy = 'SUBSIDISED_TRANSITION' THEN 6 END,
       CASE WHEN strategy = 'SUBSIDISED_TRANSITION' THEN floor_area * 3 END,
       CASE WHEN r % 3 = 0 THEN DATE '2018-09-01' END, buildings, units, (r % 50 = 0)::int,
       now(), now(), 0
FROM (SELECT bench_compound.*,
             1 + r % 30 AS buildings, (1 + r % 30) * (1 + r % 4) AS units,
             (1 + r % 30) * (1 + r % 4) * (8 + r % 20) AS households,
             ((1 + r % 30) * (1 + r % 4) * (8 + r % 20) * (60 + r % 50) + 0.25)::numeric(12, 2) AS floor_area,
             CASE WHEN r % 100 < 26 THEN 'UNMANAGED'
                  ELSE (ARRAY['MARKET_COMPANY', 'STATE_OWNED_FALLBACK', 'RED_PROPERTY_ENTERPRISE', 'ORIGINAL_EMPLOYER',
                              'COMMUNITY_TRUSTEESHIP', 'SOCIAL_ORGANISATION', 'RESIDENT_SELF_MANAGEMENT',
                              'SHARED_PROPERTY_SOCIETY', 'BASIC_FALLBACK'])[1 + r / 100 % 9] END AS mode,
             CASE WHEN r % 100 < 40 THEN (ARRAY['RED_PROPERTY_ENTERPRISE', 'ORIGINAL_EMPLOYER', 'SUBSIDISED_TRANSITION',
                                                'BASIC_FALLBACK'])[1 + r / 7 % 4] END AS strategy
      FROM bench_compound) generated;

INSERT INTO readmodel.party_organisation (organisation_id, district_code, type, name, full_members, founded_on,
                                          compound_ids, grid_codes, version)
SELECT community || '-P1', district, 'COMPOUND_BRANCH', '小区党支部', 3 + c, DATE '2026-01-01',
       ARRAY(SELECT community || '-' || lpad(j::text, 4, '0') FROM generate_series(0, least(4, :per - 1)) j), '{}', 0
FROM bench_community
UNION ALL
SELECT community || '-P2', district, 'GRID_BRANCH', '网格党支部', 5, DATE '2026-01-01', '{}', ARRAY[community || '001'], 0
FROM bench_community;

ANALYZE readmodel.area;
ANALYZE readmodel.grid;
ANALYZE readmodel.micro_grid;
ANALYZE readmodel.compound;
ANALYZE readmodel.party_organisation;
