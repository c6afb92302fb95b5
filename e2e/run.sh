#!/usr/bin/env bash
# Runs Terrain's browser tests: a real `terrain serve` driven by headless Chromium through Selenium.
#
#   TERRAIN_BIN     the terrain binary (default: .build/debug/terrain in the repository root)
#   TERRAIN_SHARED  the shared data folder (default: ../shared beside the repository root)
#   E2E_ARTIFACTS   where screenshots go (default: a new temporary folder, printed at the end)
#
# Needs python3 (with venv), Debian's `chromium` and `chromium-driver`. Extra arguments go to pytest
# (e.g. `e2e/run.sh -k search -x`). Exits with pytest's status.
set -euo pipefail

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$E2E_DIR/.." && pwd)"

export TERRAIN_BIN="${TERRAIN_BIN:-$REPO_ROOT/.build/debug/terrain}"
export TERRAIN_SHARED="${TERRAIN_SHARED:-$(cd "$REPO_ROOT/.." && pwd)/shared}"

VENV="$E2E_DIR/.venv"
STAMP="$VENV/.requirements.installed"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
# Reinstall when requirements.txt changed since the last install.
if [ ! -f "$STAMP" ] || ! cmp -s "$E2E_DIR/requirements.txt" "$STAMP"; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$E2E_DIR/requirements.txt"
  cp "$E2E_DIR/requirements.txt" "$STAMP"
fi

cd "$E2E_DIR"
set +e
"$VENV/bin/python" -m pytest -v "$@"
status=$?
set -e
exit $status
