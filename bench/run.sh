#!/usr/bin/env bash
# Throughput of DealTracker's pages against a bare `dotnet new blazor` home page, on loopback.
#
#   bench/run.sh [--regenerate] [--rounds N] [--no-read-cache] [--no-page-cache] [--seed-paths "/ /deals ..."] [--big-paths "/deals/synthetic-deal-01 ..."]
#                [--api-paths "/api/claims ..."] [--huge] [--huge-paths "..."] [--postgres "Host=...;Port=...;Username=...;Password=..."]
#                [--connections N]
#
# --api-paths (default: every read API list) are measured on the seed and big servers beside the pages.
# --huge adds a server on the huge synthetic set (127.0.0.1:5104; `generate-synthetic --size huge`, generated
# once like the big one). --postgres puts DealTracker's stores in PostgreSQL databases on that server
# (dealtracker_bench_seed, recreated every run, and dealtracker_bench_big / _huge, generated once; needs psql).
# --connections N load-tests with N connections instead of 16 (1 gives a single request's render time).
#
# Publishes both apps in Release, starts the bare app (127.0.0.1:5101), DealTracker on a fresh
# seed database (127.0.0.1:5102) and DealTracker on the big synthetic database (127.0.0.1:5103,
# bench/out/big.db, generated once and reused unless --regenerate), warms each page up, measures
# each with `wrk -t2 -c16 -d10s`, and prints a markdown table (also written to bench/out/results.md).
# A page that answers other than 200 is reported with its status and not measured; a page whose
# single warm request takes over 1 s is reported with that time and not load-tested (16 such
# requests at once cannot finish within the run, and only pile up work and memory). Every page is
# warmed up once before any is measured, and between pages the script waits for the server to go idle.
# Everything it writes goes under bench/out/ (git-ignored). Servers are stopped on exit.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
out=$root/bench/out
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

regenerate=false
rounds=1
read_cache=true # --no-read-cache: DealTracker queries the store on every request (ReadCache:Enabled=false)
page_cache=true # --no-page-cache: DealTracker renders every request (PageCache:Enabled=false)
seed_paths="/ /deals /deals/amazon-openai-2026-round /deals/amazon-openai-2026-round/timeline /deals/amazon-openai-2026-round/compare /outlets /outlets/reuters /reports/1"
big_paths="/deals/synthetic-deal-01 /deals/synthetic-deal-01/timeline /deals/synthetic-deal-01/compare /outlets /outlets/synthetic-outlet-001 /reports/100"
api_paths="/api/claims /api/reports /api/outlets /api/events /api/deals"
huge=false
huge_paths="/ /deals /deals/synthetic-deal-01 /deals/synthetic-deal-01/timeline /deals/synthetic-deal-01/compare /outlets /outlets/synthetic-outlet-001 /reports/100 /reports/250000"
postgres=""
connections=16
while [ $# -gt 0 ]; do
  case $1 in
    --regenerate) regenerate=true ;;
    --rounds) rounds=$2; shift ;;
    --no-read-cache) read_cache=false ;;
    --no-page-cache) page_cache=false ;;
    --seed-paths) seed_paths=$2; shift ;;
    --big-paths) big_paths=$2; shift ;;
    --api-paths) api_paths=$2; shift ;;
    --huge) huge=true ;;
    --huge-paths) huge_paths=$2; shift ;;
    --postgres) postgres=$2; shift ;;
    --connections) connections=$2; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

threads=$((connections < 2 ? 1 : 2)) duration=10s warmup=3s
max_single=1 # seconds: a page slower than this for one warm request is reported, not load-tested
bare_port=5101 seed_port=5102 big_port=5103 huge_port=5104

if ! command -v wrk >/dev/null; then
  apt-get install -y wrk
fi

mkdir -p "$out/logs"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT INT TERM

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }'; }

for port in $bare_port $seed_port $big_port $huge_port; do
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    echo "something already answers on 127.0.0.1:$port; stop it first" >&2
    exit 1
  fi
done

# 1. Build: DealTracker, and the bare template app (created once).
log "publishing DealTracker.Web (Release)"
dotnet publish src/DealTracker.Web -c Release -o "$out/app" --nologo -v quiet >"$out/logs/publish-app.log" 2>&1 \
  || { cat "$out/logs/publish-app.log" >&2; exit 1; }

