#!/usr/bin/env python3
"""actors_facts: writes tocsin's generated actor dictionaries (data/actors-facts-*.txt) from the
facts in ../shared/actors-facts (see its README). Python 3 standard library only.

    tools/actors_facts.py FACTS_DIR OUT_DIR

Each output line is one name of our format (docs/dictionaries.md), with a trailing comment that
names the fact behind it (source file and record). The facts of all sources are gathered first,
per name: a person's roles from every source become one time line (an office beats a party
leadership, which beats a seat in parliament), and a name that two states' actors share at one
time is left out (it would be a guess). data/actors.txt, written by hand, is not read here: the
loader lets it win over these files, and `tocsin dict check` lists where it does.

Which source goes to which file follows the licences (data/NOTICE): public-domain and CC0 facts
(World Factbook, ParlGov, country codes) to actors-facts-factbook.txt, CC BY 4.0 ones to
actors-facts-ifg.txt (UK ministers) and actors-facts-ucdp.txt, MIT ones to
actors-facts-parties.txt (Party Facts) and actors-facts-igo.txt, CC BY-SA 4.0 ones (World
Leaders Current) to actors-facts-leaders-by-sa.txt, which carries that licence.
"""
import csv
import datetime as dt
import html
import json
import os
import re
import sys
from collections import defaultdict

D = dt.date
OPEN = D(9999, 12, 31)
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}

# --------------------------------------------------------------------------------------------
# common words (WordNet from Debian's wordnet-base): a one-word name that is an English word
# written in lower case ("Labour", "Horizons", "May") is no name of an actor by itself; words
# WordNet writes only with a capital ("Knesset", "Riksdag", "Kuomintang", "Rachel") are names.

WORDS = set()
ANYWORDS = set()  # every WordNet lemma, names too ("punjab"): a force is no place


def load_words():
    for pos in ("noun", "verb", "adj", "adv"):
        p = "/usr/share/wordnet/data." + pos
        if not os.path.exists(p):
            continue
        with open(p, encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split(" ", 4 + 2 * 64)
                n = int(parts[3], 16)
                for w in parts[4:4 + 2 * n:2]:
                    w = re.sub(r"\(.*\)$", "", w)
                    ANYWORDS.add(w.lower())
                    if w == w.lower() and "_" not in w:
                        WORDS.add(w)


def common_word(w):
    w = w.lower().replace("'s", "")
    cands = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w,
             w[:-3] + "y" if w.endswith("ies") else w}
    return any(c in WORDS for c in cands)


# --------------------------------------------------------------------------------------------
# the store of facts: name -> list of facts; a fact is one dictionary entry with its origin

class Fact:
    __slots__ = ("kind", "code", "frm", "to", "prio", "src", "out", "name")

    def __init__(self, kind, code, name, frm, to, prio, src, out):
        self.kind, self.code, self.name = kind, code, name
        self.frm, self.to, self.prio, self.src, self.out = frm, to, prio, src, out


FACTS = defaultdict(list)
DROPPED = defaultdict(int)


def clean(s):
    s = html.unescape(s).replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    if s.count("(") != s.count(")"):
        s = s.replace("(", " ").replace(")", " ")  # "HNP)": a cut bracket
    s = s.replace("|", " ").replace("#", " ").replace("@", " ")
    return re.sub(r"\s+", " ", s).strip(" ,;:.")


def name_ok(name, kind):
    """Is name fit to be matched by itself? Not empty, not one common English word, not a
    one-letter or numeric token, not a sentence."""
    toks = name.split()
    if not toks or len(toks) > 12 or len(name) < 2:
        return False
    if len(toks) == 1:
        w = toks[0]
        if len(w) < 3 and not w.isupper():
            return False
        if len(w) < 2 or w.isdigit():
            return False
        if common_word(w):
            return False  # "Labour"; in capitals too ("PARTY", a party's short name)
        if kind in ("force", "group-armed") and w.lower() in ANYWORDS:
            return False  # "Punjab" of "Rangers (Punjab, Sindh)"
        if not w[0].isupper():
            return False
    if not any(c.isupper() for c in name):
        return False  # lower case names would match in any case: "workers party"
    if toks[0][:1].islower() and toks[0].split("-")[0] not in PARTICLES:
        return False  # "per the Oslo Accords": a phrase of the text, not a name
    if toks[-1][:1].islower() and toks[-1] not in PARTICLES:
        return False  # a description ("Syrian insurgents"), not a name
    if len(toks) == 2 and kind in ("force", "group-armed") and all(common_word(t) for t in toks):
        return False  # "Federal Police", "New Hope", "Islamic Community": vague in news
    if name.replace("-", "").isupper() and len(name.replace("-", "")) < 3:
        return False  # two-letter acronyms ("SI", "LP") stand for too much
    return True


def key_of(name):
    """A name as tocsin's tokeniser sees it: case, blanks around hyphens and before 's aside."""
    k = re.sub(r"\s*([-/])\s*", r" \1 ", name.lower())
    return re.sub(r"\s+", " ", k.replace("'s", " 's")).strip()


# British spellings news uses beside the American ones of the sources
SPELLINGS = [("Defense", "Defence"), ("Organization", "Organisation"),
             ("Cooperation", "Co-operation"), ("Center", "Centre"), ("Labor", "Labour")]


def add(kind, code, name, frm, to, prio, src, out):
    name = re.sub(r"^(aka|or|and|the|includes|including|also|formerly)\s+", "", clean(name),
                  flags=re.I)
    # the two-word rule ("Federal Police", "Islamic Community") is for forces and armed groups
    strict = "force" if code[3:] in ("MIL", "COP", "SPY") and kind == "metonym" else \
        "group-armed" if code[3:] == "REB" else kind
    if not name_ok(name, strict):
        DROPPED["not a name"] += 1
        return
    names = {name}
    for a, b in SPELLINGS[1:3]:  # and the American ones of British sources ("Organization")
        names |= {n.replace(b, a) for n in names}
    for a, b in SPELLINGS:
        names |= {n.replace(a, b) for n in names}
    names |= {n.replace("Workers Party", "Workers' Party") for n in names}
    if code.endswith("LEG"):  # the Nordic definite forms: "Folketinget" is the Folketing
        names |= {re.sub(r"(ting|dag)(et|en)$", r"\1", n) for n in names}
    if code.endswith("MIL"):  # "Japan Self-Defense Force" is "the Japan Self-Defense Forces"
        names |= {n + "s" for n in names if n.endswith(" Force")}
    for n in sorted(names):  # the same bytes out on every run
        FACTS[key_of(n)].append(Fact(kind, code, n, frm, to, prio, src, out))


