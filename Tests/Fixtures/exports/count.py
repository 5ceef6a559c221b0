#!/usr/bin/env python3
"""Reference figures for the export fixtures under files/.

Written from the documentation of the formats involved (Python's codecs for
cp1250 / cp1252 / ISO-8859-1, the csv module's reader, and what each bank or
institution writes, as recorded in ORIGINS.md), independently of the
application code, so that tests can compare the application's numbers with
figures computed a second way.

    python3 count.py                compare every file with expected/; exit 1
                                    on any difference or missing file
    python3 count.py --write        (re)write expected/<file name>.json
    python3 count.py FILE...        print the figures of the named files

Figures per file: encoding, delimiter, header (decoded column names, or null
for a file without a header line), data_rows (non-empty rows of the data
block), fields_per_row (how many rows have how many fields), and for each
date column the earliest and latest date (ISO YYYY-MM-DD) and how many cells
held a date; for each amount column the sum in minor units (hundredths, or
ten-thousandths for the four-decimal exchange rates), the number of negative
values and the number of non-empty cells. Amounts are parsed as decimal
strings, never through floating point.
"""
import csv
import io
import json
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FILES_DIR = os.path.join(HERE, "files")
EXPECTED_DIR = os.path.join(HERE, "expected")

# What we know about each file. Everything file-specific lives here.
#
#   encoding   Python codec name of the bytes on disk.
#   delimiter  field separator.
#   header     how to find the header line: an int (0-based line number),
#              a string the header line starts with, or None (no header;
#              columns are then addressed by 0-based index).
#   skip       lines between the header and the first data row that are not
#              data (the NBP file repeats the header as currency names).
#   stop_at_blank  the data block ends at the first empty line (some banks print
#              a footer after blank lines).
#   dates      column -> strptime format. Date order is explicit in the format.
#   amounts    column -> decimal mark, thousands separator(s), and scale
#              (digits after the decimal mark that the sum is counted in).
#              Currency words and signs (PLN, zł, EUR, €) are stripped;
#              a leading or trailing '-' or parentheses make a value negative;
#              a leading '+' is allowed.
FILES = {
    # NBP table A archive: cp1250, ';', trailing ';' on every line, dates
    # YYYYMMDD, rates with decimal comma and four decimals, no thousands.
    "nbp-tabela-a-2019-01.csv": {
        "encoding": "cp1250",
        "delimiter": ";",
        "header": 0,
        "skip": 1,
        "stop_at_blank": True,
        "dates": {"data": "%Y%m%d"},
        "amounts": {
            "1USD": {"decimal": ",", "thousands": "", "scale": 4},
            "1EUR": {"decimal": ",", "thousands": "", "scale": 4},
        },
    },
    # easybank giro: cp1252, ';', no header line; columns are account,
    # description, booking date, value date, signed amount, currency.
    # Dates DD.MM.YYYY, amounts with explicit sign, '.' thousands, ',' decimal.
    "easybank-at-giro.csv": {
        "encoding": "cp1252",
        "delimiter": ";",
        "header": None,
        "skip": 0,
        "stop_at_blank": False,
        "dates": {2: "%d.%m.%Y", 3: "%d.%m.%Y"},
        "amounts": {4: {"decimal": ",", "thousands": ".", "scale": 2}},
    },
    # ING-DiBa Austria: ISO-8859-1, ';', header line, DD.MM.YYYY, unsigned
    # debit (Soll) and credit (Haben) columns, '.' thousands, ',' decimal.
    "ingdiba-at-umsaetze.csv": {
        "encoding": "iso8859_1",
        "delimiter": ";",
        "header": 0,
        "skip": 0,
        "stop_at_blank": False,
        "dates": {"Datum": "%d.%m.%Y"},
        "amounts": {
            "Soll": {"decimal": ",", "thousands": ".", "scale": 2},
            "Haben": {"decimal": ",", "thousands": ".", "scale": 2},
        },
    },
    # Livebank: ISO-8859-1, ';', header of 10 names but data rows carry 11 to
    # 15 fields (the free text is spread over extra fields). ISO dates,
    # signed amount with '.' thousands and ',' decimal.
    "livebank-at-umsaetze.csv": {
        "encoding": "iso8859_1",
        "delimiter": ";",
        "header": 0,
        "skip": 0,
        "stop_at_blank": False,
        "dates": {"Buchungsdatum": "%Y-%m-%d", "Valutadatum": "%Y-%m-%d"},
        "amounts": {"Betrag": {"decimal": ",", "thousands": ".", "scale": 2}},
    },
}

SUM_KEY = {2: "sum_hundredths", 4: "sum_ten_thousandths"}
CURRENCY_TOKENS = re.compile(r"(?i)\b(PLN|EUR|USD|CHF|GBP|CZK)\b|z\u0142|\u20ac")


