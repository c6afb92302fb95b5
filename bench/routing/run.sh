#!/usr/bin/env bash
# Routing benchmark: Terrain's tour optimiser (release build) against OR-Tools, PyVRP,
# VROOM (pyvroom) and LKH (elkai). See bench/routing/README.md. Never run by CI.
#
#   bench/routing/run.sh                      # everything (about 40 min, see README)
#   bench/routing/run.sh --quick              # smoke run, about 3 min
#   bench/routing/run.sh --no-build --suite tsp-small --solvers terrain,elkai
#
# Options of its own: --no-build (use the existing release binary). Every other option goes
# to bench.py: --suite, --instances, --solvers, --time-limit, --seed, --quick, --out, --terrain.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$root/bench/.venv-routing"
say() { printf '%s\n' "$*" >&2; }

build=1
args=()
for a in "$@"; do
    if [ "$a" = "--no-build" ]; then build=0; else args+=("$a"); fi
done

# --- virtual environment with the pinned peers ---------------------------------------------------
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    say "Creating $venv…"
    "$python" -m venv "$venv" || { say "error: cannot create a venv with $python"; exit 1; }
    "$venv/bin/pip" install -q --upgrade pip >&2 || true
fi
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -c1-64)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "Installing the peers (bench/routing/requirements.txt)…"
    if "$venv/bin/pip" install -q -r "$here/requirements.txt" >&2; then
        printf '%s\n' "$want" > "$stamp"
    else
        # install what can be had, one by one: a peer that cannot be installed shows as
        # "not installed" in the table and in the report's header
        say "warning: installing all peers at once failed; trying one by one"
        grep -Ev '^\s*(#|$)' "$here/requirements.txt" | while read -r req; do
            "$venv/bin/pip" install -q "$req" >&2 || say "warning: $req cannot be installed here"
        done
    fi
fi

# --- Terrain, release build ----------------------------------------------------------------------
cd "$root"
terrain_args=()
if [ "$build" = 1 ]; then
    say "Release build (swift build -c release --product terrain --scratch-path .build-release)…"
    if ! swift build -c release --product terrain --scratch-path .build-release >&2; then
        say "warning: the release build failed; the Terrain column will show it"
        terrain_args=(--terrain-error "release build failed")
    fi
fi
if [ ${#terrain_args[@]} -eq 0 ]; then
    terrain_args=(--terrain "$root/.build-release/release/terrain")  # SwiftPM's symlink to the bin path
fi

cd "$here"
export ROUTING_BENCH_ARGS="$*"   # the command line as typed, for the report's header
exec "$venv/bin/python" bench.py "${terrain_args[@]}" "${args[@]}"
