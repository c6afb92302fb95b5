"""OR-Tools routing solver: PATH_CHEAPEST_ARC first solution, GUIDED_LOCAL_SEARCH
until the time limit (it always runs to the limit). No seed: the search is
deterministic, so ``seed`` is ignored. Solomon: distances/times scaled (scaling.py),
one time dimension with waiting (slack) and windows, one capacity dimension, the
file's fleet (25 vehicles); the objective is the scaled distance only.

Every customer is also put in a disjunction with a drop penalty of 1e8 (100,000
distance units, some 30 times any Solomon total): without it PATH_CHEAPEST_ARC finds
no first solution at all on tight-window instances such as R101 (seen with 9.15, at
3 s and 10 s), and the run ends with nothing. With it the first solution may leave
customers out and the search puts them back; a customer still dropped at the end is
reported unassigned and the checker marks the run infeasible."""

from ortools.constraint_solver import pywrapcp, routing_enums_pb2

from peers.scaling import scaled, scaled_distance, scaled_travel_time

PACKAGE = "ortools"
DROP_PENALTY = 100_000_000  # scaled distance units (x 1000): 100,000 Solomon distance units


def _params(time_limit: float):
    p = pywrapcp.DefaultRoutingSearchParameters()
    p.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    p.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    p.time_limit.FromMilliseconds(max(1, int(round(time_limit * 1000))))
    return p


def _routes(manager, routing, solution, vehicles):
    routes = []
    for v in range(vehicles):
        index = routing.Start(v)
        nodes = []
        while not routing.IsEnd(index):
            nodes.append(manager.IndexToNode(index))
            index = solution.Value(routing.NextVar(index))
        routes.append(nodes[1:])  # drop the start depot
    return routes


def solve_tsp(inst, time_limit, seed):
    n = inst.n
    manager = pywrapcp.RoutingIndexManager(n, 1, 0)
    routing = pywrapcp.RoutingModel(manager)
    arc = routing.RegisterTransitMatrix(inst.matrix)
    routing.SetArcCostEvaluatorOfAllVehicles(arc)
    solution = routing.SolveWithParameters(_params(time_limit))
    if solution is None:
        return {"routes": [], "unassigned": list(inst.ids), "note": "no solution"}
    order = [0] + _routes(manager, routing, solution, 1)[0]
    return {"routes": [[inst.ids[i] for i in order]], "unassigned": [], "note": ""}


def solve_solomon(inst, time_limit, seed):
    n, vehicles = len(inst.nodes), inst.vehicles
    manager = pywrapcp.RoutingIndexManager(n, vehicles, 0)
    routing = pywrapcp.RoutingModel(manager)
    arc = routing.RegisterTransitMatrix(scaled_distance(inst))
    routing.SetArcCostEvaluatorOfAllVehicles(arc)
    travel = scaled_travel_time(inst)
    # transit(i, j) = service at i + travel i -> j, the usual VRPTW time dimension
    service = [scaled(nd.service) for nd in inst.nodes]
    time_matrix = [[service[i] + travel[i][j] if i != j else 0 for j in range(n)] for i in range(n)]
    horizon = scaled(inst.nodes[0].due)
    time_cb = routing.RegisterTransitMatrix(time_matrix)
    routing.AddDimension(time_cb, horizon, horizon, False, "Time")
    time_dim = routing.GetDimensionOrDie("Time")
    for nd in inst.nodes[1:]:
        time_dim.CumulVar(manager.NodeToIndex(nd.id)).SetRange(scaled(nd.ready), scaled(nd.due))
    depot = inst.nodes[0]
    for v in range(vehicles):
        time_dim.CumulVar(routing.Start(v)).SetRange(scaled(depot.ready), scaled(depot.due))
        time_dim.CumulVar(routing.End(v)).SetRange(scaled(depot.ready), scaled(depot.due))
    demand_cb = routing.RegisterUnaryTransitVector([nd.demand for nd in inst.nodes])
    routing.AddDimensionWithVehicleCapacity(demand_cb, 0, [inst.capacity] * vehicles, True, "Load")
    for nd in inst.nodes[1:]:
        routing.AddDisjunction([manager.NodeToIndex(nd.id)], DROP_PENALTY)
    solution = routing.SolveWithParameters(_params(time_limit))
    if solution is None:
        return {"routes": [], "unassigned": list(range(1, n)), "note": "no solution"}
    routes = [r for r in _routes(manager, routing, solution, vehicles) if r]
    served = {c for r in routes for c in r}
    dropped = [c for c in range(1, n) if c not in served]
    return {"routes": routes, "unassigned": dropped, "note": f"{len(dropped)} dropped" if dropped else ""}
