"""Integer scaling of Solomon's unrounded euclidean data for the integer solvers.

OR-Tools, PyVRP and VROOM work on integers. Every Solomon value is multiplied by
``SCALE`` = 1000:
* distance (the objective): ``round(1000 * d)``, so the solver's objective is the
  true distance to within 0.0005 per leg;
* travel time: ``ceil(1000 * d)``, never shorter than the true time, so a route the
  solver finds feasible is feasible with unrounded times too (waiting is allowed,
  so arriving earlier never hurts);
* ready/due/service times: ``1000 * value`` exactly (they are integers in the files).
"""

import math

SCALE = 1000


def scaled_distance(inst):
    n = len(inst.nodes)
    return [[round(SCALE * inst.dist(i, j)) for j in range(n)] for i in range(n)]


def scaled_travel_time(inst):
    n = len(inst.nodes)
    return [[math.ceil(SCALE * inst.dist(i, j)) for j in range(n)] for i in range(n)]


def scaled(value: float) -> int:
    return round(SCALE * value)
