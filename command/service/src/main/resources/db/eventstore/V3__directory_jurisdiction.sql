-- Jurisdiction checks need to know where a record lies: a compound's community,
-- and what a party organisation covers. Existing rows are filled from the events.
ALTER TABLE directory_compound ADD COLUMN community_code text;
UPDATE directory_compound d
   SET community_code = convert_from(e.payload, 'UTF8')::jsonb ->> 'communityCode'
  FROM domain_event_entry e
 WHERE e.aggregate_identifier = d.compound_id
   AND e.payload_type = 'org.gridatlas.messages.compound.CompoundRegisteredEvent';
ALTER TABLE directory_compound ALTER COLUMN community_code SET NOT NULL;

CREATE TABLE directory_party_organisation (
    organisation_id text PRIMARY KEY,
    district_code   text NOT NULL,
    compound_ids    text[] NOT NULL,
    grid_codes      text[] NOT NULL
);

INSERT INTO directory_party_organisation (organisation_id, district_code, compound_ids, grid_codes)
SELECT f.aggregate_identifier,
       convert_from(f.payload, 'UTF8')::jsonb ->> 'districtCode',
       ARRAY(SELECT jsonb_array_elements_text(coalesce(latest.coverage -> 'compoundIds', '[]'))),
       ARRAY(SELECT jsonb_array_elements_text(coalesce(latest.coverage -> 'gridCodes', '[]')))
  FROM domain_event_entry f
  CROSS JOIN LATERAL (
        SELECT convert_from(c.payload, 'UTF8')::jsonb AS coverage
          FROM domain_event_entry c
         WHERE c.aggregate_identifier = f.aggregate_identifier
           AND c.payload_type IN ('org.gridatlas.messages.party.PartyOrganisationFoundedEvent',
                                  'org.gridatlas.messages.party.PartyCoverageChangedEvent')
         ORDER BY c.sequence_number DESC
         LIMIT 1) latest
 WHERE f.payload_type = 'org.gridatlas.messages.party.PartyOrganisationFoundedEvent';
