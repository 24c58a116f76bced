#!/usr/bin/env python3
"""verbs_wordnet: writes data/verbs-wordnet.txt, the verb patterns that WordNet 3.0's verb
synsets add to the hand-written data/verbs.txt. Python 3 standard library only.

    tools/verbs_wordnet.py WORDNET_DIR data/verbs.txt data/verbs-wordnet.deny OUT_FILE

Sources: the patterns of verbs.txt that are a bare verb lemma, or a verb with particles or
prepositions only ("condemn", "lash out at", "plead with"). For each source, the synsets of
its WordNet lemma ("lash_out"; for a verb with a preposition that WordNet lacks, the verb
alone, its members then taking the same preposition) are candidates. A synset is taken only
when its sense is the CAMEO one by two tests together:

  - frequent: the sense was seen in WordNet's tagged corpus (cntlist.rev) and is among the
    lemma's first FIRST_SENSES senses, or holds at least SHARE of the lemma's tagged uses;
  - corroborated: another lemma of the synset, or of a synset one hypernym or troponym link
    away, is itself a source pattern of the same CAMEO code, or of its parent or child code
    ("condemn" 112 and "denounce" 112 are neighbours, so the synset's "decry" is 112).

Every sense is never widened through ("fire" would give "dismiss", "charge" would give
"bill"). The other lemmas of a taken synset become patterns of the source's code unless the
dictionary already writes that verb (as any pattern's verb, under any code, the idioms "-"
included), the deny list names it, or two sources propose it under different codes. Each
line names its source pattern and synset. The output is deterministic: the same WordNet,
verbs.txt and deny list give a byte-identical file.
"""
import os
import sys

import wordnet_db

FIRST_SENSES = 2
SHARE = 0.25
RARE = 5
PARTICLES = {
    "about", "across", "against", "along", "apart", "around", "aside", "at", "away", "back",
    "by", "down", "for", "forth", "from", "in", "into", "of", "off", "on", "onto", "out",
    "over", "through", "to", "together", "toward", "towards", "under", "up", "upon", "with",
    "without",
}


def read_dict(path):
    """(sources: list of (code, words), heads: verbs any pattern starts with, written: every
    pattern as a string)"""
    sources, heads, written = [], set(), set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line or line.startswith("@list"):  # a word list, no pattern
                continue
            code, _, rest = line.partition(" ")
            rest = rest.replace("@mutual", "")
            for alt in rest.split("|"):
                words = alt.split()
                if not words:
                    continue
                verb = words[0].lstrip("=").lower()
                heads.add(verb.split("-")[0])
                written.add(" ".join(w.lower() for w in words))
                if code == "-" or words[0].startswith("=") or "-" in words[0]:
                    continue
                if all(w.lower() in PARTICLES for w in words[1:]) and len(words) <= 3:
                    sources.append((code.split(":")[0], code, [w.lower() for w in words]))
    return sources, heads, written


def read_deny(path):
    """lemma (as a pattern, blanks for '_') -> reason"""
    deny = {}
    if not os.path.exists(path):
        return deny
    with open(path, encoding="utf-8") as f:
        for line in f:
            text, _, why = line.partition("#")
            text = text.strip()
            if text:
                deny[text.lower()] = why.strip()
    return deny


def read_data(path):
    """offset -> (lex file number, [(lemma, lex_id)], hypernym offsets, troponym offsets)"""
    return {
        off: (
            lexfile,
            [(w.lower(), lex_id) for w, lex_id in words],
            [o for sym, o, pos in ptrs if pos == "v" and sym == "@"],
            [o for sym, o, pos in ptrs if pos == "v" and sym == "~"],
        )
        for off, (lexfile, words, ptrs) in wordnet_db.read_data(path).items()
    }


def read_counts(path):
    """sense key -> tagged count"""
    counts = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            key, _, cnt = line.split()
            counts[key] = int(cnt)
    return counts


def sense_count(counts, synsets, lemma, off):
    lexfile, words, _, _ = synsets[off]
    for w, lexid in words:
        if w == lemma:
            return counts.get("%s%%2:%02d:%02d::" % (lemma, lexfile, lexid), 0)
    return 0


def frequent(counts, synsets, lemma, offs):
    """the offsets of lemma's senses that pass the frequency test"""
    tallies = [sense_count(counts, synsets, lemma, o) for o in offs]
    total = sum(tallies)
    return [o for i, (o, c) in enumerate(zip(offs, tallies))
            if c > 0 and (i < FIRST_SENSES or c >= SHARE * total)]


