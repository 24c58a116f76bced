/* parse_repair3: repairs of the parse for wire copy's sentence structures (sixteenth session,
 * parse16; issue 14, "Coder v2"): a list's first member as subject, a floating "both", a
 * participle with a "by" agent on the subject, spans of time "after" a clause and the speakers
 * of closing attributions. Called from tc_parse_repair (parse_repair.c). */
#include "parse.h"

#include "parse_repair.h"
#include "tag.h"

#include <string.h>
#include <strings.h>

/* Is word k a noun or a proper noun? */
static int nominal(const tc_word *w, uint32_t k)
{
    return w[k].upos == TC_UPOS_NOUN || w[k].upos == TC_UPOS_PROPN;
}

/* Is word k a subject (nsubj, nsubj:pass, expl)? */
static int subject_rel(const tc_word *w, uint32_t k)
{
    return w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_EXPL;
}

/* Has word v a dependent of relation rel (and, lemma not NULL, that lemma)? */
static int has_dep(const tc_word *w, uint32_t n, uint32_t v, int rel, const char *lemma)
{
    for (uint32_t k = 0; k < n; k++)
        if (w[k].head == v + 1 && w[k].rel == rel && (!lemma || !strcmp(w[k].lemma, lemma)))
            return 1;
    return 0;
}

/* Has word v a subject of its own? */
static int has_subject(const tc_word *w, uint32_t n, uint32_t v)
{
    for (uint32_t k = 0; k < n; k++)
        if (w[k].head == v + 1 && subject_rel(w, k)) return 1;
    return 0;
}

/* Is w[v]'s tag one of the past tense or participle, or a present ("VBD", "VBZ", ...)? */
static int xpos_is(const tc_parser *p, const tc_word *w, uint32_t v, const char *const *tags)
{
    const char *x = tc_parse_xpos_name(p, w[v].xpos);
    for (size_t j = 0; tags[j]; j++)
        if (!strcmp(x, tags[j])) return 1;
    return 0;
}

/* "The United States[nsubj of Kingdom], the United Kingdom and France imposed": a noun is no
 * predicate without a copula, so a noun hung as the subject of a noun after it, a comma
 * between their phrases and a member joined by "and" or "or" after the second, is the first
 * member of the list: it takes the second's place, and the second and the later members are
 * its conjuncts. */
static void repair_list_first_subject(tc_word *w, uint32_t n)
{
    for (uint32_t x = 0; x + 3 < n; x++) {
        if (w[x].rel != TC_REL_NSUBJ || !nominal(w, x) || !w[x].head) continue;
        uint32_t h = w[x].head - 1u, c = x + 1;
        if (h <= x + 1 || !nominal(w, h) || has_dep(w, n, h, TC_REL_COP, NULL)) continue;
        while (c < h && tc_parse_phrase_of(w, c, c + 1, x) && w[c].upos != TC_UPOS_PUNCT) c++;
        if (c >= h || strcmp(w[c].lemma, ",") || !tc_parse_phrase_of(w, c + 1, h, h)) continue;
        int joined = 0; /* a later member with its "and" */
        for (uint32_t k = h + 1; k < n && !joined; k++)
            if (w[k].head == h + 1 && w[k].rel == TC_REL_CONJ)
                for (uint32_t j = h + 1; j < k && !joined; j++)
                    joined = w[j].head == k + 1 && w[j].rel == TC_REL_CC;
        if (!joined) continue;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == h + 1 && w[k].rel == TC_REL_CONJ) w[k].head = (uint16_t)(x + 1);
        w[x].head = w[h].head;
        w[x].rel = w[h].rel;
        tc_parse_hang(w, h, x, TC_REL_CONJ);
        tc_parse_hang(w, c, h, TC_REL_PUNCT);
    }
}

/* "was criticized by the United Nations, Canada[appos of criticized] and France": an
 * apposition hangs on a noun, never on a verb (and a name addressed is no list member's
 * place: "Senegal[vocative] and Ghana"); a proper noun hung on a verb as either, right
 * after a comma that closes an argument of that verb, with a member joined by "and" or "or"
 * after it, is the next member of that argument's list (nouns18 session). */
static void repair_list_verb_appos(tc_word *w, uint32_t n)
{
    for (uint32_t k = 2; k + 2 < n; k++) {
        if ((w[k].rel != TC_REL_APPOS && w[k].rel != TC_REL_VOCATIVE) ||
            w[k].upos != TC_UPOS_PROPN || !w[k].head || strcmp(w[k - 1].lemma, ","))
            continue;
        uint32_t v = w[k].head - 1u, a = k - 2;
        if (v >= k || (w[v].upos != TC_UPOS_VERB && w[v].upos != TC_UPOS_AUX)) continue;
        while (w[a].head && w[a].head != v + 1 && w[a].head - 1u < k) a = w[a].head - 1u;
        if (w[a].head != v + 1 || !nominal(w, a) || a <= v ||
            (w[a].rel != TC_REL_OBL_AGENT && w[a].rel != TC_REL_OBL && w[a].rel != TC_REL_OBJ))
            continue;
        int joined = 0; /* a later member with its "and" or "or" */
        for (uint32_t c = k + 1; c < n && !joined; c++)
            if (w[c].head == k + 1 && w[c].rel == TC_REL_CONJ)
                for (uint32_t j = k + 1; j < c && !joined; j++)
                    joined = w[j].head == c + 1 && w[j].rel == TC_REL_CC;
        if (!joined) continue;
        for (uint32_t c = k + 1; c < n; c++)
            if (w[c].head == k + 1 && w[c].rel == TC_REL_CONJ) w[c].head = (uint16_t)(a + 1);
        tc_parse_hang(w, k, a, TC_REL_CONJ);
        tc_parse_hang(w, k - 1, k, TC_REL_PUNCT);
    }
}

/* The end of a list of adjectives from word a ("British, Kenyan and Ethiopian"): the first
 * word after it, when an "and" or "or" joins it and an adjective closes it; else 0. */
static uint32_t adjective_list_end(const tc_word *w, uint32_t n, uint32_t a)
{
    uint32_t m = a;
    int joined = 0;
    while (m < n &&
           (w[m].upos == TC_UPOS_ADJ || !strcmp(w[m].lemma, ",") || w[m].upos == TC_UPOS_CCONJ)) {
        joined |= w[m].upos == TC_UPOS_CCONJ;
        m++;
    }
    return joined && m < n && w[m - 1].upos == TC_UPOS_ADJ ? m : 0;
}

/* The first of the commas, from comma c back, that each close a proper noun's phrase hung
 * on verb v as no argument ("by the UN, U.S.[vocative], French ... representatives"): those
 * names are members of the list too. */
