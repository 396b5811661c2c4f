#!/usr/bin/env bash
# Medians of the as-of queries beside the same queries for now, and each
# beside the plainest SQL doing the same work, at about 100,000 compounds
# with a year of history. Recreates a bench database of its own on the
# private cluster, fills the read model like bench/statistics.sh (dated
# 2025-12-01 through gridatlas.event_at), gives it eleven months of changes
# (bench/asof-history.sql), then times a district's compound figures and a map
# page of about 1,000 compounds for now and as of 2026-06-30
# (query/src/test/.../AsOfBench).
#   bench/asof.sh [runs]
#   GRIDATLAS_BENCH_DB   the database to recreate (default gridatlas_bench)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
runs=${1:-50}
db=${GRIDATLAS_BENCH_DB:-gridatlas_bench}
pgport=${GRIDATLAS_PG_PORT:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

url=$(bin/postgis recreate "$db")
echo "bench: database $url" >&2
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
mvn -B -ntp -q -pl query -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >&2
classpath="query/target/test-classes:query/target/classes:$(cat "$cp")"
java -cp "$classpath" org.gridatlas.query.statistics.StatisticsBench migrate "$url" >/dev/null
psql() { PGOPTIONS="-c gridatlas.event_at=2025-12-01T00:00:00Z" "$bindir/psql" -X -q -h 127.0.0.1 -p "$pgport" -U gridatlas -d "$db" "$@"; }
fill() {  # first district number, districts, sub-districts, communities, compounds per community
  psql -v first="$1" -v districts="$2" -v subs="$3" -v comms="$4" -v per="$5" -f bench/statistics-fill.sql
}
echo "bench: filling the read model" >&2
fill 1 1 10 10 100
fill 2 80 9 5 25
echo "bench: eleven months of changes" >&2
psql -f bench/asof-history.sql
# The big district's first sub-district: 10 communities of 100 compounds, about 1,000 in the window.
java -cp "$classpath" org.gridatlas.query.statistics.AsOfBench "$url" "$runs" 149001 100.4,25,100.435,25.35