class FigureError(Exception):
    pass


def parse_minor(text, spec):
    """Decimal string -> integer in units of 10**-scale; None for empty."""
    s = CURRENCY_TOKENS.sub("", text).strip()
    if not s:
        return None
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative = True
        s = s[1:-1].strip()
    if s.startswith("-"):
        negative = not negative
        s = s[1:]
    elif s.startswith("+"):
        s = s[1:]
    elif s.endswith("-"):
        negative = not negative
        s = s[:-1]
    for sep in spec["thousands"]:
        s = s.replace(sep, "")
    s = s.strip()
    whole, mark, frac = s.partition(spec["decimal"])
    if not whole.isdigit() and whole != "":
        raise FigureError("not an amount: %r" % text)
    if mark and not frac.isdigit():
        raise FigureError("not an amount: %r" % text)
    scale = spec["scale"]
    if len(frac) > scale:
        raise FigureError("more decimals than scale %d: %r" % (scale, text))
    value = int(whole or "0") * 10 ** scale + int((frac + "0" * scale)[:scale])
    return -value if negative else value


def read_rows(path, spec):
    raw = open(path, "rb").read()
    text = raw.decode(spec["encoding"])  # strict: a wrong codec fails loudly
    rows = list(csv.reader(io.StringIO(text, newline=""),
                           delimiter=spec["delimiter"], quotechar='"'))
    header_spec = spec["header"]
    if header_spec is None:
        header, start = None, 0
    elif isinstance(header_spec, int):
        header, start = rows[header_spec], header_spec + 1
    else:
        line_no = next(i for i, line in enumerate(text.splitlines())
                       if line.startswith(header_spec))
        header, start = rows[line_no], line_no + 1
    data = []
    for row in rows[start + spec["skip"]:]:
        empty = not row or all(not cell.strip() for cell in row)
        if empty:
            if spec["stop_at_blank"]:
                break
            continue
        data.append(row)
    return header, data


def column_index(header, column):
    if isinstance(column, int):
        return column
    return header.index(column)


def figures(name):
    spec = FILES[name]
    header, data = read_rows(os.path.join(FILES_DIR, name), spec)
    out = {
        "encoding": spec["encoding"],
        "delimiter": spec["delimiter"],
        "header": header,
        "data_rows": len(data),
        "fields_per_row": {},
        "dates": {},
        "amounts": {},
    }
    counts = {}
    for row in data:
        counts[len(row)] = counts.get(len(row), 0) + 1
    out["fields_per_row"] = {str(k): counts[k] for k in sorted(counts)}

    for column, fmt in spec["dates"].items():
        idx = column_index(header, column)
        days = []
        for row in data:
            cell = row[idx].strip() if idx < len(row) else ""
            if cell:
                days.append(datetime.strptime(cell, fmt).date())
        out["dates"][str(column)] = {
            "earliest": min(days).isoformat() if days else None,
            "latest": max(days).isoformat() if days else None,
            "count": len(days),
        }

    for column, aspec in spec["amounts"].items():
        idx = column_index(header, column)
        total, negatives, count = 0, 0, 0
        for row in data:
            cell = row[idx] if idx < len(row) else ""
            value = parse_minor(cell, aspec)
            if value is None:
                continue
            count += 1
            total += value
            if value < 0:
                negatives += 1
        out["amounts"][str(column)] = {
            SUM_KEY[aspec["scale"]]: total,
            "negatives": negatives,
            "count": count,
        }
    return out


def dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def expected_path(name):
    return os.path.join(EXPECTED_DIR, name + ".json")


def main(argv):
    if argv and argv[0] == "--write":
        os.makedirs(EXPECTED_DIR, exist_ok=True)
        for name in sorted(FILES):
            with open(expected_path(name), "w", encoding="utf-8") as f:
                f.write(dump(figures(name)))
            print("wrote", os.path.relpath(expected_path(name), HERE))
        return 0
    if argv:
        for arg in argv:
            name = os.path.basename(arg)
            if name not in FILES:
                print("unknown file: %s" % arg, file=sys.stderr)
                return 2
            sys.stdout.write(dump(figures(name)))
        return 0
    status = 0
    for name in sorted(FILES):
        got = dump(figures(name))
        try:
            with open(expected_path(name), encoding="utf-8") as f:
                want = f.read()
        except FileNotFoundError:
            print("MISSING  %s" % os.path.relpath(expected_path(name), HERE))
            status = 1
            continue
        if got != want:
            print("DIFFERS  %s" % name)
            status = 1
        else:
            print("ok       %s" % name)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