def spelling(w):
    """one key for British and American spellings ("criticise", "criticize"; "honour")"""
    for a, b in (("ise", "ize"), ("isi", "izi"), ("our", "or"), ("yse", "yze"), ("stymy", "stymie")):
        w = w.replace(a, b)
    return w


def related(a, b):
    """codes a and b are the same, or one is the parent of the other"""
    return a.startswith(b) or b.startswith(a)


def main(argv):
    if len(argv) != 5:
        sys.stderr.write(__doc__)
        return 2
    wn, dict_path, deny_path, out_path = argv[1:]
    sources, heads, written = read_dict(dict_path)
    deny = read_deny(deny_path)
    synsets = read_data(os.path.join(wn, "data.verb"))
    index = wordnet_db.read_index(os.path.join(wn, "index.verb"))
    counts = read_counts(os.path.join(wn, "cntlist.rev"))

    # WordNet lemma of each source -> codes it has ("call_on" -> {"020"})
    by_lemma = {}
    for code, _, words in sources:
        by_lemma.setdefault("_".join(words), set()).add(code)
        if len(words) > 1 and "_".join(words) not in index:
            by_lemma.setdefault(words[0], set()).add(code)

    def corroborated(off, code, lemma):
        """a lemma other than the source (and than its spelling variants), whose own frequent
        sense is this synset or a neighbour, and that verbs.txt writes with a related code"""
        _, words, up, down = synsets[off]
        for o in [off] + up + down:
            for w, _ in synsets[o][1]:
                if spelling(w) == spelling(lemma) or w not in index:
                    continue
                if not any(related(code, c) for c in by_lemma.get(w, ())):
                    continue
                if o in frequent(counts, synsets, w, index[w]):
                    return w
        return None

    def own_sense(w, off):
        """the synset is a frequent sense of the candidate too ("see" is no visit, "know" no
        recognition); for a lemma tagged fewer than RARE times, whose order of senses is then
        WordNet's editors', the synset must be among its first FIRST_SENSES"""
        offs = index.get(w, [])
        if sum(sense_count(counts, synsets, w, o) for o in offs) < RARE:
            return off in offs[:FIRST_SENSES]
        return off in frequent(counts, synsets, w, offs)

    proposals = {}  # pattern -> list of (code, full code, source, synset, witness)
    for code, full, words in sources:
        lemma, prep = "_".join(words), []
        if lemma not in index:  # "give in to": WordNet's "give_in", then "to"
            cut = len(words) - 1
            while cut > 0 and "_".join(words[:cut]) not in index:
                cut -= 1
            if cut == 0:
                continue
            lemma, prep = "_".join(words[:cut]), words[cut:]
        for off in frequent(counts, synsets, lemma, index[lemma]):
            witness = corroborated(off, code, lemma)
            if not witness:
                continue
            for w, _ in synsets[off][1]:
                if w == lemma or (prep and "_" in w) or not own_sense(w, off):
                    continue
                pat = " ".join(w.split("_") + prep)
                proposals.setdefault(pat, []).append((code, full, " ".join(words), off, witness))

    lines, dropped = [], []
    for pat in sorted(proposals):
        props = proposals[pat]
        head = pat.split()[0]
        if head in heads or pat in written:
            continue
        if pat in deny:
            dropped.append("# denied: %s (%s)" % (pat, deny[pat]))
            continue
        fulls = sorted({p[1] for p in props})
        if len(fulls) > 1:
            dropped.append("# ambiguous: %s (%s)" % (pat, ", ".join(
                "%s from %s" % q for q in sorted(set((p[1], p[2]) for p in props)))))
            continue
        code, full, src, off, witness = sorted(props)[0]
        members = ",".join(w for w, _ in synsets[off][1])
        lines.append("%-5s %s  # from \"%s\", synset %s {%s}, with \"%s\"" % (
            full, pat, src, off, members, witness.replace("_", " ")))

    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# tocsin verb patterns widened through WordNet 3.0's verb synsets: generated by\n"
                "# `make verbs-wordnet` (tools/verbs_wordnet.py) from data/verbs.txt and\n"
                "# data/verbs-wordnet.deny; do not edit, edit those. Format: data/verbs.txt's.\n"
                "# Loaded after data/verbs.txt, which it never repeats a verb of. Each line names\n"
                "# its source pattern, the synset (offset in data.verb, its lemmas) and the lemma of\n"
                "# the synset or of a neighbour that has the same code in verbs.txt. Derived from\n"
                "# WordNet 3.0 (licence: data/verbs-wordnet.README).\n")
        for l in lines:
            f.write(l + "\n")
        for d in dropped:
            f.write(d + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
