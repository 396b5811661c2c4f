#!/usr/bin/env bash
# Medians of the statistics repository's queries at scale, beside the plainest
# SQL that sums the same rows. Recreates a bench database of its own on the
# private cluster (never the service's or the tests'), fills its read model
# directly with ~100,000 compounds (bench/statistics-fill.sql): one large
# district of 10 × 10 communities × 100 compounds, and 80 typical ones of
# 9 × 5 × 25 (1,125, about 小店区's 1,157), with grids, micro-grids and party
# organisations, and (bench/service-fill.sql) 500,000 problems with their
# resolutions, meetings and complaint figures, bodies and two open campaigns;
# then times StatisticsRepository, the service quality, body statistics and
# the campaign summary over one JDBC connection
# (query/src/test/.../StatisticsBench).
#   bench/statistics.sh [runs]
#   GRIDATLAS_BENCH_DB   the database to recreate (default gridatlas_bench)
#   GRIDATLAS_PG_DIR     the private cluster's directory, when another checkout started it
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
bench() { java -cp "$classpath" org.gridatlas.query.statistics.StatisticsBench "$@"; }

bench migrate "$url" >/dev/null
fill() {  # first district number, districts, sub-districts, communities, compounds per community
  "$bindir/psql" -X -q -h 127.0.0.1 -p "$pgport" -U gridatlas -d "$db" -v first="$1" -v districts="$2" \
    -v subs="$3" -v comms="$4" -v per="$5" -f bench/statistics-fill.sql
}
echo "bench: filling the read model" >&2
fill 1 1 10 10 100
fill 2 80 9 5 25
echo "bench: filling problems, meetings, complaints, bodies and campaigns" >&2
"$bindir/psql" -X -q -h 127.0.0.1 -p "$pgport" -U gridatlas -d "$db" -v big=149001 -f bench/service-fill.sql
"$bindir/psql" -X -q -h 127.0.0.1 -p "$pgport" -U gridatlas -d "$db" -tAc \
  "SELECT count(*) || ' compounds, ' || (SELECT count(*) FROM readmodel.grid) || ' grids, '
          || (SELECT count(*) FROM readmodel.micro_grid) || ' micro-grids, '
          || (SELECT count(*) FROM readmodel.party_organisation) || ' party organisations, '
          || (SELECT count(*) FROM readmodel.problem) || ' problems, '
          || (SELECT count(*) FROM readmodel.problem_resolution) || ' resolutions, '
          || (SELECT count(*) FROM readmodel.meeting) || ' meetings, '
          || (SELECT count(*) FROM readmodel.complaint_figure) || ' complaint figures, '
          || (SELECT count(*) FROM readmodel.body) || ' bodies'
   FROM readmodel.compound"
bench measure "$url" "$runs" 149001 149042