static uint32_t names_before(const tc_word *w, uint32_t c, uint32_t v)
{
    for (;;) {
        uint32_t k = c - 1, b = k;
        if (c < 3 || w[k].upos != TC_UPOS_PROPN || w[k].head != v + 1 ||
            w[k].rel == TC_REL_OBL_AGENT || w[k].rel == TC_REL_OBL || w[k].rel == TC_REL_OBJ)
            return c;
        while (b > 0 && strcmp(w[b - 1].lemma, ",") && tc_parse_phrase_of(w, b - 1, b, k)) b--;
        if (b < 2 || strcmp(w[b - 1].lemma, ",")) return c;
        c = b - 1;
    }
}

/* Does word h, or a word above it (within the sentence's length of heads up), lie in [lo, hi]?
 * A word hung there would hang under itself. */
static int climbs_into(const tc_word *w, uint32_t n, uint32_t h, uint32_t lo, uint32_t hi)
{
    for (uint32_t steps = 0; steps <= n; steps++) {
        if (h >= lo && h <= hi) return 1;
        if (!w[h].head) return 0;
        h = w[h].head - 1u;
    }
    return 1; /* (no root above: a cycle) */
}

/* "criticized by British[obl] and Kenyan representatives[obl:unmarked]", "by the UN, British[conj
 * of criticized] and Kenyan officials": adjectives joined by "and" before a noun modify that
 * noun, which heads the phrase; the parse made the first adjective the preposition's noun, or a
 * verb's conjunct after a comma closing the verb's argument, and hung the noun on the verb. The
 * noun takes the phrase's place (or joins the argument's list) and the adjectives modify it
 * (nouns18 session). */
static void repair_adjective_list_phrase(tc_word *w, uint32_t n)
{
    for (uint32_t a = 2; a + 3 < n; a++) {
        if (w[a].upos != TC_UPOS_ADJ || !w[a].head) continue;
        uint32_t m = adjective_list_end(w, n, a), v = w[a].head - 1u, x = a - 2;
        if (!m || w[m].upos != TC_UPOS_NOUN || !w[m].head || w[a].head == m + 1 ||
            (w[m].head != w[a].head && (w[m].head - 1u < a || w[m].head - 1u >= m)))
            continue;
        int rel;
        if (w[a - 1].upos == TC_UPOS_ADP && w[a - 1].head == a + 1 &&
            (w[a].rel == TC_REL_OBL || w[a].rel == TC_REL_OBL_AGENT || w[a].rel == TC_REL_NMOD)) {
            if (climbs_into(w, n, v, a - 1, m)) continue; /* the phrase's place is within it */
            rel = !strcmp(w[a - 1].lemma, "by") && has_dep(w, n, v, TC_REL_AUX_PASS, NULL)
                      ? TC_REL_OBL_AGENT
                      : w[a].rel;
            w[m].head = w[a].head;
            w[m].rel = (uint8_t)rel;
            tc_parse_hang(w, a - 1, m, TC_REL_CASE);
        } else if (!strcmp(w[a - 1].lemma, ",") &&
                   (w[a].rel == TC_REL_CONJ || w[a].rel == TC_REL_AMOD)) {
            /* ("U.S., British[amod of U.S.] and Kenyan representatives": on a name before) */
            if (v < a && w[v].upos == TC_UPOS_PROPN && w[v].head) v = w[v].head - 1u;
            uint32_t c = names_before(w, a - 1, v);
            x = c - 1;
            while (w[x].head && w[x].head != v + 1 && w[x].head - 1u < c) x = w[x].head - 1u;
            if (w[x].head != v + 1 || !nominal(w, x) || x <= v ||
                (w[x].rel != TC_REL_OBL_AGENT && w[x].rel != TC_REL_OBL &&
                 w[x].rel != TC_REL_OBJ) ||
                climbs_into(w, n, x, a - 1, m))
                continue;
            for (uint32_t k = c + 1; k < a; k++) /* the names between, members too */
                if (w[k].head == v + 1) tc_parse_hang(w, k, x, TC_REL_CONJ);
            tc_parse_hang(w, m, x, TC_REL_CONJ);
            tc_parse_hang(w, a - 1, m, TC_REL_PUNCT);
        } else {
            continue;
        }
        for (uint32_t j = a + 1; j < m; j++)
            tc_parse_hang(w, j, w[j].upos == TC_UPOS_ADJ ? a : j + 1,
                          w[j].upos == TC_UPOS_ADJ     ? TC_REL_CONJ
                          : w[j].upos == TC_UPOS_CCONJ ? TC_REL_CC
                                                       : TC_REL_PUNCT);
        tc_parse_hang(w, a, m, TC_REL_AMOD);
        a = m;
    }
}

/* Does word c lie in a nominal oblique hung on verb v ("in Lamu")? */
static int oblique_of(const tc_word *w, uint32_t c, uint32_t v)
{
    uint32_t h = c;
    for (int steps = 0; steps < 8 && w[h].head && w[h].head != v + 1; steps++) h = w[h].head - 1u;
    return w[h].head == v + 1 && w[h].rel == TC_REL_OBL && nominal(w, h);
}

/* "Uganda, which sent[parataxis of Uganda] troops": a clause whose subject is the relative
 * pronoun right after the comma that follows a subject or an object, hung on that noun as
 * anything but a relative clause, is the noun's relative clause (nouns18 session). Not after
 * a prepositional phrase's noun: "the transfer of arms to Russia, which are helping ..." may
 * say what the whole phrase does. */
static void repair_relative_after_comma(tc_word *w, uint32_t n)
{
    static const char *const relatives[] = {"which", "who", NULL};
    for (uint32_t r = 2; r + 1 < n; r++) {
        int rel = 0;
        for (size_t j = 0; relatives[j] && !rel; j++) rel = !strcmp(w[r].lemma, relatives[j]);
        if (!rel || strcmp(w[r - 1].lemma, ",") || !w[r].head ||
            (w[r].rel != TC_REL_NSUBJ && w[r].rel != TC_REL_NSUBJ_PASS))
            continue;
        uint32_t v = w[r].head - 1u;
        if (v <= r || w[v].upos != TC_UPOS_VERB || !w[v].head || w[v].head - 1u >= r ||
            (w[v].rel != TC_REL_PARATAXIS && w[v].rel != TC_REL_APPOS && w[v].rel != TC_REL_CONJ))
            continue;
        uint32_t h = w[v].head - 1u;
        if (!nominal(w, h) || !tc_parse_phrase_of(w, r - 2, r - 1, h) ||
            (!subject_rel(w, h) && w[h].rel != TC_REL_OBJ))
            continue;
        w[v].rel = TC_REL_ACL_RELCL;
    }
}

/* "Britain and Canada[nsubj of have] have both designated X": a subject hung on an auxiliary
 * with a floating "both", "all" or "each" between the auxiliary and its verb belongs to the
 * verb (an auxiliary heads nothing; repair_aux_dependents reads only adverbs between). */
