#!/usr/bin/env bash
# Reads of a large catalogue (audit E2): the timeline's filter options, the deal list, conditional GETs of exports and
# junk query keys, measured on one SQLite store by the SQL itself and by one app build over HTTP.
#
#   bench/large-store-reads.sh [--store FILE] [--app DIR] [--port N] [--sql-only | --http-only]
#
# --store  the SQLite store; made when missing: `generate-synthetic --outlets 1000` (seed 42: 20 synthetic deals,
#          1,010 outlets, 20,010 reports, 60,040 claims), then 1,980 more deals and 5,000 more parties by SQL
#          (audit E2's "large store": 2,002 deals, 5,078 parties). Default /tmp/dealtracker-large-reads.db.
# --app    a build's output folder holding DealTracker.Web.dll (default: this tree's Debug build). Run the script once
#          per build on copies of the same store to compare them.
# The SQL part needs only sqlite3: the old and new party-option queries and report counts, with their plans and times.
# The HTTP part starts the app on a copy of the store (both caches on, as shipped), one request at a time with curl;
# "cold" is the first request for that address.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
store=/tmp/dealtracker-large-reads.db
app="$root/src/DealTracker.Web/bin/Debug/net10.0"
port=5491
sql_only=0
http_only=0
while [ $# -gt 0 ]; do
  case $1 in
    --store) store=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --sql-only) sql_only=1; shift ;;
    --http-only) http_only=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [ ! -f "$store" ]; then
  echo "# generating $store"
  (cd "$app" && ConnectionStrings__DealTracker="Data Source=$store" ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
     dotnet DealTracker.Web.dll generate-synthetic --outlets 1000)
  sqlite3 "$store" <<'SQL'
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 1980)
INSERT INTO "Deals"("Slug","Title","Summary","Stage","StageNote","IsFeatured","Version")
SELECT 'bulk-deal-'||i, 'Bulk deal '||i||' Acme Holdings round', 'A synthetic deal number '||i, 'Rumoured', NULL, 0, 0 FROM n;
INSERT INTO "DealTallies"("DealId","Reports","Claims") SELECT "Id",0,0 FROM "Deals" WHERE "Id" NOT IN (SELECT "DealId" FROM "DealTallies");
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 5000)
INSERT INTO "Parties"("Slug","Name","Kind","Description","AffiliationId","Version")
SELECT 'bulk-party-'||i, 'Bulk Party '||i||' Capital', 'Company', 'Synthetic party '||i, NULL, 0 FROM n;
SQL
fi

echo "# store: $(sqlite3 "$store" 'SELECT (SELECT count(*) FROM Deals)||" deals, "||(SELECT count(*) FROM Parties)||" parties, "||(SELECT count(*) FROM Reports)||" reports, "||(SELECT count(*) FROM Claims)||" claims"')"
busiest=$(sqlite3 "$store" 'SELECT DealId FROM Claims GROUP BY DealId ORDER BY count(*) DESC LIMIT 1')
slug=$(sqlite3 "$store" "SELECT Slug FROM Deals WHERE Id=$busiest")
echo "# busiest deal: $slug (id $busiest, $(sqlite3 "$store" "SELECT count(*) FROM Claims WHERE DealId=$busiest") claims)"

old_parties="SELECT p.Slug, p.Name FROM Parties p WHERE EXISTS (SELECT 1 FROM DealParties d WHERE d.DealId=$busiest AND d.PartyId=p.Id) OR EXISTS (SELECT 1 FROM Claims c WHERE c.DealId=$busiest AND c.PartyId=p.Id)"
new_parties="SELECT p.Slug, p.Name FROM Parties p WHERE p.Id IN (SELECT c.PartyId FROM Claims c WHERE c.DealId=$busiest AND c.PartyId IS NOT NULL UNION SELECT d.PartyId FROM DealParties d WHERE d.DealId=$busiest)"
old_reports="SELECT count(*) FROM Reports r WHERE EXISTS (SELECT 1 FROM Claims c WHERE c.ReportId=r.Id AND c.DealId=$busiest)"
new_reports="SELECT count(*) FROM Reports r WHERE r.Id IN (SELECT c.ReportId FROM Claims c WHERE c.DealId=$busiest)"
for name in old_parties new_parties old_reports new_reports; do
  [ $http_only = 1 ] && break
  sql=${!name}
  start=$(date +%s.%N)
  rows=$(sqlite3 "$store" "SELECT count(*) FROM ($sql)")
  echo "## $name: $rows rows in $(echo "$(date +%s.%N) - $start" | bc) s"
  sqlite3 "$store" "EXPLAIN QUERY PLAN $sql" | sed 's/^/   plan /'
done
[ $sql_only = 1 ] && exit 0

copy=$(mktemp /tmp/large-reads-XXXX.db)
cp "$store" "$copy"
(cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Serilog__MinimumLevel__Default=Warning \
   Intake__Enabled=false ConnectionStrings__DealTracker="Data Source=$copy" dotnet DealTracker.Web.dll) >"$copy.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$copy" "$copy"-* "$copy.log"' EXIT
base=http://127.0.0.1:$port
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/")" = 200 ]; do
  kill -0 $server 2>/dev/null || { cat "$copy.log" >&2; exit 1; }
  sleep 0.2
done

get() { # label path [header]
  local label=$1 path=$2; shift 2
  printf '%-48s %s\n' "$label" "$(curl -s -o /dev/null -w '%{http_code} %{time_total}s %{size_download}B' "$@" "$base$path")"
}
echo "## HTTP ($app)"
get "timeline, cold" "/deals/$slug/timeline"
get "timeline ?page=41, cold" "/deals/$slug/timeline?page=41"
get "timeline ?metric=valuation, cold" "/deals/$slug/timeline?metric=valuation"
get "timeline ?page=2147483647, cold" "/deals/$slug/timeline?page=2147483647"
get "overview ?asOf=2025-06-30, cold" "/deals/$slug?asOf=2025-06-30"
get "/deals, cold" "/deals"
get "/deals?page=2147483647" "/deals?page=2147483647"
get "/api/deals, cold" "/api/deals"
get "/api/deals?page=abc" "/api/deals?page=abc"
get "export.json, cold" "/api/deals/$slug/export.json"
etag=$(curl -sI "$base/api/deals/$slug/export.json" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}')
get "export.json?y=1 with its ETag" "/api/deals/$slug/export.json?y=1" -H "If-None-Match: $etag"
get "export.csv, cold" "/api/deals/$slug/export.csv"
for i in 1 2 3; do get "export.csv?x=$i (junk key)" "/api/deals/$slug/export.csv?x=$i"; done
for i in 1 2; do get "export.json, If-Modified-Since 2030 ($i)" "/api/deals/$slug/export.json" -H 'If-Modified-Since: Tue, 01 Jan 2030 00:00:00 GMT'; done
echo "   server RSS: $(ps -o rss= -p "$(pgrep -P $server -f DealTracker.Web.dll || echo $server)" | awk '{printf "%.0f MB", $1/1024}')"
