#!/usr/bin/env python3
"""Writes Sources/CallboardText/Width/WidthTables.swift, the display-width data of TextWidth.

Usage, from anywhere (paths are taken from this file's place in the package):

    python3 scripts/generate-width-tables.py            write the tables
    python3 scripts/generate-width-tables.py --check    exit 1 if the file is not what this writes
    python3 scripts/generate-width-tables.py --update   write them from another Unicode version

The data is Python's own `unicodedata` (standard library only), so the tables follow the
Unicode version of the python3 that runs this. That version is pinned in the generated
file's header; a python3 with another version stops with an error unless `--update` is given,
which moves the pin (and changes widths: review the difference of the generated file).

The rules are those of the `wcwidth` Python package (0.2.14 on) for one code point, where it
agrees with glibc's wcwidth (which ncursesw calls):

- zero columns: general categories Mn, Me, Cf, Zl and Zp, except U+00AD SOFT HYPHEN, which
  terminals draw as a hyphen (1 column; `wcwidth` measured it 0 in 0.2.9-0.2.13 and calls that
  a bug fixed in 0.2.14), and except the Prepended_Concatenation_Mark format characters (the
  Arabic number signs and the like, drawn visibly over the digits that follow: 1 column in
  glibc and `wcwidth`; unicodedata lacks that property, so PropList.txt's list is copied below);
  Hangul Jamo medial vowels and final consonants (U+1160..U+11FF, U+D7B0..U+D7FF), which join
  a leading consonant into one wide syllable; U+200B ZERO WIDTH SPACE (a Cf);
- two columns: East Asian Width W or F (UAX #11), and the regional indicators
  U+1F1E6..U+1F1FF, the only Emoji_Presentation characters that are not W (a flag is two of
  them in one grapheme; `wcwidth` measures them 2);
- zero wins over two (U+302A..U+302D and U+3099..U+309A are Mn and W);
- one column: everything else. C0 and C1 controls are not printable at all (wcwidth: -1), but
  callboard's Sanitizer replaces them before any width is asked, so they are left at 1.

Left out of `wcwidth`'s rules: spacing marks (Mc) alone and the other Default_Ignorable code
points (U+3164 HANGUL FILLER …) are 0 there, 1 or 2 here as in glibc. glibc 2.36 (Unicode
14.0) differs from these tables in the regional indicators (1), U+2028 and U+2029 (-1),
U+3248..U+324F and U+4DC0..U+4DFF (2, though East Asian Width A and N), and in controls and
unassigned code points (-1).

CPython's unicodedata answers "F" for the East Asian Width of every unassigned code point
(its record for them is all zeros); unassigned code points get UAX #11's defaults instead.
"""

import argparse
import os
import re
import sys
import unicodedata

PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(PACKAGE, "Sources", "CallboardText", "Width", "WidthTables.swift")
PIN = re.compile(r"^// Pinned Unicode version: (\S+)$", re.MULTILINE)

ZERO_CATEGORIES = {"Mn", "Me", "Cf", "Zl", "Zp"}
SOFT_HYPHEN = 0x00AD
# PropList.txt of Unicode 14.0, Prepended_Concatenation_Mark: to be checked again on --update.
PREPENDED_CONCATENATION_MARKS = [(0x0600, 0x0605), (0x06DD, 0x06DD), (0x070F, 0x070F), (0x0890, 0x0891),
                                 (0x08E2, 0x08E2), (0x110BD, 0x110BD), (0x110CD, 0x110CD)]
ZERO_WIDTH_SPACE = 0x200B
HANGUL_MEDIAL_AND_FINAL = [(0x1160, 0x11FF), (0xD7B0, 0xD7FF)]
REGIONAL_INDICATORS = (0x1F1E6, 0x1F1FF)

# EastAsianWidth.txt: unassigned code points in these ranges default to W, all others to N.
UNASSIGNED_WIDE = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)]


def in_ranges(cp, ranges):
    return any(first <= cp <= last for first, last in ranges)


def east_asian_width(cp):
    ch = chr(cp)
    if unicodedata.category(ch) == "Cn":
        return "W" if in_ranges(cp, UNASSIGNED_WIDE) else "N"
    return unicodedata.east_asian_width(ch)


