/* parse_repair: the repairs of the parse (the first ones written), and tc_parse_repair, which
 * runs all the repairs of the tree the parser left, in the order they must run, then untangles
 * it. A repair is a rule of syntax the treebank's parser gets wrong often enough in news: a
 * verbal noun taken for a verb, a sentence with no verb at its root, a relative clause, a
 * closing speaker ("..., the minister said"), a subject fronted or after a participle, lists,
 * auxiliaries. Each rewrites heads and relations of w in place; none adds or removes a word.
 * The later repairs are in parse_repair2.c. */
#include "parse.h"

#include "parse_repair.h"
#include "tag.h"

#include <stdlib.h>
#include <string.h>

/* Hangs word k on word h (indices from 0) with relation rel. */
void tc_parse_hang(tc_word *w, uint32_t k, uint32_t h, int rel)
{
    w[k].head = (uint16_t)(h + 1);
    w[k].rel = (uint8_t)rel;
}

/* The index of the first word of w[0..n) with no head (the root), n when there is none. */
uint32_t tc_parse_root(const tc_word *w, uint32_t n)
{
    uint32_t r = 0;
    while (r < n && w[r].head) r++;
    return r;
}

/* Do the words [from, to) all lie in the phrase word a heads (a within 8 heads up)? */
int tc_parse_phrase_of(const tc_word *w, uint32_t from, uint32_t to, uint32_t a)
{
    for (uint32_t k = from; k < to; k++) {
        uint32_t h = k;
        for (int steps = 0; steps < 8 && h != a && w[h].head; steps++) h = w[h].head - 1u;
        if (h != a) return 0;
    }
    return 1;
}

/* A noun never takes an auxiliary without a copula: when the parser hangs a subject and an
 * auxiliary on a noun whose verb it read as a modifier ("its government has sent[amod] aid
 * money"), the verb heads the clause and the noun is its object. Trees stay projective: the
 * verb comes before the noun and takes the noun's place. */
static void repair_verbal_nouns(tc_word *w, uint32_t n)
{
    for (uint32_t x = 0; x < n; x++) {
        if (w[x].upos != TC_UPOS_NOUN && w[x].upos != TC_UPOS_PROPN) continue;
        int aux = 0, cop = 0;
        uint32_t v = n;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != x + 1) continue;
            aux |= w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_AUX_PASS;
            cop |= w[k].rel == TC_REL_COP;
            if (w[k].rel == TC_REL_AMOD && w[k].upos == TC_UPOS_VERB && k < x && v == n) v = k;
        }
        if (!aux || cop || v == n) continue;
        w[v].head = w[x].head;
        w[v].rel = w[x].rel;
        tc_parse_hang(w, x, v, TC_REL_OBJ);
        for (uint32_t k = 0; k < n; k++) {
            int r = w[k].rel;
            if (w[k].head == x + 1 && k < v &&
                (r == TC_REL_NSUBJ || r == TC_REL_NSUBJ_PASS || r == TC_REL_AUX ||
                 r == TC_REL_AUX_PASS || r == TC_REL_ADVMOD || r == TC_REL_MARK || r == TC_REL_CC ||
                 r == TC_REL_PUNCT || r == TC_REL_OBL || r == TC_REL_ADVCL))
                w[k].head = (uint16_t)(v + 1);
        }
    }
}

/* Makes v the root with the old root r its subject; r's dependents after v go to v. */
static void root_with_subject(tc_word *w, uint32_t n, uint32_t v, uint32_t r)
{
    w[v].head = 0;
    w[v].rel = TC_REL_ROOT;
    tc_parse_hang(w, r, v, TC_REL_NSUBJ);
    for (uint32_t k = v + 1; k < n; k++)
        if (w[k].head == r + 1) w[k].head = (uint16_t)(v + 1);
}

/* "Hundreds", "thousands", "dozens": a number that heads the phrase of what it counts. */
static int quantity(const tc_word *w, uint32_t r)
{
    static const char *const counts[] = {"hundred", "thousand", "dozen",    "million",   "score",
                                         "ten",     "tens",     "hundreds", "thousands", NULL};
    for (size_t j = 0; counts[j]; j++)
        if (!strcmp(w[r].lemma, counts[j])) return 1;
    return 0;
}

/* A finite verb the parser hung on a root that is no verb ("Interim[root] President Manuel
 * Merino resigned[conj] on Sunday"): when only names and nouns stand between them and the verb
 * has no subject of its own, the verb is the root and the old root its subject, which hands it
 * what follows the verb. A past tense or participle right after the root noun, read as the
 * adjective of the noun after it, is such a verb too ("The two countries held[amod] talks"). */