# --------------------------------------------------------------------------------------------
# dates

def ymd(s):
    try:
        return D.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def since_date(text):
    """'(since 5 July 2024)' -> date; '(since 1997)' -> 1997-01-01."""
    m = re.search(r"since (\d{1,2}) ([A-Za-z]+) (\d{4})", text)
    if m and m.group(2).lower() in MONTHS:
        try:
            return D(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        except ValueError:
            return None
    m = re.search(r"since ([A-Za-z]+) (\d{4})", text)
    if m and m.group(1).lower() in MONTHS:
        return D(int(m.group(2)), MONTHS[m.group(1).lower()], 1)
    m = re.search(r"since (\d{4})\)", text)
    return D(int(m.group(1)), 1, 1) if m else None


# --------------------------------------------------------------------------------------------
# people in the Factbook's way: "Prime Minister Keir STARMER (since 5 July 2024)"

TITLE_WORDS = set("""president prime minister king queen emir amir sultan chancellor premier
general lieutenant colonel major field marshal sheikh shaykh crown prince princess emperor
chairman chair chairwoman head state government council sovereign supreme leader governor
vice first second deputy interim acting transitional executive federal of the and chief
commander-in-chief commander armed forces sudanese military national transition committee
co-prince co-princes grand duke duchess captain regent regents pope monarch his her majesty
highness royal sir dame dr lord lady brigadier gen lt col admiral rear air marshall maj gen brig col capt cdr
secretary-general secretary general-secretary party communist people's republic union
presidential presidency member members cabinet interior finance defense defence foreign
affairs justice economy""".split())
PARTICLES = {"al", "el", "bin", "bint", "ibn", "de", "da", "do", "dos", "das", "van", "von",
             "der", "den", "la", "le", "du", "di", "e", "y", "ould", "ben", "abu", "ap"}
MONARCH = {"king", "queen", "emir", "amir", "sultan", "emperor", "grand duke", "prince",
           "crown prince"}
VARIANTS = [("Abdallah", "Abdullah"), ("Mohammed", "Muhammad"), ("Mohamed", "Mohammed")]


def is_caps(tok):
    core = re.sub(r"^(al|el|ad|ar|as|at|an|az|bin|ibn|ben)-", "", tok)
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def titled(tok):
    t = tok.lower()
    if is_caps(tok) and not re.fullmatch(r"[IVX]+", tok):
        out = []
        for part in re.split(r"(-)", tok):
            out.append(part if part == "-" or part.lower() in PARTICLES else part.capitalize())
        return "".join(out).replace("Mc", "Mc")
    return tok if t not in PARTICLES else t


# Surnames the Factbook writes in capitals in full somewhere ("Xaviar ESPOT ZAMORA" in a party
# list): (word before, capitalised word), lower-case, so that "Xavier Espot ZAMORA" elsewhere
# keeps "Espot Zamora" whole and no "Zamora" alone nor "Xavier Zamora" comes of it.
CAPS_RUNS = set()


def learn_caps_runs(texts):
    for text in texts:
        toks = re.sub(r"[\[\](),;|]", " ", text).split()
        for a, b in zip(toks, toks[1:]):
            if is_caps(a) and is_caps(b) and len(a) > 2 and len(b) > 2:
                CAPS_RUNS.add((a.lower(), b.lower()))


def person_names(seg):
    """One person of a Factbook text: (title, names) with the full name first, or None."""
    seg = re.sub(r"\([^)]*\)", " ", seg)
    seg = re.sub(r"\s+", " ", seg).strip()
    toks = seg.split(" ")
    caps = [i for i, t in enumerate(toks) if is_caps(t)]
    if not caps:
        return None
    c0, c1 = caps[0], caps[-1]
    # a first surname the Factbook capitalised elsewhere: "Xavier Espot ZAMORA"
    while c0 > 1 and toks[c0 - 1][:1].isupper() and \
            (toks[c0 - 1].lower(), toks[c0].lower()) in CAPS_RUNS:
        c0 -= 1
    if c1 - c0 > 3:
        return None
    # given names: capitalised words just before the surname that are no title words
    g = c0
    while g > 0 and toks[g - 1][:1].isupper() and \
            toks[g - 1].lower().strip(".") not in TITLE_WORDS and \
            c0 - g < 4:
        g -= 1
    while g > 0 and toks[g - 1].lower() in PARTICLES and toks[g - 1][:1].islower():
        g -= 1
    title = " ".join(toks[:g]).strip()
    title = re.sub(r"^(and|;|,)\s*", "", title)
    rest = []
    for t in toks[c1 + 1:]:  # "AZALI Assoumani", "HAMAD bin Isa Al-Khalifa", "ABDALLAH II"
        if (t[:1].isupper() and t.lower() not in TITLE_WORDS) or re.fullmatch(r"[IVX]+", t) or \
                t in PARTICLES:
            rest.append(t)
        else:
            break
    while rest and rest[-1] in PARTICLES:
        rest.pop()
    given = [titled(t) for t in toks[g:c0]]
    sur = [titled(t) for t in toks[c0:c1 + 1]]
    full = " ".join(given + sur + [titled(t) for t in rest])
    names = [full]
    if given:
        names.append(" ".join([given[0]] + sur))
        names.append(" ".join(given + sur))  # "José Raúl Mulino" of "... MULINO Quintero"
    surname = " ".join(sur + [t for t in rest if re.fullmatch(r"[IVX]+", t)])
    if title.lower() in MONARCH or title.lower().endswith(("king", "queen", "emir", "sultan")):
        names.append("%s %s" % (title.split()[-1], full))
        bare = re.sub(r" [IVX]+$", "", full)
        names.append("%s %s" % (title.split()[-1], bare))
        names.append("%s %s" % (title.split()[-1], " ".join(sur)))  # "King Hamad"
    if not given and len(sur) == 1 and rest and all(re.fullmatch(r"[IVX]+", t) for t in rest):
        names.append(surname)  # "Abdallah II"; not "Hamad" of "HAMAD bin Isa Al-Khalifa"
    elif given and len(surname) >= 4:
        names.append(surname)  # not "Kim", "Lee": a short surname is many people's
    # one word alone is a person's name only as a surname allowed above ("Ruto", "Abdallah II")
    names = [n for n in names if " " in n or n == surname]
    out = []
    for n in names:
        for a, b in VARIANTS:
            if a in n:
                out.append(n.replace(a, b))
        out.append(n)
    seen, uniq = set(), []
    for n in out:
        if n not in seen:
            seen.add(n)
            uniq.append(n)
    return title, uniq, surname


def people_of(text):
    """Every person of a chief-of-state / head-of-government text, with its start date."""
    text = re.split(r"\bnote\b", text)[0]
    out, last_title = [], ""
    for seg in re.split(r";| \| |, (?=[A-Z])", text):
        seg = re.sub(r"^(and|or)\s+", "", seg.strip())
        if not seg:
            continue
        p = person_names(seg)
        if p:
            title = canonical_title(p[0]) or last_title  # "Deputy Prime Ministers A, B"
            last_title = title
            out.append((title, p[1], p[2], since_date(seg)))
    return out


OFFICES = ["prime minister", "chancellor", "premier", "president", "king", "queen", "emir",
           "amir", "sultan", "supreme leader", "chairman", "chief executive", "governor",
           "emperor", "prince", "co-prince", "captain", "regent", "minister"]


def canonical_title(title):
    t = title.lower()
    for o in OFFICES:
        if o in t:
            return ("deputy " if re.search(r"deputy|vice|first vice", t) else "") + o
    return t


# --------------------------------------------------------------------------------------------
# the Factbook

def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


ISO_OF_NAME = {}


def country_names(facts):
    cc = os.path.join(facts, "country-codes/country-codes.csv")
    with open(cc, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso = r["ISO3166-1-Alpha-3"]
            if not iso:
                continue
            for k in ("CLDR display name", "UNTERM English Short", "official_name_en"):
                v = re.sub(r"\s*\(the\)|^the ", "", r.get(k) or "").strip()
                if v:
                    ISO_OF_NAME[v.lower()] = iso


# The words of a court's name that name no state: a name made of these alone ("Appeals Court",
# "Supreme Judicial Court", "National Courts") is any state's court, an agent that takes the
# state next to it, as a name several states share is (dev18). A name with a word of its own
# ("Federal Constitutional Court", "Supreme Tribunal of Justice") stays its state's.
GENERIC_COURT_WORDS = {
    "supreme", "high", "higher", "national", "central", "court", "courts", "appeal", "appeals",
    "of", "the", "and", "judicial", "grand", "sharia", "criminal", "civil",
}


def generic_court(name):
    words = re.findall(r"[A-Za-z]+", name.lower())
    return not words or all(w in GENERIC_COURT_WORDS for w in words)


def split_alts(s):
    """'Scottish National Party or SNP', 'Labor (Labour) Party', 'Party of Wales (Plaid Cymru)',
    'Liberal Democrats (Lib Dems)' -> the names."""
    s = re.sub(r"\((Northern Ireland|Scotland|Wales|[^)]*(coalition|alliance|includes|formerly|"
               r"consists|note|led by|members|seats|banned|dissolved|in exile)[^)]*)\)", " ", s,
               flags=re.I)
    s = re.sub(r"\[[^]]*\]", " ", s)
    names = []
    for part in re.split(r" or |; aka | aka |, aka ", s):
        part = part.strip(" ,;")
        m = re.match(r"^(.*?)\(([^)]*)\)(.*)$", part)
        if m:
            before, inside, after = m.group(1).strip(), m.group(2).strip(), m.group(3).strip()
            if after:  # "Labor (Labour) Party": the word before the brackets has a variant
                words = before.split()
                names.append(" ".join(words + [after]))
                names.append(" ".join(words[:-1] + [inside, after]))
            else:
                names.append(before)
                names.append(inside)
        else:
            names.append(part)
    return [clean(n) for n in names if clean(n)]


FORCE_ROLE = [(r"intelligence|security service|security agency|state security|"
               r"directorate of (general )?security|\bsecret\b|\bnis\b|mukhabarat", "SPY"),
              (r"police|gendarmer|carabinier|constabulary|civil guard|guardia civil|"
               r"border guard|border police|civil defen[cs]e|internal troops|interior troops|"
               r"rosgvardia|national guard of russia", "COP")]


def force_role(name):
    for rx, role in FORCE_ROLE:
        if re.search(rx, name, re.I):
            return role
    return "MIL"


def split_top(text):
    """Splits at ':', ';', ',' and ' includes ' outside brackets."""
    out, depth, cur, i = [], 0, "", 0
    while i < len(text):
        c = text[i]
        depth += (c == "(") - (c == ")")
        if depth == 0 and (c in ":;," or text.startswith(" includes ", i)):
            out.append(cur)
            cur = ""
            i += 10 if c == " " else 1
            continue
        cur += c
        i += 1
    return out + [cur]


def forces_names(text):
    """'Kenya Defense Forces (KDF): Kenya Army, ... | Ministry of Interior: National Police
    Service ...' -> names (brackets give acronyms and aliases)."""
    text = re.sub(r"\(\d{4}\)", " ", text)
    text = re.sub(r"\(([^()]*)$", r"\1", text)  # an unclosed bracket
    out = []
    for block in text.split(" | "):
        block = re.sub(r"^(the )?Ministry of [^:]*:|^[^:]{0,40}Ministry[^:]*:", " ", block)
        for piece in split_top(block):
            piece = piece.strip()
            m = re.match(r"^([^()]+?)\s*\(([^)]*)\)", piece)
            rest, name_rx = piece[m.end():].strip() if m else "", r"^[A-Z][\w-]*( [A-Z][\w-]*)?$"
            if m and re.match(name_rx, rest) and re.match(name_rx, m.group(2).strip()):
                # a bracket inside the name qualifies it: "Sindh (Pakistan) Rangers" is the
                # Sindh Rangers, not "Sindh" and "Pakistan"
                out.append(m.group(1) + " " + piece[m.end():].strip())
            elif m:
                out.append(m.group(1))
                for alt in re.split(r";|,| and ", m.group(2)):
                    alt = re.sub(r"^(aka|also known as|includes|formerly)\s+", "", alt.strip())
                    if alt:
                        out.append(alt)
            elif piece.strip(" ()"):
                out.append(piece.strip(" ()"))
    return [clean(n) for n in out if 3 <= len(clean(n)) <= 80 and "(" not in n]


# GEC codes the derived files map wrongly (their crosswalk's FIPS column runs codes together)
GEC_FIX = {"NL": "NLD"}


def factbook(facts):
    base = os.path.join(facts, "factbook/derived")
    cur = read_tsv(os.path.join(base, "factbook-government-current.tsv"))
    hist = read_tsv(os.path.join(base, "factbook-history.tsv"))
    for r in cur + hist:
        r["iso3"] = GEC_FIX.get(r["gec"], r["iso3"])
    learn_caps_runs(r["text"] for r in cur + hist)
    out = "factbook"
    snap = max(r["snapshot_date"] for r in cur)
    for r in cur:
        iso, field, text = r["iso3"], r["field"], r["text"]
        if not iso:
            continue
        src = "factbook %s.json %s" % (r["gec"].lower(), field.split("/", 1)[1])
        leaf = field.rsplit("/", 1)[-1]
        if field.startswith("Government/Country name/") and leaf in (
                "conventional long form", "conventional short form", "local short form",
                "local long form", "abbreviation", "former"):
            for n in re.split(r",|;| \| ", text):
                n = re.sub(r"\(.*?\)", "", n).strip()
                if n.lower() != "none" and len(n) > 2:
                    add("country", iso, n, None, None, 0, src, out)
        elif leaf == "legislature name" or leaf == "chamber name":
            for n in [m for a in split_alts(text) for m in a.split(" - ")]:
                add("metonym", iso + "LEG", n, None, None, 0, src, out)
        elif leaf == "highest court(s)":
            for seg in text.split(";"):
                seg = re.sub(r"\([^()]*(\d|judges|members|justices|consists|comprises|"
                             r"organized|composed|includes|president)[^()]*\)?", " ", seg)
                seg = seg.split("(consists")[0]
                for n in split_alts(seg):
                    add("metonym", iso + "JUD", n, None, None, 0, src, out)
        elif field == "Military and Security/Military and security forces":
            for n in forces_names(text):
                add("metonym", iso + force_role(n), n, None, None, 0, src, out)
        elif field == "Government/Political parties":
            for seg in text.split(" | "):
                for n in split_alts(seg):
                    if not acronym(n) or (iso, n) in BIG_ACRONYMS:
                        add("group", iso + "PTY", n, None, None, 0, src, out)
        elif field == "Terrorism/Terrorist group(s)":
            for seg in text.split(";"):
                for n in split_alts(seg):
                    add("group", iso + "REB", n, None, None, 1, src + " (present in)",
                        "factbook-groups")
    heads = defaultdict(list)  # (iso, title, surname) -> rows
    for r in hist:
        if not r["iso3"] or not r["field"].endswith(("chief of state", "head of government")):
            continue
        for title, names, surname, since in people_of(r["text"]):
            # one key per term: Fico since 2012 and again since 2023 are two holders
            heads[(r["iso3"], title.lower(), names[0], since)].append((since, r))
    by_post = defaultdict(list)
    every = defaultdict(list)  # (iso, field) -> holders
    field_of = {}
    for (iso, title, full, _), rows in heads.items():
        first = min(ymd(r["first_seen"]) for _, r in rows)
        last = max(ymd(r["last_seen"]) for _, r in rows)
        since = min((s for s, _ in rows if s), default=None) or first
        current = any(r["current"] == "1" for _, r in rows)
        by_post[(iso, title)].append([since, first, last, current, full, rows[0][1]])
        field_of[(iso, title)] = rows[0][1]["field"]
    for (iso, title), holders in by_post.items():
        holders.sort(key=lambda h: h[0])
        # a since-date corrected in the next snapshots ("since 25 May 2023", then "since 25
        # October 2023"): the first is a typo, not a term of its own
        # (Fico): someone else was seen in the post after that date and before the row
        holders[:] = [h for h in holders if not (any(
            g is not h and g[4] == h[4] and g[0] > h[0] and
            dt.timedelta(0) <= g[1] - h[2] <= dt.timedelta(days=30) for g in holders) and any(
            k[4] != h[4] and h[0] < k[1] < h[1] for k in holders))]
        if not title.startswith("deputy"):
            every[(iso, field_of[(iso, title)])] += [[h[0], h[1]] for h in holders]
    for (iso, title), holders in by_post.items():
        for i, (since, first, last, current, full, r) in enumerate(holders):
            later = [h[0] for h in holders[i + 1:] if h[0] > since and h[1] > first]
            # whoever first appears in the same field as this one leaves, titles aside (a
            # junta's chairman after a deposed president)
            after = [h[0] for h in every[(iso, field_of[(iso, title)])] if h[0] > since and
                     last - dt.timedelta(days=45) <= h[1] <= last + dt.timedelta(days=45) and
                     h[1] > first]
            # the successor's start, even past the last snapshot seen (the Factbook has gaps:
            # 2025-08..2025-10); the last snapshot when there is none
            end = OPEN if current else (min(later + after) - dt.timedelta(days=1)
                                        if later or after else last)
            if end < since:
                continue
            src = "factbook %s.json %s (%s..%s)" % (r["gec"].lower(), r["field"].split("/")[-1],
                                                    first, last)
            _, names, surname, _ = next(p for p in people_of(r["text"]) if p[1][0] == full)
            for n in names:
                if n == surname and not current and end < D(2024, 1, 1):
                    continue  # a surname alone only for the recent: "Meta" is a company now
                add("person", iso + "GOV", n, since, None if end == OPEN else end, 3, src, out)
    party_leaders(hist, out)
    nationality_adjectives(facts, cur, out)
    return snap


def hand_adjectives():
    """The codes data/actors.txt gives an adjective, and the keys of those adjectives."""
    codes, keys = set(), set()
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "actors.txt")
    with open(here, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"adj\s+([A-Z]{3})\s+(.*)", line.split("#")[0].strip())
            if m:
                codes.add(m.group(1))
                keys |= {key_of(n.strip()) for n in m.group(2).split("|") if n.strip()}
    return codes, keys


def nationality_adjectives(facts, cur, out):
    """The Factbook's adjective of nationality ("People and Society/Nationality/adjective")
    of each state or territory data/actors.txt gives none ("Bermudian", "Faroese"), so that
    "Faroese fishermen" or "Caymanian officials" are the place's; not one a hand-written line
    gives another state ("Chinese" of Hong Kong, "Dutch" of Aruba), not the place's own name
    ("New Zealand", which matches as the country)."""
    codes, keys = hand_adjectives()
    seen = set()
    for r in cur:
        iso, gec = r["iso3"], r["gec"].lower()
        if not iso or iso in codes or (iso, gec) in seen:
            continue
        seen.add((iso, gec))
        path = os.path.join(facts, "factbook/json", r["region_dir"], gec + ".json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        text = d.get("People and Society", {}).get("Nationality", {}).get("adjective", {})
        text = text.get("text", "") if isinstance(text, dict) else ""
        short = d.get("Government", {}).get("Country name", {}).get(
            "conventional short form", {}).get("text", "")
        text = re.split(r"\bnote\b", text)[0]
        for n in re.split(r"[,;/]| or ", text):
            n = re.sub(r"\(.*?\)", "", n).strip()
            if not n or n.lower() == "none" or key_of(n) in keys or key_of(n) == key_of(short):
                continue
            src = "factbook %s.json Nationality/adjective" % gec
            add("adj", iso, n, None, None, 0, src, out)


def party_leaders(hist, out):
    """'Labor (Labour) Party [Sir Keir STARMER]' in the history's parties-and-leaders rows, to
    2024-07: the leader is coded by the party's place at the date where cabinets say it
    (GOV in government, OPP outside it: LEADER_ROLE) and PTY elsewhere."""
    spans = defaultdict(lambda: [None, None, None, None])
    for r in hist:
        if not r["iso3"] or not r["field"].startswith("Government/Political parties and leaders"):
            continue
        for seg in r["text"].split(" | "):
            m = re.match(r"^(.*?)\[([^]]*)\]", seg)
            if not m:
                continue
            party = split_alts(re.sub(r"^[+ ]+", "", m.group(1)))
            for who in re.split(r";|,| and ", m.group(2)):
                who = re.sub(r"\b(interim|acting|co-|chairman|chair|president|leader|"
                             r"secretary general|general secretary)\b", "", who, flags=re.I)
                p = person_names("leader " + who.strip())
                if not p or not party:
                    continue
                key = (r["iso3"], p[1][0], tuple(party))
                s = spans[key]
                f, l = ymd(r["first_seen"]), ymd(r["last_seen"])
                s[0] = f if not s[0] or f < s[0] else s[0]
                s[1] = l if not s[1] or l > s[1] else s[1]
                s[2], s[3] = p, "factbook %s.json Political parties and leaders" % r["gec"].lower()
    for (iso, full, parties), (f, l, p, src) in spans.items():
        party = parties[0]
        if l < D(2023, 7, 1):
            continue  # leaders who had gone a year before the Factbook dropped them (and
            # thousands of lines to load): the news of now wants those of the last year
        for frm, to, role in LEADER_ROLE(iso, parties, f, l):
            for n in [n for n in p[1][:2] if " " in n]:  # a leader's surname alone is vague
                add("person", iso + role, n, frm, to, 2, "%s (%s: %s..%s)%s" % (
                    src, party, f, l, "; government by " + GOVSRC[iso] if role != "PTY" else ""),
                    out)


# Which parties governed when: (iso) -> list of (from, to, set of lower-case party names)
GOVERNED = defaultdict(list)
GOVSRC = {}


def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower().replace("labour", "labor"))


def LEADER_ROLE(iso, parties, f, l):
    spells = GOVERNED.get(iso)
    if not spells:
        return [(f, l, "PTY")]
    cuts = sorted({f, l + dt.timedelta(days=1)} | {d for s in spells for d in (s[0], s[1] +
                  dt.timedelta(days=1)) if f < d <= l})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        b = b - dt.timedelta(days=1)
        known = [s for s in spells if s[0] <= a <= s[1]]
        if not known:
            role = "PTY"
        else:
            role = "GOV" if any(norm(p) in s[2] for s in known for p in parties) else "OPP"
        if out and out[-1][2] == role and out[-1][1] + dt.timedelta(days=1) == a:
            out[-1] = (out[-1][0], b, role)
        else:
            out.append((a, b, role))
    return out


def parlgov(facts):
    base = os.path.join(facts, "parlgov")
    rd = lambda n: list(csv.DictReader(open(os.path.join(base, n), encoding="utf-8")))
    country = {r["id"]: r["name_short"] for r in rd("02__datacore__Country.csv")}
    party = {r["id"]: r for r in rd("21__parties__Party.csv")}
    cabs = rd("41__cabinets__Cabinet.csv")
    members = defaultdict(set)
    for r in rd("42__cabinets__CabinetParty.csv"):
        p = party.get(r["party"])
        if p:
            for k in ("name_english", "name", "name_short", "name_ascii"):
                if p[k]:
                    members[r["cabinet"]].add(p[k].lower())
    bycountry = defaultdict(list)
    for c in cabs:
        if c["start_date"] and c["country"] in country:
            bycountry[country[c["country"]]].append(c)
    for iso, cs in bycountry.items():
        if iso == "GBR":
            continue  # the UK's cabinets come from the IfG ministers database
        cs.sort(key=lambda c: c["start_date"])
        for i, c in enumerate(cs):
            start = ymd(c["start_date"])
            end = ymd(cs[i + 1]["start_date"]) - dt.timedelta(days=1) if i + 1 < len(cs) else \
                D(2023, 6, 26)
            if start.year >= 2000:
                GOVERNED[iso].append((start, end, {norm(n) for n in members[c["id"]]}))
        GOVSRC[iso] = "ParlGov cabinets"


# --------------------------------------------------------------------------------------------
# the UK: IfG ministers database

def ifg(facts):
    base = os.path.join(facts, "ifg-uk-ministers")
    rd = lambda n: list(csv.DictReader(open(os.path.join(base, n), encoding="utf-8")))
    people = defaultdict(list)
    for r in rd("person.csv"):
        people[r["id"]].append(r)
    posts = {r["id"]: r for r in rd("post.csv")}
    apps = rd("appointment.csv")
    newest = max(max(r["start_date"], r["end_date"] or "") for r in apps)
    # which party held the premiership when: the PM's party (their Commons seat's party)
    party_of = defaultdict(list)
    reps = {r["id"]: r for r in rd("representation.csv")}
    for r in rd("representation_characteristics.csv"):
        rep = reps.get(r["representation_id"])
        if rep:
            party_of[rep["person_id"]].append((ymd(r["start_date"]), ymd(r["end_date"]) or OPEN,
                                               r["party"], rep["house"]))
    # a party governs while one of its members is a minister (the Liberal Democrats
    # 2010-2015 too); the spells of each party, merged
    spells = defaultdict(list)
    for a in apps:
        s, e = ymd(a["start_date"]), ymd(a["end_date"]) or D(2026, 6, 19)
        par = next((p for f, t, p, h in party_of[a["person_id"]] if f <= s <= t), "")
        if par and e >= D(1997, 1, 1):
            spells[par].append((s, e))
    for par, sp in spells.items():
        sp.sort()
        merged = [list(sp[0])]
        for s, e in sp[1:]:
            if s <= merged[-1][1] + dt.timedelta(days=1):
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        names = {norm(par), norm(par + " party"), norm(par + " democrats")}
        if par == "Conservative":
            names.add(norm("conservative and unionist party"))
        GOVERNED["GBR"] += [(s, e, names) for s, e in merged]
    GOVSRC["GBR"] = "IfG (parties with a minister in office)"

    def names_of(pid, day):
        rows = people[pid]
        row = next((r for r in rows if (not r["start_date"] or ymd(r["start_date"]) <= day) and
                    (not r["end_date"] or day < ymd(r["end_date"]))), rows[0])
        return row

    for a in apps:
        s, e = ymd(a["start_date"]), ymd(a["end_date"])
        if e and e < D(1997, 5, 2):
            continue  # governments before 1997: rare in the news tocsin reads, and costly
        for row in people[a["person_id"]]:
            f = max(s, ymd(row["start_date"]) or s)
            t = min(e or OPEN, ymd(row["end_date"]) or OPEN)
            if f > t:
                continue
            src = "ifg appointment.csv %s (%s)" % (a["id"][:8], posts[a["post_id"]]["name"])
            for n in {row["display_name"], row["name"]}:
                add("person", "GBRGOV", n, f, None if t == OPEN else t, 3, src, "ifg")
    # members of either house outside their ministerial spells: LEG on the governing side,
    # OPP outside it
    for pid, spells in party_of.items():
        for f, t, par, house in spells:
            if t < D(2010, 5, 6):
                continue  # seats before the 2010 parliament
            f = max(f, D(2010, 5, 6))
            gov = [(max(f, a), min(t, b), norm(par) in ps) for a, b, ps in GOVERNED["GBR"]
                   if a <= t and f <= b]
            for a, b, ours in gov:
                for row in people[pid]:
                    rf = max(a, ymd(row["start_date"]) or a)
                    rt = min(b, ymd(row["end_date"]) or OPEN)
                    if rf > rt:
                        continue
                    src = "ifg representation %s (%s, %s)" % (house, par, "governing" if ours
                                                             else "opposition")
                    # a seat still held when the data ends stays open
                    still = rt >= D(2026, 6, 19) and t == OPEN
                    for n in {row["display_name"], row["name"]}:
                        add("person", "GBR" + ("LEG" if ours else "OPP"), n, rf,
                            None if rt == OPEN or still else rt, 1, src, "ifg")
    return newest


# --------------------------------------------------------------------------------------------
# World Leaders Current (CC BY-SA): only what the Factbook and the IfG lack

def wlc(facts):
    base = os.path.join(facts, "world-leaders-current")
    iso2 = {}
    with open(os.path.join(facts, "country-codes/country-codes.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso2[r["ISO3166-1-Alpha-2"]] = r["ISO3166-1-Alpha-3"]
    snap = json.load(open(os.path.join(base, "last-updated.json"))) if os.path.exists(
        os.path.join(base, "last-updated.json")) else {}
    with open(os.path.join(base, "current-all-leaders.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso = iso2.get(r["ISO"])
            if not iso:
                continue
            for who, since, pos in ((r["Head of Government"], r["HoG Since"], "HoG"),
                                    (r["Head of State"], r["HoS Since"], "HoS")):
                if not who or not since:
                    continue
                known = FACTS.get(key_of(who))
                if known and any(k.code == iso + "GOV" and k.to is None for k in known):
                    continue
                src = "wlc current-all-leaders.csv %s %s" % (r["ISO"], pos)
                add("person", iso + "GOV", who, ymd(since), None, 4, src, "wlc")
    ch = json.load(open(os.path.join(base, "changes-2026.json"), encoding="utf-8"))
    for c in ch["changes"]:
        iso = iso2.get(c["country"].upper()) or ("GBR" if c["country"] == "uk" else None)
        if not iso or not c.get("old_holder_en"):
            continue
        end = ymd(c["change_date"]) - dt.timedelta(days=1)
        for n in (c["old_holder_en"], c["old_holder_en"].split()[-1]):
            for k in FACTS.get(key_of(n), []):
                if k.code == iso + "GOV" and k.to is None and k.frm and k.frm <= end:
                    k.to = end
                    k.src += "; ended %s: wlc changes-2026.json" % c["change_date"]
                    k.out = "wlc"
    return (snap.get("last_updated") or snap.get("updated") or "2026-08-22")[:10]


# --------------------------------------------------------------------------------------------
# Party Facts: parties still existing, with a vote share of 1% or more

# (ISO-3, short name) of parties with 10% of a vote since 2000: a party's acronym of three
# letters or less is kept only for these ("HNP" is Haiti's police in the news, not a small
# South African party)
BIG_ACRONYMS = set()


def acronym(name):
    core = name.replace("-", "").replace(".", "")
    return core.isupper() and len(core) <= 3


def big_parties(facts):
    p = os.path.join(facts, "partyfacts/partyfacts-core-parties.csv")
    with open(p, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            try:
                if float(r["share"] or 0) >= 10 and not r["year_last"] and \
                        (r["share_year"] or "0") >= "2000":
                    BIG_ACRONYMS.add((r["country"], r["name_short"]))
            except ValueError:
                pass


def partyfacts(facts):
    p = os.path.join(facts, "partyfacts/partyfacts-core-parties.csv")
    newest = ""
    with open(p, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            newest = max(newest, r["modified"][:10])
            if r["technical"] or r["year_last"]:
                continue
            try:
                share = float(r["share"] or 0)
            except ValueError:
                share = 0
            if share < 1 or (r["share_year"] or "0") < "1995":
                continue  # parties of the past, or too small to be news
            src = "partyfacts core %s" % r["partyfacts_id"]
            for n in re.split(r" / ", r["name_english"]) + [r["name"]]:
                if not acronym(n) or (r["country"], n) in BIG_ACRONYMS:
                    add("group", r["country"] + "PTY", n, None, None, 0, src, "parties")
            short = r["name_short"]
            if short and len(short) >= 2 and (not acronym(short) or
                                               (r["country"], short) in BIG_ACRONYMS):
                add("group", r["country"] + "PTY", short, None, None, 0, src, "parties")
    return newest


# --------------------------------------------------------------------------------------------
# UCDP actors: formally organised armed groups (Org 1), by their first country

UCDP_COUNTRY = {"russia (soviet union)": "RUS", "yemen (north yemen)": "YEM",
                "dr congo (zaire)": "COD", "myanmar (burma)": "MMR", "cambodia (kampuchea)": "KHM",
                "serbia (yugoslavia)": "SRB", "zimbabwe (rhodesia)": "ZWE", "iran": "IRN",
                "madagascar (malagasy)": "MDG", "vietnam (north vietnam)": "VNM", "syria": "SYR",
                "bosnia-herzegovina": "BIH", "ivory coast": "CIV", "laos": "LAO", "russia": "RUS",
                "united states of america": "USA", "united kingdom": "GBR", "south sudan": "SSD",
                "dr congo": "COD", "congo": "COG", "tanzania": "TZA", "bolivia": "BOL",
                "venezuela": "VEN", "south korea": "KOR", "north korea": "PRK", "taiwan": "TWN",
                "moldova": "MDA", "macedonia, fyr": "MKD", "kingdom of eswatini (swaziland)":
                "SWZ", "turkey": "TUR", "palestine": "PSE", "vietnam": "VNM"}


def ucdp(facts):
    p = os.path.join(facts, "ucdp/ucdp-actor-221.csv")
    with open(p, encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if r["Org"] != "1":
                continue
            loc = r["Location"].split(",")[0].strip().lower()
            iso = UCDP_COUNTRY.get(loc) or ISO_OF_NAME.get(loc) or \
                ISO_OF_NAME.get(re.sub(r"\s*\(.*\)", "", loc))
            if not iso:
                DROPPED["ucdp: no country"] += 1
                continue
            src = "ucdp actor %s" % r["ActorId"]
            for k in ("NameData", "NameOrig", "NameOrigFullEng", "NewName", "NewNameFullEng"):
                n = re.sub(r"\[.*?\]|\(.*?\)", "", r[k] or "").strip()
                if not n or re.match(r"(military faction|forces of|government of|n/a)", n, re.I):
                    continue
                add("group", iso + "REB", n, None, None, 1, src, "ucdp")


# --------------------------------------------------------------------------------------------
# IGOs: names and members

def igos(facts, outdir):
    p = os.path.join(facts, "igo-membership/CountrycodesOrgs.csv")
    names = {}
    with open(p, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            oid = re.sub(r"[^A-Za-z0-9]", "", r["org_id"]).upper()
            if oid:
                names[oid] = (r["org_id"].strip(), r["org_name"].strip())
    for oid, (abbr, full) in sorted(names.items()):
        code = "IGO" + oid
        if len(code) > 31:
            continue
        src = "igo-membership CountrycodesOrgs.csv %s" % abbr
        add("igo", code, full, None, None, 0, src, "igo")
        if len(abbr) >= 3 or abbr.isupper():
            add("igo", code, abbr, None, None, 0, src, "igo")
    return names


def igo_members(facts, outdir, names):
    """data/igo-members.tsv from the Factbook's 2026 'International organization
    participation' (public domain): IGO code, ISO-3 member, status."""
    cur = read_tsv(os.path.join(facts, "factbook/derived/factbook-government-current.tsv"))
    rows = set()
    for r in cur:
        if r["iso3"] and r["field"] == "Government/International organization participation":
            for item in r["text"].split(","):
                item = item.strip()
                m = re.match(r"^(.*?)\s*\((observer|associate|partner|suspended|"
                             r"associate member|candidate)[^)]*\)$", item)
                org, status = (m.group(1), m.group(2)) if m else (item, "member")
                oid = re.sub(r"[^A-Za-z0-9]", "", org).upper()
                if oid in names:
                    rows.add(("IGO" + oid, r["iso3"], status))
    with open(os.path.join(outdir, "igo-members.tsv"), "w", encoding="utf-8") as f:
        f.write("# IGO members: code, ISO 3166 alpha-3, status. Generated by tools/actors_facts.py "
                "from the CIA World Factbook (public domain, 2026-01-22), field 'International "
                "organization participation'; IGO codes as in actors-facts-igo.txt.\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")


# --------------------------------------------------------------------------------------------
# resolving: per name, one time line; names two states share are left out

def resolve():
    lines = defaultdict(list)  # out -> (kind, code, name, frm, to, src)
    for key, facts in sorted(FACTS.items()):
        states = {f.code[:3] for f in facts if f.kind != "igo"}
        if len(states) == 1 and all(f.kind == "metonym" and f.code[3:] == "JUD" and
                                    generic_court(f.name) for f in facts):
            f = facts[0]
            lines[f.out].append(("agent", "JUD", f.name, None, None,
                                 "%s; a court's name that names no state" % f.src))
            continue
        if len(states) > 1 and not timeline_disjoint(facts):
            DROPPED["shared by two states"] += 1
            # an institution or party name of several states ("Supreme Court", "Democratic
            # Party", "House of Commons") is an agent: it takes the state next to it
            roles = {f.code[3:] for f in facts}
            if all(f.kind in ("metonym", "group") and not (f.frm or f.to) for f in facts) and \
                    len(roles) == 1 and len(next(iter(roles))) == 3 and \
                    not facts[0].name.replace("-", "").isupper():  # no acronym: "PPP"
                f = facts[0]
                out = "factbook" if any(g.out == "factbook" for g in facts) else f.out
                lines[out].append(("agent", f.code[3:], f.name, None, None, "%s; in %d states: %s"
                                   % (f.src, len(states), " ".join(sorted(states)[:6]))))
            continue
        kinds = {f.kind for f in facts}
        if len(kinds) > 1:  # a party named like its country's parliament: keep the first kind
            best = max(facts, key=lambda f: f.prio).kind
            facts = [f for f in facts if f.kind == best]
        dated = [f for f in facts if f.frm or f.to]
        undated = [f for f in facts if not (f.frm or f.to)]
        if undated:
            codes = {f.code for f in undated}
            if len(codes) > 1:
                top = max(f.prio for f in undated)
                codes = {f.code for f in undated if f.prio == top}
                if len(codes) > 1:
                    DROPPED["one name, two codes"] += 1
                    continue
            f = min((f for f in undated if f.code in codes), key=lambda f: (f.out, f.src))
            srcs = sorted({g.src for g in undated if g.code == f.code})
            lines[f.out].append((f.kind, f.code, f.name, None, None, "; ".join(srcs[:2])))
            if not dated:
                continue
        for seg in timeline(dated):
            lines[seg.out].append((seg.kind, seg.code, seg.name, seg.frm, seg.to, seg.src))
    return lines


def timeline_disjoint(facts):
    """Do the dated roles of two states never overlap (and none is undated)?"""
    if any(not (f.frm or f.to) for f in facts):
        return False
    fs = sorted(facts, key=lambda f: f.frm or D.min)
    for a in fs:
        for b in fs:
            if a is not b and a.code[:3] != b.code[:3] and \
                    (a.frm or D.min) <= (b.to or OPEN) and (b.frm or D.min) <= (a.to or OPEN):
                return False
    return True


def timeline(facts):
    """Non-overlapping segments: at each day the fact of the highest priority (then the
    latest start) holds."""
    cuts = sorted({f.frm or D(1900, 1, 1) for f in facts} |
                  {(f.to or OPEN) + dt.timedelta(days=1) if f.to else OPEN for f in facts})
    segs = []
    for a, b in zip(cuts, cuts[1:]):
        end = b - dt.timedelta(days=1) if b != OPEN else OPEN
        live = [f for f in facts if (f.frm or D(1900, 1, 1)) <= a and (f.to or OPEN) >= end]
        if not live:
            continue
        w = max(live, key=lambda f: (f.prio, f.frm or D.min))
        if segs and segs[-1].code == w.code and segs[-1].src == w.src and \
                segs[-1].to + dt.timedelta(days=1) == a:
            segs[-1].to = end
            continue
        segs.append(Fact(w.kind, w.code, w.name, a if a != D(1900, 1, 1) else None, end, w.prio,
                         w.src, w.out))
    for s in segs:
        if s.to == OPEN:
            s.to = None
    return segs


# --------------------------------------------------------------------------------------------
# writing

FILES = {
    "factbook": ("actors-facts-factbook.txt", "CIA World Factbook (public domain) via "
                 "github.com/factbook/factbook.json, commit 8662a8b; party leaders' roles from "
                 "ParlGov cabinets (CC0) and the IfG Ministers Database (CC BY 4.0)"),
    "factbook-groups": ("actors-facts-groups.txt", "CIA World Factbook (public domain): "
                        "US-designated terrorist groups, coded with the one country that lists "
                        "them (groups listed by several countries are left to actors.txt)"),
    "ifg": ("actors-facts-ifg.txt", "Contains data from the IfG Ministers Database, Institute "
            "for Government (www.instituteforgovernment.org.uk/ministers-database), CC BY 4.0"),
    "parties": ("actors-facts-parties.txt", "Party Facts core parties (partyfacts.org, "
                "hdigital/partyfactsdata), MIT licence, Copyright (c) 2022 Party Facts authors; "
                "Döring & Regel (2019), Party Politics 25(2)"),
    "ucdp": ("actors-facts-ucdp.txt", "UCDP Actor Dataset 22.1 (Uppsala Conflict Data "
             "Program), CC BY 4.0: formally organised armed groups"),
    "igo": ("actors-facts-igo.txt", "dieghernan/Country-Codes-and-International-Organizations "
            "(Diego Hernangómez), MIT licence, from the CIA World Factbook appendix B"),
    "wlc": ("actors-facts-leaders-by-sa.txt", "Contains data from World Leaders Current "
            "(github.com/open-data-archive/world-leaders-current), CC BY-SA 4.0; sourced from "
            "Wikidata and Wikipedia. This file, as an adaptation, is under CC BY-SA 4.0"),
}


def fmt_range(frm, to):
    if not frm and not to:
        return ""
    return " @%s..%s" % (frm.isoformat() if frm else "", to.isoformat() if to else "")


def write(outdir, lines, dates):
    total = 0
    for out, (fname, attribution) in FILES.items():
        rows = sorted(set(lines.get(out, [])),
                      key=lambda r: (r[0], r[1], r[2].lower(), r[3] or D.min))
        with open(os.path.join(outdir, fname), "w", encoding="utf-8") as f:
            f.write("# Generated by tools/actors_facts.py (make actors-data) from "
                    "../shared/actors-facts; do not edit: data/actors.txt wins over it.\n")
            f.write("# Source: %s.\n" % attribution)
            f.write("# facts-date: %s\n" % dates[out])
            f.write("# Each line: KIND CODE name [@FROM..TO]  # the source record.\n\n")
            for kind, code, name, frm, to, src in rows:
                f.write("%s %s  %s%s  # %s\n" % (kind, code, name, fmt_range(frm, to), src))
        total += len(rows)
        print("%s: %d lines" % (fname, len(rows)), file=sys.stderr)
    print("%d lines; left out: %s" % (total, dict(DROPPED)), file=sys.stderr)


def main():
    if len(sys.argv) != 3:
        print("usage: tools/actors_facts.py FACTS_DIR OUT_DIR", file=sys.stderr)
        return 2
    facts, outdir = sys.argv[1], sys.argv[2]
    load_words()
    country_names(facts)
    big_parties(facts)
    parlgov(facts)
    ifg_date = ifg(facts)  # first: it sets the UK's governing parties for the party leaders
    fb_date = factbook(facts)
    pf_date = partyfacts(facts)
    ucdp(facts)
    names = igos(facts, outdir)
    wlc_date = wlc(facts)
    igo_members(facts, outdir, names)
    dates = {"factbook": fb_date, "factbook-groups": fb_date, "ifg": ifg_date,
             "parties": pf_date, "ucdp": "2021-12-31", "igo": "2020-01-29", "wlc": wlc_date}
    write(outdir, resolve(), dates)
    return 0


if __name__ == "__main__":
    sys.exit(main())
