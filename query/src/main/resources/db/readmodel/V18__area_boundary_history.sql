-- The area layer as of a past instant: drawn and derived area boundaries
-- keep their versions like the other tables the map reads (V12__history.sql).
SELECT readmodel.keep_history('area_boundary', ARRAY['area_code']);
SELECT readmodel.keep_history('area_derived_boundary', ARRAY['area_code']);