static void repair_verbless_root(const tc_parser *p, tc_word *w, uint32_t n)
{
    uint32_t r = tc_parse_root(w, n);
    if (r == n || w[r].upos == TC_UPOS_VERB || w[r].upos == TC_UPOS_AUX) return;
    uint32_t v = n;
    for (uint32_t k = 0; k < n; k++) {
        int rel = w[k].rel;
        uint32_t h = w[k].head ? w[k].head - 1u : n;
        /* on the root, or on the last member of a list the root heads ("Israeli forces[root]
           and Palestinian gunmen clashed[acl of gunmen]") */
        int on_root = h == r || (h < n && w[h].head == r + 1 && w[h].rel == TC_REL_CONJ) ||
                      (h < n && w[h].head == r + 1 && w[h].rel == TC_REL_NMOD && quantity(w, r));
        /* ... or a past tense right after the root, read as the adjective of the noun after
           it ("Azerbaijan forced[amod] Armenians[nmod of Azerbaijan] to flee") */
        int modifier =
            h < n && k == r + 1 && h > k && w[h].head == r + 1 && rel == TC_REL_AMOD &&
            (!strcmp(tc_parse_xpos_name(p, w[k].xpos), "VBD") ||
             !strcmp(tc_parse_xpos_name(p, w[k].xpos), "VBN")) &&
            (w[h].rel == TC_REL_NMOD || w[h].rel == TC_REL_OBJ || w[h].rel == TC_REL_COMPOUND ||
             w[h].rel == TC_REL_APPOS || w[h].rel == TC_REL_FLAT);
        if (modifier) {
            uint32_t o = h;
            root_with_subject(w, n, k, r);
            tc_parse_hang(w, o, k, TC_REL_OBJ);
            for (uint32_t j = k + 1; j < n; j++) /* "... to flee": what it forces them to */
                if (w[j].head == k + 1 && w[j].rel == TC_REL_ACL) w[j].rel = TC_REL_XCOMP;
            return;
        }
        if (!on_root) continue;
        if (h == r && (rel == TC_REL_COP || rel == TC_REL_AUX || rel == TC_REL_AUX_PASS)) return;
        const char *x = tc_parse_xpos_name(p, w[k].xpos);
        /* (on a list's last member, a participle too: "Sudan's army and the RSF fought[VBN
           acl of RSF] for El Fasher") */
        int listed = h != r && rel == TC_REL_ACL && !strcmp(x, "VBN");
        /* ... or on the first of a list that ends right before it ("Somali clan elders and
           government officials met[VBN acl of elders] at a hotel") */
        for (uint32_t j = r + 1; j < k && h == r && rel == TC_REL_ACL && !strcmp(x, "VBN"); j++)
            listed |= w[j].head == r + 1 && w[j].rel == TC_REL_CONJ && k == j + 1;
        if (v == n && k > r && w[k].upos == TC_UPOS_VERB &&
            (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || listed) &&
            (rel == TC_REL_CONJ || rel == TC_REL_AMOD || rel == TC_REL_ACL || rel == TC_REL_DEP ||
             rel == TC_REL_APPOS || rel == TC_REL_NMOD_DESC || rel == TC_REL_FLAT ||
             rel == TC_REL_COMPOUND))
            v = k;
    }
    if (v == n) return;
    int list = w[v].head != r + 1;
    for (uint32_t j = r + 1; j < v && w[v].rel == TC_REL_ACL; j++) /* the root's own list */
        list |= w[j].head == r + 1 && w[j].rel == TC_REL_CONJ;
    if (list && w[v].rel != TC_REL_ACL) return;
    for (uint32_t k = r + 1; k < v; k++)
        if (w[k].upos == TC_UPOS_VERB || w[k].upos == TC_UPOS_AUX ||
            (w[k].upos == TC_UPOS_ADP && !(quantity(w, r) && !strcmp(w[k].lemma, "of"))) ||
            (!list && (w[k].upos == TC_UPOS_PUNCT || w[k].upos == TC_UPOS_CCONJ)))
            return;
    for (uint32_t k = 0; k < n; k++)
        if (w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS))
            return;
    root_with_subject(w, n, v, r);
}

/* "Serbia's president[root], who is visiting[parataxis] Moscow, criticized[advcl of visiting]
 * Kosovo": a subject, a relative clause between commas, and after the second comma a verb of
 * the past with no subject of its own that the parser hung inside the relative clause: that
 * verb is the root, the noun its subject, the clause the noun's acl:relcl. */
static void repair_relative_then_verb(const tc_parser *p, tc_word *w, uint32_t n)
{
    uint32_t r = tc_parse_root(w, n);
    if (r == n || (w[r].upos != TC_UPOS_NOUN && w[r].upos != TC_UPOS_PROPN)) return;
    for (uint32_t c = r + 1; c < n; c++) {
        if (w[c].head != r + 1 || w[c].upos != TC_UPOS_VERB) continue;
        uint32_t who = n, close = n;
        for (uint32_t k = r + 1; k < c; k++)
            if (w[k].head == c + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS) &&
                (!strcmp(w[k].lemma, "who") || !strcmp(w[k].lemma, "which")))
                who = k;
        if (who == n || who == 0 || w[who - 1].upos != TC_UPOS_PUNCT) continue;
        for (uint32_t k = c + 1; k < n && close == n; k++)
            if (!strcmp(w[k].lemma, ",")) close = k;
        if (close == n || close + 1 >= n) continue;
        uint32_t v = close + 1;
        while (v < n && w[v].upos == TC_UPOS_ADV) v++;
        if (v >= n || w[v].upos != TC_UPOS_VERB || !tc_parse_phrase_of(w, v, v + 1, c)) continue;
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        if (strcmp(x, "VBD") && strcmp(x, "VBN") && strcmp(x, "VBZ")) continue;
        int subj = 0;
        for (uint32_t k = 0; k < n; k++)
            subj |=
                w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS);
        if (subj) continue;
        w[v].head = 0;
        w[v].rel = TC_REL_ROOT;
        tc_parse_hang(w, r, v, TC_REL_NSUBJ);
        tc_parse_hang(w, c, r, TC_REL_ACL_RELCL);
        tc_parse_hang(w, close, v, TC_REL_PUNCT);
        for (uint32_t k = v + 1; k < n; k++) /* the sentence's end and the root's own words */
            if (w[k].head == r + 1) w[k].head = (uint16_t)(v + 1);
        return;
    }
}

/* "rejected any cooperation with the ICC, to which it is not a party[conj]": a clause after a
 * comma opened by "which" or "whom" (a preposition before it or none) that the parser joined
 * as a conjunct is a relative clause of the noun right before the comma (twelfth session). */
static void repair_relative_conj(tc_word *w, uint32_t n)
{
    for (uint32_t c = 2; c < n; c++) {
        if (w[c].rel != TC_REL_CONJ || !w[c].head) continue;
        uint32_t who = n;
        for (uint32_t k = 1; k < c && who == n; k++)
            if (w[k].head == c + 1 &&
                (!strcmp(w[k].lemma, "which") || !strcmp(w[k].lemma, "whom")) &&
                (w[k].rel == TC_REL_OBL || w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_OBJ ||
                 w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_NMOD))
                who = k;
        if (who == n) continue;
        uint32_t comma = who - 1;
        if (w[comma].upos == TC_UPOS_ADP && w[comma].head == who + 1 && comma > 0) comma--;
        if (strcmp(w[comma].lemma, ",") || comma == 0) continue;
        uint32_t a = comma - 1;
        if ((w[a].upos != TC_UPOS_NOUN && w[a].upos != TC_UPOS_PROPN) || w[c].head - 1u > a)
            continue;
        tc_parse_hang(w, c, a, TC_REL_ACL_RELCL);
        tc_parse_hang(w, comma, c, TC_REL_PUNCT);
    }
}

/* "called for calm after police[obl] arrested[conj] the mayor": a preposition that may open a
 * clause, a noun phrase and a finite verb with no subject of its own right after the phrase are
 * a clause (the tagger's repair tc_tag_clause_past makes the verb finite): the verb is an advcl
 * of what the noun hung on, the noun its subject, the preposition its mark. */
