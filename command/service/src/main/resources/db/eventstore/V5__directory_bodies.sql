-- Bodies that serve compounds (org.gridatlas.command.body) and what other
-- rules ask of them: do they stand, where do they belong, what do they serve,
-- who sits on them now. A compound's committees are rows here too, named
-- 'owners-committee:<compound>' and 'property-management-committee:<compound>'
-- (governance.Committee), so that any record can name the bodies it concerns.
CREATE TABLE directory_body (
    body_id       text PRIMARY KEY,
    district_code text NOT NULL,
    kind          text NOT NULL,
    area_code     text NOT NULL,
    company_id    text,
    credit_code   text,
    compound_ids  text[] NOT NULL,
    dissolved     boolean NOT NULL DEFAULT false
);
CREATE INDEX directory_body_company_idx ON directory_body (company_id) WHERE company_id IS NOT NULL;
-- Two registrations racing each other cannot both take a credit code in a district's register, or a
-- sub-district's state-owned company. A company serving two districts is in each district's register.
CREATE UNIQUE INDEX directory_body_credit_code_idx ON directory_body (district_code, credit_code)
    WHERE credit_code IS NOT NULL AND NOT dissolved;
CREATE UNIQUE INDEX directory_body_state_owned_idx ON directory_body (area_code)
    WHERE kind = 'STATE_OWNED_PROPERTY_COMPANY' AND NOT dissolved;

-- Current members only: a member who leaves, or whose body is dissolved, is deleted.
CREATE TABLE directory_body_member (
    body_id      text NOT NULL,
    member_id    text NOT NULL,
    name         text NOT NULL,
    party_member boolean NOT NULL,
    PRIMARY KEY (body_id, member_id)
);

CREATE TABLE directory_cross_appointment (
    appointment_id  text PRIMARY KEY,
    body_id         text NOT NULL,
    organisation_id text NOT NULL
);

-- Party organisations may be founded in a body, and cross appointments need to know which still stand.
ALTER TABLE directory_party_organisation ADD COLUMN body_id text;
ALTER TABLE directory_party_organisation ADD COLUMN dissolved boolean NOT NULL DEFAULT false;
UPDATE directory_party_organisation d SET dissolved = true
 WHERE EXISTS (SELECT 1 FROM domain_event_entry e
                WHERE e.aggregate_identifier = d.organisation_id
                  AND e.payload_type = 'org.gridatlas.messages.party.PartyOrganisationDissolvedEvent');

-- Committees formed before this table existed: those whose latest committee event is a formation.
INSERT INTO directory_body (body_id, district_code, kind, area_code, compound_ids)
SELECT committee.prefix || c.compound_id, c.district_code, committee.kind, c.community_code, ARRAY[c.compound_id]
  FROM directory_compound c
 CROSS JOIN (VALUES
        ('owners-committee:', 'OWNERS_COMMITTEE',
         'org.gridatlas.messages.governance.OwnersCommitteeFormedEvent',
         'org.gridatlas.messages.governance.OwnersCommitteeDissolvedEvent'),
        ('property-management-committee:', 'PROPERTY_MANAGEMENT_COMMITTEE',
         'org.gridatlas.messages.governance.PropertyManagementCommitteeFormedEvent',
         'org.gridatlas.messages.governance.PropertyManagementCommitteeDissolvedEvent')
       ) AS committee (prefix, kind, formed, dissolved)
 WHERE (SELECT e.payload_type FROM domain_event_entry e
         WHERE e.aggregate_identifier = c.compound_id AND e.payload_type IN (committee.formed, committee.dissolved)
         ORDER BY e.sequence_number DESC LIMIT 1) = committee.formed;
