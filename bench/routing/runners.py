"""Running one solver on one instance: Terrain's CLI or a peer's worker process.

Both return a ``Run`` with the raw routes; the cost and feasibility come later from
check.py. Wall-clock seconds are measured here (for Terrain: the whole process,
start-up included; for a peer: the solve call inside its worker, see peers/worker.py).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Run:
    solver: str
    instance: str
    error: str | None = None         # "binary missing", "exit 1: ...", "timeout after ...", ...
    routes: list | None = None
    unassigned: list = field(default_factory=list)
    seconds: float | None = None     # wall clock measured by the harness
    own_seconds: float | None = None  # what the solver says (Terrain's "seconds"), for information
    own_cost: float | None = None     # what the solver says, never used for the table's cost
    note: str = ""
    version: str = ""


def _last_line(text: str) -> str:
    """The line that says what went wrong: the first ``Error…`` line, else the last line."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.lower().startswith(("error", "fatal"))]
    return (errors[0] if errors else lines[-1] if lines else "")[:160]


def hard_timeout(time_limit: float | None) -> float:
    """Kill a run that overstays its limit this much (elkai, without a limit: 15 min)."""
    return 900.0 if time_limit is None else 2 * time_limit + 60


# --------------------------------------------------------------------------- Terrain


def terrain_command(binary: Path, path: Path, time_limit: float | None, seed: int,
                    extra: list[str] = ()) -> list[str]:
    cmd = [str(binary), "tour", "solve", str(path), *extra]
    if time_limit is not None:
        cmd += ["--time-limit", f"{time_limit:g}"]
    return cmd + ["--seed", str(seed)]


def run_terrain(binary: Path | None, instance: str, path: Path, time_limit: float | None,
                seed: int, extra: list[str] = ()) -> Run:
    run = Run("terrain", instance)
    if binary is None or not binary.exists():
        run.error = "binary missing"
        return run
    cmd = terrain_command(binary, path, time_limit, seed, extra)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=hard_timeout(time_limit))
    except subprocess.TimeoutExpired:
        run.error = f"timeout after {hard_timeout(time_limit):.0f} s"
        return run
    run.seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        run.error = f"exit {proc.returncode}: {_last_line(proc.stderr) or _last_line(proc.stdout)}"
        return run
    try:
        out = json.loads(proc.stdout)
        run.routes = out["routes"]
        run.unassigned = out.get("unassigned") or []
        run.own_seconds = out.get("seconds")
        run.own_cost = out.get("cost")
    except (ValueError, KeyError, TypeError) as e:
        run.error = f"bad JSON on stdout ({type(e).__name__}: {str(e)[:80]})"
    return run


def launch_overhead(binary: Path | None, repeats: int = 5) -> float | None:
    """Median wall time of ``terrain --help``: process start-up, subtracted from Terrain's
    wall clock before comparing it with a time target."""
    if binary is None or not binary.exists():
        return None
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        proc = subprocess.run([str(binary), "--help"], capture_output=True, timeout=60)
        samples.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            return None
    return statistics.median(samples)


# --------------------------------------------------------------------------- peers


def run_peer(solver: str, kind: str, instance: str, path: Path, time_limit: float | None,
             seed: int) -> Run:
    run = Run(solver, instance)
    with tempfile.TemporaryDirectory(prefix="routing-bench-") as tmp:
        result = Path(tmp) / "result.json"
        cmd = [sys.executable, "-m", "peers.worker", solver, kind, str(path),
               str(time_limit if time_limit is not None else 0), str(seed), str(result)]
        try:
            proc = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True,
                                  timeout=hard_timeout(time_limit))
        except subprocess.TimeoutExpired:
            run.error = f"timeout after {hard_timeout(time_limit):.0f} s"
            return run
        if proc.returncode != 0 or not result.exists():
            run.error = f"exit {proc.returncode}: {_last_line(proc.stderr)}"
            return run
        out = json.loads(result.read_text())
    run.routes = out["routes"]
    run.unassigned = out.get("unassigned") or []
    run.seconds = out["seconds"]
    run.note = out.get("note", "")
    run.version = out.get("version", "")
    return run
