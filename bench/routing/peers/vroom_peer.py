"""VROOM through pyvroom: exploration level 5, one thread (as Terrain), timeout =
the suite's time limit (VROOM may stop earlier on its own). VROOM takes integer
matrices: a costs matrix for the objective and a durations matrix for time.
TSP: the integer TSPLIB matrix for both, one vehicle from and back to the first node.
Solomon: scaled as in scaling.py (costs round(1000 d), durations ceil(1000 d),
windows and services x 1000), the file's fleet and capacity. No seed in VROOM."""

from datetime import timedelta

import numpy as np
import vroom

from peers.scaling import scaled, scaled_distance, scaled_travel_time

PACKAGE = "pyvroom"


def _solve(problem, time_limit):
    return problem.solve(exploration_level=5, nb_threads=1, timeout=timedelta(seconds=time_limit))


def _routes(solution):
    df = solution.routes
    jobs = df[df["type"] == "job"]
    return [list(map(int, group["location_index"])) for _, group in jobs.groupby("vehicle_id", sort=True)]


def solve_tsp(inst, time_limit, seed):
    matrix = np.asarray(inst.matrix, dtype=np.uint32)
    problem = vroom.Input()
    problem.set_durations_matrix("car", matrix)
    problem.set_costs_matrix("car", matrix)
    problem.add_vehicle([vroom.Vehicle(1, start=0, end=0)])
    problem.add_job([vroom.Job(i, location=i) for i in range(1, inst.n)])
    routes = _routes(_solve(problem, time_limit))
    order = [0] + (routes[0] if routes else [])
    return {"routes": [[inst.ids[i] for i in order]], "unassigned": [], "note": ""}


def solve_solomon(inst, time_limit, seed):
    depot = inst.nodes[0]
    problem = vroom.Input()
    problem.set_durations_matrix("car", np.asarray(scaled_travel_time(inst), dtype=np.uint32))
    problem.set_costs_matrix("car", np.asarray(scaled_distance(inst), dtype=np.uint32))
    window = vroom.TimeWindow(scaled(depot.ready), scaled(depot.due))
    problem.add_vehicle([vroom.Vehicle(v + 1, start=0, end=0, capacity=[inst.capacity], time_window=window)
                         for v in range(inst.vehicles)])
    problem.add_job([vroom.Job(nd.id, location=nd.id, default_service=scaled(nd.service),
                               delivery=[nd.demand],
                               time_windows=[vroom.TimeWindow(scaled(nd.ready), scaled(nd.due))])
                     for nd in inst.nodes[1:]])
    routes = _routes(_solve(problem, time_limit))
    served = {c for r in routes for c in r}
    return {"routes": routes, "unassigned": [c for c in range(1, len(inst.nodes)) if c not in served],
            "note": ""}
