#!/usr/bin/env bash
# Checks that accounts written by the import's bulk insert (AccountBulkInsert) are stored exactly
# as Fluent stores them and that Fluent reads them back, on SQLite and, when BENCH_POSTGRES_URL is
# set, on PostgreSQL. See bench/README.md. Not run by CI.
#
# For each database, on a fresh schema:
#  1. `terrain import accounts` of the real sample (1,674 rows) prints the expected summary;
#  2. every column of every row is dumped with its storage (SQLite: typeof + quote; PostgreSQL: text);
#  3. `terrain export accounts` loads every account through Fluent (every field decoded: UUID,
#     dates, booleans, enums) and a few fields are compared with the sample's cells;
#  4. importing again with `--on-duplicate update` finds each account by its id and rewrites every
#     field through Fluent's own update: « 1 386 mis à jour »;
#  5. the dump is taken again: identical (updated_at and version aside), so the bulk insert wrote
#     the same encodings as Fluent;
#  6. a third import skips everything: « 1 386 ignorés ».
#
# Environment: TERRAIN_BIN (default: the release build in .build-release, else the debug build),
# BENCH_SOURCE (the sample), BENCH_POSTGRES_URL=postgres://user:pass@host/DB (the database is
# wiped: its name must contain "bench").
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out/check"
source_csv="${BENCH_SOURCE:-$root/../shared/data/sirene/sirene_13_excel_fr.csv}"
mkdir -p "$out"
say() { printf '%s\n' "$*" >&2; }
fail() { say "FAIL: $*"; exit 1; }

if [ -n "${TERRAIN_BIN:-}" ]; then
    terrain="$TERRAIN_BIN"
elif [ -x "$root/.build-release/release/terrain" ]; then
    terrain="$root/.build-release/release/terrain"
else
    terrain="$root/.build/debug/terrain"
fi
[ -x "$terrain" ] || fail "no terrain binary ($terrain): build it or set TERRAIN_BIN"
command -v sqlite3 >/dev/null || fail "sqlite3 is missing (apt-get install -y sqlite3)"
say "Binary: $terrain"

created="Import terminé : 1 386 créés, 0 mis à jour, 0 ignorés, 288 rejetés, 79 doublons possibles signalés (38 groupes)."
updated="Import terminé : 0 créés, 1 386 mis à jour, 0 ignorés, 288 rejetés, 0 doublons possibles signalés (0 groupes)."
skipped="Import terminé : 0 créés, 0 mis à jour, 1 386 ignorés, 288 rejetés, 0 doublons possibles signalés (0 groupes)."

expect_import() { # expect_import EXPECTED [options…]
    local expected="$1"; shift
    local got
    # Thousands are separated by a narrow no-break space (U+202F): compared as plain spaces.
    got="$(cd "$out" && "$terrain" import accounts "$source_csv" "$@" | tail -n 1 | sed 's/\xe2\x80\xaf/ /g; s/\xc2\xa0/ /g')"
    [ "$got" = "$expected" ] || fail "import $*: got « $got », expected « $expected »"
    say "  ok: $got"
}

dump_sqlite() { # every column except updated_at and version, with its storage class
    local db="$1" columns select
    columns=$(sqlite3 "$db" "SELECT name FROM pragma_table_info('accounts') WHERE name NOT IN ('updated_at', 'version') ORDER BY cid")
    select=$(printf "typeof(\"%s\") || ':' || quote(\"%s\")," $(for c in $columns; do echo "$c $c"; done) | sed 's/,$//')
    sqlite3 -separator '|' "$db" "SELECT $select FROM accounts ORDER BY siret"
}

