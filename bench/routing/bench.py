"""Routing benchmark: Terrain's tour optimiser against OR-Tools, PyVRP, VROOM and LKH
(elkai) on public instances. Run through bench/routing/run.sh (it makes the venv and
builds Terrain); see bench/routing/README.md.

Every run is checked and costed by this harness (check.py), never by the solver.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import check
import instances as I
from peers import PEERS
from report import LABELS, Row, render_suite
from runners import Run, launch_overhead, run_peer, run_terrain
from suites import SOLVERS, SUITES, Suite, parse_limits

PEER_PACKAGES = {"ortools": "ortools", "pyvrp": "pyvrp", "vroom": "pyvroom", "elkai": "elkai"}


def say(*parts):
    print(*parts, file=sys.stderr, flush=True)


def peer_versions() -> dict[str, str | None]:
    out = {}
    for solver, package in PEER_PACKAGES.items():
        try:
            out[solver] = version(package)
        except PackageNotFoundError:
            out[solver] = None
    return out


def instance_path(root: Path, kind: str, name: str) -> Path:
    if kind == "tsp":
        return root / "tsplib" / f"{name}.tsp"
    if kind == "solomon":
        return root / "solomon" / f"{name}.txt"
    return root / "rep-week" / f"{name}.csv"


def suite_instances(suite: Suite, root: Path, quick: bool, wanted: list[str] | None) -> list[str]:
    default = suite.instances or sorted(p.stem for p in (root / "solomon").glob("*.txt"))
    if wanted is None:
        return suite.quick_instances if quick else default
    picked = [w for w in wanted if w in default]
    # a name in no suite's list goes to the suite of its kind (TSP: small up to 200 nodes)
    for w in wanted:
        if any(w in (s.instances or []) for s in SUITES.values()) or w in picked:
            continue
        path = instance_path(root, suite.kind, w)
        if not path.exists() or suite.kind == "rep-week":
            continue
        if suite.kind == "tsp":
            n = I.read_tsplib(path).n
            if (suite.name == "tsp-small") != (n <= 200):
                continue
        picked.append(w)
    return picked


def evaluate(suite: Suite, name: str, path: Path, run, refs, limit, overhead) -> Row:
    row = Row(suite.name, name, run.solver, 0, None, limit, error=run.error, seconds=run.seconds,
              own_seconds=run.own_seconds, note=run.note)
    try:
        if suite.kind == "tsp":
            inst = I.read_tsplib(path)
            row.n, row.reference = inst.n, refs.get(name)
            result = None if run.error else check.check_tsp(inst, run.routes, run.unassigned)
        elif suite.kind == "solomon":
            inst = I.read_solomon(path)
            row.n, row.reference = inst.n_customers, (refs.get(name) or {}).get("distance")
            result = None if run.error else check.check_solomon(inst, run.routes, run.unassigned)
        else:
            visits = I.read_rep_week(path)
            row.n = len(visits)
            result = None if run.error else check.check_rep_week(visits, run.routes, run.unassigned)
    except (TypeError, KeyError, AttributeError, ValueError) as e:  # malformed routes
        row.problems, row.feasible = [f"unreadable routes: {type(e).__name__}: {e}"[:160]], False
        return row
    if result is not None:
        row.cost, row.feasible, row.problems, row.info = result.cost, result.feasible, result.problems, result.info
        if row.cost is not None and row.reference:
            row.gap = 100.0 * (row.cost - row.reference) / row.reference
        if row.info.get("warning"):
            row.note = (row.note + "; " if row.note else "") + row.info["warning"]
        tolerance = 0.5 if suite.kind == "tsp" else 0.01  # TSP costs are integers
        if isinstance(run.own_cost, (int, float)) and row.cost is not None \
                and abs(run.own_cost - row.cost) > tolerance:
            row.note = (row.note + "; " if row.note else "") + \
                f"reports cost {run.own_cost}, the harness computes {row.cost:.2f}"
    if run.seconds is not None and not run.error:
        row.judged_seconds = max(0.0, run.seconds - overhead) if run.solver == "terrain" and overhead \
            else run.seconds
    return row


def git_describe() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=I.REPO_ROOT,
                             capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=I.REPO_ROOT,
                               capture_output=True, text=True).stdout.strip()
        return rev + (" (uncommitted changes)" if dirty else "")
    except OSError:
        return "?"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--suite", default="all", choices=[*SUITES, "all"])
    p.add_argument("--instances", help="comma-separated subset, e.g. berlin52,a280,C101")
    p.add_argument("--solvers", default=",".join(SOLVERS), help=f"subset of {','.join(SOLVERS)}")
    p.add_argument("--time-limit", help="seconds for every solver, or per solver: terrain=1,ortools=5")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--quick", action="store_true",
                   help="smoke run: few instances per suite, 1 s limits for tsp-large and solomon")
    p.add_argument("--terrain", type=Path, help="terrain binary (default: the release build)")
    p.add_argument("--terrain-error", help=argparse.SUPPRESS)  # set by run.sh when the build failed
    p.add_argument("--out", type=Path, help="Markdown report (default bench/out/routing-<date>.md)")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    root = I.data_dir()
    solvers = [s.strip() for s in args.solvers.split(",") if s.strip()]
    unknown = set(solvers) - set(SOLVERS)
    if unknown:
        raise SystemExit(f"--solvers: unknown {sorted(unknown)} (one of {', '.join(SOLVERS)})")
    overrides = parse_limits(args.time_limit)
    wanted = [w.strip() for w in args.instances.split(",")] if args.instances else None
    chosen = list(SUITES.values()) if args.suite == "all" else [SUITES[args.suite]]

    self_check = I.self_check_tsplib(root)  # exits loudly on a mismatch
    say(f"self-check: {len(self_check)}/{len(self_check)} optimal tours recompute to the published optimum")
    versions = peer_versions()
    binary = args.terrain or (I.REPO_ROOT / ".build-release" / "release" / "terrain")
    overhead = launch_overhead(binary) if "terrain" in solvers else None
    load_before = os.getloadavg()
    started = time.time()
    refs = {"tsp": I.load_tsplib_optima(root), "solomon": I.load_solomon_bks(root), "rep-week": {}}

    body: list[str] = []
    all_rows: list[Row] = []
    placed: set[str] = set()
    for suite in chosen:
        names = suite_instances(suite, root, args.quick, wanted)
        placed.update(names)
        suite_solvers = [s for s in suite.solvers() if s in solvers]
        if not names or not suite_solvers:
            continue
        limits = dict(suite.limits)
        if args.quick:
            limits.update(suite.quick_limits)
        limits.update({s: v for s, v in overrides.items() if s in limits and s != "elkai"})
        changed = any(limits[s] != suite.limits[s] for s in limits) or \
            (args.quick and names != suite_instances(suite, root, False, wanted))
        rows = []
        for name in names:
            path = instance_path(root, suite.kind, name)
            for solver in suite_solvers:
                say(f"[{suite.name}] {name} / {solver} ({limits[solver] or 'own stop'})…")
                if solver == "terrain":
                    if args.terrain_error:
                        run = Run(solver, name, error=args.terrain_error)
                    else:
                        run = run_terrain(binary if binary.exists() else None, name, path,
                                          limits[solver], args.seed, suite.terrain_args)
                elif versions[solver] is None:
                    run = Run(solver, name, error="not installed")
                else:
                    run = run_peer(solver, suite.kind, name, path, limits[solver], args.seed)
                row = evaluate(suite, name, path, run, refs[suite.kind], limits[solver], overhead)
                rows.append(row)
                say(f"    {row.error + ', ' if row.error else ''}cost {row.cost} gap {row.gap} s {row.seconds} "
                    f"feasible {row.feasible} {'; '.join(row.problems[:2])}")
        body += render_suite(suite, rows, suite_solvers, changed)
        all_rows += rows

    left_out = [w for w in wanted or [] if w not in placed]
    if left_out:
        say(f"warning: not in the chosen suite(s) or not found, not run: {', '.join(left_out)}")
    load_after = os.getloadavg()
    now = dt.datetime.now()
    header = [
        f"# Routing benchmark, {now:%Y-%m-%d %H:%M}",
        "",
        f"- command: `bench/routing/run.sh {os.environ.get('ROUTING_BENCH_ARGS', ' '.join(argv or sys.argv[1:]))}`",
        f"- machine: {cpu_model()}, {os.cpu_count()} cores; load average {load_before[0]:.2f} at start, "
        f"{load_after[0]:.2f} at end (1 min); run took {(time.time() - started) / 60:.1f} min",
        f"- Python {platform.python_version()}; " + ", ".join(
            f"{LABELS[s]} {versions[s] or 'NOT INSTALLED'}" for s in PEERS),
        f"- Terrain: {binary if binary.exists() else 'binary missing (' + str(binary) + ')'}, "
        f"commit {git_describe()}; process start-up {'—' if overhead is None else f'{1000 * overhead:.0f} ms'}"
        " (subtracted from its wall time before judging a time target)",
        f"- seed {args.seed}; costs recomputed by the harness; gap = (cost − reference) / reference",
        f"- self-check: {len(self_check)}/{len(self_check)} TSPLIB optimal tours recompute to the published optimum",
        "",
    ]
    report = "\n".join(header + body)
    out = args.out or (I.REPO_ROOT / "bench" / "out" / f"routing-{now:%Y-%m-%d-%H%M}.md")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report)
    out.with_suffix(".json").write_text(json.dumps([asdict(r) for r in all_rows], indent=1))
    print(report)
    say(f"report written to {out} (and {out.with_suffix('.json').name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