static void repair_floating_quantifier(tc_word *w, uint32_t n)
{
    static const char *const floating[] = {"both", "all", "each", NULL};
    for (uint32_t k = 0; k < n; k++) {
        if (!w[k].head || !subject_rel(w, k)) continue;
        uint32_t a = w[k].head - 1u;
        if ((w[a].rel != TC_REL_AUX && w[a].rel != TC_REL_AUX_PASS) || !w[a].head || a < k)
            continue;
        uint32_t v = w[a].head - 1u;
        if (v <= a || (w[v].upos != TC_UPOS_VERB && w[v].upos != TC_UPOS_AUX)) continue;
        int q = 0, close = 1;
        for (uint32_t c = a + 1; c < v && close; c++) {
            int f = 0;
            for (size_t j = 0; floating[j] && !f; j++) f = !strcmp(w[c].lemma, floating[j]);
            q |= f;
            close = f || w[c].upos == TC_UPOS_ADV || w[c].upos == TC_UPOS_PART ||
                    w[c].upos == TC_UPOS_AUX;
        }
        if (!q || !close) continue;
        tc_parse_hang(w, k, v,
                      w[a].rel == TC_REL_AUX_PASS && w[k].rel == TC_REL_NSUBJ ? TC_REL_NSUBJ_PASS
                                                                              : w[k].rel);
    }
    /* "Norway and Iceland have[root] both[det of talks] suspended[amod of talks] talks": the
       participle after "have" and the quantifier is the verb, "have" its auxiliary, the noun
       its object */
    for (uint32_t h = 0; h + 3 < n; h++) {
        uint32_t q = h + 1, v = h + 2;
        int f = 0;
        for (size_t j = 0; floating[j] && !f; j++) f = !strcmp(w[q].lemma, floating[j]);
        if (!f || strcmp(w[h].lemma, "have") || w[v].upos != TC_UPOS_VERB ||
            w[v].rel != TC_REL_AMOD || !w[v].head)
            continue;
        uint32_t o = w[v].head - 1u;
        if (o <= v || w[o].head != h + 1 || w[o].rel != TC_REL_OBJ || !nominal(w, o)) continue;
        w[v].head = w[h].head;
        w[v].rel = w[h].rel;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == h + 1) w[k].head = (uint16_t)(v + 1);
        tc_parse_hang(w, h, v, TC_REL_AUX);
        tc_parse_hang(w, q, v, TC_REL_ADVMOD);
    }
}

/* Is w[t] a unit of time that measures how long after or before ("days", "two weeks")? */
static int time_unit(const tc_word *w, uint32_t t)
{
    static const char *const units[] = {"minute", "hour", "day",    "week",
                                        "month",  "year", "decade", NULL};
    if (w[t].upos != TC_UPOS_NOUN) return 0;
    for (size_t j = 0; units[j]; j++)
        if (!strcmp(w[t].lemma, units[j])) return 1;
    return 0;
}

/* "..., the ministry said, days[nsubj of said] after the two navies held exercises", "weeks[nsubj
 * of collapsed] after the ceasefire[nmod of weeks] collapsed": a unit of time right before
 * "after" or "before" measures the span to what follows: it hangs on the clause's verb
 * (obl:unmarked) or on the noun of the phrase (nmod:unmarked), as EWT does, and is no one's
 * subject; a phrase of "after" the parser read as a clause's subject is the clause's subject
 * with "after" its mark. A clause with such a mark, or a noun with such a case word, is no
 * complement of a verb (ccomp): an adverbial clause, an oblique. */
static void repair_span_after(tc_word *w, uint32_t n)
{
    for (uint32_t t = 0; t + 2 < n; t++) {
        uint32_t m = t + 1;
        if (!time_unit(w, t) || (strcmp(w[m].lemma, "after") && strcmp(w[m].lemma, "before")) ||
            !w[m].head || w[m].head - 1u <= m)
            continue;
        uint32_t x = w[m].head - 1u;
        /* "weeks after the ceasefire[nmod of weeks] collapsed[verb of weeks]", "days after[case]
           militants[nsubj] attacked": the clause */
        uint32_t v = n;
        if (nominal(w, x) && w[x].head == t + 1 && w[t].rel == TC_REL_NSUBJ && w[t].head)
            v = w[t].head - 1u;
        else if (nominal(w, x) && w[x].rel == TC_REL_NSUBJ && w[x].head)
            v = w[x].head - 1u;
        if (v < n && v > x && w[v].upos == TC_UPOS_VERB && w[m].rel == TC_REL_CASE &&
            tc_parse_phrase_of(w, m, v, x)) {
            tc_parse_hang(w, x, v, TC_REL_NSUBJ);
            tc_parse_hang(w, m, v, TC_REL_MARK);
            w[m].upos = TC_UPOS_SCONJ;
            x = v;
        }
        if ((w[t].head == x + 1 && !subject_rel(w, t)) || tc_parse_phrase_of(w, x, x + 1, t))
            continue;
        if (w[x].upos == TC_UPOS_VERB && w[m].rel == TC_REL_MARK)
            tc_parse_hang(w, t, x, TC_REL_OBL_UNMARKED);
        else if (nominal(w, x) && w[m].rel == TC_REL_CASE)
            tc_parse_hang(w, t, x, TC_REL_NMOD_UNMARKED);
        else
            continue;
        uint32_t r = tc_parse_root(w, n);
        for (uint32_t k = 0; k < n; k++) /* ("," before the unit: the clause's; the end: the
                                            root's) */
            if (w[k].head == t + 1 && w[k].upos == TC_UPOS_PUNCT && k != t)
                w[k].head = (uint16_t)((k < t || r == n ? x : r) + 1);
    }
    static const char *const adverbial[] = {"after",   "before",   "since",  "until", "while",
                                            "because", "although", "though", "once",  NULL};
    for (uint32_t c = 0; c < n; c++) {
        if (w[c].rel != TC_REL_CCOMP) continue;
        int marked = 0;
        for (uint32_t k = 0; k < c && !marked; k++)
            if (w[k].head == c + 1 && (w[k].rel == TC_REL_MARK || w[k].rel == TC_REL_CASE))
                for (size_t j = 0; adverbial[j] && !marked; j++)
                    marked = !strcmp(w[k].lemma, adverbial[j]);
        /* (a noun only with its span, "days after a strike[ccomp]": "said after renewed
           fighting[ccomp]" read as an oblique gives the speaker the fighting in the coder) */
        if (marked && nominal(w, c) && has_dep(w, n, c, TC_REL_NMOD_UNMARKED, NULL))
            w[c].rel = TC_REL_OBL;
        else if (marked && !nominal(w, c) && has_subject(w, n, c)) /* (a finite clause: "said
                                          after renewed fighting" the coder would give the
                                          speaker, as an adverbial clause of the saying) */
            w[c].rel = TC_REL_ADVCL;
    }
}

/* The head of the words [c, v) when one word of them hangs outside them (n if not one). */
static uint32_t phrase_head(const tc_word *w, uint32_t n, uint32_t c, uint32_t v)
{
    uint32_t h = n, heads = 0;
    for (uint32_t k = c; k < v; k++)
        if (!w[k].head || w[k].head - 1u < c || w[k].head - 1u >= v) heads++, h = k;
    return heads == 1 ? h : n;
}