/* Is w[nn] a noun, oblique or nominal modifier, with a case word of openers of its own? */
static int opened_noun(const tc_word *w, uint32_t nn, const char *const *openers)
{
    if ((w[nn].upos != TC_UPOS_NOUN && w[nn].upos != TC_UPOS_PROPN) ||
        (w[nn].rel != TC_REL_OBL && w[nn].rel != TC_REL_NMOD))
        return 0;
    for (uint32_t k = 0; k < nn; k++)
        if (w[k].head == nn + 1 && w[k].rel == TC_REL_CASE)
            for (size_t j = 0; openers[j]; j++)
                if (!strcmp(w[k].lemma, openers[j])) return 1;
    return 0;
}

static void repair_clause_after(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const openers[] = {"after", "before", "since", "until", "till", NULL};
    for (uint32_t v = 1; v < n; v++) {
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        /* (a present too: "will not end the strike until the authority meets[VBZ] ...") */
        if (w[v].upos != TC_UPOS_VERB ||
            (strcmp(x, "VBD") && strcmp(x, "VBZ") && strcmp(x, "VBP")) || !w[v].head)
            continue;
        int subj = 0;
        for (uint32_t k = 0; k < n; k++)
            subj |=
                w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS);
        if (subj) continue;
        /* the noun whose phrase ends right before the verb; up through a modifier of that
           noun ("after the council and the cabinet led by the prime minister[obl:agent of
           led] dissolved ...") to the first noun with an opener of its own */
        uint32_t nn = v - 1;
        for (int steps = 0; steps < 8 && w[nn].head && w[nn].head - 1u > nn && w[nn].head - 1u < v;
             steps++)
            nn = w[nn].head - 1u;
        for (int steps = 0;
             steps < 8 && !opened_noun(w, nn, openers) && w[nn].head && w[nn].head - 1u < v &&
             w[nn].rel != TC_REL_APPOS && w[nn].upos != TC_UPOS_PUNCT;
             steps++)
            nn = w[nn].head - 1u;
        if (!opened_noun(w, nn, openers)) nn = v - 1; /* as before: the checks below fail it */
        /* (no comma or semicolon inside: "after a rift, the agency said") */
        for (uint32_t k = nn + 1; k < v && nn != v - 1; k++)
            if (!strcmp(w[k].lemma, ",") || !strcmp(w[k].lemma, ";")) nn = v - 1;
        if ((w[nn].upos != TC_UPOS_NOUN && w[nn].upos != TC_UPOS_PROPN &&
             w[nn].upos != TC_UPOS_PRON) ||
            (w[nn].rel != TC_REL_OBL && w[nn].rel != TC_REL_NMOD) || !w[nn].head ||
            w[nn].head - 1u >= nn)
            continue;
        uint32_t c = n;
        for (uint32_t k = 0; k < nn; k++)
            if (w[k].head == nn + 1 && w[k].rel == TC_REL_CASE) c = k;
        if (c == n) continue;
        int opener = 0;
        for (size_t j = 0; openers[j] && !opener; j++) opener = !strcmp(w[c].lemma, openers[j]);
        if (!opener) continue;
        if (!tc_parse_phrase_of(w, c + 1, v, nn))
            continue;                   /* the words up to the verb are the noun's */
        uint32_t gov = w[nn].head - 1u; /* the clause modifies a verb: "calm" is appealed's */
        for (int steps = 0; steps < 8 && w[gov].upos != TC_UPOS_VERB && w[gov].head; steps++)
            gov = w[gov].head - 1u;
        tc_parse_hang(w, v, gov, TC_REL_ADVCL);
        tc_parse_hang(w, nn, v, TC_REL_NSUBJ);
        tc_parse_hang(w, c, v, TC_REL_MARK);
        w[c].upos = TC_UPOS_SCONJ;
    }
}

/* "Three men were arrested on Monday, Nigerian police[appos of Monday] said": a verb of saying
 * with no subject, right after a comma and a noun phrase, has that phrase for its subject (the
 * attribution that closes news sentences). */
/* Verbs that close a news sentence with its speaker ("..., officials said"). */
static const char *const closing_saying[] = {"say",    "tell",  "report",  "announce",
                                             "add",    "state", "confirm", "claim",
                                             "allege", "warn",  "insist",  NULL};

/* Is w[v] a verb of saying (closing_saying)? */
static int speech_verb(const tc_word *w, uint32_t v)
{
    if (w[v].upos != TC_UPOS_VERB) return 0;
    for (size_t j = 0; closing_saying[j]; j++)
        if (!strcmp(w[v].lemma, closing_saying[j])) return 1;
    return 0;
}

int tc_parse_speech_verb(const tc_word *w, uint32_t v)
{
    return speech_verb(w, v);
}

static void repair_closing_speaker(tc_word *w, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (!speech_verb(w, v)) continue;
        int subj = 0;
        for (uint32_t k = 0; k < n; k++) {
            int rs = w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS;
            if (w[k].head == v + 1 && rs && k > v && w[k].upos == TC_UPOS_VERB)
                w[k].rel = TC_REL_ADVCL; /* "said, blaming[nsubj] Israel": a participle */
            else
                subj |= w[k].head == v + 1 && rs;
        }
        if (subj) continue;
        /* the words between the last comma and the verb: one phrase, its head the one word
           whose head lies outside them; or two joined by "and" ("the group and Iran's
           Revolutionary Guards said"), the second then the first's conj */
        uint32_t c = v;
        while (c > 0 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (c < 2 || c == v || v - c > 10 || w[c - 1].len != 1) continue;
        uint32_t h = v, h2 = v, heads = 0, and = v;
        for (uint32_t k = c; k < v; k++)
            if (w[k].upos == TC_UPOS_CCONJ) and = and == v ? k : n;
        for (uint32_t k = c; k < v; k++) {
            uint32_t lo = and < v && k > and? and+1 : c, hi = and < v && k < and? and : v;
            if (k == and || (w[k].head && w[k].head - 1u >= lo && w[k].head - 1u < hi)) continue;
            if (heads++ == 0)
                h = k;
            else
                h2 = k;
        }
        /* ... or a noun and the phrase of place after it, hung elsewhere ("officials[conj]
           in the country[obl of the reported verb] said") */
        if (heads == 2 && and == v && h2 > h + 1 && w[h + 1].rel == TC_REL_CASE &&
            w[h + 1].head == h2 + 1 && w[h + 1].upos == TC_UPOS_ADP &&
            (w[h2].upos == TC_UPOS_NOUN || w[h2].upos == TC_UPOS_PROPN)) {
            tc_parse_hang(w, h2, h, TC_REL_NMOD);
            heads = 1;
        }
        if ((heads != 1 && !(heads == 2 && and < v && h<and&&h2> and)) ||
            (w[h].upos != TC_UPOS_NOUN && w[h].upos != TC_UPOS_PROPN) || w[h].head == v + 1)
            continue;
        if (heads == 2) {
            tc_parse_hang(w, h2, h, TC_REL_CONJ);
            tc_parse_hang(w, and, h2, TC_REL_CC);
        }
        if (w[h].rel != TC_REL_APPOS && w[h].rel != TC_REL_CONJ && w[h].rel != TC_REL_NMOD &&
            w[h].rel != TC_REL_OBL && w[h].rel != TC_REL_DEP && w[h].rel != TC_REL_LIST &&
            w[h].rel != TC_REL_OBJ) /* ("calls on X to ...," Ambassador[obj of calls] Y said) */
            continue;
        tc_parse_hang(w, h, v, TC_REL_NSUBJ);
        w[c - 1].head = (uint16_t)(v + 1); /* the comma */
    }
}

