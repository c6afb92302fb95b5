"""Runs one peer on one instance in its own process (a crash or a hang of one solver
cannot take the harness down). Usage, from bench/routing:

    python -m peers.worker SOLVER tsp|solomon FILE TIME_LIMIT SEED RESULT_JSON

Writes ``{"routes", "unassigned", "note", "seconds", "version"}`` to RESULT_JSON.
``seconds`` is the wall clock around the solver call (model building included,
reading the file and the Python imports excluded), measured here, not by the solver.
"""

import importlib
import json
import os
import sys
import time
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from instances import read_solomon, read_tsplib  # noqa: E402
from peers import PEERS  # noqa: E402


def main(argv):
    solver, kind, path, time_limit, seed, out = argv
    module = importlib.import_module(f"peers.{PEERS[solver]}")
    solve = getattr(module, f"solve_{kind}", None)
    if solve is None:
        raise SystemExit(f"{solver} does not solve {kind}")
    if kind == "tsp":
        inst = read_tsplib(Path(path))
        _ = inst.matrix  # computed before the clock starts
    else:
        inst = read_solomon(Path(path))
    # Solvers' own chatter (LKH prints to stdout) goes to stderr.
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        t0 = time.perf_counter()
        result = solve(inst, float(time_limit), int(seed))
        seconds = time.perf_counter() - t0
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
    result["seconds"] = seconds
    result["version"] = version(module.PACKAGE)
    Path(out).write_text(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
