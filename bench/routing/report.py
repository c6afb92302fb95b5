"""Markdown rendering: one table per suite, then summary lines and Terrain's targets."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from suites import Suite

LABELS = {"terrain": "Terrain", "ortools": "OR-Tools", "pyvrp": "PyVRP", "vroom": "VROOM",
          "elkai": "LKH (elkai)"}


@dataclass
class Row:
    """One solver on one instance, after the harness's own check."""

    suite: str
    instance: str
    solver: str
    n: int
    reference: float | None
    time_limit: float | None
    error: str | None = None
    cost: float | None = None
    gap: float | None = None
    seconds: float | None = None
    judged_seconds: float | None = None   # Terrain: wall clock minus process start-up
    own_seconds: float | None = None
    feasible: bool = False
    problems: list[str] = field(default_factory=list)
    note: str = ""
    info: dict = field(default_factory=dict)


def _cost(row: Row, kind: str) -> str:
    if row.error:
        return row.error.replace("|", "/")
    if row.cost is None:
        return "—"
    return f"{row.cost:.0f}" if kind == "tsp" else f"{row.cost:.2f}"


def _num(x: float | None, digits: int = 2) -> str:
    if x is None:
        return "—"
    return f"{0.0 if abs(x) < 0.5 * 10 ** -digits else x:.{digits}f}"


def _mark(row: Row) -> str:
    return "—" if row.error else ("✓" if row.feasible else "✗")


def _limit(limit: float | None) -> str:
    return "own stop" if limit is None else f"{limit:g} s"


def suite_table(suite: Suite, rows: list[Row], solvers: list[str]) -> list[str]:
    by = {(r.instance, r.solver): r for r in rows}
    instances = list(dict.fromkeys(r.instance for r in rows))
    head = ["instance", "n", "reference"]
    for s in solvers:
        head += [f"{LABELS[s]} cost", "gap %", "s", "ok"]
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * len(head)) + "|"]
    for name in instances:
        first = next(r for r in rows if r.instance == name)
        ref = first.reference
        cells = [name, str(first.n), "—" if ref is None else (f"{ref:.0f}" if suite.kind == "tsp" else f"{ref:.2f}")]
        for s in solvers:
            r = by.get((name, s))
            if r is None:
                cells += ["—"] * 4
            else:
                cells += [_cost(r, suite.kind), _num(r.gap), "—" if r.error else _num(r.seconds), _mark(r)]
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    out.append("Time limits: " + ", ".join(
        f"{LABELS[s]} {_limit(next((r.time_limit for r in rows if r.solver == s), None))}" for s in solvers) + ".")
    return out


def solver_summary(suite: Suite, rows: list[Row], solvers: list[str]) -> list[str]:
    out = []
    for s in solvers:
        mine = [r for r in rows if r.solver == s]
        ok = [r for r in mine if r.feasible and r.gap is not None]
        if not mine:
            continue
        if not ok:
            errors = sorted({r.error or "infeasible" for r in mine})
            out.append(f"- {LABELS[s]}: no feasible run ({'; '.join(errors)[:120]})")
            continue
        gaps = [r.gap for r in ok]
        within = sum(1 for g in gaps if suite.target_gap is not None and g <= suite.target_gap + 1e-9)
        out.append(
            f"- {LABELS[s]}: feasible {len(ok)}/{len(mine)}, mean gap {_num(statistics.mean(gaps))} %, "
            f"max gap {_num(max(gaps))} %, mean time {_num(statistics.mean(r.seconds for r in ok))} s, "
            f"gap ≤ {suite.target_gap:g} %: {within}/{len(mine)}")
    return out


