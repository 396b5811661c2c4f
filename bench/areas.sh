#!/usr/bin/env bash
# What the area layer costs at scale. Recreates a bench database of its own on
# the private cluster, applies the read-model migrations and fills it as
# bench/statistics.sh does (~100,000 compounds, ~11,000 grids, campaigns);
# writes every derived outline once as the grid projection does (community
# from its grids, sub-district from its communities), then times the layer's
# statement (AreaLayerRepository's, with PartyCoverage's SQL in place) for the
# large district (10 sub-districts, 100 communities, 300 grids, 10,000
# compounds) with the stored outlines, and the same with the unions made at
# read time.
#   bench/areas.sh [runs]
#   GRIDATLAS_BENCH_DB   the database to recreate (default gridatlas_areas_bench)
#   GRIDATLAS_BENCH_REUSE=1  measure again on the database filled before
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
runs=${1:-20}
db=${GRIDATLAS_BENCH_DB:-gridatlas_areas_bench}
pgport=${GRIDATLAS_PG_PORT:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
district=149001
sql() { "$bindir/psql" -X -q -h 127.0.0.1 -p "$pgport" -U gridatlas -d "$db" "$@"; }
if [ "${GRIDATLAS_BENCH_REUSE:-}" != 1 ]; then
bin/postgis recreate "$db" >/dev/null
sql -c "CREATE SCHEMA readmodel"
for migration in $(ls query/src/main/resources/db/readmodel/V*.sql | sort -V); do
  PGOPTIONS="-c search_path=readmodel,public" sql -f "$migration"
done
fill() {
  sql -v first="$1" -v districts="$2" -v subs="$3" -v comms="$4" -v per="$5" -f bench/statistics-fill.sql
}
fill 1 1 10 10 100
fill 2 80 9 5 25
sql -v big=$district -f bench/service-fill.sql
fi

# milliseconds of one statement, the median of $runs
median() {
  local statement=$1 times=()
  for _ in $(seq "$runs"); do
    # PostGIS and PROJ load on a connection's first geometry call: warmed up first, as the service's pool is
    times+=("$(sql -tA -c "SET max_parallel_workers_per_gather = 0" -c "SELECT ST_AsGeoJSON(ST_Buffer(ST_Point(112, 37), 1))" -c "EXPLAIN (ANALYZE, FORMAT JSON) $statement" \
      | grep -o '"Execution Time": [0-9.]*' | grep -o '[0-9.]*$')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

start=$(date +%s%N)
sql -c "
  TRUNCATE readmodel.area_derived_boundary;
  INSERT INTO readmodel.area_derived_boundary (area_code, district_code, level, boundary, grids, updated_at)
  SELECT g.community_code, min(g.district_code), 'COMMUNITY',
         ST_Multi(ST_CollectionExtract(ST_UnaryUnion(ST_Collect(g.boundary)), 3)), count(*), now()
  FROM readmodel.grid g GROUP BY g.community_code;
  INSERT INTO readmodel.area_derived_boundary (area_code, district_code, level, boundary, grids, updated_at)
  SELECT left(d.area_code, 9), min(d.district_code), 'SUB_DISTRICT',
         ST_Multi(ST_CollectionExtract(ST_UnaryUnion(ST_Collect(d.boundary)), 3)), sum(d.grids), now()
  FROM readmodel.area_derived_boundary d WHERE d.level = 'COMMUNITY' GROUP BY left(d.area_code, 9);
  ANALYZE readmodel.area_derived_boundary;"
echo "bench: every derived outline of $(sql -tA -c 'SELECT count(*) FROM readmodel.area_derived_boundary') areas written in $(( ($(date +%s%N) - start) / 1000000 )) ms"
community=$(sql -tA -c "SELECT min(community_code) FROM readmodel.grid WHERE district_code = '$district'")
refresh="WITH community AS (SELECT ST_UnaryUnion(ST_Collect(g.boundary)) AS b FROM readmodel.grid g WHERE g.community_code = '$community')
         SELECT ST_UnaryUnion(ST_Collect(x.b)) FROM (SELECT d.boundary AS b FROM readmodel.area_derived_boundary d
           WHERE d.level = 'COMMUNITY' AND starts_with(d.area_code, left('$community', 9)) AND d.area_code <> '$community'
           UNION ALL SELECT b FROM community) x"
echo "bench: one grid change (its community and sub-district anew): $(median "$refresh") ms"

figures() {  # the layer's CTEs for the level's code column
  local key=$1 d="'$district'"
  cat <<SQL
WITH baseline AS (
  SELECT DISTINCT b.compound_id FROM (SELECT k.unmanaged_at_launch FROM readmodel.campaign k
    WHERE k.district_code = $d AND k.area_level = 'DISTRICT' ORDER BY k.closed_on IS NULL DESC, k.launched_at DESC LIMIT 1) k
  CROSS JOIN LATERAL unnest(k.unmanaged_at_launch) AS b(compound_id)),
compounds AS (
  SELECT c.$key AS code, count(*) AS compounds, count(*) FILTER (WHERE c.management_mode = 'UNMANAGED') AS unmanaged,
         count(b.compound_id) AS baseline, count(b.compound_id) FILTER (WHERE c.management_mode <> 'UNMANAGED') AS cleared,
         coalesce(sum(c.relapses), 0) AS relapses,
         count(*) FILTER (WHERE (c.compound_id IN (SELECT unnest(p.compound_ids) FROM readmodel.party_organisation p
                                                  WHERE p.dissolved_on IS NULL AND p.district_code = $d)
             OR c.grid_codes && (SELECT coalesce(array_agg(g), '{}') FROM readmodel.party_organisation p, unnest(p.grid_codes) g
                                 WHERE p.dissolved_on IS NULL AND p.district_code = $d))) AS party_covered,
         count(*) FILTER (WHERE c.owners_committee_since IS NOT NULL) AS owners_committees
  FROM readmodel.compound c LEFT JOIN baseline b ON b.compound_id = c.compound_id
  WHERE c.district_code = $d GROUP BY c.$key),
grids AS (
  SELECT g.$key AS code, count(*) AS grids,
         count(*) FILTER (WHERE g.grid_code IN (SELECT unnest(p.grid_codes) FROM readmodel.party_organisation p
                                                WHERE p.dissolved_on IS NULL AND p.district_code = $d)) AS party_covered
  FROM readmodel.grid g WHERE g.district_code = $d GROUP BY g.$key)
SQL
}
feature="json_build_object('type', 'Feature', 'id', a.code, 'geometry', ST_AsGeoJSON(OUTLINE, 7)::json,
  'properties', json_build_object('name', a.name, 'compounds', x.compounds, 'unmanaged', x.unmanaged,
  'unmanagedAtBaseline', x.baseline, 'clearedSinceBaseline', x.cleared, 'relapses', x.relapses,
  'partyCoveredCompounds', x.party_covered, 'grids', y.grids, 'partyCoveredGrids', y.party_covered,
  'ownersCommittees', x.owners_committees))::text"
for level in SUB_DISTRICT COMMUNITY; do
  key=$([ $level = SUB_DISTRICT ] && echo sub_district_code || echo community_code)
  stored="$(figures $key) SELECT ${feature/OUTLINE/coalesce(drawn.boundary, derived.boundary)} FROM readmodel.area a
    LEFT JOIN readmodel.area_boundary drawn ON drawn.area_code = a.code
    LEFT JOIN readmodel.area_derived_boundary derived ON derived.area_code = a.code
    LEFT JOIN compounds x ON x.code = a.code LEFT JOIN grids y ON y.code = a.code
    WHERE a.district_code = '$district' AND a.level = '$level'"
  unioned="$(figures $key), unions AS (SELECT g.$key AS code, ST_UnaryUnion(ST_Collect(g.boundary)) AS boundary
      FROM readmodel.grid g WHERE g.district_code = '$district' GROUP BY g.$key)
    SELECT ${feature/OUTLINE/coalesce(drawn.boundary, u.boundary)} FROM readmodel.area a
    LEFT JOIN readmodel.area_boundary drawn ON drawn.area_code = a.code LEFT JOIN unions u ON u.code = a.code
    LEFT JOIN compounds x ON x.code = a.code LEFT JOIN grids y ON y.code = a.code
    WHERE a.district_code = '$district' AND a.level = '$level'"
  echo "bench: layer $level, stored outlines: $(median "$stored") ms; unions at read time: $(median "$unioned") ms"
done
