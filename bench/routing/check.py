"""Independent feasibility checks and cost recomputation for every solver's output.

Nothing here trusts a solver: the cost in the table is the one recomputed here,
from the returned routes, with the file's own convention (instances.py).

Route formats (the same for Terrain and the peers):
* TSP: ``routes`` = one list of every node id once, ids as numbered in the file.
* Solomon: ``routes`` = lists of customer ids (1..100), the depot 0 left out.
* Rep week: ``routes`` = one list of visit ids per day, Monday..Friday;
  ``unassigned`` = ``[{"id": ..., "reason": ...}]``.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from instances import SolomonInstance, TspInstance, Visit, tour_length

# Solomon times are doubles; summing a route's legs in another order can move the
# last bits. 1e-6 is far below any data value (integers) and far above that noise.
EPS = 1e-6


@dataclass
class Check:
    """Outcome of a check: ``cost`` recomputed here (None when the routes are unusable)."""

    feasible: bool
    cost: float | None
    problems: list[str] = field(default_factory=list)
    info: dict = field(default_factory=dict)


def _fail(problems: list[str], cost=None, **info) -> Check:
    return Check(False, cost, problems, info)


# --------------------------------------------------------------------------- TSP


def check_tsp(inst: TspInstance, routes, unassigned=()) -> Check:
    """One closed tour visiting every node id of the file exactly once."""
    problems = []
    if not isinstance(routes, list) or len(routes) != 1:
        return _fail([f"expected one route, got {len(routes) if isinstance(routes, list) else routes!r}"])
    tour = routes[0]
    if unassigned:
        problems.append(f"{len(unassigned)} node(s) unassigned")
    if not all(isinstance(v, int) for v in tour):
        return _fail(problems + ["route holds non-integer ids"])
    if sorted(tour) != sorted(inst.ids):
        missing = set(inst.ids) - set(tour)
        dup = len(tour) - len(set(tour))
        unknown = set(tour) - set(inst.ids)
        return _fail(problems + [f"not a permutation: {len(missing)} missing, {dup} repeated, "
                                 f"{len(unknown)} unknown ids"])
    cost = tour_length(inst, tour)
    return Check(not problems, cost, problems)


# --------------------------------------------------------------------------- Solomon


def solomon_route_schedule(inst: SolomonInstance, route: list[int]) -> tuple[float, float, list[str]]:
    """Simulate one route from the depot: (distance, return time, problems).

    Travel time = unrounded distance; service starts at max(arrival, ready) (waiting
    allowed) and must start no later than the due date; the vehicle must be back at the
    depot by the depot's due date.
    """
    depot = inst.nodes[0]
    problems = []
    t = depot.ready
    distance = 0.0
    prev = 0
    for c in route:
        node = inst.nodes[c]
        leg = inst.dist(prev, c)
        distance += leg
        start = max(t + leg, node.ready)
        if start > node.due + EPS:
            problems.append(f"customer {c} starts at {start:.4f} > due {node.due:g}")
        t = start + node.service
        prev = c
    leg = inst.dist(prev, 0)
    distance += leg
    t += leg
    if t > depot.due + EPS:
        problems.append(f"back at depot at {t:.4f} > due {depot.due:g}")
    return distance, t, problems


def check_solomon(inst: SolomonInstance, routes, unassigned=()) -> Check:
    """Every customer exactly once, capacity, time windows, depot due time. The fleet is
    free under the distance-only convention: more routes than the file's vehicles is only
    noted (``info["warning"]``)."""
    if not isinstance(routes, list) or not all(isinstance(r, list) for r in routes):
        return _fail([f"routes is not a list of lists: {routes!r:.80}"])
    routes = [r for r in routes if r]
    problems = []
    served = [c for r in routes for c in r]
    if not all(isinstance(c, int) for c in served):
        return _fail(["routes hold non-integer ids"])
    customers = set(range(1, inst.n_customers + 1))
    unknown = set(served) - customers
    if unknown:
        return _fail([f"unknown ids in routes (the depot 0 must be left out): {sorted(unknown)[:5]}"])
    repeated = len(served) - len(set(served))
    missing = customers - set(served)
    if repeated:
        problems.append(f"{repeated} customer visit(s) repeated")
    if missing:
        problems.append(f"{len(missing)} customer(s) not served (listed unassigned: {len(unassigned)})")
    total = 0.0
    for k, r in enumerate(routes):
        load = sum(inst.nodes[c].demand for c in r)
        if load > inst.capacity:
            problems.append(f"route {k + 1}: load {load} > capacity {inst.capacity}")
        distance, _, route_problems = solomon_route_schedule(inst, r)
        problems += [f"route {k + 1}: {p}" for p in route_problems]
        total += distance
    info = {"vehicles": len(routes)}
    if len(routes) > inst.vehicles:
        # the distance-only convention leaves the fleet free (solomon/README.md): a note, not a fault
        info["warning"] = f"{len(routes)} routes, more than the file's {inst.vehicles} vehicles"
    return Check(not problems, total, problems, info)


# --------------------------------------------------------------------------- rep week

WORK_START, WORK_END = 8 * 60, 18 * 60 + 30   # minutes since midnight (rep-week README)
MAX_DRIVE_MIN = 180
OPTIMISTIC_KMH = 70.0   # fastest speed band of the README; no detour factor either
EARTH_KM = 6371.0


def great_circle_km(a: Visit, b: Visit) -> float:
    """Haversine distance in km (mean earth radius 6371 km)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(h))