/* "Belarus freed three people in a deal[nsubj of said] brokered by Lithuania, U.S.
 * officials[obl:agent of brokered] said": a verb of saying that closes the sentence, after a
 * comma and one noun phrase, has that phrase for its subject; a subject the parser gave it
 * before the comma that has a preposition of its own is no subject (a phrase of the clause
 * it says: an oblique of that clause's verb). */
static void repair_closing_speaker_phrase(tc_word *w, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (!tc_parse_speech_verb(w, v)) continue;
        int last = 1; /* nothing after it but punctuation */
        for (uint32_t k = v + 1; k < n && last; k++) last = w[k].upos == TC_UPOS_PUNCT;
        uint32_t c = v;
        while (c > 0 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (!last || c < 2 || c == v || v - c > 8 || strcmp(w[c - 1].lemma, ",")) continue;
        uint32_t h = phrase_head(w, n, c, v), s = n, says = n;
        if (h == n || !nominal(w, h) || (w[h].head == v + 1 && subject_rel(w, h))) continue;
        for (uint32_t k = 0; k + 1 < c; k++) {
            if (w[k].head != v + 1) continue;
            if (w[k].rel == TC_REL_NSUBJ) s = k;
            if (w[k].rel == TC_REL_CCOMP && w[k].upos == TC_UPOS_VERB) says = k;
        }
        if (s == n || says == n || says > s || !has_dep(w, n, s, TC_REL_CASE, NULL)) continue;
        tc_parse_hang(w, s, says, TC_REL_OBL);
        tc_parse_hang(w, h, v, TC_REL_NSUBJ);
        tc_parse_hang(w, c - 1, v, TC_REL_PUNCT);
    }
}

/* "Japan and the Philippines held an exercise ..., their defence ministries said[conj of
 * held], days after ...": a verb of saying with a subject of its own right after a comma,
 * joined with no "and" to the sentence's root before it and saying nothing after it, is the
 * sentence's verb, the root what it says (a closing attribution, as repair_speaker_phrase
 * reads one with no subject). */
static void repair_closing_said_conj(tc_word *w, uint32_t n)
{
    for (uint32_t v = 3; v < n; v++) {
        if (!tc_parse_speech_verb(w, v) || !w[v].head ||
            (w[v].rel != TC_REL_CONJ && w[v].rel != TC_REL_PARATAXIS))
            continue;
        uint32_t g = w[v].head - 1u, c = v;
        while (c > 0 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (g >= v || w[g].head || c < 2 || c == v || v - c > 8 || strcmp(w[c - 1].lemma, ",") ||
            g >= c - 1)
            continue;
        int subj = 0, bad = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            subj |= w[k].rel == TC_REL_NSUBJ && k >= c && k < v;
            bad |= w[k].rel == TC_REL_CC || w[k].rel == TC_REL_MARK ||
                   (k > v && (w[k].rel == TC_REL_OBJ || w[k].rel == TC_REL_CCOMP ||
                              w[k].rel == TC_REL_XCOMP || w[k].rel == TC_REL_IOBJ));
        }
        if (!subj || bad || phrase_head(w, n, c, v) == n) continue;
        w[v].head = 0;
        w[v].rel = TC_REL_ROOT;
        tc_parse_hang(w, g, v, TC_REL_CCOMP);
        tc_parse_hang(w, c - 1, v, TC_REL_PUNCT);
        for (uint32_t k = v + 1; k < n; k++) /* the sentence's end */
            if (w[k].head == g + 1 && w[k].upos == TC_UPOS_PUNCT) w[k].head = (uint16_t)(v + 1);
        return;
    }
}

/* Has word a an agent of "by" (obl:agent, or an oblique with "by")? The agent or n. */
static uint32_t by_agent_of(const tc_word *w, uint32_t n, uint32_t a)
{
    for (uint32_t k = a + 1; k < n; k++)
        if (w[k].head == a + 1 && (w[k].rel == TC_REL_OBL_AGENT || w[k].rel == TC_REL_OBL) &&
            has_dep(w, n, k, TC_REL_CASE, "by"))
            return k;
    return n;
}

/* Retags word k as xpos with the shortest feature set holding every one of feats ("VBN",
 * {"Tense=Past", "VerbForm=Part"}): the coder reads a participle by its features. */
static void retag(const tc_parser *p, tc_word *w, uint32_t k, const char *xpos,
                  const char *const *feats)
{
    for (uint32_t i = 0; i < p->nxpos; i++)
        if (!strcmp(tc_parse_xpos_name(p, (int)i), xpos)) w[k].xpos = (uint8_t)i;
    size_t best = 0;
    for (uint32_t i = 0; i < p->nfeats; i++) {
        const char *f = p->strings + p->feats_name[i];
        int all = 1;
        for (size_t j = 0; feats[j] && all; j++) all = strstr(f, feats[j]) != NULL;
        if (all && (!best || strlen(f) < best)) {
            best = strlen(f);
            w[k].feats = (uint16_t)i;
        }
    }
}

/* Retags the participle a as one, and a verb v tagged a participle with no auxiliary as a
 * past tense (the sentence's verb). */
static void retag_agent_pair(const tc_parser *p, tc_word *w, uint32_t n, uint32_t a, uint32_t v)
{
    static const char *const part[] = {"Tense=Past", "VerbForm=Part", NULL}, *const past[] = {
                                                                                 "Mood=Ind",
                                                                                 "Person=3",
                                                                                 "Tense=Past",
                                                                                 "VerbForm=Fin",
                                                                                 NULL};
    static const char *const vbn[] = {"VBN", NULL};
    retag(p, w, a, "VBN", part);
    if (xpos_is(p, w, v, vbn) && !has_dep(w, n, v, TC_REL_AUX, NULL) &&
        !has_dep(w, n, v, TC_REL_AUX_PASS, NULL))
        retag(p, w, v, "VBD", past);
}

/* "Militias armed[root] by Iran[nsubj of fired] fired[ccomp of armed] rockets", "Fighters
 * backed by Turkey[obl of attacked] attacked[ccomp]": the noun of a "by" right after word a,
 * hung on a later verb that hangs on a (the parser took the agent for that verb's subject or
 * oblique), or n. */
static uint32_t by_agent_taken(const tc_word *w, uint32_t n, uint32_t a)
{
    if (a + 2 >= n || w[a + 1].rel != TC_REL_CASE || strcmp(w[a + 1].lemma, "by") || !w[a + 1].head)
        return n;
    uint32_t ag = w[a + 1].head - 1u;
    if (ag <= a + 1 || !nominal(w, ag) || !w[ag].head) return n;
    uint32_t v = w[ag].head - 1u;
    if (v <= ag || w[v].head != a + 1 ||
        (w[ag].rel != TC_REL_NSUBJ && w[ag].rel != TC_REL_OBL && w[ag].rel != TC_REL_OBL_AGENT))
        return n;
    return ag;
}

