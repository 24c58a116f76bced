#!/usr/bin/env python3
"""wordnet_military: writes data/wordnet-military.txt, the nouns whose most frequent sense is a
weapon, a military vehicle, a military unit or an aircraft in WordNet 3.0, from Debian's
wordnet-base. Python 3 standard library only.

    tools/wordnet_military.py WORDNET_DIR OUT_FILE

WordNet's lexicographer classes (data/wordnet.classes) put a helicopter, a missile and a
teapot alike in noun.artifact; what makes a weapon is its place under weapon.n.01 in the
hypernym tree, which the class table does not keep. This walks the tree down from a few roots
(hyponyms and instances) and keeps a lemma when its first sense in index.noun, the most
frequent one, is in that closure: "tank" (an army tank first) is kept, "steel" (a sword only in
its fourth sense) and "company" (a business first) are not. Lemmas written with a capital in
WordNet ("Exocet", "Kalashnikov") are names, not nouns a nationality qualifies, and are left
out. The actor scan reads the file: a nationality or state with one of these nouns is that
state's armed forces ("Israeli helicopters" = ISRMIL).
"""
import os
import sys

import wordnet_db

# (lemma, sense number, whole subtree?): the roots of the closure.
ROOTS = [
    ("weapon", 1, True),
    ("weaponry", 1, True),
    ("military_vehicle", 1, True),
    ("military_unit", 1, True),
    ("helicopter", 1, True),
    ("pilotless_aircraft", 1, True),
    # "aircraft" itself (news say "Russian aircraft" of warplanes), not its hyponyms: an
    # airliner or a balloon of a nationality is no armed force.
    ("aircraft", 1, False),
]


def read_data(path):
    """offset -> (lemmas as written, hyponym offsets)"""
    return {
        off: (
            [w for w, _ in words],
            [o for sym, o, pos in ptrs if pos == "n" and sym in ("~", "~i")],
        )
        for off, (_, words, ptrs) in wordnet_db.read_data(path).items()
    }


def closure(synsets, root, whole):
    seen, todo = set(), [root]
    while todo:
        off = todo.pop()
        if off in seen:
            continue
        seen.add(off)
        if whole:
            todo.extend(synsets[off][1])
    return seen


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: wordnet_military.py WORDNET_DIR OUT_FILE\n")
        return 2
    wndir, out = argv[1], argv[2]
    synsets = read_data(os.path.join(wndir, "data.noun"))
    senses = wordnet_db.read_index(os.path.join(wndir, "index.noun"))
    military = set()
    for lemma, sense, whole in ROOTS:
        military |= closure(synsets, senses[lemma][sense - 1], whole)
    written = {}
    for off in military:
        for w in synsets[off][0]:
            written.setdefault(w.lower(), w)
    keep = sorted(
        lemma.replace("_", " ")
        for lemma, offs in senses.items()
        if offs[0] in military and lemma in written and written[lemma] == written[lemma].lower()
    )
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Nouns whose first WordNet 3.0 sense is a weapon, a military vehicle or unit, or an\n")
        f.write("# aircraft: written by tools/wordnet_military.py (make wordnet) from\n")
        f.write("# Debian's wordnet-base. WordNet 3.0 Copyright 2006 by Princeton University. All\n")
        f.write("# rights reserved; its licence, in full: data/wordnet.classes.README. Roots:\n")
        for lemma, sense, whole in ROOTS:
            f.write("#   %s.n.%02d%s\n" % (lemma, sense, " and its hyponyms" if whole else " alone"))
        for lemma in keep:
            f.write(lemma + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
