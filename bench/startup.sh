#!/usr/bin/env bash
# Time from process start to the first 200 on `/`: DealTracker on a fresh SQLite store (migrate and seed
# included) against a bare `dotnet new blazor` app, started alternately, N times each.
#
#   bench/startup.sh [--runs N] [--no-publish] [--app DIR]
#
# DealTracker is published as for production: self-contained for linux-x64, which makes it one composite ReadyToRun
# image with the framework (see its csproj; about 4 minutes). --app DIR measures another published build of DealTracker
# (e.g. `dotnet publish -c Release -r linux-x64 --self-contained false`, ReadyToRun without the framework, or a plain
# `dotnet publish -c Release`, JIT only) instead of bench/out/app-sc. A self-contained build is started by its own
# executable, any other with `dotnet`. The bare template is bench/out/bare-pub (bench/run.sh publishes it too).
# Publishes first unless --no-publish. Each DealTracker start gets a new empty database file under bench/out/startup/.
# Prints each start-up and the median of each app as a markdown table (also bench/out/startup.md), with the
# load average before and after, since a shared machine's load moves these figures a lot.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
out=$root/bench/out
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

runs=5
publish=true
app_dir=""
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift ;;
    --no-publish) publish=false ;;
    --app) app_dir=$2; publish=false; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

port=5109
mkdir -p "$out/logs" "$out/startup"
log() { printf '[startup %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if [ -z "$app_dir" ] && { $publish || [ ! -f "$out/app-sc/DealTracker.Web.dll" ]; }; then
  log "publishing DealTracker.Web (Release, linux-x64, self-contained: composite ReadyToRun)"
  # The SDK's incremental build does not tell a composite ReadyToRun compile from a plain one: start from a clean
  # linux-x64 intermediate folder, or the other kind's compiled assemblies are reused.
  rm -rf src/*/obj/Release/net10.0/linux-x64 src/*/bin/Release/net10.0/linux-x64 "$out/app-sc"
  dotnet publish src/DealTracker.Web -c Release -r linux-x64 --self-contained true -o "$out/app-sc" --nologo -v quiet >"$out/logs/publish-app.log" 2>&1 \
    || { cat "$out/logs/publish-app.log" >&2; exit 1; }
fi
if [ ! -f "$out/bare-pub/BareBlazor.dll" ]; then
  if [ ! -d "$out/bare" ]; then
    dotnet new blazor --interactivity Server -o "$out/bare" -n BareBlazor >"$out/logs/new-bare.log" 2>&1
    echo '<Project />' >"$out/bare/Directory.Build.props"
    echo '<Project />' >"$out/bare/Directory.Packages.props"
    printf 'root = true\n' >"$out/bare/.editorconfig"
  fi
  dotnet publish "$out/bare" -c Release -o "$out/bare-pub" --nologo -v quiet >"$out/logs/publish-bare.log" 2>&1 \
    || { cat "$out/logs/publish-bare.log" >&2; exit 1; }
fi

pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT INT TERM

if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
  echo "something already answers on 127.0.0.1:$port; stop it first" >&2
  exit 1
fi

start_once() { # name dir dll [database file]: prints seconds to the first 200
  local name=$1 dir=$2 dll=$3 db=${4:-} started
  started=$(date +%s.%N)
  (
    cd "$dir"
    export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Serilog__MinimumLevel__Default=Warning
    if [ -n "$db" ]; then export ConnectionStrings__DealTracker="Data Source=$db"; fi
    # A self-contained build names no shared framework in its runtime config and is started by its executable.
    if grep -q '"includedFrameworks"' "${dll%.dll}.runtimeconfig.json" && [ -x "${dll%.dll}" ]; then exec "./${dll%.dll}"; fi
    exec dotnet "$dll"
  ) >"$out/logs/startup-$name.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/")" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited before answering:" >&2; cat "$out/logs/startup-$name.log" >&2; exit 1; fi
    sleep 0.02
  done
  awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }'
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { printf "%.2f", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
bare=() app=()
for i in $(seq 1 "$runs"); do
  bare+=("$(start_once bare "$out/bare-pub" BareBlazor.dll)")
  db="$out/startup/fresh-$i.db"
  rm -f "$db" "$db-wal" "$db-shm"
  app+=("$(start_once dealtracker "${app_dir:-$out/app-sc}" DealTracker.Web.dll "$db")")
  log "run $i: bare ${bare[-1]} s, DealTracker (fresh store) ${app[-1]} s"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, .NET $(dotnet --version), $runs start-ups each, alternating; load average before/after: $load_before / $load_after."
  echo
  echo "| app | first 200 after process start, each run (s) | median (s) |"
  echo "|---|---|---|"
  echo "| bare template | ${bare[*]} | $(median "${bare[@]}") |"
  echo "| DealTracker ${app_dir:-bench/out/app-sc}, fresh SQLite store (migrate + seed) | ${app[*]} | $(median "${app[@]}") |"
  echo
  echo "Ratio of the medians: $(awk -v a="$(median "${app[@]}")" -v b="$(median "${bare[@]}")" 'BEGIN { printf "%.2f", a / b }')×."
} | tee "$out/startup.md"
