-- Bodies as of a past instant: the register's bodies, their members, the
-- committees' members and the cross appointments keep their versions like
-- the tables the map reads (V12__history.sql), and the two views that join
-- the register's bodies with the compounds' committees get an as-of twin
-- over the histories.
SELECT readmodel.keep_history('body', ARRAY['body_id']);
SELECT readmodel.keep_history('body_member', ARRAY['body_id', 'member_id']);
SELECT readmodel.keep_history('committee_member', ARRAY['compound_id', 'committee', 'member_id']);
SELECT readmodel.keep_history('cross_appointment', ARRAY['appointment_id']);

CREATE FUNCTION readmodel.any_body_at(at timestamptz) RETURNS SETOF readmodel.any_body LANGUAGE sql STABLE AS $$
SELECT body_id, district_code, kind, area_code, name, company_id, credit_code, founded_on, dissolved_on,
       compound_ids, version
  FROM readmodel.body_at(at)
UNION ALL
SELECT 'owners-committee:' || compound_id, district_code, 'OWNERS_COMMITTEE', community_code, name || '业主委员会',
       NULL, NULL, owners_committee_since, NULL, ARRAY[compound_id], version
  FROM readmodel.compound_at(at) WHERE owners_committee_since IS NOT NULL
UNION ALL
SELECT 'property-management-committee:' || compound_id, district_code, 'PROPERTY_MANAGEMENT_COMMITTEE', community_code,
       name || '物业管理委员会', NULL, NULL, management_committee_since, NULL, ARRAY[compound_id], version
  FROM readmodel.compound_at(at) WHERE management_committee_since IS NOT NULL
$$;

CREATE FUNCTION readmodel.any_body_member_at(at timestamptz) RETURNS SETOF readmodel.any_body_member
LANGUAGE sql STABLE AS $$
SELECT body_id, member_id, name, role, party_member, phone, appointed_on, left_on
  FROM readmodel.body_member_at(at)
UNION ALL
SELECT CASE committee WHEN 'OWNERS_COMMITTEE' THEN 'owners-committee:' ELSE 'property-management-committee:' END
           || compound_id,
       member_id, name, role, party_member, phone, appointed_on, left_on
  FROM readmodel.committee_member_at(at)
$$;