/* "X and Y agreed to a ceasefire and the release of hostages, U.S.[appos of hostages] and
 * Qatari officials announced[acl of hostages] late Wednesday": a verb of saying hung on a word
 * before a comma (a modifier of a noun, or a conjunct with no "and"), with only a noun phrase
 * between the comma and it and nothing it says after it, closes the sentence with
 * its speaker: it is the root, the clause before it what it says (ccomp), the phrase its
 * subject, headed by its last noun however the parse hung its first words (session of
 * 2026-12-07, the thirteenth). */
static void repair_speaker_phrase(tc_word *w, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (!speech_verb(w, v) ||
            (w[v].rel != TC_REL_ACL && w[v].rel != TC_REL_ACL_RELCL && w[v].rel != TC_REL_CONJ) ||
            !w[v].head || w[v].head - 1u >= v)
            continue;
        int says = 0; /* ("..., and officials said that ...": a clause of its own, before any
                         comma after the verb) */
        for (uint32_t k = v + 1; k < n && w[k].upos != TC_UPOS_PUNCT; k++)
            says |= w[k].head == v + 1 && (w[k].rel == TC_REL_CCOMP || w[k].rel == TC_REL_OBJ ||
                                           w[k].rel == TC_REL_XCOMP || w[k].rel == TC_REL_IOBJ);
        if (says) continue;
        uint32_t c = v;
        while (c > 0 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (c < 2 || c == v || v - c > 8 || w[c - 1].len != 1 || w[v].head - 1u >= c) continue;
        uint32_t h = v;
        int plain = 1; /* nouns, names, adjectives, determiners and "and" only */
        for (uint32_t k = c; k < v; k++) {
            uint8_t u = w[k].upos;
            plain &= u == TC_UPOS_NOUN || u == TC_UPOS_PROPN || u == TC_UPOS_ADJ ||
                     u == TC_UPOS_DET || u == TC_UPOS_CCONJ;
            if (u == TC_UPOS_NOUN || u == TC_UPOS_PROPN) h = k;
        }
        uint32_t root = n;
        for (uint32_t k = 0; k < n && root == n; k++)
            if (!w[k].head) root = k;
        if (!plain || h == v || h + 1 != v || root >= c || w[root].upos != TC_UPOS_VERB ||
            w[c].upos == TC_UPOS_CCONJ)
            continue;
        tc_parse_hang(w, h, v, TC_REL_NSUBJ);
        for (uint32_t k = c; k < h; k++) {
            uint32_t hk = w[k].head ? w[k].head - 1u : UINT32_MAX;
            if (hk >= c && hk < v && hk != h) continue; /* inside the phrase already */
            tc_parse_hang(w, k, h,
                          w[k].upos == TC_UPOS_ADJ     ? TC_REL_AMOD
                          : w[k].upos == TC_UPOS_DET   ? TC_REL_DET
                          : w[k].upos == TC_UPOS_CCONJ ? TC_REL_CC
                                                       : TC_REL_COMPOUND);
        }
        w[c - 1].head = (uint16_t)(v + 1); /* the comma */
        tc_parse_hang(w, root, v, TC_REL_CCOMP);
        w[v].head = 0;
        w[v].rel = TC_REL_ROOT;
        return;
    }
}

/* "Troops wounded two herders[ccomp of said] near X, officials said": a noun hung on a verb as
 * its clausal complement, with no subject, copula or auxiliary of its own (so no clause), right
 * after a verb with the same head and no object, is that verb's object (session of
 * 2026-12-07, the twelfth). */
static void repair_bare_ccomp(tc_word *w, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (w[k].rel != TC_REL_CCOMP || (w[k].upos != TC_UPOS_NOUN && w[k].upos != TC_UPOS_PROPN))
            continue;
        int clause = 0, obj = 0;
        uint32_t s = k;
        while (s > 0 && w[s - 1].head == k + 1 &&
               (w[s - 1].rel == TC_REL_DET || w[s - 1].rel == TC_REL_NUMMOD ||
                w[s - 1].rel == TC_REL_AMOD || w[s - 1].rel == TC_REL_COMPOUND ||
                w[s - 1].rel == TC_REL_NMOD_POSS))
            s--;
        if (s == 0) continue;
        uint32_t j = s - 1;
        if (w[j].upos != TC_UPOS_VERB || w[j].head != w[k].head) continue;
        for (uint32_t q = 0; q < n; q++) {
            int rel = w[q].rel;
            clause |= w[q].head == k + 1 &&
                      (rel == TC_REL_NSUBJ || rel == TC_REL_NSUBJ_PASS || rel == TC_REL_COP ||
                       rel == TC_REL_AUX || rel == TC_REL_MARK);
            obj |= w[q].head == j + 1 &&
                   (rel == TC_REL_OBJ || rel == TC_REL_CCOMP || rel == TC_REL_XCOMP);
        }
        if (!clause && !obj) tc_parse_hang(w, k, j, TC_REL_OBJ);
    }
}

/* "carried out drone strikes[obl]": a noun with no case marker hung as an oblique on a verb,
 * after that verb's particle (only its own modifiers between), is the verb's object when the
 * verb has none (session of 2026-12-07, the twelfth). */
