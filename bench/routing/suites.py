"""The four suites: instance sets, time limits per solver, and Terrain's targets.

Time limits follow the tour issue: TSPLIB small sets give every solver 0.5 s;
TSPLIB large gives Terrain 5 s, OR-Tools 30 s and PyVRP 10 s (the figures the issue
quotes for them), VROOM 10 s; Solomon gives everyone 10 s; the rep week gives Terrain
0.1 s, its target. ``None`` = the solver's own stopping rule (elkai: LKH's default of
10 runs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

SOLVERS = ["terrain", "ortools", "pyvrp", "vroom", "elkai"]


@dataclass
class Suite:
    name: str
    kind: str                      # "tsp" | "solomon" | "rep-week"
    instances: list[str]
    limits: dict[str, float | None]
    target_gap: float | None = None    # % (per instance for TSP, mean for Solomon)
    target_seconds: float | None = None
    target_instances: list[str] | None = None  # None = all of the suite's instances
    quick_instances: list[str] = field(default_factory=list)
    quick_limits: dict[str, float | None] = field(default_factory=dict)
    terrain_args: list[str] = field(default_factory=list)   # more options for `terrain tour solve`

    def solvers(self) -> list[str]:
        return [s for s in SOLVERS if s in self.limits]


TSP_SMALL = Suite(
    "tsp-small", "tsp",
    ["berlin52", "eil51", "eil76", "st70", "pr76", "rat99", "kroA100", "kroC100", "kroD100",
     "rd100", "eil101", "lin105"],
    {"terrain": 0.5, "ortools": 0.5, "pyvrp": 0.5, "vroom": 0.5, "elkai": None},
    target_gap=0.0, target_seconds=0.5,
    quick_instances=["berlin52", "eil76", "kroA100"],
)

TSP_LARGE = Suite(
    "tsp-large", "tsp",
    ["a280", "pcb442", "rat783", "gr666", "pr1002"],
    {"terrain": 5.0, "ortools": 30.0, "pyvrp": 10.0, "vroom": 10.0, "elkai": None},
    target_gap=1.0, target_seconds=5.0, target_instances=["a280", "pcb442", "rat783"],
    quick_instances=["a280", "pcb442"],
    quick_limits={"terrain": 1.0, "ortools": 1.0, "pyvrp": 1.0, "vroom": 1.0, "elkai": None},
)

SOLOMON_QUICK = ["C101", "C201", "R101", "R105", "RC101", "RC201"]

SOLOMON = Suite(
    "solomon", "solomon",
    [],  # filled from the folder: every instance there
    {"terrain": 10.0, "ortools": 10.0, "pyvrp": 10.0, "vroom": 10.0},
    target_gap=1.0, target_seconds=10.0,
    quick_instances=SOLOMON_QUICK,
    quick_limits={"terrain": 1.0, "ortools": 1.0, "pyvrp": 1.0, "vroom": 1.0},
)

# The rep starts and ends each day at home in Aubagne, 43.2927 N 5.5708 E (rep-week/README.md);
# Terrain's CLI takes it as --home. Its budget is the target itself: a complete plan in 100 ms.
REP_WEEK = Suite(
    "rep-week", "rep-week", ["marseille-week"], {"terrain": 0.1},
    target_seconds=0.1, quick_instances=["marseille-week"],
    terrain_args=["--home", "43.2927,5.5708"],
)

SUITES = {s.name: s for s in (TSP_SMALL, TSP_LARGE, SOLOMON, REP_WEEK)}


def parse_limits(text: str | None) -> dict[str, float]:
    """``--time-limit 2`` (every solver) or ``--time-limit terrain=1,ortools=5``."""
    if not text:
        return {}
    if "=" not in text:
        return {s: float(text) for s in SOLVERS}
    out = {}
    for part in text.split(","):
        solver, value = part.split("=")
        if solver.strip() not in SOLVERS:
            raise SystemExit(f"--time-limit: unknown solver {solver!r} (one of {', '.join(SOLVERS)})")
        out[solver.strip()] = float(value)
    return out
