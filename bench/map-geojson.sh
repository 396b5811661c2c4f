#!/usr/bin/env bash
# Median time of the map's compound layer over HTTP, beside the raw PostGIS
# query that builds the same features, in one run on the same database.
# Needs the service running (bin/run) on GRIDATLAS_PORT (default 8080) with
# the demo district, and the private cluster of bin/postgis. It signs in as
# the demo leader (reads everything: the unscoped query) and as the demo
# planner (read scope 140105: the same query with the scope's LIKE filter).
#   bench/map-geojson.sh [runs]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-50}
port=${GRIDATLAS_PORT:-8080}
bbox=112.49,37.69,112.69,37.76     # the whole demo district: 1,157 compounds
IFS=, read -r w s e n <<<"$bbox"
pgdata=${GRIDATLAS_PG_DIR:-$repo/.local/postgres}
pgport=${GRIDATLAS_PG_PORT:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

sql=$(mktemp)
cat >"$sql" <<SQL
SELECT string_agg(json_build_object('type','Feature','id',compound_id,
         'geometry',ST_AsGeoJSON(boundary,7)::json,
         'properties',json_build_object('name',name,'managementMode',management_mode))::text, ',')
FROM readmodel.compound WHERE boundary && ST_MakeEnvelope($w,$s,$e,$n,4326);
SQL
logdir=$(mktemp -d)
(cd "$logdir" && "$bindir/pgbench" -n -h "$pgdata" -p "$pgport" -U gridatlas -f "$sql" -t "$runs" -l gridatlas >/dev/null 2>&1)
raw=$(cat "$logdir"/pgbench_log.* | awk '{print $3/1000}' | median)

password=${GRIDATLAS_DEMO_PASSWORD:-gridatlas-demo}
layer() {  # median ms of the layer as this account, after a warm-up
  curl -fs -u "$1:$password" "http://localhost:$port/api/compounds?bbox=$bbox" -o /dev/null
  for _ in $(seq "$runs"); do
    curl -fs -u "$1:$password" -o /dev/null -w '%{time_total}\n' "http://localhost:$port/api/compounds?bbox=$bbox"
  done | awk '{print $1*1000}' | median
}
features=$(curl -fs -u "demo-leader:$password" "http://localhost:$port/api/compounds?bbox=$bbox" | grep -o '"numberReturned":[0-9]*' | cut -d: -f2)
size=$(curl -fs -u "demo-leader:$password" "http://localhost:$port/api/compounds?bbox=$bbox" | wc -c)
unscoped=$(layer demo-leader)
scoped=$(layer demo-planner)

printf 'features                     %s\n' "$features"
printf 'raw PostGIS (ms)             %.2f   median of %s, pgbench, features with 2 properties\n' "$raw" "$runs"
printf 'GET /api/compounds, leader   %.2f   (%.1f× raw) all map properties, %s bytes, HTTP Basic\n' "$unscoped" "$(awk -v a="$unscoped" -v b="$raw" 'BEGIN {print a / b}')" "$size"
printf 'GET /api/compounds, planner  %.2f   (%.1f× raw) the same with the read scope 140105\n' "$scoped" "$(awk -v a="$scoped" -v b="$raw" 'BEGIN {print a / b}')"
rm -rf "$sql" "$logdir"
