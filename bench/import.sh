#!/usr/bin/env bash
# Import benchmark: Terrain's `terrain import accounts` (release build) against sqlite3's own
# `.import` into a bare table, on the same 200,000-row file in the French Excel dialect.
# See bench/README.md. Slow (a cold release build takes 10+ minutes): never run by CI.
#
# Environment (all optional):
#   BENCH_ROWS=200000        rows in the generated file
#   BENCH_RUNS=3             timed runs of each side; the table shows the median
#   BENCH_SOURCE=…           the real sample the rows are derived from
#                            (default: ../shared/data/sirene/sirene_13_excel_fr.csv beside the repository)
#   BENCH_SKIP_BUILD=1       use the existing release binary without asking SwiftPM
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
rows="${BENCH_ROWS:-200000}"
runs="${BENCH_RUNS:-3}"
source_csv="${BENCH_SOURCE:-$root/../shared/data/sirene/sirene_13_excel_fr.csv}"
mkdir -p "$out"

say() { printf '%s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------
need() { # need COMMAND DEBIAN-PACKAGE
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing $2 (Debian package) for $1…"
        apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$2" >/dev/null; }
    fi
    command -v "$1" >/dev/null 2>&1 || { say "error: $1 is missing (Debian package $2)"; exit 1; }
}
need sqlite3 sqlite3
need /usr/bin/time time
need iconv libc-bin
need python3 python3

# --- release build -----------------------------------------------------------------------------
cd "$root"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    say "Release build (swift build -c release --product terrain --scratch-path .build-release)…"
    swift build -c release --product terrain --scratch-path .build-release >&2
fi
terrain="$(swift build -c release --scratch-path .build-release --show-bin-path)/terrain"
[ -x "$terrain" ] || { say "error: no release binary at $terrain"; exit 1; }

# --- data --------------------------------------------------------------------------------------
[ -f "$source_csv" ] || { say "error: sample file not found: $source_csv (set BENCH_SOURCE)"; exit 1; }
data="$out/accounts_${rows}.csv"
stamp="$data.stamp"
want_stamp="$(sha256sum "$here/make_accounts.py" "$source_csv" | sha256sum | cut -c1-16) $rows"
if [ ! -f "$data" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want_stamp" ]; then
    say "Generating $rows rows…"
    python3 "$here/make_accounts.py" "$source_csv" "$data" --rows "$rows" >&2
    printf '%s\n' "$want_stamp" > "$stamp"
fi

# --- timing helpers ----------------------------------------------------------------------------
now_ns() { date +%s%N; }
# timed LABEL RUN COMMAND…: runs COMMAND under /usr/bin/time -v, stdout to $out/LABEL.RUN.out,
# writes "seconds max_rss_kb" to $out/LABEL.RUN.measure.
timed() {
    local label="$1" run="$2"; shift 2
    local start end
    start=$(now_ns)
    /usr/bin/time -v -o "$out/$label.$run.time" "$@" > "$out/$label.$run.out" 2> "$out/$label.$run.err" \
        || { say "error: $label failed:"; cat "$out/$label.$run.err" >&2; exit 1; }
    end=$(now_ns)
    local rss cpu
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/$label.$run.time")
    cpu=$(awk -F': ' '/User time|System time/ {sum += $2} END {print sum}' "$out/$label.$run.time")
    echo "$(( end - start )) $rss $cpu" > "$out/$label.$run.measure"
}

sqlite_script="$out/sqlite3-import.sql"
utf8="$out/accounts_${rows}.utf8.csv"
# `.import --csv` would force ',' as the separator; csv mode with `.separator ";"` reads the same
# RFC 4180 quoting with ';'. The CR of CRLF is dropped by the CSV reader.
cat > "$sqlite_script" <<EOF
CREATE TABLE accounts(siret TEXT, raison_sociale TEXT, entrepreneur_individuel TEXT, code_naf TEXT,
  libelle_naf TEXT, adresse TEXT, code_postal TEXT, ville TEXT, code_commune TEXT, latitude TEXT,
  longitude TEXT, tranche_effectif TEXT, date_creation TEXT);
.mode csv
.separator ";" "\n"
.import --skip 1 '$utf8' accounts
EOF

for run in $(seq 1 "$runs"); do
    say "Run $run/$runs: terrain import accounts…"
    rm -f "$out/bench.sqlite" "$out/bench.sqlite-wal" "$out/bench.sqlite-shm" "$out/bench.sqlite-journal"
    DATABASE_URL="sqlite:///$out/bench.sqlite" timed terrain "$run" "$terrain" import accounts "$data"
    say "  $(tail -n 1 "$out/terrain.$run.out")"

    say "Run $run/$runs: iconv CP1252 → UTF-8, then sqlite3 .import…"
    rm -f "$utf8"
    timed iconv "$run" iconv -f CP1252 -t UTF-8 "$data" -o "$utf8"
    rm -f "$out/sqlite3.sqlite" "$out/sqlite3.sqlite-journal"
    timed sqlite3 "$run" sqlite3 -bail "$out/sqlite3.sqlite" ".read '$sqlite_script'"
    count=$(sqlite3 "$out/sqlite3.sqlite" "SELECT count(*) FROM accounts")
    [ "$count" = "$rows" ] || { say "error: sqlite3 imported $count rows, expected $rows"; exit 1; }
done

terrain_summary="$(tail -n 1 "$out/terrain.1.out")"
case "$terrain_summary" in
    "Import terminé"*) ;;
    *) say "error: unexpected terrain output: $terrain_summary"; exit 1 ;;