static void repair_particle_object(tc_word *w, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if (w[k].rel != TC_REL_OBL || w[k].upos != TC_UPOS_NOUN || !w[k].head) continue;
        uint32_t v = w[k].head - 1u, s = k;
        while (s > 0 && w[s - 1].head == k + 1 && w[s - 1].rel != TC_REL_CASE) s--;
        if (s == 0 || v >= s || w[s - 1].rel != TC_REL_COMPOUND_PRT || w[s - 1].head != v + 1)
            continue;
        int taken = 0;
        for (uint32_t q = 0; q < n && !taken; q++)
            taken = w[q].head == k + 1 && w[q].rel == TC_REL_CASE;
        for (uint32_t q = 0; q < n && !taken; q++)
            taken = w[q].head == v + 1 && (w[q].rel == TC_REL_OBJ || w[q].rel == TC_REL_CCOMP);
        if (!taken) w[k].rel = TC_REL_OBJ;
    }
}

/* "'We condemn X,' the foreign minister said[conj of condemn]": a verb of saying after a
 * quote's closing comma and quote mark, with a subject of its own and no conjunction, joined
 * to the quoted root as its conjunct, is the sentence's verb and the quote its ccomp (the
 * coder then finds the quote's "we" or "I" the speaker; session of 2026-12-07, the
 * eleventh). */
static void repair_quote_speaker(tc_word *w, uint32_t n)
{
    static const char *const saying[] = {"say",   "tell",    "add",  "state", "insist",
                                         "claim", "declare", "warn", NULL};
    for (uint32_t v = 3; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_CONJ || !w[v].head) continue;
        uint32_t g = w[v].head - 1u;
        if (g >= v || w[g].head) continue;
        int speech = 0;
        for (size_t j = 0; saying[j] && !speech; j++) speech = !strcmp(w[v].lemma, saying[j]);
        if (!speech) continue;
        uint32_t c = v; /* the words between the quote mark and the verb: its subject */
        while (c > 0 && w[c - 1].upos != TC_UPOS_PUNCT) c--;
        if (c < 3 || c == v || v - c > 8) continue;
        unsigned char q = (unsigned char)w[c - 1].lemma[0];
        if ((q != '\'' && q != '"' && q != 0xE2) || strcmp(w[c - 2].lemma, ",") != 0) continue;
        int subj = 0, cc = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            subj |= w[k].rel == TC_REL_NSUBJ && k >= c && k < v;
            cc |= w[k].rel == TC_REL_CC;
        }
        if (!subj || cc) continue;
        tc_parse_hang(w, v, 0, TC_REL_ROOT);
        w[v].head = 0;
        tc_parse_hang(w, g, v, TC_REL_CCOMP);
        w[c - 1].head = w[c - 2].head = (uint16_t)(v + 1);
    }
}

/* "I am encouraged the parties[obj] have reached[conj] an agreement": a verb joined as a
 * conjunct or an adverbial clause with no conjunction, no mark, no comma and no subject of its
 * own, whose auxiliary comes
 * right after a noun read as the object of the verb it is joined to, is a clause of its own
 * with that noun for its subject, the complement of that verb (a "that" left out; session of
 * 2026-12-07, the eleventh). */
static void repair_object_subject(tc_word *w, uint32_t n)
{
    static const char *const auxes[] = {"have", "will", "would", "can", "could", NULL};
    for (uint32_t v = 3; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || !w[v].head ||
            (w[v].rel != TC_REL_CONJ && w[v].rel != TC_REL_ADVCL))
            continue;
        uint32_t g = w[v].head - 1u, a = v - 1, o = v - 2;
        if (g >= o || w[a].upos != TC_UPOS_AUX || w[a].head != v + 1) continue;
        int aux = 0;
        for (size_t j = 0; auxes[j] && !aux; j++) aux = !strcmp(w[a].lemma, auxes[j]);
        if (!aux || (w[o].upos != TC_UPOS_NOUN && w[o].upos != TC_UPOS_PROPN) ||
            w[o].rel != TC_REL_OBJ || w[o].head != g + 1)
            continue;
        int bad = 0;
        for (uint32_t k = g + 1; k < v && !bad; k++) bad = w[k].upos == TC_UPOS_PUNCT;
        for (uint32_t k = 0; k < n && !bad; k++)
            bad = w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_CC ||
                                         w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_MARK);
        if (bad) continue;
        tc_parse_hang(w, o, v, TC_REL_NSUBJ);
        tc_parse_hang(w, v, g, TC_REL_CCOMP);
    }
}

/* "Rockets[root] fired[acl] by Hezbollah struck[conj of fired] an army base": a finite verb
 * joined with no conjunction to the participle that describes a root noun is the sentence's
 * verb, and the noun (with its participle) its subject. */
static void repair_participle_subject(const tc_parser *p, tc_word *w, uint32_t n)
{
    uint32_t r = tc_parse_root(w, n);
    if (r == n || (w[r].upos != TC_UPOS_NOUN && w[r].upos != TC_UPOS_PROPN)) return;
    for (uint32_t a = r + 1; a < n; a++) {
        if (w[a].head != r + 1 || w[a].rel != TC_REL_ACL || w[a].upos != TC_UPOS_VERB ||
            strcmp(tc_parse_xpos_name(p, w[a].xpos), "VBN"))
            continue;
        for (uint32_t v = a + 1; v < n; v++) {
            if (w[v].head != a + 1 || w[v].rel != TC_REL_CONJ || w[v].upos != TC_UPOS_VERB ||
                strcmp(tc_parse_xpos_name(p, w[v].xpos), "VBD"))
                continue;
            int blocked = 0;
            for (uint32_t k = 0; k < n; k++)
                blocked |= w[k].head == v + 1 &&
                           (w[k].rel == TC_REL_CC || w[k].rel == TC_REL_NSUBJ ||
                            w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_MARK);
            if (blocked) continue;
            root_with_subject(w, n, v, r);
            return;
        }
    }
}

/* "A car bombing[nsubj of said] by X killed[acl] 75 people, a monitor said": a saying with two
 * subjects, the first with a participle that has an object, is told of that participle's
 * clause: the participle is the verb the saying tells (ccomp), the noun its subject. */
