"""PyVRP (hybrid genetic search / iterated local search), stopped by MaxRuntime.

The instance is built here from the harness's own matrices (not PyVRP's reader), so
the conventions are the harness's: TSPLIB's integer matrix as is (one vehicle, the
first node as depot); Solomon scaled as in scaling.py (distance round(1000 d), travel
time ceil(1000 d), windows and service times x 1000), the file's fleet and capacity,
distance-only objective (no fixed vehicle cost)."""

import numpy as np
from pyvrp import Client, Depot, Location, ProblemData, VehicleType, solve
from pyvrp.stop import MaxRuntime

from peers.scaling import scaled, scaled_distance, scaled_travel_time

PACKAGE = "pyvrp"


def _client_routes(data, solution):
    clients = data.clients()
    return [[clients[a.idx].location for a in route if a.is_client()] for route in solution.routes()]


def _run(data, time_limit, seed):
    result = solve(data, stop=MaxRuntime(time_limit), seed=seed, collect_stats=False, display=False)
    note = "" if result.best.is_feasible() else "PyVRP: best solution infeasible"
    return result.best, note


def solve_tsp(inst, time_limit, seed):
    n = inst.n
    locations = [Location(x, y) for x, y in inst.coords]
    matrix = np.asarray(inst.matrix, dtype=np.int64)
    data = ProblemData(locations, [Client(location=i) for i in range(1, n)], [Depot(location=0)],
                       [VehicleType(num_available=1)], [matrix], [np.zeros_like(matrix)])
    best, note = _run(data, time_limit, seed)
    routes = _client_routes(data, best)
    order = [0] + (routes[0] if routes else [])
    return {"routes": [[inst.ids[i] for i in order]], "unassigned": [], "note": note}


def solve_solomon(inst, time_limit, seed):
    depot = inst.nodes[0]
    locations = [Location(nd.x, nd.y) for nd in inst.nodes]
    clients = [Client(location=nd.id, delivery=[nd.demand], service_duration=scaled(nd.service),
                      tw_early=scaled(nd.ready), tw_late=scaled(nd.due)) for nd in inst.nodes[1:]]
    depots = [Depot(location=0, tw_early=scaled(depot.ready), tw_late=scaled(depot.due))]
    vehicle = VehicleType(num_available=inst.vehicles, capacity=[inst.capacity],
                          tw_early=scaled(depot.ready), tw_late=scaled(depot.due))
    data = ProblemData(locations, clients, depots, [vehicle],
                       [np.asarray(scaled_distance(inst), dtype=np.int64)],
                       [np.asarray(scaled_travel_time(inst), dtype=np.int64)])
    best, note = _run(data, time_limit, seed)
    routes = [r for r in _client_routes(data, best) if r]
    served = {c for r in routes for c in r}
    return {"routes": routes, "unassigned": [c for c in range(1, len(inst.nodes)) if c not in served],
            "note": note}
