-- The grids each compound is assigned to now, so that the write side can tell
-- which assignments no longer follow the boundaries (command.compound.GridAssignmentFollower).
-- Existing compounds get the grid codes of their latest registration or assignment event.
ALTER TABLE directory_compound ADD COLUMN grid_codes text[] NOT NULL DEFAULT '{}';
UPDATE directory_compound d
   SET grid_codes = ARRAY(SELECT jsonb_array_elements_text(coalesce(latest.assignment -> 'gridCodes', '[]')))
  FROM (SELECT DISTINCT ON (e.aggregate_identifier) e.aggregate_identifier,
               convert_from(e.payload, 'UTF8')::jsonb AS assignment
          FROM domain_event_entry e
         WHERE e.payload_type IN ('org.gridatlas.messages.compound.CompoundRegisteredEvent',
                                  'org.gridatlas.messages.compound.CompoundAssignedToGridsEvent')
         ORDER BY e.aggregate_identifier, e.sequence_number DESC) latest
 WHERE latest.aggregate_identifier = d.compound_id;
CREATE INDEX directory_compound_grid_codes_idx ON directory_compound USING gin (grid_codes);
