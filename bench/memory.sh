#!/usr/bin/env bash
# Working set of DealTracker under an uncached mix of 64 connections, on the big synthetic store.
#
#   bench/memory.sh [--duration 60s] [--connections 64] [--regenerate]
#
# Publishes DealTracker.Web in Release, generates bench/out/big.db once (the default synthetic set:
# 20 deals, 200 outlets, 20,000 reports, 60,000 claims; reused unless --regenerate), starts the app
# on 127.0.0.1:5104 as shipped (both caches on, Production), warms it up, then runs
# `wrk -t2 -c64 -d60s --timeout 30s -s bench/memory.lua` (pages and API calls with random values for the query
# keys they read, so nearly every request misses both caches) while sampling the process's RSS
# every second. Prints the RSS after start, after warm-up, the peak (VmHWM) and the RSS at the end,
# and wrk's summary. Loopback only. Everything it writes goes under bench/out/ (git-ignored).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
out=$root/bench/out
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

duration=60s connections=64 regenerate=false port=5104
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift ;;
    --connections) connections=$2; shift ;;
    --regenerate) regenerate=true ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

command -v wrk >/dev/null || apt-get install -y wrk
log() { printf '[memory %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
hwm_mb() { awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
  echo "something already answers on 127.0.0.1:$port; stop it first" >&2
  exit 1
fi

mkdir -p "$out/logs"
log "publishing DealTracker.Web (Release)"
dotnet publish src/DealTracker.Web -c Release -o "$out/app" --nologo -v quiet >"$out/logs/publish-app.log" 2>&1 \
  || { cat "$out/logs/publish-app.log" >&2; exit 1; }

if $regenerate || [ ! -f "$out/big.db" ]; then
  rm -f "$out/big.db" "$out/big.db-wal" "$out/big.db-shm"
  log "generating the big database (default synthetic set)"
  (cd "$out/app" && ConnectionStrings__DealTracker="Data Source=$out/big.db" ASPNETCORE_ENVIRONMENT=Production \
    dotnet DealTracker.Web.dll generate-synthetic) >"$out/logs/generate.log" 2>&1 \
    || { cat "$out/logs/generate.log" >&2; exit 1; }
fi

log "starting the app on 127.0.0.1:$port (Production, caches on)"
(
  cd "$out/app"
  export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Serilog__MinimumLevel__Default=Warning \
    ConnectionStrings__DealTracker="Data Source=$out/big.db"
  exec dotnet DealTracker.Web.dll
) >"$out/logs/memory-app.log" 2>&1 &
pid=$!
sampler=""
trap 'kill "$pid" 2>/dev/null || true; [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT INT TERM

deadline=$((SECONDS + 180))
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/health/ready")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { cat "$out/logs/memory-app.log" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { echo "not ready within 180 s" >&2; exit 1; }
  sleep 0.1
done
started_rss=$(rss_mb "$pid")
log "ready; RSS $started_rss MB"

log "warm-up: 10 s of the same mix with 8 connections"
wrk -t2 -c8 -d10s --timeout 30s -s bench/memory.lua "http://127.0.0.1:$port" >"$out/logs/memory-warmup.txt"
warm_rss=$(rss_mb "$pid")
log "after warm-up: RSS $warm_rss MB"

: >"$out/memory-samples.txt"
( while kill -0 "$pid" 2>/dev/null; do echo "$(date +%s) $(rss_mb "$pid")" >>"$out/memory-samples.txt"; sleep 1; done ) &
sampler=$!

log "load: wrk -t2 -c$connections -d$duration --timeout 30s --latency -s bench/memory.lua"
wrk -t2 -c"$connections" -d"$duration" --timeout 30s --latency -s bench/memory.lua "http://127.0.0.1:$port" | tee "$out/memory-wrk.txt"
end_rss=$(rss_mb "$pid")
peak=$(hwm_mb "$pid")
sampled_peak=$(awk '$2 > m { m = $2 } END { print m + 0 }' "$out/memory-samples.txt")
errors=$(grep -c ' ERR \| EROR \|fail' "$out/logs/memory-app.log" || true)

{
  echo
  echo "| RSS after start | after warm-up | peak during load (VmHWM) | highest 1 s sample | at the end |"
  echo "|---|---|---|---|---|"
  echo "| $started_rss MB | $warm_rss MB | $peak MB | $sampled_peak MB | $end_rss MB |"
  echo
  echo "app log lines at error level: $errors; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/memory-results.md"