def _relaxed_day(day: list[Visit], weekday_date: dt.date | None) -> list[str]:
    """Necessary conditions on one day's order, whatever Terrain's exact travel model.

    Travel between visits is under-estimated (great circle, no detour, 70 km/h) and the
    legs from and to home count as zero, lunch is ignored: if the order fails even so,
    no schedule of it can be feasible. Checks: each visit fits inside one opening
    window, fixed appointments can start at their time, visits end by 18:30, and the
    driving between visits stays under 3 h.
    """
    problems = []
    t = WORK_START
    drive = 0.0
    prev = None
    for v in day:
        if prev is not None:
            minutes = great_circle_km(prev, v) / OPTIMISTIC_KMH * 60
            drive += minutes
            t += minutes
        if v.fixed_time is not None and weekday_date and v.fixed_date == weekday_date.isoformat():
            if t > v.fixed_time + EPS:
                problems.append(f"{v.id}: cannot reach its {v.fixed_time // 60:02d}:{v.fixed_time % 60:02d}"
                                f" appointment (earliest arrival {int(t) // 60:02d}:{int(t) % 60:02d})")
            t = max(t, v.fixed_time)
            if not any(a <= t and t + v.duration_min <= b for a, b in v.windows):
                problems.append(f"{v.id}: appointment outside its opening hours")
        else:
            starts = [max(t, a) for a, b in v.windows if max(t, a) + v.duration_min <= b]
            if not starts:
                problems.append(f"{v.id}: no opening window left (earliest arrival "
                                f"{int(t) // 60:02d}:{int(t) % 60:02d})")
            else:
                t = min(starts)
        t += v.duration_min
        prev = v
    if t > WORK_END + EPS:
        problems.append(f"last visit ends at {int(t) // 60:02d}:{int(t) % 60:02d} > 18:30")
    if drive > MAX_DRIVE_MIN + EPS:
        problems.append(f"at least {drive:.0f} min of driving > {MAX_DRIVE_MIN}")
    return problems


def check_rep_week(visits: list[Visit], routes, unassigned) -> Check:
    """Plan structure: 5 days, known ids once, every must visit placed or explained,
    open weekday, fixed appointments on their date, plus the relaxed time check above."""
    by_id = {v.id: v for v in visits}
    problems = []
    if not isinstance(routes, list) or len(routes) != 5 or not all(isinstance(d, list) for d in routes):
        return _fail([f"expected 5 day lists (Mon..Fri), got {routes!r:.80}"])
    placed = [vid for day in routes for vid in day]
    unknown = [vid for vid in placed if vid not in by_id]
    if unknown:
        return _fail([f"unknown visit ids: {unknown[:5]}"])
    if len(placed) != len(set(placed)):
        problems.append("a visit is placed twice")
    explained = {}
    for u in unassigned or []:
        if not isinstance(u, dict) or not u.get("id") or not str(u.get("reason", "")).strip():
            problems.append(f"unassigned entry without id or reason: {u!r:.60}")
            continue
        explained[u["id"]] = u["reason"]
    both = set(explained) & set(placed)
    if both:
        problems.append(f"placed and unassigned at once: {sorted(both)}")
    lost = [v.id for v in visits if v.must and v.id not in placed and v.id not in explained]
    if lost:
        problems.append(f"must visits neither placed nor explained: {lost}")
    fixed_dates = [dt.date.fromisoformat(v.fixed_date) for v in visits if v.fixed_date]
    monday = min(fixed_dates) - dt.timedelta(days=min(fixed_dates).weekday()) if fixed_dates else None
    km = 0.0
    for d, day in enumerate(routes):
        day_visits = [by_id[vid] for vid in day]
        for v in day_visits:
            if d not in v.open_days:
                problems.append(f"{v.id} placed on a closed day ({['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][d]})")
            if v.fixed_date and monday and (dt.date.fromisoformat(v.fixed_date) - monday).days != d:
                problems.append(f"{v.id}: fixed on {v.fixed_date}, placed on day {d + 1}")
        problems += _relaxed_day(day_visits, monday + dt.timedelta(days=d) if monday else None)
        km += sum(great_circle_km(a, b) for a, b in zip(day_visits, day_visits[1:]))
    info = {
        "must_placed": sum(1 for v in visits if v.must and v.id in placed),
        "must_total": sum(1 for v in visits if v.must),
        "optional_placed": sum(1 for v in visits if not v.must and v.id in placed),
        "optional_total": sum(1 for v in visits if not v.must),
        "unassigned": len(explained),
        "silently_dropped_optional": sum(1 for v in visits if not v.must and v.id not in placed
                                         and v.id not in explained),
        "km_between_visits_gc": km,
    }
    return Check(not problems, None, problems, info)