esac

# --- table -------------------------------------------------------------------------------------
python3 - "$out" "$rows" "$runs" "$terrain_summary" <<'PY'
import statistics, sys
out, rows, runs, summary = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

def measures(label):
    values = []
    for run in range(1, runs + 1):
        ns, rss, cpu = open(f"{out}/{label}.{run}.measure").read().split()
        values.append((int(ns) / 1e9, int(rss) / 1024, float(cpu)))
    return (statistics.median(v[0] for v in values), max(v[1] for v in values),
            statistics.median(v[2] for v in values), [round(v[0], 2) for v in values])

t, t_rss, t_cpu, t_all = measures("terrain")
c, c_rss, c_cpu, c_all = measures("iconv")
s, s_rss, s_cpu, s_all = measures("sqlite3")

print(f"Import of {rows:,} rows (French Excel dialect: Windows-1252, ';', CRLF), median of {runs} run(s)")
print(f"terrain: {summary}")
print()
print(f"| {'':34} | {'wall s':>7} | {'rows/s':>9} | {'CPU s':>6} | {'max RSS':>8} |")
print(f"|{'-' * 36}|{'-' * 9}|{'-' * 11}|{'-' * 8}|{'-' * 10}|")
def line(label, wall, cpu, rss):
    print(f"| {label:34} | {wall:7.2f} | {rows / wall:9,.0f} | {cpu:6.2f} | {rss:5,.0f} MB |")
line("terrain import accounts (release)", t, t_cpu, t_rss)
line("sqlite3 .import (bare table)", s, s_cpu, s_rss)
line("iconv CP1252 → UTF-8 (before it)", c, c_cpu, c_rss)
print()
print(f"Terrain / sqlite3, wall-clock time: {t / s:.1f}×  (target ≤ 3×; {t / (s + c):.1f}× with the conversion counted for sqlite3)")
print(f"Terrain / sqlite3, CPU time: {t_cpu / s_cpu:.1f}×")
print(f"wall-clock runs (s): terrain {t_all}, sqlite3 {s_all}, iconv {c_all}")
PY

if [ "${BENCH_PERF:-0}" = 1 ]; then
    need perf linux-perf
    say "Profiling one more terrain import with perf…"
    rm -f "$out/bench.sqlite"
    DATABASE_URL="sqlite:///$out/bench.sqlite" perf record -F 999 -g -o "$out/perf.data" "$terrain" import accounts "$data" >/dev/null 2>&1
    echo
    python3 "$here/perf_phases.py" "$out/perf.data"
fi
