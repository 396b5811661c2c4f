-- A committee's members by the body id any_body_member gives them (the same
-- expression as the view), so the district's body statistics and cross
-- appointments look up the members of its own committees instead of building
-- the id for every committee member of every district (75 ms per level at
-- 100,000 compounds, bench/statistics.sh).
CREATE INDEX committee_member_body_idx ON committee_member
    ((CASE committee WHEN 'OWNERS_COMMITTEE' THEN 'owners-committee:' ELSE 'property-management-committee:' END
      || compound_id));
