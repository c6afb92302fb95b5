"""LKH-3 through elkai, TSP only: the integer TSPLIB matrix, elkai's default of 10
runs, no time limit (LKH stops when its runs are done; the table shows how long that
took). elkai exposes no seed (LKH's default seed is used), so ``seed`` is ignored."""

import elkai

PACKAGE = "elkai"


def solve_tsp(inst, time_limit, seed):
    order = elkai.DistanceMatrix(inst.matrix).solve_tsp()
    if len(order) == inst.n + 1 and order[0] == order[-1]:
        order = order[:-1]  # elkai closes the tour by repeating the first city
    return {"routes": [[inst.ids[i] for i in order]], "unassigned": [], "note": ""}