if [ ! -d "$out/bare" ]; then
  log "creating the bare Blazor app"
  dotnet new blazor --interactivity Server -o "$out/bare" -n BareBlazor >"$out/logs/new-bare.log" 2>&1
  # Keep the repository's build settings (central packages, warnings as errors, code style) out of it.
  echo '<Project />' >"$out/bare/Directory.Build.props"
  echo '<Project />' >"$out/bare/Directory.Packages.props"
  printf 'root = true\n' >"$out/bare/.editorconfig"
fi
log "publishing the bare app (Release)"
dotnet publish "$out/bare" -c Release -o "$out/bare-pub" --nologo -v quiet >"$out/logs/publish-bare.log" 2>&1 \
  || { cat "$out/logs/publish-bare.log" >&2; exit 1; }

# 2. Data: a fresh seed store every run; the big (and huge) ones generated once and reused.
pg() { # a connection-string field (Host, Port, Username, Password) of --postgres
  echo "$postgres" | tr ';' '\n' | awk -F= -v k="$1" 'tolower($1) == tolower(k) { print substr($0, index($0, "=") + 1) }'
}
psql_admin() { PGPASSWORD=$(pg Password) psql -h "$(pg Host)" -p "$(pg Port)" -U "$(pg Username)" -d postgres -v ON_ERROR_STOP=1 -qtAc "$1"; }
store_of() { # name: the connection string DealTracker gets for that store
  if [ -n "$postgres" ]; then echo "$postgres;Database=dealtracker_bench_$1"; else echo "Data Source=$out/$1.db"; fi
}
store_exists() { # name
  if [ -n "$postgres" ]; then [ -f "$out/pg-$1.done" ] && [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = 'dealtracker_bench_$1'")" = 1 ]
  else [ -f "$out/$1.db" ]; fi
}
drop_store() { # name
  if [ -n "$postgres" ]; then psql_admin "DROP DATABASE IF EXISTS dealtracker_bench_$1 WITH (FORCE)"; rm -f "$out/pg-$1.done"
  else rm -f "$out/$1.db" "$out/$1.db-wal" "$out/$1.db-shm"; fi
}
provider=Sqlite
if [ -n "$postgres" ]; then provider=PostgreSQL; fi
store_size() { # name
  if [ -n "$postgres" ]; then psql_admin "SELECT pg_size_pretty(pg_database_size('dealtracker_bench_$1'))"; else du -h "$out/$1.db" | cut -f1; fi
}
declare -A generator_note
generate() { # name size
  local name=$1 size=$2 started took
  generator_note[$name]="reused the $name store (pass --regenerate to rebuild it)"
  if ! $regenerate && store_exists "$name"; then return; fi
  drop_store "$name"
  log "generating the $name store ($provider, generate-synthetic --size $size)"
  started=$(date +%s.%N)
  (cd "$out/app" && ConnectionStrings__DealTracker="$(store_of "$name")" Database__Provider=$provider ASPNETCORE_ENVIRONMENT=Production \
    dotnet DealTracker.Web.dll generate-synthetic --size "$size") >"$out/logs/generate-$name.log" 2>&1 \
    || { cat "$out/logs/generate-$name.log" >&2; exit 1; }
  took=$(since "$started")
  if [ -n "$postgres" ]; then touch "$out/pg-$name.done"; fi
  generator_note[$name]=$(printf 'generated in %.1f s wall (process start to exit, load %s); generator itself: %s' "$took" "$(loadavg)" \
    "$(grep -o 'in [0-9.]* s$' "$out/logs/generate-$name.log" | sed 's/^in //')")
  log "${generator_note[$name]}"
}
drop_store seed
generate big big
if $huge; then generate huge huge; fi

# 3. Servers.
declare -A started_at ready_after pid_of
start_server() { # name port dir dll [connection string]
  local name=$1 port=$2 dir=$3 dll=$4 connection=${5:-}
  started_at[$name]=$(date +%s.%N)
  (
    cd "$dir"
    export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Serilog__MinimumLevel__Default=Warning
    if [ -n "$connection" ]; then
      export ConnectionStrings__DealTracker="$connection" Database__Provider=$provider ReadCache__Enabled=$read_cache PageCache__Enabled=$page_cache
    fi
    exec dotnet "$dll"
  ) >"$out/logs/$name.log" 2>&1 &
  pid_of[$name]=$!
  pids+=("$!")
}
wait_ready() { # name port
  local name=$1 port=$2 deadline=$((SECONDS + 180))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/")" = 200 ]; do
    if ! kill -0 "${pid_of[$name]}" 2>/dev/null; then
      echo "$name exited before answering; its log:" >&2; cat "$out/logs/$name.log" >&2; exit 1
    fi
    if [ $SECONDS -ge $deadline ]; then echo "$name did not answer 200 within 180 s" >&2; exit 1; fi
    sleep 0.05
  done
  ready_after[$name]=$(since "${started_at[$name]}")
  log "$name answers 200 after $(printf '%.2f' "${ready_after[$name]}") s"
}