/* The participle that may be a reduced relative on noun *s: the root noun's acl participle
 * (the noun the root), or a root participle right after its noun subject with no auxiliary
 * nor object of its own (the object after a "by": a verb's); n when none. r: the root. */
static uint32_t reduced_participle(const tc_parser *p, const tc_word *w, uint32_t n, uint32_t r,
                                   uint32_t *s)
{
    static const char *const part[] = {"VBN", "VBD", NULL};
    uint32_t a = n;
    if (nominal(w, r)) {
        for (uint32_t k = r + 1; k < n && a == n; k++)
            if (w[k].head == r + 1 && w[k].rel == TC_REL_ACL && w[k].upos == TC_UPOS_VERB &&
                xpos_is(p, w, k, part) && tc_parse_phrase_of(w, r + 1, k, r))
                a = k;
        *s = r;
    } else if (w[r].upos == TC_UPOS_VERB && xpos_is(p, w, r, part) && r > 0 &&
               w[r - 1].head == r + 1 && w[r - 1].rel == TC_REL_NSUBJ && nominal(w, r - 1) &&
               !has_dep(w, n, r, TC_REL_AUX, NULL) && !has_dep(w, n, r, TC_REL_AUX_PASS, NULL) &&
               (!has_dep(w, n, r, TC_REL_OBJ, NULL) ||
                (r + 1 < n && w[r + 1].rel == TC_REL_CASE && !strcmp(w[r + 1].lemma, "by")))) {
        a = r;
        *s = r - 1;
    }
    return a;
}

/* Makes v the root with noun s its subject, participle a (the root r before) s's acl with
 * agent ag, and hangs on v what followed it on a or s (but skip). */
static void agent_verb_root(const tc_parser *p, tc_word *w, uint32_t n, uint32_t r, uint32_t s,
                            uint32_t a, uint32_t ag, uint32_t v, uint32_t skip)
{
    w[v].head = 0;
    w[v].rel = TC_REL_ROOT;
    tc_parse_hang(w, ag, a, TC_REL_OBL_AGENT); /* (a participle's "by" phrase: its agent) */
    tc_parse_hang(w, s, v, TC_REL_NSUBJ);
    if (a == r) tc_parse_hang(w, a, s, TC_REL_ACL);
    retag_agent_pair(p, w, n, a, v);
    for (uint32_t k = v + 1; k < n; k++) /* what follows the verb is the verb's */
        if (k != skip && (w[k].head == a + 1 || w[k].head == s + 1)) w[k].head = (uint16_t)(v + 1);
}

/* "Gangs armed[root] by smugglers fired[amod of shots] shots[conj of smugglers]", "Rebels
 * backed by Uganda attacked[amod] posts[obj of backed]": a verb right after the agent's noun
 * ag read as an adjective of the noun after it, that noun the participle a's object or the
 * agent's conjunct, is the sentence's verb and the noun its object. 1 if it repaired that. */
static int agent_verb_as_adjective(const tc_parser *p, tc_word *w, uint32_t n, uint32_t r,
                                   uint32_t s, uint32_t a, uint32_t ag)
{
    static const char *const part[] = {"VBN", "VBD", NULL};
    uint32_t v0 = ag + 1;
    if (v0 + 1 >= n || w[v0].upos != TC_UPOS_VERB || w[v0].rel != TC_REL_AMOD ||
        !xpos_is(p, w, v0, part) || w[v0].head <= v0 + 1 || !nominal(w, w[v0].head - 1u))
        return 0;
    uint32_t o = w[v0].head - 1u;
    if ((w[o].head != a + 1 || w[o].rel != TC_REL_OBJ) &&
        (w[o].head != ag + 1 || w[o].rel != TC_REL_CONJ))
        return 0;
    tc_parse_hang(w, o, v0, TC_REL_OBJ);
    agent_verb_root(p, w, n, r, s, a, ag, v0, o);
    return 1;
}

/* "Drones[root] launched[acl] by a militia struck[xcomp of launched] a base", "Troops
 * deployed[root, VBD] by Russia attacked[xcomp] a village": a participle with a "by" agent
 * right after its noun, and a past tense after the agent's phrase hung on the participle with
 * no subject, conjunction or mark of its own, is a reduced relative and the sentence's verb:
 * the past tense is the root, the noun its subject, the participle the noun's acl. */
static void repair_agent_participle(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const past[] = {"VBD", NULL}, *const part[] = {"VBN", "VBD", NULL};
    uint32_t r = tc_parse_root(w, n);
    if (r == n) return;
    uint32_t s = n, a = reduced_participle(p, w, n, r, &s);
    if (a == n) return;
    uint32_t ag = by_agent_of(w, n, a);
    if (ag == n) ag = by_agent_taken(w, n, a);
    if (ag == n || agent_verb_as_adjective(p, w, n, r, s, a, ag)) return;
    uint32_t end = ag + 1; /* one past the agent's phrase */
    while (end < n && tc_parse_phrase_of(w, end, end + 1, ag)) end++;
    uint32_t v = end;
    /* (a participle too when it has an object of its own: "attacked[VBN] a village") */
    if (v >= n || w[v].head != a + 1 || w[v].upos != TC_UPOS_VERB ||
        !(xpos_is(p, w, v, past) || (xpos_is(p, w, v, part) && has_dep(w, n, v, TC_REL_OBJ, NULL))))
        return;
    int rel = w[v].rel;
    if ((rel != TC_REL_XCOMP && rel != TC_REL_CONJ && rel != TC_REL_CCOMP && rel != TC_REL_ADVCL &&
         rel != TC_REL_DEP && rel != TC_REL_PARATAXIS) ||
        has_dep(w, n, v, TC_REL_CC, NULL) || has_dep(w, n, v, TC_REL_MARK, NULL))
        return;
    for (uint32_t k = 0; k < n; k++) /* a subject of its own, not the agent taken for one */
        if (k != ag && w[k].head == v + 1 && subject_rel(w, k)) return;
    agent_verb_root(p, w, n, r, s, a, ag, v, n);
}

/* "India's airstrikes[nsubj] on[mark] Pakistan[nsubj] killed ...", "China's support for[cc]
 * Pakistan[nsubj] angered": a verb has one subject; a noun subject, right after it a
 * preposition, then a second subject of the same verb whose phrase fills the words up to it,
 * is the first's prepositional phrase (nouns17 session). */
