-- Fills the service-quality, body and campaign tables of a bench database
-- already holding compounds (bench/statistics-fill.sql), for every district:
-- 5 problems per compound found over 2025-01..2026-11 (500,000 in all, about
-- 5 per community-month in a typical district, 22 in the large one), three in five
-- resolved (one in ten of those reopened and resolved again, one in four by
-- a meeting), one meeting and one complaint figure per community-month; for
-- :big only, bodies with members (a shared property society per community, a
-- state-owned company per sub-district, a market company for the district)
-- and two nested open campaigns (the district's and its first
-- sub-district's) with the unmanaged compounds as baselines.
\set ON_ERROR_STOP on

CREATE TEMP TABLE bench_problem AS
SELECT c.compound_id || '-Q' || k AS problem_id, c.district_code, c.sub_district_code, c.community_code,
       c.compound_id, c.grid_codes[1] AS grid_code, ST_PointOnSurface(c.boundary) AS location, k,
       (hashtext(c.compound_id || '-' || k) & 2147483647) AS r
FROM readmodel.compound c, generate_series(0, 4) k;

INSERT INTO readmodel.problem (problem_id, district_code, sub_district_code, community_code, compound_id, grid_code,
                               location, category, found_through, description, found_on, resolved_on, meeting_id,
                               reopenings, reported_at, updated_at, version)
SELECT problem_id, district_code, sub_district_code, community_code, compound_id, grid_code, location,
       (ARRAY['SANITATION', 'REPAIRS', 'PARKING', 'SECURITY', 'FIRE_SAFETY', 'GREENING', 'FEES', 'OTHER'])[1 + r % 8],
       (ARRAY['GRID_PATROL', 'RESIDENT_REPORT', 'HOTLINE'])[1 + r / 8 % 3], '压测问题',
       DATE '2025-01-01' + r % 699, NULL, NULL, 0, now(), now(), 0
FROM bench_problem;

-- the first resolution: 60 % of problems, 3–40 days after they were found
INSERT INTO readmodel.problem_resolution (problem_id, sequence_number, resolved_on, meeting_id, reopened_on)
SELECT problem_id, 1, DATE '2025-01-01' + r % 699 + 3 + r / 100 % 38,
       CASE WHEN r / 1000 % 4 = 0 THEN community_code || '-M' || to_char(DATE '2025-01-01' + r % 699, 'YYYYMM') END,
       CASE WHEN r / 1000 % 10 = 1 THEN DATE '2025-01-01' + r % 699 + 45 END
FROM bench_problem WHERE r / 24 % 5 < 3;
-- the reopened ones resolved again
INSERT INTO readmodel.problem_resolution (problem_id, sequence_number, resolved_on, meeting_id, reopened_on)
SELECT problem_id, 2, DATE '2025-01-01' + r % 699 + 60, NULL, NULL
FROM bench_problem WHERE r / 24 % 5 < 3 AND r / 1000 % 10 = 1;
UPDATE readmodel.problem p SET resolved_on = r.resolved_on, meeting_id = r.meeting_id
FROM (SELECT DISTINCT ON (problem_id) * FROM readmodel.problem_resolution
      ORDER BY problem_id, sequence_number DESC) r
WHERE r.problem_id = p.problem_id;

CREATE TEMP TABLE bench_community_month AS
SELECT a.code AS community, a.district_code AS district, a.parent_code AS sub, m::date AS first_day,
       (m + interval '1 month - 1 day')::date AS last_day, (hashtext(a.code || m::text) & 2147483647) AS r
FROM readmodel.area a, generate_series(DATE '2025-01-01', DATE '2026-11-01', interval '1 month') m
WHERE a.level = 'COMMUNITY';

INSERT INTO readmodel.meeting (meeting_id, district_code, sub_district_code, community_code, kind, held_on, subject,
                               place_name, place_location, participants, problem_ids, recorded_at, updated_at, version)
SELECT community || '-M' || to_char(first_day, 'YYYYMM'), district, sub, community,
       (ARRAY['FOUR_PARTY', 'NEIGHBOURHOOD_COUNCIL', 'OTHER'])[1 + r % 3], first_day + 14, '压测议题', '社区议事厅', NULL,
       '[]'::jsonb, '{}', now(), now(), 0
FROM bench_community_month;

INSERT INTO readmodel.complaint_figure (figure_id, district_code, area_code, sub_district_code, community_code, period,
                                        first_day, last_day, complaints, recorded_at, updated_at, version)
SELECT community || '-C' || to_char(first_day, 'YYYYMM'), district, community, sub, community,
       to_char(first_day, 'YYYY-MM'), first_day, last_day, 5 + r % 40, now(), now(), 0
FROM bench_community_month;

-- bodies of the large district: a society per community, a state-owned company per sub-district, one market company
INSERT INTO readmodel.body (body_id, district_code, kind, area_code, name, company_id, credit_code, founded_on,
                            dissolved_on, compound_ids, version)
SELECT code || '-S', district_code, 'SHARED_PROPERTY_SOCIETY', code, '共享物业社', NULL::text, NULL::text, DATE '2026-01-01', NULL::date,
       ARRAY(SELECT compound_id FROM readmodel.compound c WHERE c.community_code = a.code
             AND c.management_mode IN ('UNMANAGED', 'SHARED_PROPERTY_SOCIETY')), 0
FROM readmodel.area a WHERE district_code = :'big' AND level = 'COMMUNITY'
UNION ALL
SELECT code || '-G', district_code, 'STATE_OWNED_PROPERTY_COMPANY', code, '国有物业公司', NULL::text, '91140100MA0' || code,
       DATE '2025-06-01', NULL::date,
       ARRAY(SELECT compound_id FROM readmodel.compound c WHERE c.sub_district_code = a.code
             AND c.management_mode = 'STATE_OWNED_FALLBACK'), 0
FROM readmodel.area a WHERE district_code = :'big' AND level = 'SUB_DISTRICT'
UNION ALL
SELECT code || '-K', district_code, 'PROPERTY_SERVICE_COMPANY', code, '压测物业', NULL::text, '91140100MA0' || code,
       DATE '2020-01-01', NULL::date,
       ARRAY(SELECT compound_id FROM readmodel.compound c WHERE c.district_code = a.code
             AND c.management_mode = 'MARKET_COMPANY'), 0
FROM readmodel.area a WHERE code = :'big';

INSERT INTO readmodel.body_member (body_id, member_id, name, role, party_member, phone, appointed_on, left_on)
SELECT body_id, 'm' || k, '成员' || k, CASE k WHEN 0 THEN 'CHAIR' WHEN 1 THEN 'VICE_CHAIR' ELSE 'MEMBER' END,
       k % 2 = 0, NULL, DATE '2026-01-01', CASE WHEN k = 6 THEN DATE '2026-06-01' END
FROM readmodel.body, generate_series(0, 6) k;

-- owners' committees (a third of the compounds, statistics-fill) with five members each
INSERT INTO readmodel.committee_member (compound_id, committee, member_id, name, role, party_member, phone,
                                        appointed_on, left_on)
SELECT compound_id, 'OWNERS_COMMITTEE', 'o' || k, '委员' || k, CASE k WHEN 0 THEN 'CHAIR' ELSE 'MEMBER' END, k < 2,
       NULL, DATE '2018-09-01', NULL
FROM readmodel.compound, generate_series(0, 4) k WHERE owners_committee_since IS NOT NULL;

INSERT INTO readmodel.cross_appointment (appointment_id, district_code, organisation_id, party_member_name, party_post,
                                         body_id, member_id, since, ended_on, version)
SELECT body_id || '-X', district_code, area_code || '-P1', '成员0', 'SECRETARY', body_id, 'm0', DATE '2026-01-01', NULL, 0
FROM readmodel.body WHERE kind = 'SHARED_PROPERTY_SOCIETY';

INSERT INTO readmodel.campaign (campaign_id, district_code, name, launched_on, launched_at, target_date, milestones,
                                compounds_at_launch, unmanaged_at_launch, closed_on, version, area_code, area_level)
SELECT :'big' || '-campaign', :'big', '无物业小区清零', DATE '2026-03-01', TIMESTAMPTZ '2026-03-01 00:00+08',
       DATE '2026-12-31', '[]'::jsonb, count(*), array_agg(compound_id) FILTER (WHERE management_mode = 'UNMANAGED'),
       NULL::date, 0, :'big', 'DISTRICT'
FROM readmodel.compound WHERE district_code = :'big'
UNION ALL
SELECT :'big' || '001-campaign', :'big', '街道清零', DATE '2026-04-01', TIMESTAMPTZ '2026-04-01 00:00+08',
       DATE '2026-10-31', '[]'::jsonb, count(*), array_agg(compound_id) FILTER (WHERE management_mode = 'UNMANAGED'),
       NULL, 0, :'big' || '001', 'SUB_DISTRICT'
FROM readmodel.compound WHERE sub_district_code = :'big' || '001';

-- The management ledger: every compound's registration; the unmanaged of the
-- large district were cleared in May and relapsed in August, three entries each.
INSERT INTO readmodel.management_change (event_id, compound_id, sequence_number, district_code, previous_mode, mode,
                                         provider, since, fee_stance, transition, recorded_by, reason, recorded_at)
SELECT compound_id || '-0', compound_id, 0, district_code, NULL, management_mode, provider, managed_since, fee_stance,
       'REGISTERED', 'bench', NULL, TIMESTAMPTZ '2025-01-01 09:00+08'
FROM readmodel.compound
UNION ALL
SELECT compound_id || '-1', compound_id, 1, district_code, 'UNMANAGED', 'STATE_OWNED_FALLBACK', '压测街道国有物业',
       DATE '2026-05-01', 'SERVE_FIRST', 'CLEARED', 'bench', '兜底', TIMESTAMPTZ '2026-05-01 09:00+08'
FROM readmodel.compound WHERE district_code = :'big' AND management_mode = 'UNMANAGED'
UNION ALL
SELECT compound_id || '-2', compound_id, 2, district_code, 'STATE_OWNED_FALLBACK', 'UNMANAGED', NULL, NULL, NULL,
       'RELAPSED', 'bench', '撤出', TIMESTAMPTZ '2026-08-01 09:00+08'
FROM readmodel.compound WHERE district_code = :'big' AND management_mode = 'UNMANAGED';

ANALYZE readmodel.management_change;
ANALYZE readmodel.problem;
ANALYZE readmodel.problem_resolution;
ANALYZE readmodel.meeting;
ANALYZE readmodel.complaint_figure;
ANALYZE readmodel.body;
ANALYZE readmodel.body_member;
ANALYZE readmodel.committee_member;
ANALYZE readmodel.cross_appointment;
ANALYZE readmodel.campaign;
