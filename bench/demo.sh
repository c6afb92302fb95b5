#!/usr/bin/env bash
# Demo benchmark: `terrain demo --seed 42 --scale N` (release build) into a fresh SQLite file.
# Prints the wall-clock and CPU seconds, the order lines per second and the peak resident memory.
# See bench/README.md. Slow (a cold release build takes 15+ minutes on 2 cores): never run by CI.
#
# Environment (all optional):
#   BENCH_SCALE=100          demo scale (100: 4 million documents, 10.3 million lines)
#   BENCH_SEED=42            demo seed
#   BENCH_RUNS=1             timed runs; each starts from a new empty file
#   BENCH_SCRATCH=.build-release   SwiftPM scratch path of the release build (.build to reuse
#                            the default one)
#   BENCH_SKIP_BUILD=1       use the existing release binary without asking SwiftPM
#   TERRAIN_BIN=…            time this binary instead (skips the build)
#   BENCH_DIR=…              folder of the temporary database (default: a new folder in $TMPDIR;
#                            scale 100 needs about 9 GB free there during the run)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
scale="${BENCH_SCALE:-100}"
seed="${BENCH_SEED:-42}"
runs="${BENCH_RUNS:-1}"
scratch="${BENCH_SCRATCH:-.build-release}"

say() { printf '%s\n' "$*" >&2; }

if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing time (Debian package) for /usr/bin/time…"
        apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null; }
    fi
    [ -x /usr/bin/time ] || { say "error: /usr/bin/time is missing (Debian package time)"; exit 1; }
fi

# --- release build -----------------------------------------------------------------------------
cd "$root"
if [ -n "${TERRAIN_BIN:-}" ]; then
    terrain="$TERRAIN_BIN"
else
    if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
        say "Release build (swift build -c release --product terrain --scratch-path $scratch)…"
        swift build -c release --product terrain --scratch-path "$scratch" >&2
    fi
    terrain="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/terrain"
fi
[ -x "$terrain" ] || { say "error: no release binary at $terrain"; exit 1; }

# --- runs --------------------------------------------------------------------------------------
own_dir=0
if [ -z "${BENCH_DIR:-}" ]; then work="$(mktemp -d "${TMPDIR:-/tmp}/terrain-bench-demo.XXXXXX")"; own_dir=1; else work="$BENCH_DIR"; mkdir -p "$work"; fi
cleanup() { rm -f "$work"/demo.sqlite "$work"/demo.sqlite-wal "$work"/demo.sqlite-shm "$work"/demo.sqlite-journal; }
finish() { cleanup; [ "$own_dir" = 1 ] && rm -rf "$work"; true; }
trap finish EXIT

say "Machine: $(nproc) cores; load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
    cleanup
    say "Run $run/$runs: terrain demo --seed $seed --scale $scale into $work/demo.sqlite…"
    start=$(date +%s%N)
    # DATABASE_URL set to the fresh file: the default would be terrain.sqlite in the working directory.
    DATABASE_URL="sqlite://$work/demo.sqlite" /usr/bin/time -v -o "$work/time.$run" \
        "$terrain" demo --seed "$seed" --scale "$scale" > "$work/out.$run" 2> "$work/err.$run" \
        || { say "error: terrain demo failed:"; tail -n 20 "$work/err.$run" >&2; exit 1; }
    end=$(date +%s%N)
    summary="$(head -n 1 "$work/out.$run")"
    python3 - "$work/time.$run" "$start" "$end" "$summary" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(du -sm "$work" | cut -f1)" <<'PY'
import re, sys
time_file, start, end, summary, load, megabytes = sys.argv[1:7]
fields = dict(line.strip().split(": ", 1) for line in open(time_file) if ": " in line)
wall = (int(end) - int(start)) / 1e9
cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
rss = int(fields["Maximum resident set size (kbytes)"]) / 1024
match = re.search(r"en ([\d.,]+) s : .*?([\d\u202f\u00a0 ]+) commandes et avoirs, ([\d\u202f\u00a0 ]+) lignes", summary)
if not match:
    sys.exit(f"error: unexpected terrain output: {summary}")
load_seconds = float(match.group(1).replace(",", "."))
lines = int(re.sub(r"\D", "", match.group(3)))
documents = int(re.sub(r"\D", "", match.group(2)))
print(summary)
print(f"wall {wall:.1f} s (load itself {load_seconds:.1f} s), CPU {cpu:.1f} s "
      f"(user {fields['User time (seconds)']}, system {fields['System time (seconds)']}), "
      f"{lines / wall:,.0f} lines/s over the wall time, peak RSS {rss:,.0f} MB, "
      f"{documents:,} documents, {lines:,} lines, database {int(megabytes):,} MB, load average after: {load}")
PY
done
