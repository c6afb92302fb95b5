"""Readers for the routing benchmark instances and their reference values.

Conventions (see ../shared/data/bench/*/README.md):

* TSPLIB (Reinelt, TSPLIB95 documentation, section 2): EUC_2D is
  ``nint(sqrt(dx^2 + dy^2))`` with ``nint(x) = (int)(x + 0.5)``; GEO converts
  DDD.MM coordinates with PI = 3.141592 and RRR = 6378.388 and
  ``d = (int)(RRR * acos(...) + 1.0)``. Published optima hold only for these
  integer matrices.
* Solomon (Solomon 1987): node 0 is the depot, distances are unrounded
  euclidean doubles, travel time equals distance.

Pure Python on purpose: the harness and its checker do not depend on any
solver's reader or rounding.
"""

from __future__ import annotations

import csv
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """``../shared/data/bench`` beside the repository (``TERRAIN_BENCH_DATA`` overrides)."""
    env = os.environ.get("TERRAIN_BENCH_DATA")
    return Path(env) if env else (REPO_ROOT.parent / "shared" / "data" / "bench")


# --------------------------------------------------------------------------- TSPLIB


def nint(x: float) -> int:
    """TSPLIB's ``nint``: ``(int)(x + 0.5)`` (C truncation towards zero)."""
    return int(x + 0.5)


_GEO_PI = 3.141592
_GEO_RRR = 6378.388


def _geo_radians(x: float) -> float:
    """DDD.MM to radians as TSPLIB95 does it (degrees truncated, minutes * 5/3)."""
    deg = int(x)  # C (int) cast: truncation towards zero
    minutes = x - deg
    return _GEO_PI * (deg + 5.0 * minutes / 3.0) / 180.0


def geo_distance(a: tuple[float, float], b: tuple[float, float]) -> int:
    """TSPLIB GEO distance between two (x = latitude, y = longitude) DDD.MM points."""
    lat_i, lon_i = _geo_radians(a[0]), _geo_radians(a[1])
    lat_j, lon_j = _geo_radians(b[0]), _geo_radians(b[1])
    q1 = math.cos(lon_i - lon_j)
    q2 = math.cos(lat_i - lat_j)
    q3 = math.cos(lat_i + lat_j)
    arg = 0.5 * ((1.0 + q1) * q2 - (1.0 - q1) * q3)
    arg = max(-1.0, min(1.0, arg))  # acos domain: rounding can push 1.0 to 1.0000000000000002
    return int(_GEO_RRR * math.acos(arg) + 1.0)


def euc2d_distance(a: tuple[float, float], b: tuple[float, float]) -> int:
    """TSPLIB EUC_2D distance: nint of the euclidean distance."""
    return nint(math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2))


@dataclass
class TspInstance:
    """A symmetric TSPLIB instance; node ``i`` (0-based index) has file id ``ids[i]``."""

    name: str
    path: Path
    edge_weight_type: str
    ids: list[int]
    coords: list[tuple[float, float]]
    _matrix: list[list[int]] | None = field(default=None, repr=False)

    @property
    def n(self) -> int:
        return len(self.ids)

    @property
    def matrix(self) -> list[list[int]]:
        """Full integer distance matrix (index-based), computed once."""
        if self._matrix is None:
            self._matrix = tsp_matrix(self.edge_weight_type, self.coords)
        return self._matrix

    def index_of(self) -> dict[int, int]:
        return {node_id: i for i, node_id in enumerate(self.ids)}


def tsp_matrix(edge_weight_type: str, coords: list[tuple[float, float]]) -> list[list[int]]:
    dist = {"EUC_2D": euc2d_distance, "GEO": geo_distance}.get(edge_weight_type)
    if dist is None:
        raise ValueError(f"unsupported EDGE_WEIGHT_TYPE {edge_weight_type}")
    n = len(coords)
    m = [[0] * n for _ in range(n)]
    for i in range(n):
        row, ci = m[i], coords[i]
        for j in range(i + 1, n):
            d = dist(ci, coords[j])
            row[j] = d
            m[j][i] = d
    return m


