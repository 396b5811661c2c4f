-- The register of bodies that serve compounds (projection group "body").
CREATE TABLE body (
    body_id       text PRIMARY KEY,
    district_code text NOT NULL,
    kind          text NOT NULL,
    area_code     text NOT NULL,          -- community, sub-district or district, by kind
    name          text NOT NULL,
    company_id    text,                   -- a project department's company
    credit_code   text,                   -- a company's unified social credit code
    founded_on    date NOT NULL,
    dissolved_on  date,
    compound_ids  text[] NOT NULL,
    version       bigint NOT NULL
);
CREATE INDEX body_district_idx ON body (district_code, kind);
CREATE INDEX body_compounds_idx ON body USING gin (compound_ids);

-- Members past and present: left_on is set when they leave or their body is dissolved.
CREATE TABLE body_member (
    body_id      text NOT NULL,
    member_id    text NOT NULL,
    name         text NOT NULL,
    role         text NOT NULL,
    party_member boolean NOT NULL,
    phone        text,
    appointed_on date NOT NULL,
    left_on      date,
    PRIMARY KEY (body_id, member_id)
);

-- A company's published result per quarter; a correction replaces it.
CREATE TABLE body_evaluation (
    body_id       text NOT NULL,
    quarter       text NOT NULL,          -- 2026-Q3
    district_code text NOT NULL,
    stars         integer NOT NULL,
    listing       text NOT NULL,          -- RED_LIST, BLACK_LIST or NONE
    published_on  date NOT NULL,
    PRIMARY KEY (body_id, quarter)
);
CREATE INDEX body_evaluation_district_idx ON body_evaluation (district_code, quarter);

CREATE TABLE cross_appointment (
    appointment_id    text PRIMARY KEY,
    district_code     text NOT NULL,
    organisation_id   text NOT NULL,
    party_member_name text NOT NULL,
    party_post        text NOT NULL,
    body_id           text NOT NULL,
    member_id         text NOT NULL,
    since             date NOT NULL,
    ended_on          date,
    version           bigint NOT NULL
);
CREATE INDEX cross_appointment_district_idx ON cross_appointment (district_code);
CREATE INDEX cross_appointment_body_idx ON cross_appointment (body_id);
CREATE INDEX cross_appointment_organisation_idx ON cross_appointment (organisation_id);

-- Committee members live on their compound (projection group "compound"), as the committees do.
CREATE TABLE committee_member (
    compound_id  text NOT NULL,
    committee    text NOT NULL,          -- OWNERS_COMMITTEE or PROPERTY_MANAGEMENT_COMMITTEE
    member_id    text NOT NULL,
    name         text NOT NULL,
    role         text NOT NULL,
    party_member boolean NOT NULL,
    phone        text,
    appointed_on date NOT NULL,
    left_on      date,
    PRIMARY KEY (compound_id, committee, member_id)
);

ALTER TABLE party_organisation ADD COLUMN body_id text;
CREATE INDEX party_organisation_body_idx ON party_organisation (body_id) WHERE body_id IS NOT NULL;

-- Every body as reads see it: the register's, and each compound's standing committees under the ids
-- governance.Committee gives them. The compound stays the one record of its committees.
CREATE VIEW any_body AS
SELECT body_id, district_code, kind, area_code, name, company_id, credit_code, founded_on, dissolved_on,
       compound_ids, version
  FROM body
UNION ALL
SELECT 'owners-committee:' || compound_id, district_code, 'OWNERS_COMMITTEE', community_code, name || '业主委员会',
       NULL, NULL, owners_committee_since, NULL, ARRAY[compound_id], version
  FROM compound WHERE owners_committee_since IS NOT NULL
UNION ALL
SELECT 'property-management-committee:' || compound_id, district_code, 'PROPERTY_MANAGEMENT_COMMITTEE', community_code,
       name || '物业管理委员会', NULL, NULL, management_committee_since, NULL, ARRAY[compound_id], version
  FROM compound WHERE management_committee_since IS NOT NULL;

CREATE VIEW any_body_member AS
SELECT body_id, member_id, name, role, party_member, phone, appointed_on, left_on
  FROM body_member
UNION ALL
SELECT CASE committee WHEN 'OWNERS_COMMITTEE' THEN 'owners-committee:' ELSE 'property-management-committee:' END
           || compound_id,
       member_id, name, role, party_member, phone, appointed_on, left_on
  FROM committee_member;