static void repair_reported_participle(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const saying[] = {"say", "tell", "report", "add", "state", NULL};
    for (uint32_t v = 1; v < n; v++) {
        int speech = 0;
        if (w[v].upos != TC_UPOS_VERB) continue; /* (before the lemmas: most words are none) */
        for (size_t j = 0; saying[j] && !speech; j++) speech = !strcmp(w[v].lemma, saying[j]);
        if (!speech) continue;
        uint32_t a = n, subjects = 0;
        for (uint32_t k = 0; k < v; k++)
            if (w[k].head == v + 1 && w[k].rel == TC_REL_NSUBJ && subjects++ == 0) a = k;
        if (subjects != 2 || (w[a].upos != TC_UPOS_NOUN && w[a].upos != TC_UPOS_PROPN)) continue;
        for (uint32_t c = a + 1; c < v; c++) {
            const char *x = tc_parse_xpos_name(p, w[c].xpos);
            if (w[c].head != a + 1 || w[c].rel != TC_REL_ACL || w[c].upos != TC_UPOS_VERB ||
                (strcmp(x, "VBN") && strcmp(x, "VBD")))
                continue;
            int obj = 0;
            for (uint32_t k = c + 1; k < v && !obj; k++)
                obj = w[k].head == c + 1 && w[k].rel == TC_REL_OBJ;
            if (!obj) continue;
            tc_parse_hang(w, c, v, TC_REL_CCOMP);
            tc_parse_hang(w, a, c, TC_REL_NSUBJ);
            break;
        }
    }
}

/* "is looking to Trump to veto[conj] the bill": an infinitive with "to" joined to a verb that
 * has no "to" of its own completes it (xcomp), it is no second conjunct. */
static void repair_to_conj(tc_word *w, uint32_t n)
{
    for (uint32_t v = 0; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_CONJ || !w[v].head) continue;
        uint32_t h = w[v].head - 1u;
        if (h > v || (w[h].upos != TC_UPOS_VERB && w[h].upos != TC_UPOS_AUX)) continue;
        int to_v = 0, to_h = 0, cc = 0;
        for (uint32_t k = 0; k < n; k++) {
            int mark_to = w[k].rel == TC_REL_MARK && !strcmp(w[k].lemma, "to");
            to_v |= w[k].head == v + 1 && mark_to && k < v;
            to_h |= w[k].head == h + 1 && mark_to;
            cc |= w[k].head == v + 1 && w[k].rel == TC_REL_CC && k < v;
        }
        if (!to_v || to_h || cc) continue;
        w[v].rel = TC_REL_XCOMP;
    }
    /* "agreed on 18 September to lift[ccomp] a blockade": an infinitive with "to" and no
       subject of its own completes its verb */
    for (uint32_t v = 0; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_CCOMP || !w[v].head) continue;
        int to_v = 0, subj = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            to_v |= w[k].rel == TC_REL_MARK && !strcmp(w[k].lemma, "to") && k < v;
            subj |= w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS ||
                    w[k].rel == TC_REL_EXPL;
            /* "knows how to do", "decide whether to go": a question stays a ccomp */
            static const char *const wh[] = {"what", "how",  "where", "when", "whether", "which",
                                             "who",  "whom", "why",   "if",   NULL};
            for (size_t j = 0; wh[j] && !subj; j++) subj = k < v && !strcmp(w[k].lemma, wh[j]);
        }
        if (to_v && !subj) w[v].rel = TC_REL_XCOMP;
    }
    /* "agreed on Tuesday to lift[advcl] its blockade": after a verb that takes an infinitive
       for its content, one with no subject is that content, no purpose */
    static const char *const takers[] = {
        "agree", "decide", "vow",      "pledge",    "promise", "refuse", "threaten", "offer",
        "plan",  "intend", "try",      "attempt",   "want",    "seek",   "fail",     "decline",
        "hope",  "expect", "aim",      "prepare",   "resolve", "choose", "vote",     "move",
        "begin", "start",  "continue", "undertake", "demand",  "ask",    "urge",     NULL};
    for (uint32_t v = 0; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_ADVCL || !w[v].head) continue;
        uint32_t h = w[v].head - 1u;
        if (h > v || w[h].upos != TC_UPOS_VERB) continue;
        int taker = 0;
        for (size_t j = 0; takers[j] && !taker; j++) taker = !strcmp(w[h].lemma, takers[j]);
        if (!taker) continue;
        int to_v = 0, other = 0, xcomp = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head == h + 1 && w[k].rel == TC_REL_XCOMP) xcomp = 1;
            if (w[k].head != v + 1) continue;
            if (w[k].rel == TC_REL_MARK) {
                if (!strcmp(w[k].lemma, "to") && k + 1 == v)
                    to_v = 1;
                else
                    other = 1; /* "in order to", "so as to" */
            }
            other |= w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS;
        }
        if (to_v && !other && !xcomp) w[v].rel = TC_REL_XCOMP;
    }
}

/* "were released from captivity by[nmod of captivity] the Libyan government": in a passive
 * clause with no agent, a "by" phrase hung on the verb's oblique is the verb's agent. */
static void repair_passive_agent(tc_word *w, uint32_t n)
{
    for (uint32_t v = 0; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB) continue;
        int pass = 0, agent = 0;
        for (uint32_t k = 0; k < n; k++) {
            pass |= w[k].head == v + 1 && w[k].rel == TC_REL_AUX_PASS;
            agent |= w[k].head == v + 1 && w[k].rel == TC_REL_OBL_AGENT;
        }
        if (!pass || agent) continue;
        for (uint32_t o = v + 1; o < n; o++) {
            if (w[o].head != v + 1 || w[o].rel != TC_REL_OBL) continue;
            for (uint32_t b = o + 1; b < n; b++) {
                if (w[b].head != o + 1 || w[b].rel != TC_REL_NMOD) continue;
                int by = 0;
                for (uint32_t c = o + 1; c < b && !by; c++)
                    by = w[c].head == b + 1 && w[c].rel == TC_REL_CASE && !strcmp(w[c].lemma, "by");
                if (!by) continue;
                tc_parse_hang(w, b, v, TC_REL_OBL_AGENT);
                agent = 1;
                break;
            }
            if (agent) break;
        }
    }
}

/* "Spain, Ireland[compound of Spain] and Norway recognised": a name after a comma is no
 * compound of a name before it (a compound comes before its head); it is the next member of
 * the list. */
static void repair_list_compound(tc_word *w, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if (w[k].rel != TC_REL_COMPOUND || w[k].upos != TC_UPOS_PROPN || !w[k].head) continue;
        uint32_t h = w[k].head - 1u;
        if (h >= k || w[h].upos != TC_UPOS_PROPN || w[k - 1].upos != TC_UPOS_PUNCT ||
            w[k - 1].len != 1)
            continue;
        int list = 0; /* a later member joined by "and" or "or" */
        for (uint32_t c = k + 1; c < n && !list; c++)
            list = w[c].head && w[c].head - 1u == h && w[c].rel == TC_REL_CONJ && c > k;
        if (!list) continue;
        w[k].rel = TC_REL_CONJ;
    }
}

