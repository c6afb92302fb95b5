#!/usr/bin/env python3
"""Where a `terrain import accounts` run spends its time, from a `perf record -g` profile.

Usage: perf_phases.py PERF.DATA

1. Phases, by wall clock: the phases of an import follow each other, so each one is the window
   between the first sample of a function that starts it and the first sample of the next phase
   (the CPU column counts every thread's samples in the window, at `perf record -F 999`).
2. Components, by CPU: each sample is given to the first rule whose function is on its stack.

The functions are matched by pieces of their mangled Swift names: renaming them breaks the
matching (a phase then shows as missing), nothing else.
"""
import collections
import re
import subprocess
import sys

# Fluent's batch create before AccountBulkInsert (kept to read profiles of older builds).
FLUENT_CREATE = "$sSl9FluentKits8SendableRzAA5Model7ElementRpzrlE6create"

# Reading the file: encoding, dialect, structure check (names of several versions of TerrainCore).
DECODE = ("AccountImportParserV4data", "CSVTableV4data", "CSVDialectDetector", "Windows1252")

PHASES = [  # (phase, functions whose first sample starts it)
    ("boot (Vapor, migrations)", None),
    ("parse + validate + plan", DECODE + ("ImportPlannerV4plan",)),
    ("build Account models", ("AccountCACycfc", "AccountC5apply")),  # Account.init(), apply(_:)
    ("insert", ("AccountBulkInsert", FLUENT_CREATE)),
    ("free models, report, exit", None),                          # after the last insert sample
]

COMPONENTS = [  # (component, functions of which one is on the stack)
    ("CSV decode + structure check", DECODE),
    ("parse + validate + plan", "ImportPlannerV4plan"),
    ("free Account models", "AccountCfD"),
    ("Account.apply (Fluent setters, search text)", "AccountC5apply"),
    ("Account.init (Fluent property wrappers)", "AccountCACycfc"),
    ("SQLite: run statements", "sqlite_nio_sqlite3_step"),
    ("SQLite: parse statements", "sqlite3_prepare"),
    ("bulk insert: read models (Fluent input)", "typedInput"),
    ("bulk insert: SQL text + bind encoding", "SQLDatabaseV7execute"),
    ("bulk insert: other", "AccountBulkInsert"),
    ("Fluent [Account].create (reflection, task per model)", FLUENT_CREATE),
    ("import service: other", "AccountImportServiceO7execute"),
    ("report CSV", "FrenchExcelCSV"),
]


def as_tuple(pieces):
    return pieces if isinstance(pieces, tuple) else (pieces,)


def samples(path):
    text = subprocess.run(["perf", "script", "-i", path, "-F", "tid,time,ip,sym"],
                          capture_output=True, text=True, check=True).stdout
    result = []
    for block in text.split("\n\n"):
        lines = block.strip().splitlines()
        if not lines:
            continue
        match = re.match(r"^\s*\d+\s+(\d+\.\d+):", lines[0])
        if match:
            result.append((float(match.group(1)), "\n".join(lines[1:])))
    result.sort()
    return result


def main():
    data = samples(sys.argv[1])
    if not data:
        sys.exit("no samples")
    rate = float(sys.argv[2]) if len(sys.argv) > 2 else 999.0
    start, end = data[0][0], data[-1][0]

    def first(pieces):
        return next((t for t, stack in data if any(p in stack for p in pieces)), None)

    def last(pieces):
        return next((t for t, stack in reversed(data) if any(p in stack for p in pieces)), None)

    marks = [start] + [first(pieces) for _, pieces in PHASES[1:-1]] + [last(PHASES[-2][1]), end]
    print(f"{'phase':32} {'wall s':>7} {'CPU s':>7}")
    for (name, _), a, b in zip(PHASES, marks[:-1], marks[1:]):
        if a is None or b is None:
            print(f"{name:32} {'?':>7} {'?':>7}")
            continue
        cpu = sum(1 for t, _ in data if a <= t < b) / rate
        print(f"{name:32} {b - a:7.2f} {cpu:7.2f}")
    print(f"{'total':32} {end - start:7.2f} {len(data) / rate:7.2f}")

    print()
    counts = collections.Counter()
    for _, stack in data:
        counts[next((name for name, pieces in COMPONENTS if any(p in stack for p in as_tuple(pieces))),
                    "other (malloc, kernel, runtime)")] += 1
    print(f"{'component':52} {'CPU s':>7} {'share':>6}")
    for name, n in counts.most_common():
        print(f"{name:52} {n / rate:7.2f} {100 * n / len(data):5.1f}%")


if __name__ == "__main__":
    main()