def terrain_targets(suite: Suite, rows: list[Row], conditions_changed: bool) -> list[str]:
    mine = [r for r in rows if r.solver == "terrain"]
    if not mine:
        return []
    caveat = " (not the target's conditions: quick run or changed limits)" if conditions_changed else ""
    verdict = lambda ok: "PASS" if ok else "FAIL"  # noqa: E731

    def meets(r: Row, gap: float) -> bool:
        return (not r.error and r.feasible and r.gap is not None and r.gap <= gap + 1e-9
                and r.judged_seconds is not None and r.judged_seconds <= suite.target_seconds + 1e-9)

    if suite.kind == "tsp":
        counted = [r for r in mine if suite.target_instances is None or r.instance in suite.target_instances]
        k = sum(meets(r, suite.target_gap) for r in counted)
        label = ("TSPLIB small set" if suite.name == "tsp-small" else
                 "TSPLIB " + "/".join(suite.target_instances or []))
        return [f"- **{label}: gap ≤ {suite.target_gap:g} % in ≤ {suite.target_seconds:g} s: "
                f"{k}/{len(counted)} → {verdict(k == len(counted) and counted)}**{caveat}"]
    if suite.kind == "solomon":
        feasible = [r for r in mine if r.feasible and not r.error]
        gaps = [r.gap for r in feasible]
        mean = statistics.mean(gaps) if gaps else None
        in_time = sum(1 for r in feasible if r.judged_seconds is not None
                      and r.judged_seconds <= suite.target_seconds + 1e-9)
        all_ok = len(feasible) == len(mine) and mean is not None and mean <= suite.target_gap + 1e-9 \
            and in_time == len(mine)
        return [f"- **Solomon, distance only: mean gap {_num(mean)} % (target ≤ {suite.target_gap:g} %), "
                f"feasible and complete {len(feasible)}/{len(mine)}, within {suite.target_seconds:g} s "
                f"{in_time}/{len(mine)} → {verdict(all_ok)}**{caveat}"]
    r = mine[0]
    ok = not r.error and r.feasible and r.judged_seconds is not None and r.judged_seconds < suite.target_seconds
    ms = "—" if r.judged_seconds is None else f"{1000 * r.judged_seconds:.0f} ms"
    return [f"- **Rep week: complete plan in < {1000 * suite.target_seconds:.0f} ms ({ms}), every must visit "
            f"placed or explained, checks passed → {verdict(ok)}**{caveat}"]


def rep_week_table(rows: list[Row]) -> list[str]:
    out = ["| instance | visits | must placed | optional placed | unassigned (explained) | "
           "km between visits (great circle) | s (wall) | s (Terrain's own) | ok |",
           "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        i = r.info
        if r.error:
            out.append(f"| {r.instance} | {r.n} | {r.error} | — | — | — | — | — | — |")
            continue
        out.append(f"| {r.instance} | {r.n} | {i.get('must_placed')}/{i.get('must_total')} | "
                   f"{i.get('optional_placed')}/{i.get('optional_total')} | {i.get('unassigned')} | "
                   f"{i.get('km_between_visits_gc', 0):.1f} | {_num(r.seconds, 3)} | {_num(r.own_seconds, 3)} | "
                   f"{_mark(r)} |")
    return out


def problems_section(rows: list[Row]) -> list[str]:
    out = []
    for r in rows:
        if r.problems:
            more = f" (+{len(r.problems) - 3} more)" if len(r.problems) > 3 else ""
            out.append(f"- {r.instance} / {LABELS[r.solver]}: " + "; ".join(r.problems[:3]) + more)
        if r.note:
            out.append(f"- {r.instance} / {LABELS[r.solver]}: note: {r.note}")
    return (["", "Checker findings and notes:", ""] + out) if out else []


def render_suite(suite: Suite, rows: list[Row], solvers: list[str], conditions_changed: bool) -> list[str]:
    out = [f"## {suite.name}", ""]
    if suite.kind == "rep-week":
        out += rep_week_table(rows)
    else:
        out += suite_table(suite, rows, solvers)
        out += ["", "Summary:", ""] + solver_summary(suite, rows, solvers)
    targets = terrain_targets(suite, rows, conditions_changed)
    if targets:
        out += ["", "Terrain's target:", ""] + targets
    out += problems_section(rows)
    return out + [""]