/* "Caras Galadhon's[nmod:poss of left] new mayor left": a possessor hung on a verb is the
 * possessor of the noun that follows it (a verb owns nothing), the first noun that heads
 * the words up to it. */
static void repair_verb_possessor(tc_word *w, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (w[k].rel != TC_REL_NMOD_POSS || !w[k].head) continue;
        uint32_t v = w[k].head - 1u;
        if (v <= k || w[v].upos != TC_UPOS_VERB) continue;
        uint32_t o = k + 1;
        while (o < v &&
               !((w[o].upos == TC_UPOS_NOUN || w[o].upos == TC_UPOS_PROPN) && w[o].head == v + 1))
            o++;
        int between = o < v; /* the words between are the possessor's or the noun's */
        for (uint32_t c = k + 1; c < o && between; c++)
            between = tc_parse_phrase_of(w, c, c + 1, k) || tc_parse_phrase_of(w, c, c + 1, o);
        if (!between) continue;
        w[k].head = (uint16_t)(o + 1);
    }
}

/* "toward Gondor and Arnor 's[case of Gondor] Elrond[conj of Gondor]": a possessive marker
 * belongs to the word right before it, a member of the list, and that word is the possessor
 * of the noun right after the marker, the member the parser gave its place in the list
 * (also when the parser hung the marker right but made both nouns members). */
static void repair_list_possessive(tc_word *w, uint32_t n)
{
    for (uint32_t k = 1; k + 1 < n; k++) {
        if (w[k].rel != TC_REL_CASE || !w[k].head || !w[k].lemma || strcmp(w[k].lemma, "'s"))
            continue;
        uint32_t p = k - 1, o = k + 1;
        if ((w[p].upos != TC_UPOS_PROPN && w[p].upos != TC_UPOS_NOUN) ||
            (w[o].upos != TC_UPOS_PROPN && w[o].upos != TC_UPOS_NOUN) || !w[p].head)
            continue;
        uint32_t h = w[p].head - 1u; /* the list's first member */
        /* (the marker on the possessor or on the list's head: "Corvia 's[case of Corvia]") */
        if (w[k].head != p + 1 && w[k].head != h + 1) continue;
        if (h >= p || w[p].rel != TC_REL_CONJ || w[o].rel != TC_REL_CONJ || w[o].head != h + 1)
            continue;
        int kids = 0; /* the possessor is a bare name: nothing hangs on it */
        for (uint32_t c = 0; c < n && !kids; c++)
            kids = w[c].head == p + 1 && c != k && w[c].rel != TC_REL_FLAT &&
                   w[c].rel != TC_REL_COMPOUND && w[c].rel != TC_REL_CC;
        if (kids) continue;
        for (uint32_t c = 0; c < n; c++) /* its "and" now goes with the noun */
            if (w[c].head == p + 1 && w[c].rel == TC_REL_CC) w[c].head = (uint16_t)(o + 1);
        tc_parse_hang(w, k, p, TC_REL_CASE);
        tc_parse_hang(w, p, o, TC_REL_NMOD_POSS);
    }
}

/* "X really did[aux] not ever clash": a subject the parser hung on an auxiliary belongs to
 * the verb the auxiliary serves (an auxiliary heads nothing). */
static void repair_aux_dependents(tc_word *w, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (!w[k].head ||
            (w[k].rel != TC_REL_NSUBJ && w[k].rel != TC_REL_NSUBJ_PASS && w[k].rel != TC_REL_EXPL))
            continue;
        uint32_t a = w[k].head - 1u;
        if ((w[a].rel != TC_REL_AUX && w[a].rel != TC_REL_AUX_PASS) || !w[a].head) continue;
        uint32_t v = w[a].head - 1u;
        static const char *const auxes[] = {"be",    "have",   "do",  "will",  "would",
                                            "shall", "should", "can", "could", "may",
                                            "might", "must",   NULL};
        int aux = 0, close = v > a && k < a; /* "did not ever clash": adverbs between */
        for (size_t j = 0; auxes[j] && !aux; j++) aux = !strcmp(w[a].lemma, auxes[j]);
        for (uint32_t c = a + 1; c < v && close; c++)
            close =
                w[c].upos == TC_UPOS_ADV || w[c].upos == TC_UPOS_PART || w[c].upos == TC_UPOS_AUX;
        if (!aux || !close || (w[v].upos != TC_UPOS_VERB && w[v].upos != TC_UPOS_AUX)) continue;
        tc_parse_hang(w, k, v,
                      w[a].rel == TC_REL_AUX_PASS && w[k].rel == TC_REL_NSUBJ ? TC_REL_NSUBJ_PASS
                                                                              : w[k].rel);
    }
}

/* "In a joint letter, Germany[appos of letter], France and Italy called on Baku": a name in
 * apposition to a fronted oblique, its phrase ending right before a verb with no subject of
 * its own, is that verb's subject. */
static void repair_fronted_subject(tc_word *w, uint32_t n)
{
    for (uint32_t a = 1; a + 1 < n; a++) {
        if (w[a].rel != TC_REL_APPOS || w[a].upos != TC_UPOS_PROPN || !w[a].head) continue;
        uint32_t o = w[a].head - 1u;
        if (o >= a || w[o].rel != TC_REL_OBL || !w[o].head) continue;
        uint32_t v = w[o].head - 1u;
        if (v <= a || w[v].upos != TC_UPOS_VERB) continue;
        int subj = 0;
        for (uint32_t k = 0; k < n && !subj; k++)
            subj = w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ ||
                                          w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_EXPL);
        if (subj) continue;
        if (!tc_parse_phrase_of(w, a + 1, v, a)) continue; /* the words up to the verb are a's */
        tc_parse_hang(w, a, v, TC_REL_NSUBJ);
    }
}

/* "Following the announcement of the deal, the United States[nsubj] said ...": a fronted
 * participle the parser made the clausal subject of a verb that has a subject of its own, a
 * comma between them, is an adverbial clause (a clause has one subject). */