def _tsplib_sections(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Header ``KEY : VALUE`` pairs and the raw tokens of each ``*_SECTION``."""
    header: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line == "EOF":
            if line == "EOF":
                break
            continue
        m = re.match(r"^([A-Z_]+)\s*:\s*(.*)$", line)
        if m and not line[0].isdigit():
            header[m.group(1)] = m.group(2).strip()
            current = None
            continue
        if re.match(r"^[A-Z_]+_SECTION\s*:?$", line):
            current = sections.setdefault(line.rstrip(":").strip(), [])
            continue
        if current is None:
            raise ValueError(f"{path.name}: unexpected line {raw!r}")
        current.extend(line.split())
    return header, sections


def read_tsplib(path: Path) -> TspInstance:
    header, sections = _tsplib_sections(path)
    if header.get("TYPE") != "TSP":
        raise ValueError(f"{path.name}: TYPE {header.get('TYPE')} is not TSP")
    tokens = sections.get("NODE_COORD_SECTION", [])
    ids, coords = [], []
    for k in range(0, len(tokens), 3):
        ids.append(int(tokens[k]))
        coords.append((float(tokens[k + 1]), float(tokens[k + 2])))
    dim = int(header["DIMENSION"])
    if len(ids) != dim:
        raise ValueError(f"{path.name}: DIMENSION {dim} but {len(ids)} coordinates")
    return TspInstance(header.get("NAME", path.stem), path, header["EDGE_WEIGHT_TYPE"], ids, coords)


def read_tour(path: Path) -> list[int]:
    """Node ids of a TSPLIB ``.tour`` file, in order (the closing ``-1`` dropped)."""
    _, sections = _tsplib_sections(path)
    ids = [int(t) for t in sections["TOUR_SECTION"]]
    return ids[: ids.index(-1)] if -1 in ids else ids


def tour_length(inst: TspInstance, tour_ids: list[int]) -> int:
    """Length of the closed tour given by file ids, with the instance's integer matrix."""
    idx = inst.index_of()
    order = [idx[i] for i in tour_ids]
    if inst._matrix is not None:
        m = inst._matrix
        return sum(m[order[k - 1]][order[k]] for k in range(len(order)))
    dist = {"EUC_2D": euc2d_distance, "GEO": geo_distance}[inst.edge_weight_type]
    c = inst.coords
    return sum(dist(c[order[k - 1]], c[order[k]]) for k in range(len(order)))


def load_tsplib_optima(root: Path | None = None) -> dict[str, int]:
    root = root or data_dir()
    with open(root / "tsplib" / "tsplib_optima.csv", newline="") as f:
        return {r["instance"]: int(r["optimal_tour_length"]) for r in csv.DictReader(f)}


def self_check_tsplib(root: Path | None = None) -> list[str]:
    """Recompute every ``.opt.tour`` with our distance functions; return one line per tour.

    Raises SystemExit (loudly) when a length differs from the published optimum:
    the distance convention would be wrong and no gap in the table could be trusted.
    """
    root = root or data_dir()
    optima = load_tsplib_optima(root)
    lines, bad = [], []
    tours = sorted((root / "tsplib").glob("*.opt.tour"))
    if not tours:
        raise SystemExit(f"self-check: no .opt.tour files in {root / 'tsplib'}")
    for tour_path in tours:
        name = tour_path.name[: -len(".opt.tour")]
        inst = read_tsplib(root / "tsplib" / f"{name}.tsp")
        tour = read_tour(tour_path)
        if sorted(tour) != sorted(inst.ids):
            bad.append(f"{name}: tour is not a permutation of the {inst.n} nodes")
            continue
        length = tour_length(inst, tour)
        ok = length == optima[name]
        lines.append(f"{name} ({inst.edge_weight_type}, n={inst.n}): {length} vs optimum {optima[name]}"
                     f" {'ok' if ok else 'MISMATCH'}")
        if not ok:
            bad.append(lines[-1])
    if bad:
        raise SystemExit("SELF-CHECK FAILED: distance convention broken\n  " + "\n  ".join(bad))
    return lines


# --------------------------------------------------------------------------- Solomon


@dataclass
class SolomonNode:
    id: int
    x: float
    y: float
    demand: int
    ready: float
    due: float
    service: float


@dataclass
class SolomonInstance:
    """A Solomon VRPTW instance: ``nodes[0]`` is the depot, ``nodes[i].id == i``."""

    name: str
    path: Path
    vehicles: int
    capacity: int
    nodes: list[SolomonNode]

    @property
    def n_customers(self) -> int:
        return len(self.nodes) - 1

    def dist(self, i: int, j: int) -> float:
        """Unrounded euclidean distance between node ids i and j (= travel time)."""
        a, b = self.nodes[i], self.nodes[j]
        return math.hypot(a.x - b.x, a.y - b.y)

    def dist_matrix(self) -> list[list[float]]:
        n = len(self.nodes)
        return [[self.dist(i, j) for j in range(n)] for i in range(n)]


def read_solomon(path: Path) -> SolomonInstance:
    lines = [ln.split() for ln in path.read_text().splitlines()]
    name = lines[0][0]
    vehicles = capacity = None
    nodes: list[SolomonNode] = []
    for k, parts in enumerate(lines):
        if parts[:2] == ["NUMBER", "CAPACITY"]:
            vehicles, capacity = int(lines[k + 1][0]), int(lines[k + 1][1])
        if len(parts) == 7 and all(re.fullmatch(r"-?\d+(\.\d+)?", p) for p in parts):
            i, x, y, q, r, d, s = parts
            nodes.append(SolomonNode(int(i), float(x), float(y), int(float(q)),
                                     float(r), float(d), float(s)))
    if vehicles is None or not nodes or any(nd.id != k for k, nd in enumerate(nodes)):
        raise ValueError(f"{path.name}: not a Solomon file (fleet line or node numbering)")
    return SolomonInstance(name, path, vehicles, capacity, nodes)


def load_solomon_bks(root: Path | None = None) -> dict[str, dict[str, float]]:
    """Per instance: ``distance`` and ``vehicles`` of the distance-only best-known,
    and ``vf_distance``/``vf_vehicles`` of the vehicles-first one."""
    root = root or data_dir()
    out = {}
    with open(root / "solomon" / "solomon_bks.csv", newline="") as f:
        for r in csv.DictReader(f):
            out[r["instance"]] = {
                "distance": float(r["bks_distance_only_distance"]),
                "vehicles": int(r["bks_distance_only_vehicles"]),
                "vf_distance": float(r["bks_vehicles_first_distance"]),
                "vf_vehicles": int(r["bks_vehicles_first_vehicles"]),
            }
    return out


# --------------------------------------------------------------------------- rep week

DAYS_FR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]