dump_postgres() {
    local url="$1" columns
    columns=$(psql "$url" -Atc "SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) FROM information_schema.columns
                                WHERE table_name = 'accounts' AND column_name NOT IN ('updated_at', 'version')")
    psql "$url" -Atc "COPY (SELECT $columns FROM accounts ORDER BY siret) TO STDOUT"
}

compare_export() { # compare_export EXPORT.csv: a few fields of every named row against the sample
    python3 - "$source_csv" "$1" <<'PY'
import csv, io, sys
source = list(csv.reader(io.open(sys.argv[1], encoding="cp1252", newline=""), delimiter=";"))
export = list(csv.reader(io.open(sys.argv[2], encoding="utf-8-sig", newline=""), delimiter=";"))
head, rows = export[0], export[1:]
col = {name: i for i, name in enumerate(head)}
by_siret = {r[col["SIRET"]]: r for r in rows}
named = [r for r in source[1:] if r[1].strip()]
assert len(rows) == len(named) == 1386, (len(rows), len(named))
def num(text):
    return round(float(text.replace(",", ".")), 6) if text else None
for s in named:
    e = by_siret[s[0]]
    checks = {
        "Raison sociale": (e[col["Raison sociale"]], s[1]),
        "Code postal": (e[col["Code postal"]], s[6]),
        "Ville": (e[col["Ville"]], s[7]),
        "Code NAF": (e[col["Code NAF"]], s[3]),
        "Latitude": (num(e[col["Latitude"]]), num(s[9])),
        "Longitude": (num(e[col["Longitude"]]), num(s[10])),
        "Entrepreneur individuel": (e[col["Entrepreneur individuel"]], s[2]),
        "Date de création": (e[col["Date de création"]], s[12]),
        "Statut": (e[col["Statut"]], "prospect"),
    }
    for name, (got, want) in checks.items():
        if got != want:
            sys.exit(f"SIRET {s[0]}, {name}: exported {got!r}, sample {want!r}")
print(f"  ok: {len(rows)} accounts read back through Fluent, 9 fields each equal to the sample")
PY
}

check() { # check NAME DATABASE_URL RESET DUMP QUERY
    local name="$1" url="$2" reset="$3" dump="$4" query="$5"
    say "== $name"
    $reset
    export DATABASE_URL="$url"
    expect_import "$created"
    $dump > "$out/$name.before"
    (cd "$out" && "$terrain" export accounts --format csv --output "$out/$name.export.csv")
    compare_export "$out/$name.export.csv" >&2
    expect_import "$updated" --on-duplicate update
    # Fluent found each account by the id the bulk insert wrote (same UUID encoding) and updated it.
    local rewritten
    rewritten=$($query "SELECT count(*) FROM accounts WHERE version = 2")
    [ "$rewritten" = 1386 ] || fail "$name: $rewritten accounts at version 2 after the update, expected 1386"
    say "  ok: Fluent found the 1386 accounts by their id and updated them"
    $dump > "$out/$name.after"
    cmp -s "$out/$name.before" "$out/$name.after" \
        || { diff "$out/$name.before" "$out/$name.after" | head -n 10 >&2; fail "$name: Fluent's update rewrote different values"; }
    say "  ok: $($query "SELECT count(*) FROM accounts") accounts, every column stored as Fluent's update stores it"
    expect_import "$skipped"
    unset DATABASE_URL
}

sqlite_db="$out/check.sqlite"
reset_sqlite() { rm -f "$sqlite_db" "$sqlite_db-wal" "$sqlite_db-shm" "$sqlite_db-journal"; }
dump_sqlite_db() {
    dump_sqlite "$sqlite_db"
    # created_at was written by the bulk insert, updated_at by Fluent (create, then update): same storage.
    sqlite3 "$sqlite_db" "SELECT 'created_at/updated_at storage', typeof(created_at), typeof(updated_at), count(*) FROM accounts GROUP BY 2, 3"
}
query_sqlite() { sqlite3 "$sqlite_db" "$1"; }
check sqlite "sqlite:///$sqlite_db" reset_sqlite dump_sqlite_db query_sqlite

if [ -n "${BENCH_POSTGRES_URL:-}" ]; then
    command -v psql >/dev/null || fail "psql is missing (apt-get install -y postgresql-client)"
    case "${BENCH_POSTGRES_URL##*/}" in *bench*) ;; *) fail "BENCH_POSTGRES_URL: the database name must contain 'bench' (it is wiped)";; esac
    reset_postgres() {
        PGOPTIONS="-c client_min_messages=warning" psql "$BENCH_POSTGRES_URL" -qc "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null
        DATABASE_URL="$BENCH_POSTGRES_URL" "$terrain" migrate >/dev/null
    }
    dump_postgres_db() { dump_postgres "$BENCH_POSTGRES_URL"; }
    query_postgres() { psql "$BENCH_POSTGRES_URL" -Atc "$1"; }
    check postgresql "$BENCH_POSTGRES_URL" reset_postgres dump_postgres_db query_postgres
else
    say "(PostgreSQL skipped: set BENCH_POSTGRES_URL to check it too)"
fi
say "All checks passed."