# One at a time, so each start-up time is measured on an otherwise idle machine.
start_server bare $bare_port "$out/bare-pub" BareBlazor.dll
wait_ready bare $bare_port
start_server seed $seed_port "$out/app" DealTracker.Web.dll "$(store_of seed)"
wait_ready seed $seed_port
start_server big $big_port "$out/app" DealTracker.Web.dll "$(store_of big)"
wait_ready big $big_port
servers="bare seed big"
if $huge; then
  start_server huge $huge_port "$out/app" DealTracker.Web.dll "$(store_of huge)"
  wait_ready huge $huge_port
  servers="$servers huge"
fi

# 4. Measure.
to_ms() { # wrk latency such as 850.00us, 6.91ms, 1.02s
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.1f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.1f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.0f", v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.0f", v * 1000 }
    else printf "?" }'
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
wait_idle() { # pid: until the server burns under 5% of a core for a second (it may still be answering
  # requests wrk gave up on), at most 60 s, so one page's backlog does not slow the next page down.
  local pid=$1 before after tries=0
  after=$(cpu_ticks "$pid")
  while [ $tries -lt 60 ]; do
    sleep 1
    before=$after after=$(cpu_ticks "$pid") tries=$((tries + 1))
    if [ $((after - before)) -lt 5 ]; then return; fi
  done
}

ticks_per_s=$(getconf CLK_TCK)
keys=()
declare -A status_of kb_of rps_of p50_of p99_of ratio_of cpu_of cpu_ratio_of
bare_rps="" bare_cpu=""
add() { # array key value: appends to a space-separated list
  local -n list=$1
  list[$2]="${list[$2]:-} $3"
}
measure() { # data port path
  local data=$1 port=$2 path=$3 url="http://127.0.0.1:$2$3" key="$1 $3"
  local probe status bytes seconds result requests timeouts rps cpu before after
  local pid=${pid_of[$data]}
  if [ -z "${kb_of[$key]:-}" ]; then keys+=("$key"); fi
  wait_idle "$pid"
  # One request first: its status and size, and whether the page is fast enough to load-test at all.
  probe=$(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}' --max-time 60 "$url" || echo "000 0 60")
  read -r status bytes seconds <<<"$probe"
  kb_of[$key]=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1024 }')
  status_of[$key]=$status
  if [ "$status" != 200 ]; then
    log "$key: $status, not measured"
    return
  fi
  if awk -v s="$seconds" -v limit="$max_single" 'BEGIN { exit !(s > limit) }'; then
    # Once more: the first request may have filled the read cache.
    seconds=$(curl -s -o /dev/null -w '%{time_total}' --max-time 60 "$url" || echo 60)
  fi
  if awk -v s="$seconds" -v limit="$max_single" 'BEGIN { exit !(s > limit) }'; then
    status_of[$key]="200, one request takes $(printf '%.1f' "$seconds") s: not load-tested"
    add p50_of "$key" "$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')"
    log "$key: ${status_of[$key]}"
    return
  fi

  wrk -t$threads -c$connections -d$warmup --timeout $duration "$url" >/dev/null 2>&1 || true
  wait_idle "$pid"
  before=$(cpu_ticks "$pid")
  result=$(wrk -t$threads -c$connections -d$duration --timeout $duration --latency "$url" 2>&1)
  after=$(cpu_ticks "$pid")
  echo "$result" >"$out/logs/wrk-$data-$(echo "$path" | tr '/' '_')-round$round.txt"
  requests=$(echo "$result" | awk '/requests in/ { print $1 }')
  timeouts=$(echo "$result" | awk -F'timeout ' '/Socket errors/ { print $2 + 0 }')
  rps=$(echo "$result" | awk '/^Requests\/sec:/ { printf "%.1f", $2 }')
  add rps_of "$key" "$rps"
  if [ "${requests:-0}" -eq 0 ]; then
    status_of[$key]="200, no request completed in $duration"
  else
    add p50_of "$key" "$(to_ms "$(echo "$result" | awk '$1 == "50%" { print $2 }')")"
    add p99_of "$key" "$(to_ms "$(echo "$result" | awk '$1 == "99%" { print $2 }')")"
    cpu=$(awk -v t=$((after - before)) -v hz="$ticks_per_s" -v n="$requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')
    add cpu_of "$key" "$cpu"
    if [ "$data" = bare ]; then bare_rps=$rps bare_cpu=$cpu; fi
    add ratio_of "$key" "$(awk -v r="$rps" -v b="$bare_rps" 'BEGIN { printf "%.3f", r / b }')"
    add cpu_ratio_of "$key" "$(awk -v c="$cpu" -v b="$bare_cpu" 'BEGIN { printf "%.3f", (c > 0 ? b / c : 0) }')"
  fi
  if [ "${timeouts:-0}" -gt 0 ]; then status_of[$key]="${status_of[$key]}, $timeouts timed out"; fi
  if echo "$result" | grep -q 'Non-2xx'; then
    status_of[$key]="${status_of[$key]}, $(echo "$result" | awk '/Non-2xx/ { print $NF }') non-2xx under load"
  fi
  log "$key (round $round): $rps req/s, server CPU ${cpu:-?} ms/request"
}