static void repair_second_subject_phrase(tc_word *w, uint32_t n)
{
    static const char *const preps[] = {"on",   "against", "for",  "to",   "of",      "with",
                                        "into", "by",      "from", "over", "between", NULL};
    for (uint32_t x = 0; x + 3 < n; x++) {
        if (!subject_rel(w, x) || w[x].upos != TC_UPOS_NOUN || !w[x].head) continue;
        uint32_t v = w[x].head - 1u, pr = x + 1;
        if (v <= pr + 1 || w[pr].upos != TC_UPOS_ADP) continue;
        int known = 0;
        for (size_t k = 0; preps[k] && !known; k++) known = !strcmp(w[pr].lemma, preps[k]);
        if (!known || (w[pr].head != v + 1 && w[pr].head != pr + 2)) continue;
        uint32_t y = UINT32_MAX;
        for (uint32_t k = pr + 1; k < v && y == UINT32_MAX; k++)
            if (w[k].head == v + 1 && subject_rel(w, k) && nominal(w, k)) y = k;
        if (y == UINT32_MAX || !tc_parse_phrase_of(w, pr + 1, y, y)) continue;
        /* a name and a person's name after it ("the envoy for Somalia James Swan") is an
           apposition the parse broke, not an aim */
        uint32_t names = 0;
        for (uint32_t k = pr + 1; k < v; k++) names += w[k].upos == TC_UPOS_PROPN;
        if (names > 2) continue;
        /* nothing else between the second subject and the verb but its own phrase */
        int clean = 1;
        for (uint32_t k = y + 1; k < v && clean; k++) {
            uint32_t h = k;
            for (int steps = 0; steps < 8 && h != y && w[h].head; steps++) h = w[h].head - 1u;
            clean = h == y || w[k].upos == TC_UPOS_AUX || w[k].upos == TC_UPOS_ADV;
        }
        if (!clean) continue;
        tc_parse_hang(w, y, x, TC_REL_NMOD);
        tc_parse_hang(w, pr, y, TC_REL_CASE);
    }
}

/* Prepositions of time and circumstance that open a sentence with a noun phrase and a comma. */
static const char *const fronted_preps[] = {"since",   "after",  "before", "until",      "during",
                                            "despite", "follow", "amid",   "throughout", NULL};

/* "Since January[vocative of forces], Russian forces have seized", "Since 2009[nummod of
 * hundreds], hundreds have been killed", "During the break[nsubj:pass] from classes,
 * teenagers[conj of classes] were permitted", "During statements[nsubj] on Tuesday, prosecutor
 * X[appos of statements] said": a sentence that opens with a preposition of time or
 * circumstance, a phrase of nouns with no verb and a comma, the root a verb after the comma,
 * has that phrase for the root's oblique: the one word of the phrase hung outside it (not a
 * verb's oblique or adverb already) hangs on the root as obl, the preposition its case; the root
 * that so loses its subject takes the one noun phrase between the comma and it. */
static void repair_fronted_time_phrase(tc_word *w, uint32_t n)
{
    if (n < 5) return;
    int prep = 0; /* (any tag: "Amid" opening a sentence is read as a name) */
    for (size_t j = 0; fronted_preps[j] && !prep; j++)
        prep = !strcasecmp(w[0].lemma, fronted_preps[j]); /* ("Following": the lemma "follow") */
    if (!prep || w[0].upos == TC_UPOS_AUX) return;
    uint32_t c = 1;
    while (c < n && c <= 12 && strcmp(w[c].lemma, ",")) c++;
    if (c < 2 || c > 12 || c + 2 >= n) return;
    uint32_t r = tc_parse_root(w, n);
    if (r == n || r <= c + 1 || w[r].upos != TC_UPOS_VERB) return;
    uint32_t h = n, heads = 0;
    for (uint32_t k = 1; k < c; k++) {
        /* (no clause: a verb only as a modifier inside the phrase, "rising tensions",
           "negotiations mediated by X") */
        if (w[k].upos == TC_UPOS_AUX ||
            (w[k].upos == TC_UPOS_VERB && ((w[k].rel != TC_REL_AMOD && w[k].rel != TC_REL_ACL) ||
                                           !w[k].head || w[k].head - 1u >= c)))
            return;
        if (w[k].upos == TC_UPOS_PUNCT) continue;
        if (!w[k].head || w[k].head - 1u >= c || w[k].head == 1) {
            heads++;
            h = k;
        }
    }
    if (heads != 1 || (!nominal(w, h) && w[h].upos != TC_UPOS_NUM)) return;
    int rel = w[h].rel;
    int right = (rel == TC_REL_OBL || rel == TC_REL_OBL_UNMARKED) && w[h].head == r + 1;
    if (!right && (rel == TC_REL_OBL || rel == TC_REL_OBL_UNMARKED || rel == TC_REL_ADVMOD) &&
        w[h].head && w[h].head - 1u > c && w[h].upos != TC_UPOS_NUM && w[h].head != r + 1)
        return; /* an oblique of another verb after the comma: not read here */
    if (!right || w[0].head != h + 1 || w[0].rel != TC_REL_CASE) {
        tc_parse_hang(w, h, r, TC_REL_OBL);
        tc_parse_hang(w, 0, h, TC_REL_CASE);
        w[c].head = (uint16_t)(h + 1);
    }
    if (has_subject(w, n, r)) return;
    /* "After talks mediated by the EU[obl:agent], Serbia[conj of EU] and Kosovo[conj of EU]
       agreed": the one noun phrase between the comma and the root, its conjuncts hung where
       its head was, is the subject */
    uint32_t s = n, cand = 0;
    for (uint32_t k = c + 1; k < r; k++) {
        if (w[k].upos == TC_UPOS_PUNCT) return; /* (a comma more: an aside, not read here) */
        if (w[k].head && w[k].head - 1u > c && w[k].head - 1u < r) continue;
        if (w[k].head == r + 1 && w[k].rel != TC_REL_NSUBJ && w[k].rel != TC_REL_NSUBJ_PASS)
            continue; /* the root's auxiliaries and adverbs */
        if (!nominal(w, k) && w[k].upos != TC_UPOS_PRON) return;
        if (s < n && w[k].rel == TC_REL_CONJ && w[k].head == w[s].head) continue;
        cand++;
        s = k;
    }
    if (cand != 1) return;
    for (uint32_t k = s + 1; k < r; k++)
        if (w[k].rel == TC_REL_CONJ && w[k].head == w[s].head) w[k].head = (uint16_t)(s + 1);
    tc_parse_hang(w, s, r,
                  has_dep(w, n, r, TC_REL_AUX_PASS, NULL) ? TC_REL_NSUBJ_PASS : TC_REL_NSUBJ);
}

/* Does word k lie in the phrase word a heads (a itself, or a head above k)? Hanging a on k
 * would then close a loop. */
static int within(const tc_word *w, uint32_t n, uint32_t k, uint32_t a)
{
    for (uint32_t steps = 0; steps <= n && k < n; steps++) {
        if (k == a) return 1;
        if (!w[k].head) return 0;
        k = w[k].head - 1u;
    }
    return 1; /* (a loop already: touch nothing) */
}

/* Tags of a finite verb: one that needs a subject of its own. */
static const char *const finite_tags[] = {"VBD", "VBZ", "VBP", NULL};

/* Tags of a plural noun. */
static const char *const plural_tags[] = {"NNS", "NNPS", NULL};