@dataclass
class Visit:
    id: str
    name: str
    lat: float
    lon: float
    duration_min: int
    open_days: set[int]          # weekday indexes, 0 = Monday
    windows: list[tuple[int, int]]  # minutes since midnight, [start, end]
    must: bool
    fixed_date: str | None
    fixed_time: int | None       # minutes since midnight


def _minutes(hhmm: str) -> int:
    h, m = hhmm.strip().split(":")
    return int(h) * 60 + int(m)


def _days(spec: str) -> set[int]:
    """``lun-ven`` / ``mar-sam`` / ``lun,mer`` to weekday indexes (0 = Monday)."""
    days: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        if "-" in part:
            a, b = (DAYS_FR.index(p) for p in part.split("-"))
            days.update(range(a, b + 1))
        else:
            days.add(DAYS_FR.index(part))
    return days


def read_rep_week(path: Path) -> list[Visit]:
    visits = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            windows = [tuple(_minutes(t) for t in w.split("-")) for w in r["open_hours"].split(",")]
            visits.append(Visit(
                r["visit_id"], r["name"], float(r["latitude"]), float(r["longitude"]),
                int(r["duration_min"]), _days(r["open_days"]), windows,
                r["priority"] == "must", r["fixed_date"] or None,
                _minutes(r["fixed_time"]) if r["fixed_time"] else None))
    return visits


if __name__ == "__main__":
    for line in self_check_tsplib():
        print(line)