median() { # format values...: the median, or — when there is none
  local format=$1; shift
  printf '%s\n' "$@" | grep -v '^$' | sort -g | awk -v f="$format" '
    { a[NR] = $1 }
    END { if (NR == 0) { print "—" } else { printf f "\n", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) } }'
}

warm() { # port path: JIT and caches, before anything is measured; a slow or failing page gets one request
  local url="http://127.0.0.1:$1$2" probe
  probe=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 60 "$url" || echo "000 60")
  if [ "${probe% *}" = 200 ] && awk -v s="${probe#* }" -v limit="$max_single" 'BEGIN { exit !(s <= limit) }'; then
    wrk -t$threads -c$connections -d$warmup --timeout $duration "$url" >/dev/null 2>&1 || true
  fi
}
log "warming up every page"
warm $bare_port /
for path in $seed_paths $api_paths; do warm $seed_port "$path"; done
for path in $big_paths $api_paths; do warm $big_port "$path"; done
if $huge; then for path in $huge_paths $api_paths; do warm $huge_port "$path"; done; fi

load_before=$(loadavg)
for round in $(seq 1 "$rounds"); do
  measure bare $bare_port /
  for path in $seed_paths $api_paths; do measure seed $seed_port "$path"; done
  for path in $big_paths $api_paths; do measure big $big_port "$path"; done
  if $huge; then for path in $huge_paths $api_paths; do measure huge $huge_port "$path"; done; fi
done
load_after=$(loadavg)

rss() { awk '/^VmRSS:/ { printf "%.0f MB", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }

# 5. Report.
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), .NET $(dotnet --version), wrk -t$threads -c$connections -d$duration --timeout $duration after a ${warmup} warm-up, loopback; median of $rounds round(s), each round measuring the bare page first."
  echo "Load average before/after the runs: $load_before / $load_after. DealTracker store: $provider; read cache: $read_cache, page cache: $page_cache."
  echo
  echo "| page | data | status | HTML KB | req/s | p50 ms | p99 ms | ratio to bare | server CPU ms/req | CPU ratio to bare |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for key in "${keys[@]}"; do
    printf '| `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "${key#* }" "${key%% *}" "${status_of[$key]}" "${kb_of[$key]}" \
      "$(median %.0f ${rps_of[$key]:-})" "$(median %.1f ${p50_of[$key]:-})" "$(median %.1f ${p99_of[$key]:-})" \
      "$(median %.2f ${ratio_of[$key]:-})" "$(median %.2f ${cpu_of[$key]:-})" "$(median %.2f ${cpu_ratio_of[$key]:-})"
  done
  echo
  echo "| server | RSS after the runs | first 200 after process start |"
  echo "|---|---|---|"
  for name in $servers; do
    printf '| %s | %s | %.2f s |\n' "$name" "$(rss "${pid_of[$name]}")" "${ready_after[$name]}"
  done
  echo
  echo "Big store: ${generator_note[big]}; $(store_size big) on disk."
  if $huge; then echo "Huge store: ${generator_note[huge]}; $(store_size huge) on disk."; fi
} | tee "$out/results.md"