/* "levied tariffs on exports from 35 countries, including the EU[obl of levied]": a phrase of
 * "including" right after a comma names members of the plural noun just before the comma, not
 * an oblique of the verb (prec18). */
static void repair_including_members(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t x = 3; x < n; x++) {
        if (!w[x].head || w[w[x].head - 1u].upos != TC_UPOS_VERB ||
            (w[x].rel != TC_REL_OBL && w[x].rel != TC_REL_OBL_UNMARKED) || !nominal(w, x))
            continue;
        uint32_t c = n; /* its "including", right after a comma */
        for (uint32_t k = 1; k < x && c == n; k++)
            if (w[k].head == x + 1 && w[k].rel == TC_REL_CASE && !strcmp(w[k].lemma, "include") &&
                !strcmp(w[k - 1].lemma, ","))
                c = k;
        if (c == n || c < 2) continue;
        uint32_t pl = c - 2;
        if (!nominal(w, pl) || !xpos_is(p, w, pl, plural_tags) || within(w, n, pl, x)) continue;
        tc_parse_hang(w, x, pl, TC_REL_NMOD);
    }
}

/* "With X, normally a staunch ally[conj of ignited]": a noun is no conjunct of a verb; one
 * right after a comma, with no "and" of its own and no verb or copula on it, after a name, is
 * that name's apposition (prec18). */