static void repair_fronted_csubj(tc_word *w, uint32_t n)
{
    for (uint32_t c = 0; c + 2 < n; c++) {
        if (w[c].rel != TC_REL_CSUBJ || w[c].upos != TC_UPOS_VERB || !w[c].head) continue;
        uint32_t v = w[c].head - 1u, comma = n, subj = n;
        if (v <= c) continue;
        for (uint32_t k = c + 1; k < v && comma == n; k++)
            if (w[k].upos == TC_UPOS_PUNCT && w[k].len == 1) comma = k;
        for (uint32_t k = comma; k < v && subj == n; k++)
            if (w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS ||
                                       w[k].rel == TC_REL_EXPL))
                subj = k;
        if (comma == n || subj == n) continue;
        w[c].rel = TC_REL_ADVCL;
    }
}

/* "Acting on a judge's order, Egyptian police[obl of Acting] detained X": the phrase between
 * the comma closing a fronted phrase and a verb with no subject of its own, hung inside the
 * fronted phrase, is the verb's subject; an opening participle the parser made the verb's
 * clausal subject is an adverbial clause. */
static void repair_fronted_phrase(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB) continue;
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        if (strcmp(x, "VBD") && strcmp(x, "VBZ") && strcmp(x, "VBP")) continue;
        int subj = 0;
        for (uint32_t k = 0; k < n && !subj; k++)
            subj = w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ ||
                                          w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_EXPL);
        if (subj) continue;
        uint32_t c = v;
        while (c > 0 && !(w[c - 1].upos == TC_UPOS_PUNCT && w[c - 1].len == 1)) c--;
        if (c < 2 || c == v || v - c > 12) continue;
        c--; /* the comma */
        uint32_t a = n, heads = 0;
        for (uint32_t k = c + 1; k < v; k++)
            if (!w[k].head || w[k].head - 1u <= c || w[k].head - 1u >= v) {
                heads++;
                a = k;
            }
        if (heads != 1 || (w[a].upos != TC_UPOS_NOUN && w[a].upos != TC_UPOS_PROPN) || !w[a].head ||
            w[a].head - 1u >= c)
            continue;
        /* the fronted phrase hangs on the verb: its words all lie in the verb's tree */
        uint32_t top = w[a].head - 1u;
        for (int steps = 0; steps < 12 && w[top].head && w[top].head - 1u != v; steps++)
            top = w[top].head - 1u;
        /* ... or the parser made the fronted phrase, a preposition's noun, the root and hung
           the verb inside it ("In a move[root] that angered Moscow, Kyiv[appos] signed[advcl]
           ..."): the verb is the root, the phrase its oblique */
        if (!w[top].head && top < c &&
            (w[top].upos == TC_UPOS_NOUN || w[top].upos == TC_UPOS_PROPN ||
             w[top].upos == TC_UPOS_NUM)) { /* ("In 2021[root], a coup ...") */
            int pp = 0;
            for (uint32_t k = 0; k < top; k++)
                pp |= w[k].head == top + 1 && w[k].rel == TC_REL_CASE;
            if (!pp || !tc_parse_phrase_of(w, v, v + 1, top)) continue;
            w[v].head = 0;
            w[v].rel = TC_REL_ROOT;
            tc_parse_hang(w, top, v, TC_REL_OBL);
            tc_parse_hang(w, a, v, TC_REL_NSUBJ);
            for (uint32_t k = v + 1; k < n; k++)
                if (w[k].head == top + 1) w[k].head = (uint16_t)(v + 1);
            continue;
        }
        if (!w[top].head || w[top].head - 1u != v || top >= c) continue;
        tc_parse_hang(w, a, v, TC_REL_NSUBJ);
        if (w[top].rel == TC_REL_CSUBJ && w[top].upos == TC_UPOS_VERB) w[top].rel = TC_REL_ADVCL;
        w[c].head = (uint16_t)(top + 1);
    }
}

/* Repairs the tree of w[0..n) as the parser left it, the repairs in the order they must run,
 * then untangles it. */
void tc_parse_repair(const tc_parser *p, tc_word *w, uint32_t n)
{
    repair_verbal_nouns(w, n);
    tc_parse_repair_wire_subjects(p, w, n);
    tc_parse_repair_modifier_list(w, n);
    tc_parse_repair_number_case(w, n);
    tc_parse_repair_possessive_flat(w, n);
    repair_verbless_root(p, w, n);
    repair_relative_then_verb(p, w, n);
    repair_relative_conj(w, n);
    repair_clause_after(p, w, n);
    repair_closing_speaker(w, n);
    repair_speaker_phrase(w, n);
    repair_bare_ccomp(w, n);
    repair_particle_object(w, n);
    repair_quote_speaker(w, n);
    repair_object_subject(w, n);
    repair_to_conj(w, n);
    repair_participle_subject(p, w, n);
    repair_passive_agent(w, n);
    repair_reported_participle(p, w, n);
    repair_list_compound(w, n);
    repair_aux_dependents(w, n);
    repair_verb_possessor(w, n);
    repair_list_possessive(w, n);
    repair_fronted_subject(w, n);
    repair_fronted_phrase(p, w, n);
    repair_fronted_csubj(w, n);
    tc_parse_repair_participle_pair(p, w, n);
    tc_parse_repair_span_object(w, n);
    tc_parse_repair_ago_compound(w, n);
    tc_parse_repair_participle_after_clause(p, w, n);
    tc_parse_repair_possessive_list(w, n);
    tc_parse_repair_between_pair(w, n);
    tc_parse_repair_and_pair(w, n);
    tc_parse_repair_closed_list_appos(w, n);
    tc_parse_repair_dateline_subject(w, n);
    tc_parse_repair_demanded_subjunctive(p, w, n);
    tc_parse_repair_postposed_noun_amod(w, n);
    tc_parse_repair_place_name_subject(w, n);
    tc_parse_repair_double_object(w, n);
    tc_parse_repair_second_subject(w, n);
    tc_parse_repair_and_clause_subject(p, w, n);
    tc_parse_repair_noun_before_verb(p, w, n);
    tc_parse_repair_subject_modifier(p, w, n);
    tc_parse_repair_place_event_noun(p, w, n);
    tc_parse_repair_coordinated_number_verb(p, w, n);
    tc_parse_repair_visiting(p, w, n);
    tc_parse_repair_prep_visiting(p, w, n);
    tc_parse_repair_reduced_relative(p, w, n);
    tc_parse_repair_subordinate_subject(p, w, n);
    tc_parse_repair_held_captive(p, w, n);
    tc_parse_repair_that_if(w, n);
    tc_parse_repair_wire_spans(w, n);
    repair_closing_speaker(w, n);
    tc_parse_repair_wire_said_conj(w, n);
    tc_parse_repair_wire_agent_late(p, w, n);
    tc_parse_untangle(w, n);
}
