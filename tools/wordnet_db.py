"""wordnet_db: reading Debian's wordnet-base database files (WordNet 3.0) for the tools that
derive tocsin's data from them (wordnet_military.py, verbs_wordnet.py). Python 3 standard
library only."""


def _records(path):
    """the fields of each line of a database file, its licence lines (two spaces) left out"""
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                yield line.split()


def read_index(path):
    """index.POS: lemma -> its synset offsets, most frequent sense first"""
    senses = {}
    for fields in _records(path):
        nptr = int(fields[3])  # lemma pos synset_cnt p_cnt ptrs... sense_cnt tagsense_cnt offs
        senses[fields[0]] = fields[6 + nptr :]
    return senses


def read_data(path):
    """data.POS: offset -> (lexicographer file number, [(word as written, lex_id)],
    [(pointer symbol, target offset, target part of speech)])"""
    synsets = {}
    for fields in _records(path):
        wcnt = int(fields[3], 16)
        words = [(fields[4 + 2 * i], int(fields[5 + 2 * i], 16)) for i in range(wcnt)]
        p = 4 + 2 * wcnt
        ptrs = []
        for i in range(int(fields[p])):
            sym, off, pos = fields[p + 1 + 4 * i : p + 4 + 4 * i]
            ptrs.append((sym, off, pos))
        synsets[fields[0]] = (int(fields[1]), words, ptrs)
    return synsets