static void repair_appos_conj(tc_word *w, uint32_t n)
{
    for (uint32_t x = 3; x < n; x++) {
        if (w[x].rel != TC_REL_CONJ || !w[x].head || w[x].upos != TC_UPOS_NOUN ||
            w[w[x].head - 1u].upos != TC_UPOS_VERB || w[x].head - 1u > x ||
            has_dep(w, n, x, TC_REL_CC, NULL) || has_dep(w, n, x, TC_REL_COP, NULL) ||
            has_subject(w, n, x))
            continue;
        uint32_t c = x; /* the comma that opens the phrase */
        while (c > 0 && w[c - 1].head == x + 1 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (c < 2 || strcmp(w[c - 1].lemma, ",") || w[c - 2].upos != TC_UPOS_PROPN) continue;
        uint32_t name = c - 2;
        while (w[name].head && w[name].head - 1u > name && w[name].head - 1u < c - 1 &&
               w[w[name].head - 1u].upos == TC_UPOS_PROPN)
            name = w[name].head - 1u;
        if (!within(w, n, name, x)) tc_parse_hang(w, x, name, TC_REL_APPOS);
    }
}

/* "started the trade war[obj] with X by imposing[acl of war] a tariff": "by" and a gerund
 * tell the means of an act, so a gerund of "by" hung on a noun that is a verb's object is that
 * verb's adverbial clause (prec18). */
static void repair_by_means_clause(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const gerund[] = {"VBG", NULL};
    for (uint32_t g = 2; g < n; g++) {
        if (!w[g].head || !xpos_is(p, w, g, gerund) || !has_dep(w, n, g, TC_REL_MARK, "by"))
            continue;
        /* (a verb joined by "and" takes no "by": "ignited[root] the war, by[mark]
           imposing[conj of ignited] a tariff" is the means too) */
        if (w[g].rel == TC_REL_CONJ && w[w[g].head - 1u].upos == TC_UPOS_VERB &&
            w[g].head - 1u < g && !has_dep(w, n, g, TC_REL_CC, NULL)) {
            w[g].rel = TC_REL_ADVCL;
            continue;
        }
        if (w[g].rel != TC_REL_ACL) continue;
        uint32_t o = w[g].head - 1u;
        if (!nominal(w, o) || w[o].rel != TC_REL_OBJ || !w[o].head) continue;
        uint32_t v = w[o].head - 1u;
        if (w[v].upos != TC_UPOS_VERB || v > o) continue;
        if (!within(w, n, v, g)) tc_parse_hang(w, g, v, TC_REL_ADVCL);
    }
}

/* "in a move[obl of ordered] that[obj of ordered] the leader[obj of ordered] of his team
 * called[acl of leader] inhumane": "that" right after a noun, then a noun phrase and a verb
 * hung on it, is a relative clause of that noun; the phrase is its subject and "that" its
 * object. A verb takes no "that" for an object beside a noun object (prec18). */
static void repair_relative_that(tc_word *w, uint32_t n)
{
    for (uint32_t t = 2; t + 2 < n; t++) {
        if (strcmp(w[t].lemma, "that") || w[t].rel != TC_REL_OBJ || !w[t].head) continue;
        uint32_t v = w[t].head - 1u, before = t - 1;
        if (!nominal(w, before) || w[before].head != v + 1 || v > before) continue;
        uint32_t h = n, c = n;
        for (uint32_t k = t + 1; k < n && h == n; k++)
            if (w[k].head == v + 1 && w[k].rel == TC_REL_OBJ && nominal(w, k)) h = k;
        if (h == n) continue;
        for (uint32_t k = h + 1; k < n && c == n; k++)
            if (w[k].head == h + 1 && w[k].rel == TC_REL_ACL && w[k].upos == TC_UPOS_VERB) c = k;
        if (c == n) continue;
        int clean = 1; /* nothing between "that" and the phrase but its own words */
        for (uint32_t k = t + 1; k < h && clean; k++) clean = w[k].head == h + 1;
        if (!clean || within(w, n, before, c)) continue;
        tc_parse_hang(w, c, before, TC_REL_ACL_RELCL);
        tc_parse_hang(w, h, c, TC_REL_NSUBJ);
        tc_parse_hang(w, t, c, TC_REL_OBJ);
        for (uint32_t k = c + 1; k < n; k++) /* the sentence's end stays the root's */
            if (w[k].head == h + 1 && w[k].upos == TC_UPOS_PUNCT) w[k].head = (uint16_t)(v + 1);
    }
}

/* Has word k a case marker (a preposition) of its own? */
static int has_case(const tc_word *w, uint32_t n, uint32_t k)
{
    return has_dep(w, n, k, TC_REL_CASE, NULL);
}

/* "fought then-president[obj] Laurent Gbagbo[obl of fought]", "fighting the president[obj],
 * Laurent Gbagbo[obl]": a name of two words or more with no preposition, right after a common
 * noun (a comma between or not) and hung on the same verb, is no oblique of it: right after
 * the noun it is the noun's name (the name heads, the title its modifier); after a comma the
 * noun's apposition (prec18). */
static void repair_title_name(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const singular[] = {"NN", NULL};
    for (uint32_t x = 1; x + 2 < n; x++) {
        if (w[x].upos != TC_UPOS_NOUN || !xpos_is(p, w, x, singular) || !w[x].head ||
            (w[x].rel != TC_REL_OBJ && w[x].rel != TC_REL_OBL))
            continue;
        int comma = !strcmp(w[x + 1].lemma, ",");
        uint32_t a = x + 1 + (uint32_t)comma, e = a; /* the name's first and last words */
        if (a >= n || w[a].upos != TC_UPOS_PROPN) continue;
        while (e + 1 < n && w[e + 1].upos == TC_UPOS_PROPN) e++;
        uint32_t y = phrase_head(w, n, a, e + 1); /* the name's head word */
        if (e == a || y == n || w[y].head != w[x].head ||
            (w[y].rel != TC_REL_OBL && w[y].rel != TC_REL_OBL_UNMARKED) || has_case(w, n, y))
            continue;
        if (comma) {
            tc_parse_hang(w, y, x, TC_REL_APPOS);
            tc_parse_hang(w, x + 1, y, TC_REL_PUNCT);
        } else {
            tc_parse_hang(w, y, w[x].head - 1u, w[x].rel);
            tc_parse_hang(w, x, y, TC_REL_COMPOUND);
        }
    }
}

/* Is word v a verb of saying whose object a clause it says can take for its subject? Early,
 * on the parser's tree, one of a few common sayings; late, on the tree the other repairs left,
 * any speech verb but those that tell someone ("tell", "warn": their object is the hearer). */
static int saying_verb(const tc_word *w, uint32_t v, int late)
{
    static const char *const sayings[] = {"say",    "claim",   "insist", "state", "add", "allege",
                                          "report", "confirm", "deny",   "admit", NULL};
    if (late)
        return tc_parse_speech_verb(w, v) && strcmp(w[v].lemma, "tell") &&
               strcmp(w[v].lemma, "warn");
    int say = 0;
    for (size_t j = 0; sayings[j] && !say; j++) say = !strcmp(w[v].lemma, sayings[j]);
    return say;
}

/* The clause saying verb v says after its object o, or n. Early: the word right after o's
 * phrase and the prepositional phrases the parse hung on v, climbed past the clause's
 * auxiliaries and adverbs, when it is v's complement clause. Late: v's first complement
 * clause, when o is v's first object and every word between v and o lies in o's phrase. */
static uint32_t said_clause(const tc_word *w, uint32_t n, uint32_t v, uint32_t o, int late)
{
    uint32_t c = o + 1;
    if (!late) {
        while (c < n && (tc_parse_phrase_of(w, c, c + 1, o) || oblique_of(w, c, v))) c++;
        while (c < n && w[c].head && w[c].head - 1u > c &&
               (w[c].rel == TC_REL_AUX || w[c].rel == TC_REL_AUX_PASS || w[c].rel == TC_REL_ADVMOD))
            c = w[c].head - 1u;
        return c < n && w[c].head == v + 1 && w[c].rel == TC_REL_CCOMP ? c : n;
    }
    for (uint32_t k = v + 1; k < o; k++)
        if (w[k].head != o + 1) return n; /* (another object first, too) */
    for (c = v + 1; c < n; c++)
        if (w[c].head == v + 1 && w[c].rel == TC_REL_CCOMP) break;
    return c > o ? c : n;
}

/* "Kenya said its forces[obj of said] in Lamu[obl of said] attacked[ccomp] the camp", "The
 * army said its troops[obj of said] came[ccomp, no subject] under attack": a verb of saying
 * that tells no one takes a clause, not an object and a clause; its object before a complement
 * clause with no subject of its own is that clause's subject. Run twice (late 0, then 1), with
 * each run's tests as saying_verb and said_clause tell: early (nouns18 session), on the parser's
 * tree, for a few sayings, with a prepositional phrase the parse hung on the verb between the
 * object and its clause (that phrase then the object's modifier); late (prec18, issue 14), on
 * the tree the other repairs left, for any speech verb, the object right after the verb (or a
 * pronoun), before a finite clause. Each run mends golden cases the other misses, and the late
 * one keeps a plain subject (not nsubj:pass) and touches nothing that would close a loop. */
static void repair_said_object_subject(const tc_parser *p, tc_word *w, uint32_t n, int late)
{
    for (uint32_t o = 2; o + 2 - (uint32_t)late < n; o++) {
        if (w[o].rel != TC_REL_OBJ || !w[o].head) continue;
        uint32_t v = w[o].head - 1u;
        if (v >= o || (late && !v) || !saying_verb(w, v, late) ||
            !(nominal(w, o) || (late && w[o].upos == TC_UPOS_PRON)))
            continue;
        uint32_t c = said_clause(w, n, v, o, late);
        if (c == n || w[c].upos != TC_UPOS_VERB || has_subject(w, n, c)) continue;
        if (late) {
            if ((xpos_is(p, w, c, finite_tags) || has_dep(w, n, c, TC_REL_AUX, NULL)) &&
                !within(w, n, c, o))
                tc_parse_hang(w, o, c, TC_REL_NSUBJ);
            continue;
        }
        for (uint32_t k = o + 1; k < c; k++)
            if (w[k].head == v + 1 && w[k].rel == TC_REL_OBL) tc_parse_hang(w, k, o, TC_REL_NMOD);
        tc_parse_hang(w, o, c,
                      has_dep(w, n, c, TC_REL_AUX_PASS, NULL) ? TC_REL_NSUBJ_PASS : TC_REL_NSUBJ);
    }
}

/* The repairs of wire copy's structures above: the subjects' first, before the other repairs
 * (the lists and roots they mend are read by them) ... */
void tc_parse_repair_wire_subjects(const tc_parser *p, tc_word *w, uint32_t n)
{
    repair_list_first_subject(w, n);
    repair_list_verb_appos(w, n);
    repair_adjective_list_phrase(w, n);
    repair_said_object_subject(p, w, n, 0);
    repair_relative_after_comma(w, n);
    repair_second_subject_phrase(w, n);
    repair_floating_quantifier(w, n);
    repair_agent_participle(p, w, n);
}

/* ... the spans and speakers of closing attributions last, after the repairs that make clauses
 * of "after" phrases (repair_clause_after, tc_parse_repair_subordinate_subject); then
 * repair_closing_speaker again (a saying that lost a false subject finds its speaker) ... */
void tc_parse_repair_wire_spans(tc_word *w, uint32_t n)
{
    repair_span_after(w, n);
    repair_closing_speaker_phrase(w, n);
}

/* ... and a saying with a subject of its own joined to the root. */
void tc_parse_repair_wire_said_conj(tc_word *w, uint32_t n)
{
    repair_closing_said_conj(w, n);
}

/* The participle with a "by" agent once more, on the tree the other repairs left: "Militias
 * armed by Iran fired rockets" has "fired" for a verb only after them (the parser read "fired
 * rockets" as the participle's object) and the agent for its subject (by_agent_taken). */
void tc_parse_repair_wire_agent_late(const tc_parser *p, tc_word *w, uint32_t n)
{
    repair_agent_participle(p, w, n);
    repair_fronted_time_phrase(w, n);
    repair_said_object_subject(p, w, n, 1);
    repair_including_members(p, w, n);
    repair_appos_conj(w, n);
    repair_by_means_clause(p, w, n);
    repair_relative_that(w, n);
    repair_title_name(p, w, n);
}