def width(cp):
    """0, 1 or 2 columns for one code point, by the rules above."""
    category = unicodedata.category(chr(cp))
    if cp == ZERO_WIDTH_SPACE or in_ranges(cp, HANGUL_MEDIAL_AND_FINAL):
        return 0
    if category in ZERO_CATEGORIES and cp != SOFT_HYPHEN and not in_ranges(cp, PREPENDED_CONCATENATION_MARKS):
        return 0
    if east_asian_width(cp) in ("W", "F") or in_ranges(cp, [REGIONAL_INDICATORS]):
        return 2
    return 1


def ranges_by_width():
    """The sorted, merged ranges of the code points (surrogates aside) of width 0 and of width 2."""
    ranges = {0: [], 2: []}
    last_columns = None
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            last_columns = None
            continue
        columns = width(cp)
        if columns in ranges:
            if columns == last_columns:
                ranges[columns][-1][1] = cp
            else:
                ranges[columns].append([cp, cp])
        last_columns = columns
    return ranges


def name(cp):
    """The character's name; unicodedata has none for unassigned code points, nor for Tangut."""
    category = unicodedata.category(chr(cp))
    fallback = "<unassigned-%04X>" % cp if category == "Cn" else "<%s U+%04X>" % (category, cp)
    return unicodedata.name(chr(cp), fallback)


def swift_table(identifier, doc, ranges):
    lines = ["    /// " + line for line in doc]
    lines.append("    static let %s: [UInt32] = [" % identifier)
    for first, last in ranges:
        names = name(first) if first == last else name(first) + ".." + name(last)
        lines.append("        0x%06X, 0x%06X,  // %s" % (first, last, names))
    lines.append("    ]")
    return lines


def render(version):
    ranges = ranges_by_width()
    zero, wide = ranges[0], ranges[2]
    out = [
        "// Generated by scripts/generate-width-tables.py from Python's unicodedata: do not edit.",
        "// Regenerate with `python3 scripts/generate-width-tables.py` (`--update` to change the",
        "// Unicode version); the script states the rules.",
        "// Pinned Unicode version: %s" % version,
        "",
        "/// Display-width data of `TextWidth`: sorted, disjoint closed ranges of code points, two",
        "/// numbers a range (first, last). Code points in neither table are one column wide.",
        "enum WidthTables {",
        "    /// The Unicode version of the data.",
        '    static let unicodeVersion = "%s"' % version,
        "",
    ]
    out += swift_table("zeroWidth", [
        "Zero columns: general categories Mn, Me, Cf (but U+00AD SOFT HYPHEN and the prepended",
        "concatenation marks), Zl and Zp, and the Hangul Jamo medial vowels and final consonants.",
        "%d ranges." % len(zero),
    ], zero)
    out.append("")
    out += swift_table("wide", [
        "Two columns: East Asian Width W or F, and the regional indicators. %d ranges." % len(wide),
    ], wide)
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="write the tables from this python3's Unicode version")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the file differs")
    args = parser.parse_args()

    version = unicodedata.unidata_version
    for first, last in PREPENDED_CONCATENATION_MARKS:
        for cp in range(first, last + 1):
            if unicodedata.category(chr(cp)) != "Cf":
                sys.exit("U+%04X is no format character in Unicode %s: see PropList.txt" % (cp, version))
    current = open(OUTPUT, encoding="utf-8").read() if os.path.exists(OUTPUT) else None
    pinned = PIN.search(current) if current else None
    if pinned and pinned.group(1) != version and not args.update:
        sys.exit("%s: the tables are pinned to Unicode %s, this python3 (%s) has %s; run a python3 with "
                 "Unicode %s, or give --update to move the pin"
                 % (sys.argv[0], pinned.group(1), sys.version.split()[0], version, pinned.group(1)))
    text = render(version)
    if args.check:
        if text != current:
            sys.exit("%s is not what %s writes" % (os.path.relpath(OUTPUT), sys.argv[0]))
        return
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (Unicode %s)" % (os.path.relpath(OUTPUT), version))


if __name__ == "__main__":
    main()
