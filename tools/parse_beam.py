#!/usr/bin/env python3
"""parse_beam.py IN.model OUT.model WIDTH MARGIN [--branch]: a copy of a parse model with another
decoding in its beam word: greedy (WIDTH 1), a beam of WIDTH dropping candidates MARGIN below the
best (0: none), or with --branch selective branching (WIDTH - 1 branches from the greedy
sequence's least sure steps whose runner-up came within MARGIN). `tocsin eval parse --beam W
--margin M` decodes with a beam without a new file; selective branching needs one (README
"Parse", eighth session)."""
import struct
import sys


def main():
    args = [a for a in sys.argv[1:] if a != "--branch"]
    if len(args) != 4:
        sys.exit(__doc__)
    src, dst, width, margin = args[0], args[1], int(args[2]), int(args[3])
    if not 1 <= width <= 64 or not 0 <= margin <= 0xFFFFFF:
        sys.exit("parse_beam.py: width 1..64, margin 0..16777215")
    b = bytearray(open(src, "rb").read())
    if b[:8] != b"TCPARSE1":
        sys.exit("parse_beam.py: %s: not a parse model" % src)
    # magic, byte order and feature version, string table size and about, the strings (padded
    # to 8), then the tag counts and the beam word
    nstr = struct.unpack_from("<I", b, 16)[0]
    at = (24 + nstr + 7) & ~7
    word = 0
    if width > 1:
        word = width | (0x80 if "--branch" in sys.argv else 0) | margin << 8
    struct.pack_into("<I", b, at + 12, word)
    open(dst, "wb").write(b)


if __name__ == "__main__":
    main()
