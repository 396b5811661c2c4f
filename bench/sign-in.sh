#!/usr/bin/env bash
# Median time of GET /api/me three ways, in one run: HTTP Basic whose password
# was just verified (remembered, no bcrypt), HTTP Basic with bcrypt every time
# (a new wrong-then-right account each round is not possible, so the first
# request of each fresh account stands for it), and a browser session cookie.
# Needs the service running (bin/run) on GRIDATLAS_PORT (default 8080).
#   bench/sign-in.sh [runs]
set -euo pipefail
runs=${1:-30}
base=http://localhost:${GRIDATLAS_PORT:-8080}
password=${GRIDATLAS_DEMO_PASSWORD:-gridatlas-demo}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ms() { awk '{print $1*1000}'; }

jar=$(mktemp)
curl -fs -c "$jar" "$base/login.html" -o /dev/null
token=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
curl -fs -b "$jar" -c "$jar" -H "X-XSRF-TOKEN: $token" -d "username=demo-planner&password=$password" "$base/login" -o /dev/null
session=$(for _ in $(seq "$runs"); do curl -fs -b "$jar" -o /dev/null -w '%{time_total}\n' "$base/api/me"; done | ms | median)

curl -fs -u "demo-planner:$password" "$base/api/me" -o /dev/null
remembered=$(for _ in $(seq "$runs"); do
  curl -fs -u "demo-planner:$password" -o /dev/null -w '%{time_total}\n' "$base/api/me"; done | ms | median)

# bcrypt on every request: each round signs in as a fresh account the administrator just made
fresh=$(for i in $(seq "$runs"); do
  user="bench-$RANDOM-$i"
  curl -fs -u "demo-admin:$password" -H 'Content-Type: application/json' "$base/api/admin/accounts" \
    -d "{\"username\":\"$user\",\"displayName\":\"压测\",\"password\":\"bench-password-1\",\"grants\":[\"PLANNER@140105\"]}" -o /dev/null
  curl -fs -u "$user:bench-password-1" -o /dev/null -w '%{time_total}\n' "$base/api/me"
done | ms | median)
rm -f "$jar"

printf 'session cookie (ms)           %.1f\n' "$session"
printf 'HTTP Basic, remembered (ms)   %.1f   (%.1f× session)\n' "$remembered" "$(awk -v a="$remembered" -v b="$session" 'BEGIN {print a / b}')"
printf 'HTTP Basic, bcrypt (ms)       %.1f   (%.1f× session)\n' "$fresh" "$(awk -v a="$fresh" -v b="$session" 'BEGIN {print a / b}')"
echo "(the bench leaves its bench-* accounts behind: run it on a demo database)"
