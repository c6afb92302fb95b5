#!/usr/bin/env python3
"""Writes a large account file in the French Excel dialect for the import benchmark.

The rows are derived from the real SIRENE sample `shared/data/sirene/sirene_13_excel_fr.csv`
(Windows-1252, `;`, CRLF, French headers, decimal commas, dd/mm/yyyy dates): the generator cycles
over its named rows and gives each output row a new, distinct, valid SIRET (SIREN and SIRET both
pass the Luhn check) and, after the first cycle, a name suffix (" 2", " 3"...), so that each cycle
keeps the sample's share of possible duplicates (same folded name and postal code). A seeded
random choice of rows (2 % by default) takes its values from the sample's unnamed rows instead:
an empty name, which the import rejects. Output is identical for identical arguments.

Usage: make_accounts.py SOURCE OUTPUT [--rows N] [--invalid-share 0.02] [--seed 2024]
"""
import argparse
import random

HEADER = ("SIRET;Raison sociale;Entrepreneur individuel;Code NAF;Libellé NAF;Adresse;Code postal;"
          "Ville;Code commune;Latitude;Longitude;Tranche d'effectif;Date de création")


def luhn_check_digit(digits: str) -> str:
    """The digit that makes `digits + d` pass the Luhn check."""
    total = 0
    # The check digit will sit at offset 0 from the right; `digits` start at offset 1.
    for offset, char in enumerate(reversed(digits), start=1):
        value = int(char)
        if offset % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def siret(index: int) -> str:
    """A distinct valid SIRET per index: a Luhn-valid SIREN followed by a NIC that makes the
    14 digits Luhn-valid. SIRENs start at 800 000 00x (never La Poste's 356 000 000)."""
    siren8 = f"{80_000_000 + index:08d}"
    siren = siren8 + luhn_check_digit(siren8)
    nic4 = "0001"
    return siren + nic4 + luhn_check_digit(siren + nic4)


def escape(cell: str) -> str:
    if any(c in cell for c in ';"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source")
    parser.add_argument("output")
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--invalid-share", type=float, default=0.02)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()

    with open(args.source, encoding="cp1252", newline="") as f:
        lines = f.read().split("\r\n")
    header, body = lines[0], [line for line in lines[1:] if line]
    if header != HEADER:
        raise SystemExit(f"unexpected header in {args.source}: {header!r}")
    records = [line.split(";") for line in body]
    if any(len(r) != 13 for r in records):
        raise SystemExit("the source must have 13 plain cells per row (no quoted separators)")
    named = [r for r in records if r[1].strip()]
    unnamed = [r for r in records if not r[1].strip()]

    rng = random.Random(args.seed)
    invalid_count = round(args.rows * args.invalid_share)
    invalid = set(rng.sample(range(args.rows), invalid_count))

    out = [HEADER]
    named_index = 0
    unnamed_index = 0
    for index in range(args.rows):
        if index in invalid:
            cells = list(unnamed[unnamed_index % len(unnamed)])
            unnamed_index += 1
            cells[1] = ""
        else:
            cycle, position = divmod(named_index, len(named))
            cells = list(named[position])
            named_index += 1
            if cycle > 0:
                cells[1] = f"{cells[1]} {cycle + 1}"
        cells[0] = siret(index)
        out.append(";".join(escape(c) for c in cells))

    with open(args.output, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")
    print(f"{args.output}: {args.rows} rows ({args.rows - invalid_count} named, {invalid_count} without a name)")


if __name__ == "__main__":
    main()
