-- Finding things by a part of their name, address or code (query.search) and
-- filtering the compound layer by area (query.compound.CompoundFilter).
-- pg_trgm ships with PostgreSQL's own packages (Debian's postgresql-15) and is
-- a trusted extension, so the database's owner may create it. Its GIN indexes
-- answer ILIKE '%…%' for any three characters or more, Chinese included
-- (the cluster's C.UTF-8 ctype counts CJK characters as letters); shorter
-- strings are sought within a district, or at the beginning of a name (below).
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE INDEX compound_name_trgm_idx ON compound USING gin (name public.gin_trgm_ops);
CREATE INDEX compound_address_trgm_idx ON compound USING gin (address public.gin_trgm_ops);
CREATE INDEX compound_code_trgm_idx ON compound USING gin (compound_id public.gin_trgm_ops);
CREATE INDEX grid_name_trgm_idx ON grid USING gin (name public.gin_trgm_ops);
CREATE INDEX grid_code_trgm_idx ON grid USING gin (grid_code public.gin_trgm_ops);
CREATE INDEX micro_grid_name_trgm_idx ON micro_grid USING gin (name public.gin_trgm_ops);
CREATE INDEX micro_grid_code_trgm_idx ON micro_grid USING gin (micro_grid_code public.gin_trgm_ops);
CREATE INDEX area_name_trgm_idx ON area USING gin (name public.gin_trgm_ops);
CREATE INDEX area_code_trgm_idx ON area USING gin (code public.gin_trgm_ops);

-- The layer's and the extent's area filters.
CREATE INDEX compound_sub_district_idx ON compound (sub_district_code);
CREATE INDEX compound_community_idx ON compound (community_code);

-- A text of one or two characters has no trigram: outside a district it is
-- sought at the beginning of a compound's name or code, which these answer
-- (text_pattern_ops, as the database's collation is not C). Grids,
-- micro-grids and areas are few enough to be read whole.
CREATE INDEX compound_name_prefix_idx ON compound (name text_pattern_ops);
CREATE INDEX compound_code_prefix_idx ON compound (compound_id text_pattern_ops);
