"""One small module per peer solver; each is run in its own process by worker.py.

Every module exposes ``PACKAGE`` (its PyPI name), ``solve_tsp(inst, time_limit, seed)``
and, where the solver handles time windows, ``solve_solomon(inst, time_limit, seed)``,
each returning ``{"routes": [...], "unassigned": [...], "note": str}`` in the route
format of check.py. Costs are never taken from the solver: the harness recomputes them.
"""

# solver name -> module (in this package); order = column order of the table
PEERS = {
    "ortools": "ortools_peer",
    "pyvrp": "pyvrp_peer",
    "vroom": "vroom_peer",
    "elkai": "elkai_peer",
}
