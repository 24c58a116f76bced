/* parse_repair2: the later repairs of the parse (tc_parse_repair in parse_repair.c runs them
 * in their order): pairs of participles, hyphenated words, spans and "ago", possessive lists
 * and "between X and Y", subjunctives, datelines and place names as subjects, double objects,
 * visits, captives, reduced relatives, "that" and "if"; and tc_parse_untangle, which makes
 * one tree of whatever the repairs did. Each rewrites heads and relations of w in place. */
#include "parse.h"

#include "parse_repair.h"
#include "tag.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* "prosecutors indicted[acl of prosecutors] impeached[root] President Yoon": a participle
 * hung bare on the subject right before a participle that heads the clause with an object is
 * the clause's verb, the second participle a modifier of that object. */
void tc_parse_repair_participle_pair(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t a = 1; a + 2 < n; a++) {
        uint32_t r = a + 1, sj = a - 1;
        /* ... or hung on the second as its auxiliary ("prosecutors charged[aux:pass] jailed
           former President X"): no verb is an auxiliary */
        int on_subject = w[a].rel == TC_REL_ACL && w[a].head == sj + 1;
        int as_aux = (w[a].rel == TC_REL_AUX || w[a].rel == TC_REL_AUX_PASS) && w[a].head == r + 1;
        if (w[a].upos != TC_UPOS_VERB || (!on_subject && !as_aux) || w[r].upos != TC_UPOS_VERB ||
            w[sj].head != r + 1 || (w[sj].rel != TC_REL_NSUBJ && w[sj].rel != TC_REL_NSUBJ_PASS))
            continue;
        const char *xa = tc_parse_xpos_name(p, w[a].xpos), *xr = tc_parse_xpos_name(p, w[r].xpos);
        if ((strcmp(xa, "VBD") && strcmp(xa, "VBN")) || (strcmp(xr, "VBN") && strcmp(xr, "VBD")))
            continue;
        int bare = 1, aux = 0;
        uint32_t o = n;
        for (uint32_t k = 0; k < n; k++) {
            bare &= w[k].head != a + 1;
            if (w[k].head != r + 1 || k == a) continue;
            aux |= w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_AUX_PASS;
            int unmarked = 1; /* an "agent" with no "by" is an object */
            for (uint32_t c = 0; c < k; c++)
                unmarked &= !(w[c].head == k + 1 && w[c].rel == TC_REL_CASE);
            if (k > r && o == n &&
                (w[k].rel == TC_REL_OBJ ||
                 ((w[k].rel == TC_REL_OBL_AGENT || w[k].rel == TC_REL_OBL) && unmarked)))
                o = k;
        }
        if (!bare || aux || o == n) continue;
        w[a].head = w[r].head;
        w[a].rel = w[r].rel;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == r + 1 && k != o && k != a) w[k].head = (uint16_t)(a + 1);
        tc_parse_hang(w, sj, a, TC_REL_NSUBJ);
        tc_parse_hang(w, o, a, TC_REL_OBJ);
        tc_parse_hang(w, r, o, TC_REL_AMOD);
    }
}

/* "praised Orban's sanction[nsubj of policy]-defying trade policy[ccomp]", "sent
 * U.S.[obj]-made[advcl] missiles": a participle written joined by a hyphen to the word before
 * it ("Iran-backed", "U.S.-made") modifies the noun after it, and that word is the
 * participle's; the noun takes the place the participle or the first word held. Needs the
 * words' offsets (written joined, no blank around the hyphen). */
void tc_parse_repair_hyphen_modifier(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 2; v + 1 < n; v++) {
        uint32_t hy = v - 1, x = v - 2;
        if (w[v].upos != TC_UPOS_VERB || w[hy].len != 1 || w[hy].upos != TC_UPOS_PUNCT ||
            w[hy].off != w[x].off + w[x].len || w[v].off != w[hy].off + 1)
            continue;
        const char *xv = tc_parse_xpos_name(p, w[v].xpos);
        if (strcmp(xv, "VBN") && strcmp(xv, "VBG")) continue;
        /* the noun the modifier stands before: the head of the words right after it */
        uint32_t nn = v + 1;
        for (int steps = 0; steps < 6 && w[nn].head && w[nn].head - 1u > nn && w[nn].head - 1u < n;
             steps++)
            nn = w[nn].head - 1u;
        if (w[nn].upos != TC_UPOS_NOUN && w[nn].upos != TC_UPOS_PROPN) continue;
        if (w[v].head == nn + 1 && w[v].rel == TC_REL_AMOD && w[x].head == v + 1) continue;
        /* the place in the clause: of the noun, the modifier and the first word, the one
           hung outside them (or the root) */
        uint32_t top = n;
        const uint32_t cands[3] = {nn, v, x};
        for (int c = 0; c < 3 && top == n; c++)
            if (!w[cands[c]].head || w[cands[c]].head - 1u < x || w[cands[c]].head - 1u > nn)
                top = cands[c];
        if (top == n) continue;
        uint16_t head = w[top].head;
        int rel = w[top].rel;
        if (top != nn) {
            w[nn].head = head;
            w[nn].rel = (uint8_t)(rel == TC_REL_ADVCL || rel == TC_REL_CCOMP ? TC_REL_OBJ : rel);
        } else if (rel == TC_REL_CCOMP) {
            w[nn].rel = TC_REL_OBJ;
        }
        /* what hung on the first word or the participle before the noun now hangs on it */
        for (uint32_t k = 0; k < n; k++)
            if (k != v && k != hy && k != nn && (w[k].head == x + 1 || w[k].head == v + 1) &&
                (k < x || k > nn))
                w[k].head = (uint16_t)(nn + 1);
        for (uint32_t k = x + 1; k < nn; k++)
            if (k != v && k != hy && (w[k].head == x + 1 || w[k].head == v + 1) &&
                w[k].rel != TC_REL_PUNCT)
                w[k].head = (uint16_t)(nn + 1);
        for (uint32_t k = 0; k < x; k++) /* "Orban's" of "sanction" is the noun's */
            if (w[k].head == x + 1 && w[k].rel == TC_REL_NMOD_POSS) w[k].head = (uint16_t)(nn + 1);
        tc_parse_hang(w, v, nn, TC_REL_AMOD);
        tc_parse_hang(w, x, v, TC_REL_OBL_UNMARKED);
        tc_parse_hang(w, hy, x, TC_REL_PUNCT);
    }
}

/* "Police tear-gassed[root] demonstrators", "attackers fire-bombed a station": a past tense
 * written joined by a hyphen to a lower-case noun (tc_tag_finite makes it one) is one verb
 * with it; the parser hangs the noun as its subject, or the subject on the noun. The noun is
 * the verb's compound; the noun phrase before it (its head right before the noun) the subject,
 * its words hung on that head. Needs the words' offsets. */
void tc_parse_repair_hyphen_verb(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 3; v < n; v++) {
        uint32_t hy = v - 1, x = v - 2, sj = v - 3;
        if (w[v].upos != TC_UPOS_VERB || strcmp(tc_parse_xpos_name(p, w[v].xpos), "VBD") ||
            w[hy].len != 1 || w[hy].upos != TC_UPOS_PUNCT || w[hy].off != w[x].off + w[x].len ||
            w[v].off != w[hy].off + 1 || w[x].upos != TC_UPOS_NOUN || !w[x].lemma ||
            !islower((unsigned char)w[x].lemma[0]) ||
            (w[sj].upos != TC_UPOS_NOUN && w[sj].upos != TC_UPOS_PROPN &&
             w[sj].upos != TC_UPOS_PRON))
            continue;
        /* the subject phrase: the nouns, names, adjectives, numbers and articles before sj */
        uint32_t from = sj;
        while (from > 0 && (w[from - 1].upos == TC_UPOS_NOUN || w[from - 1].upos == TC_UPOS_PROPN ||
                            w[from - 1].upos == TC_UPOS_ADJ || w[from - 1].upos == TC_UPOS_NUM ||
                            w[from - 1].upos == TC_UPOS_DET))
            from--;
        for (uint32_t k = 0; k < n; k++) {
            if (k == x || k == hy || k == sj) continue;
            uint32_t h = w[k].head ? w[k].head - 1u : n;
            if (k >= from && k < sj && (h == x || h == v || (h >= from && h < x && h != sj))) {
                int r = w[k].upos == TC_UPOS_DET   ? TC_REL_DET
                        : w[k].upos == TC_UPOS_ADJ ? TC_REL_AMOD
                        : w[k].upos == TC_UPOS_NUM ? TC_REL_NUMMOD
                                                   : TC_REL_COMPOUND;
                if (h == x || h == v || w[k].rel == TC_REL_APPOS || w[k].rel == TC_REL_NSUBJ)
                    tc_parse_hang(w, k, sj, r);
            } else if (h == x) {
                w[k].head = (uint16_t)(v + 1);
            }
        }
        if (w[sj].head - 1u != v || w[sj].rel != TC_REL_NSUBJ) {
            /* what hung on sj from outside its phrase hangs on the verb */
            for (uint32_t k = 0; k < n; k++)
                if (w[k].head == sj + 1 && (k < from || k > v)) w[k].head = (uint16_t)(v + 1);
            if (w[v].head == sj + 1) {
                w[v].head = w[sj].head;
                w[v].rel = w[sj].rel;
            }
            tc_parse_hang(w, sj, v, TC_REL_NSUBJ);
        }
        tc_parse_hang(w, x, v, TC_REL_COMPOUND);
        tc_parse_hang(w, hy, x, TC_REL_PUNCT);
    }
}

/* "unions held a ninth day[obl:unmarked] of strikes", "staged a third night of protests": a
 * span of time "of" something, the only noun after a verb with no object, is its object. */
void tc_parse_repair_span_object(tc_word *w, uint32_t n)
{
    static const char *const spans[] = {"day",  "night",  "week", "month",   "round",
                                        "wave", "series", "year", "weekend", NULL};
    for (uint32_t d = 1; d < n; d++) {
        if (w[d].rel != TC_REL_OBL_UNMARKED || w[d].upos != TC_UPOS_NOUN || !w[d].head) continue;
        uint32_t v = w[d].head - 1u;
        int span = 0, of = 0, obj = 0;
        for (size_t j = 0; spans[j] && !span; j++) span = !strcmp(w[d].lemma, spans[j]);
        if (!span || v > d || w[v].upos != TC_UPOS_VERB) continue;
        for (uint32_t k = 0; k < n; k++) {
            obj |= w[k].head == v + 1 && w[k].rel == TC_REL_OBJ;
            if (w[k].head != d + 1 || w[k].rel != TC_REL_NMOD || k < d) continue;
            for (uint32_t c = d + 1; c < k; c++)
                of |= w[c].head == k + 1 && w[c].rel == TC_REL_CASE && !strcmp(w[c].lemma, "of");
        }
        if (of && !obj) w[d].rel = TC_REL_OBJ;
    }
}

/* "attacked Eritrea[compound] decades ago", "arrested the Somali envoy[compound] years ago":
 * the object right before a time unit with "ago" is read as the unit's compound, and the
 * verb loses its object. A noun or name hung as compound on such a unit is the object of the
 * verb "ago" modifies, when it has none, and takes the words before it the unit held
 * (session of 2026-12-07, the tenth, branch past10). */
void tc_parse_repair_ago_compound(tc_word *w, uint32_t n)
{
    static const char *const units[] = {"day",    "week",       "month",   "year",
                                        "decade", "generation", "century", NULL};
    for (uint32_t d = 1; d + 1 < n; d++) {
        uint32_t c = d - 1, ago = d + 1;
        if (strcmp(w[ago].lemma, "ago") || w[d].head != ago + 1 || !w[ago].head) continue;
        if (w[c].head != d + 1 || w[c].rel != TC_REL_COMPOUND ||
            (w[c].upos != TC_UPOS_NOUN && w[c].upos != TC_UPOS_PROPN))
            continue;
        int unit = 0;
        for (size_t k = 0; units[k] && !unit; k++) unit = !strcmp(w[d].lemma, units[k]);
        uint32_t v = w[ago].head - 1u;
        if (!unit || w[v].upos != TC_UPOS_VERB || v > c) continue;
        int obj = 0;
        for (uint32_t k = 0; k < n; k++) obj |= w[k].head == v + 1 && w[k].rel == TC_REL_OBJ;
        if (obj) continue;
        for (uint32_t k = v + 1; k < c; k++) /* "the Somali envoy": its words go with it */
            if (w[k].head == d + 1) w[k].head = (uint16_t)(c + 1);
        tc_parse_hang(w, c, v, TC_REL_OBJ);
    }
}

/* "Al-Shabab has stepped up attacks since the peacekeepers left, inflicting[advcl of left]
 * heavy losses on Somali troops": an -ing clause with no subject of its own, after the comma
 * that closes a "since" clause (the start of the span the main clause's act runs over), is
 * the main clause's: the attackers inflict the losses, not the peacekeepers (session of
 * 2026-12-07, the tenth, branch past10). Not after "after", "as", "when": "was arrested after
 * police raided his home, seizing documents" is the police's seizing. */
void tc_parse_repair_participle_after_clause(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const marks[] = {"since", NULL};
    for (uint32_t d = 2; d < n; d++) {
        if (w[d].rel != TC_REL_ADVCL || !w[d].head || strcmp(w[d - 1].lemma, ",") ||
            strcmp(tc_parse_xpos_name(p, w[d].xpos), "VBG"))
            continue;
        uint32_t h = w[d].head - 1u;
        if (h > d || w[h].rel != TC_REL_ADVCL || !w[h].head || w[h].head - 1u > h) continue;
        int mark = 0, subj = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head == h + 1 && w[k].rel == TC_REL_MARK && k < h)
                for (size_t j = 0; marks[j]; j++) mark |= !strcmp(w[k].lemma, marks[j]);
            subj |= w[k].head == d + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_MARK);
        }
        if (mark && !subj) w[d].head = w[h].head;
    }
}

/* "Russia[nsubj of ministers] and Turkey's foreign ministers met": a noun that is no
 * predicate (no copula, itself an argument) has no subject, and no compound is coordinated
 * with a possessor; the first of a list whose last member carries the possessive "'s" is the
 * noun's possessor. */
void tc_parse_repair_possessive_list(tc_word *w, uint32_t n)
{
    for (uint32_t x = 0; x + 2 < n; x++) {
        if ((w[x].rel != TC_REL_NSUBJ && w[x].rel != TC_REL_COMPOUND) || !w[x].head) continue;
        uint32_t h = w[x].head - 1u;
        if ((w[h].upos != TC_UPOS_NOUN && w[h].upos != TC_UPOS_PROPN) || h < x ||
            (w[x].rel == TC_REL_NSUBJ && w[h].rel != TC_REL_NSUBJ && w[h].rel != TC_REL_OBJ &&
             w[h].rel != TC_REL_NSUBJ_PASS && w[h].rel != TC_REL_OBL))
            continue;
        int cop = 0, poss = 0;
        for (uint32_t k = 0; k < n; k++) {
            cop |= w[k].head == h + 1 && w[k].rel == TC_REL_COP;
            if (w[k].head != x + 1 || w[k].rel != TC_REL_CONJ || k > h) continue;
            for (uint32_t c = k + 1; c < h && !poss; c++)
                poss = w[c].head == k + 1 && w[c].rel == TC_REL_CASE &&
                       (!strcmp(w[c].lemma, "'s") || !strcmp(w[c].lemma, "'"));
        }
        if (!cop && poss) w[x].rel = TC_REL_NMOD_POSS;
    }
}

/* Makes the phrase headed by c, after the "and" at k, the conjunct of x: c hangs on x, the
 * "and" on c, and the words between them that hang outside the phrase hang on c by their part
 * of speech (determiner, adjective, number, else compound). */
static void join_second(tc_word *w, uint32_t n, uint32_t x, uint32_t k, uint32_t c)
{
    tc_parse_hang(w, c, x, TC_REL_CONJ);
    tc_parse_hang(w, k, c, TC_REL_CC);
    for (uint32_t j = k + 1; j < c; j++) {
        uint32_t h = w[j].head ? w[j].head - 1u : n;
        if (h > k && h <= c) continue; /* already inside the phrase */
        int u = w[j].upos;
        tc_parse_hang(w, j, c,
                      u == TC_UPOS_DET   ? TC_REL_DET
                      : u == TC_UPOS_ADJ ? TC_REL_AMOD
                      : u == TC_UPOS_NUM ? TC_REL_NUMMOD
                                         : TC_REL_COMPOUND);
    }
}

/* "fighting between the army and Fano militiamen[conj of fighting]", "between Ethiopian troops
 * and Fano[compound] militiamen[nmod of troops]": "between" takes two sides, so the noun phrase
 * after the "and" that closes a "between" phrase with no conjunct of its own is its second
 * side, whatever the parser hung it on. */
void tc_parse_repair_between_pair(tc_word *w, uint32_t n)
{
    for (uint32_t x = 1; x + 2 < n; x++) {
        if ((w[x].upos != TC_UPOS_NOUN && w[x].upos != TC_UPOS_PROPN) || !w[x].head) continue;
        int between = 0, conj = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != x + 1) continue;
            between |= k < x && w[k].rel == TC_REL_CASE && !strcmp(w[k].lemma, "between");
            conj |= w[k].rel == TC_REL_CONJ;
        }
        if (!between || conj) continue;
        uint32_t k = x + 1; /* the "and", after x's own words ("the army in Goma and") */
        while (k < n && w[k].upos != TC_UPOS_CCONJ && w[k].upos != TC_UPOS_VERB &&
               w[k].upos != TC_UPOS_AUX && w[k].upos != TC_UPOS_PUNCT &&
               tc_parse_phrase_of(w, k, k + 1, x))
            k++;
        if (k >= n || strcmp(w[k].lemma, "and")) continue;
        uint32_t end = k + 1, c = n;
        for (; end < n; end++) {
            int u = w[end].upos;
            if (u != TC_UPOS_DET && u != TC_UPOS_ADJ && u != TC_UPOS_NOUN && u != TC_UPOS_PROPN &&
                u != TC_UPOS_NUM)
                break;
            if (u == TC_UPOS_NOUN || u == TC_UPOS_PROPN) c = end;
        }
        if (c == n || tc_parse_phrase_of(w, x, x + 1, c)) continue; /* c above x: no loop */
        join_second(w, n, x, k, c);
    }
}

/* Is word k a noun or a proper noun? */
static int nominal(const tc_word *w, uint32_t k)
{
    return w[k].upos == TC_UPOS_NOUN || w[k].upos == TC_UPOS_PROPN;
}

/* "a resolution demanding the administration[obj] cut[acl of administration] off aid": a bare
 * verb read as describing the object of a verb of demanding is the demanded clause (the
 * subjunctive), with that object for its subject. */
void tc_parse_repair_demanded_subjunctive(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const demanding[] = {"demand",    "insist",  "urge",    "request", "require",
                                            "recommend", "propose", "suggest", NULL};
    for (uint32_t v = 2; v < n; v++) {
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        if (w[v].rel != TC_REL_ACL || w[v].upos != TC_UPOS_VERB || !w[v].head ||
            (strcmp(x, "VB") && strcmp(x, "VBN") && strcmp(x, "VBD")))
            continue;
        /* (a participle only with an object of its own: "cut[VBN] off aid", not "the
           soldiers arrested yesterday") */
        int own_obj = !strcmp(x, "VB");
        for (uint32_t k = v + 1; k < n && !own_obj; k++)
            own_obj = w[k].head == v + 1 && w[k].rel == TC_REL_OBJ;
        if (!own_obj) continue;
        uint32_t o = w[v].head - 1u;
        if (o >= v || w[o].rel != TC_REL_OBJ || !w[o].head) continue;
        uint32_t g = w[o].head - 1u;
        int asks = 0;
        for (size_t j = 0; demanding[j] && !asks; j++) asks = !strcmp(w[g].lemma, demanding[j]);
        int marked = 0; /* "to cut" is an infinitive, read elsewhere */
        for (uint32_t k = 0; k < n && !marked; k++)
            marked = w[k].head == v + 1 && (w[k].rel == TC_REL_MARK || w[k].rel == TC_REL_NSUBJ);
        if (!asks || marked) continue;
        tc_parse_hang(w, v, g, TC_REL_CCOMP);
        tc_parse_hang(w, o, v, TC_REL_NSUBJ);
    }
}

/* "the release of an Austrian student, activist[amod of release] and journalist": a noun
 * after a comma read as the adjective of a word before it names again who the noun before the
 * comma names (its apposition, with what is joined to it): one person, no second actor. */
void tc_parse_repair_postposed_noun_amod(tc_word *w, uint32_t n)
{
    for (uint32_t k = 3; k < n; k++) {
        if (w[k].rel != TC_REL_AMOD || !w[k].head || w[k].head - 1u >= k ||
            strcmp(w[k - 1].lemma, ",") || w[k - 2].upos != TC_UPOS_NOUN ||
            w[k - 2].rel == TC_REL_COMPOUND)
            continue;
        /* (a word tagged an adjective is a noun when a noun is its conjunct: "activist and
           journalist") */
        int noun = w[k].upos == TC_UPOS_NOUN;
        for (uint32_t j = k + 1; j < n && !noun; j++)
            noun = w[j].head == k + 1 && w[j].rel == TC_REL_CONJ && w[j].upos == TC_UPOS_NOUN;
        if (!noun) continue;
        tc_parse_hang(w, k, k - 2, TC_REL_APPOS);
        tc_parse_hang(w, k - 1, k, TC_REL_PUNCT);
    }
}

/* "ANKARA[nsubj]: A court[appos of ANKARA] ... ordered": a wire dateline (a word in capitals
 * and a colon or dash opening the sentence) read as the subject, with the sentence's real
 * subject its apposition, gives that apposition the subject's place; the dateline hangs on
 * the verb as a loose word. */
void tc_parse_repair_dateline_subject(tc_word *w, uint32_t n)
{
    if (n < 4 || w[0].rel != TC_REL_NSUBJ || !w[0].head || strlen(w[0].lemma) < 3) return;
    if (strcmp(w[1].lemma, ":") && strcmp(w[1].lemma, "-") && strcmp(w[1].lemma, "--")) return;
    for (const char *c = w[0].lemma; *c; c++)
        if (*c >= 'a' && *c <= 'z') return;
    uint32_t v = w[0].head - 1u;
    for (uint32_t k = 2; k < n; k++)
        if (w[k].head == 1 && w[k].rel == TC_REL_APPOS &&
            (w[k].upos == TC_UPOS_NOUN || w[k].upos == TC_UPOS_PROPN)) {
            tc_parse_hang(w, k, v, TC_REL_NSUBJ);
            tc_parse_hang(w, 0, v, TC_REL_DEP);
            tc_parse_hang(w, 1, v, TC_REL_PUNCT);
            return;
        }
}

/* "A court in the Chilean capital[nmod of court] Santiago[nsubj] ordered": a name right after
 * a noun of place in the subject's phrase, read as a second subject of the verb, is that
 * place's name (its apposition). */
void tc_parse_repair_place_name_subject(tc_word *w, uint32_t n)
{
    static const char *const places[] = {"capital",  "city",    "town",   "province", "region",
                                         "district", "village", "county", "port",     NULL};
    for (uint32_t b = 2; b < n; b++) {
        if (w[b].rel != TC_REL_NSUBJ || w[b].upos != TC_UPOS_PROPN || !w[b].head) continue;
        uint32_t pl = b - 1, v = w[b].head - 1u;
        int place = 0;
        for (size_t j = 0; places[j] && !place; j++) place = !strcmp(w[pl].lemma, places[j]);
        if (!place || w[pl].upos != TC_UPOS_NOUN || w[pl].rel == TC_REL_NSUBJ) continue;
        /* the place noun lies in the phrase of another subject of the same verb */
        uint32_t a = pl;
        for (int up = 0; up < 6 && w[a].head && w[a].head - 1u != v; up++) a = w[a].head - 1u;
        if (w[a].head - 1u != v || w[a].rel != TC_REL_NSUBJ || a >= pl) continue;
        tc_parse_hang(w, b, pl, TC_REL_APPOS);
    }
}

/* "Iraq's premier and his Jordanian counterpart, Omar Razzaz[conj], signed": a name after a
 * comma that closes a list's last conjunct (the one after "and") is that conjunct's
 * apposition, no further member: a list goes on after its "and" no more. Only a name set off
 * by a comma on both sides (or closing the phrase before the verb), with no "and" of its own. */
void tc_parse_repair_closed_list_appos(tc_word *w, uint32_t n)
{
    for (uint32_t d = 3; d + 1 < n; d++) {
        if (w[d].rel != TC_REL_CONJ || w[d].upos != TC_UPOS_PROPN || strcmp(w[d - 1].lemma, ","))
            continue;
        /* the conjunct the comma closes: d - 2 or the nearest conj over it */
        uint32_t c = d - 2;
        for (int up = 0; up < 4 && w[c].rel != TC_REL_CONJ && w[c].head && w[c].head - 1u < d - 1;
             up++)
            c = w[c].head - 1u;
        int closed = 0, own_cc = 0;
        for (uint32_t k = 0; k < n; k++) {
            closed |= w[k].head == c + 1 && w[k].rel == TC_REL_CC && k < c;
            own_cc |= w[k].head == d + 1 && (w[k].rel == TC_REL_CC || w[k].rel == TC_REL_CONJ);
        }
        if (w[c].rel != TC_REL_CONJ || !closed || own_cc) continue;
        uint32_t e = d + 1; /* one past the name's own words ("Omar al-Sadr") */
        while (e < n && e - d < 6 && strcmp(w[e].lemma, ",") &&
               (w[e].rel == TC_REL_FLAT || w[e].upos == TC_UPOS_PROPN ||
                (w[e].upos == TC_UPOS_PUNCT && !strcmp(w[e].lemma, "-"))))
            e++;
        if (e >= n || strcmp(w[e].lemma, ",")) continue;
        for (uint32_t k = d + 1; k < e; k++)
            if (w[k].upos == TC_UPOS_PROPN) tc_parse_hang(w, k, d, TC_REL_FLAT);
        tc_parse_hang(w, d, c, TC_REL_APPOS);
    }
}

/* Lists of two noun phrases the parser broke at the "and": "Sudanese troops and RSF[compound]
 * fighters[nmod of troops]" (the second phrase hung on the first as a modifier), "Government
 * forces[obl, no preposition] and RSF[conj] fighters[nsubj]" (its first word taken for the
 * conjunct, its head for the verb's argument). The second phrase's head is the conjunct; in
 * the second case the first phrase takes the argument's place. */
void tc_parse_repair_and_pair(tc_word *w, uint32_t n)
{
    for (uint32_t k = 1; k + 1 < n; k++) {
        if (w[k].upos != TC_UPOS_CCONJ || (strcmp(w[k].lemma, "and") && strcmp(w[k].lemma, "or")))
            continue;
        uint32_t x = k - 1; /* the first phrase's head: the noun right before, or its head */
        if (!nominal(w, x)) continue;
        while (w[x].head && w[x].head - 1u > x && w[x].head - 1u < k &&
               (w[x].rel == TC_REL_COMPOUND || w[x].rel == TC_REL_FLAT))
            x = w[x].head - 1u;
        uint32_t end = k + 1, y = n;
        for (; end < n; end++) {
            int u = w[end].upos;
            if (u != TC_UPOS_DET && u != TC_UPOS_ADJ && !nominal(w, end) && u != TC_UPOS_NUM) break;
            if (nominal(w, end)) y = end;
        }
        if (y == n || y == k + 1 || !w[y].head || !w[x].head) continue; /* one word: no break */
        uint32_t hy = w[y].head - 1u;
        if (hy == x && w[y].rel == TC_REL_CONJ) continue;
        uint32_t mid = n; /* a word of the second phrase taken for the conjunct */
        for (uint32_t j = k + 1; j < y; j++)
            if (w[j].head == x + 1 && w[j].rel == TC_REL_CONJ) mid = j;
        int modifier = hy == x && (w[y].rel == TC_REL_NMOD || w[y].rel == TC_REL_COMPOUND ||
                                   w[y].rel == TC_REL_APPOS);
        int argument = 0;
        if (mid != n && (hy < x || hy >= end) && w[x].head - 1u == hy && w[x].rel == TC_REL_OBL) {
            argument = 1; /* x an oblique with no preposition of y's verb */
            for (uint32_t j = 0; j < x; j++)
                argument &= !(w[j].head == x + 1 && w[j].rel == TC_REL_CASE);
        }
        if (!modifier && !argument) continue;
        if (argument) {
            w[x].rel = w[y].rel;
            tc_parse_hang(w, mid, y, TC_REL_COMPOUND);
        }
        join_second(w, n, x, k, y);
    }
}

/* "had given the Pentagon[compound] permission", "offered Kyiv[compound] support": a name
 * opening the object of a verb of giving, with no second object, is whom it is given to (iobj),
 * the determiner before it its own. */
void tc_parse_repair_double_object(tc_word *w, uint32_t n)
{
    static const char *const givers[] = {"give", "grant",   "offer", "send", "lend",
                                         "hand", "award",   "deny",  "sell", "owe",
                                         "show", "promise", "pay",   NULL};
    for (uint32_t o = 2; o < n; o++) {
        if (w[o].rel != TC_REL_OBJ || w[o].upos != TC_UPOS_NOUN || !w[o].head) continue;
        uint32_t v = w[o].head - 1u;
        int giver = 0;
        for (size_t j = 0; givers[j] && !giver; j++) giver = !strcmp(w[v].lemma, givers[j]);
        if (!giver || v > o) continue;
        uint32_t c = n, d = n;
        int other = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head == v + 1 && k != o && (w[k].rel == TC_REL_OBJ || w[k].rel == TC_REL_IOBJ))
                other = 1;
            if (w[k].head != o + 1 || k > o) continue;
            if (w[k].rel == TC_REL_COMPOUND && w[k].upos == TC_UPOS_PROPN && c == n) c = k;
            if (w[k].rel == TC_REL_DET && k < o) d = k;
        }
        if (other || c == n || c + 1 != o || (d != n && d > c)) continue;
        for (uint32_t k = v + 1; k < c; k++) /* only the determiner between */
            if (k != d) c = n;
        if (c == n) continue;
        tc_parse_hang(w, c, v, TC_REL_IOBJ);
        if (d != n) tc_parse_hang(w, d, c, TC_REL_DET);
    }
}

/* "Mujahid said Islamabad[nsubj of said] must address[ccomp] ...": a verb has one subject; a
 * second one after it, right before a clause it governs that has none (nothing but that
 * clause's auxiliaries and adverbs between), is that clause's subject. */
void tc_parse_repair_second_subject(tc_word *w, uint32_t n)
{
    for (uint32_t b = 1; b + 1 < n; b++) {
        if (w[b].rel != TC_REL_NSUBJ || !w[b].head) continue;
        uint32_t v = w[b].head - 1u;
        if (v >= b) continue;
        int before = 0;
        for (uint32_t k = 0; k < v && !before; k++)
            before = w[k].head == v + 1 && w[k].rel == TC_REL_NSUBJ;
        if (!before) continue;
        uint32_t c = b + 1;
        while (c < n && tc_parse_phrase_of(w, c, c + 1, b)) c++;
        while (c < n && w[c].head && (w[c].rel == TC_REL_AUX || w[c].rel == TC_REL_ADVMOD) &&
               w[c].head - 1u > c)
            c = w[c].head - 1u;
        if (c >= n || w[c].head != v + 1 || w[c].rel != TC_REL_CCOMP) continue;
        int own = 0;
        for (uint32_t k = 0; k < n && !own; k++)
            own = w[k].head == c + 1 && (w[k].rel == TC_REL_NSUBJ ||
                                         w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_EXPL);
        for (uint32_t k = b + 1; k < c && !own; k++) /* only the clause's own words between */
            own = !tc_parse_phrase_of(w, k, k + 1, b) &&
                  !(w[k].head == c + 1 && (w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_ADVMOD));
        if (!own) tc_parse_hang(w, b, c, TC_REL_NSUBJ);
    }
}

/* "The AU suspended Niger, and the Economic Community of West African States[conj of Niger]
 * lifted[conj of suspended] its sanctions", "raised its reward to $25 million and Britain[conj
 * of $] and the EU imposed sanctions": a finite verb joined to an earlier verb with no subject
 * of its own, right after "and" and a name the parser made a conjunct of a word of the first
 * clause, has that name (with its own list) for subject and the "and" for its conjunction. */
void tc_parse_repair_and_clause_subject(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 3; v < n; v++) {
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_CONJ || !w[v].head ||
            w[v].head - 1u >= v)
            continue;
        const char *xp = tc_parse_xpos_name(p, w[v].xpos);
        if (strcmp(xp, "VBD") && strcmp(xp, "VBZ") && strcmp(xp, "VBP")) continue;
        uint32_t g = w[v].head - 1u, best = n;
        int own = 0;
        for (uint32_t k = 0; k < n && !own; k++)
            own = w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_CC ||
                                         w[k].rel == TC_REL_NSUBJ_PASS || w[k].rel == TC_REL_EXPL);
        /* the first "and" after which every word up to the verb is one phrase, a conjunct of
           a word of the first clause that is no verb, with a name in it */
        for (uint32_t c = v - 2; !own && c > g; c--) {
            if (w[c].upos != TC_UPOS_CCONJ || strcmp(w[c].lemma, "and") || w[c].head <= c + 1 ||
                w[c].head - 1u >= v)
                continue;
            uint32_t s = w[c].head - 1u, x = w[s].head ? w[s].head - 1u : n;
            int name = 0;
            for (uint32_t k = c + 1; k < v; k++) name |= w[k].upos == TC_UPOS_PROPN;
            /* (not the pair of "between": "fighting between the army and the RSF continued") */
            for (uint32_t k = 0; k < x && x < c && name; k++)
                name = !(w[k].head == x + 1 && w[k].rel == TC_REL_CASE &&
                         !strcmp(w[k].lemma, "between"));
            if (name && w[s].rel == TC_REL_CONJ && x < c && x != g && w[x].upos != TC_UPOS_VERB &&
                (w[s].upos == TC_UPOS_NOUN || w[s].upos == TC_UPOS_PROPN) &&
                tc_parse_phrase_of(w, c + 1, v, s))
                best = c;
        }
        if (best == n) continue;
        tc_parse_hang(w, w[best].head - 1u, v, TC_REL_NSUBJ);
        tc_parse_hang(w, best, v, TC_REL_CC);
    }
}

/* "Police[compound of fired] fired[VBN] tear gas at protesters": a noun right before a verb
 * with no subject, hung on that verb as a modifier, is its subject. */
void tc_parse_repair_noun_before_verb(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 1; v < n; v++) {
        uint32_t x = v - 1;
        if (w[v].upos != TC_UPOS_VERB || w[x].head != v + 1 ||
            (w[x].upos != TC_UPOS_NOUN && w[x].upos != TC_UPOS_PROPN) ||
            (w[x].rel != TC_REL_COMPOUND && w[x].rel != TC_REL_AMOD && w[x].rel != TC_REL_NMOD &&
             w[x].rel != TC_REL_OBL_UNMARKED))
            continue;
        const char *xp = tc_parse_xpos_name(p, w[v].xpos);
        if (strcmp(xp, "VBD") && strcmp(xp, "VBN") && strcmp(xp, "VBZ") && strcmp(xp, "VBP"))
            continue;
        int subj = 0, obj = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            subj |= w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS ||
                    w[k].rel == TC_REL_AUX_PASS || w[k].rel == TC_REL_AUX;
            obj |= w[k].rel == TC_REL_OBJ;
        }
        if (!subj && obj) w[x].rel = TC_REL_NSUBJ;
    }
}

/* Retags word k a plural noun (NNS, Number=Plur). */
static void retag_plural(const tc_parser *p, tc_word *w, uint32_t k)
{
    for (uint32_t i = 0; i < p->nxpos; i++)
        if (!strcmp(tc_parse_xpos_name(p, (int)i), "NNS")) w[k].xpos = (uint8_t)i;
    for (uint32_t i = 0; i < p->nfeats; i++)
        if (!strcmp(p->strings + p->feats_name[i], "Number=Plur")) w[k].feats = (uint16_t)i;
    w[k].upos = TC_UPOS_NOUN;
}

/* "Rubio will join Waltz for the Jeddah talks[VBZ] with Ukrainian officials", "attended the
 * Geneva talks[VBZ]": a plural event noun named after a place ("the Doha talks", "the Paris
 * attacks") the tagger read as a verb with "the Jeddah" its subject. No verb follows "for"
 * with a subject, nor is the bare clause object of a verb other than one of speech: after a
 * preposition, or as such an object, "the NAME talks" is a noun phrase (nouns19 session). The
 * name becomes the noun's compound, "the" its determiner, its "with" phrase its own. */
void tc_parse_repair_place_event_noun(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const events[] = {"talk", "attack", "strike", "clash", "raid", NULL};
    for (uint32_t v = 2; v < n; v++) {
        int event = 0;
        for (size_t e = 0; events[e] && !event; e++) event = !strcmp(w[v].lemma, events[e]);
        uint32_t x = v - 1, d = v - 2, h = w[v].head ? w[v].head - 1u : v;
        if (w[v].upos != TC_UPOS_VERB || strcmp(tc_parse_xpos_name(p, w[v].xpos), "VBZ") ||
            !event || w[x].upos != TC_UPOS_PROPN || w[x].head != v + 1 ||
            w[x].rel != TC_REL_NSUBJ || strcmp(w[d].lemma, "the") ||
            (w[d].head != x + 1 && w[d].head != v + 1) || !w[v].head || w[h].upos != TC_UPOS_VERB)
            continue;
        uint32_t mark = n;
        int bad = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            bad |= w[k].rel == TC_REL_OBJ || w[k].rel == TC_REL_AUX ||
                   (k < d && w[k].rel != TC_REL_MARK);
            if (w[k].rel == TC_REL_MARK && w[k].upos == TC_UPOS_ADP) mark = k;
        }
        int has_obj = 0; /* ("join[advcl] the Colombo talks": the verb's object) */
        for (uint32_t k = 0; k < n; k++) has_obj |= w[k].head == h + 1 && w[k].rel == TC_REL_OBJ;
        int object = (w[v].rel == TC_REL_CCOMP || (w[v].rel == TC_REL_ADVCL && !has_obj)) &&
                     mark == n && !tc_parse_speech_verb(w, h);
        if (bad || (mark == n && !object) ||
            (mark != n && w[v].rel != TC_REL_ADVCL && w[v].rel != TC_REL_CCOMP))
            continue;
        retag_plural(p, w, v);
        w[v].rel = object ? TC_REL_OBJ : TC_REL_OBL;
        if (mark != n) w[mark].rel = TC_REL_CASE;
        tc_parse_hang(w, x, v, TC_REL_COMPOUND);
        tc_parse_hang(w, d, v, TC_REL_DET);
        for (uint32_t k = v + 1; k < n; k++)
            if (w[k].head == v + 1 && w[k].rel == TC_REL_OBL) w[k].rel = TC_REL_NMOD;
    }
}

/* "Militants killed five soldiers and wounded[amod of eight] eight[conj]", "arrested 40
 * protesters but released[amod] 12[obl] of them": a past verb after a coordinator, hung as a
 * modifier on the bare number right after it, is the second verb of the clause (a number with
 * no noun takes no participle for adjective), the number its object (nouns19 session). */
void tc_parse_repair_coordinated_number_verb(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 1; v + 1 < n; v++) {
        uint32_t c = v - 1, x = v + 1, h = w[x].head ? w[x].head - 1u : x;
        if (w[v].upos != TC_UPOS_VERB || w[v].rel != TC_REL_AMOD || w[v].head != x + 1 ||
            w[c].upos != TC_UPOS_CCONJ || w[x].upos == TC_UPOS_PROPN || !w[x].head || h >= c ||
            w[h].upos != TC_UPOS_VERB)
            continue;
        const char *xv = tc_parse_xpos_name(p, w[v].xpos), *xx = tc_parse_xpos_name(p, w[x].xpos);
        if ((strcmp(xv, "VBD") && strcmp(xv, "VBN")) || strcmp(xx, "CD")) continue;
        int counted = 0; /* ("wounded[amod] 12 soldiers": a number counting a noun is no head) */
        for (uint32_t k = x + 1; k < n; k++)
            counted |= w[k].head == x + 1 && w[k].rel != TC_REL_NMOD && w[k].rel != TC_REL_PUNCT;
        if (counted) continue;
        tc_parse_hang(w, v, h, TC_REL_CONJ);
        tc_parse_hang(w, c, v, TC_REL_CC);
        tc_parse_hang(w, x, v, TC_REL_OBJ);
    }
}

/* "Putin met visiting[xcomp] Indian Prime Minister Narendra Modi[obj of visiting] in Moscow":
 * "visiting" right after a verb with no object of its own, before a person named with a title
 * or a nationality, is that one's adjective (news' "the visiting minister"): the visitor is the
 * verb's object, and what hung on "visiting" hangs on the verb. Not after a verb of going on
 * ("began visiting"). */
void tc_parse_repair_visiting(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t g = 1; g < n; g++) {
        if (strcmp(w[g].lemma, "visit") || strcmp(tc_parse_xpos_name(p, w[g].xpos), "VBG") ||
            w[g].head != g || w[g].rel != TC_REL_XCOMP || w[g - 1].upos != TC_UPOS_VERB)
            continue;
        uint32_t v = g - 1, o = n;
        int taken = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head == v + 1 && w[k].rel == TC_REL_OBJ) taken = 1;
            if (w[k].head == g + 1 && w[k].rel == TC_REL_OBJ && o == n) o = k;
            if (w[k].head == g + 1 &&
                (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_MARK))
                taken = 1;
        }
        /* (a person named with a title or a nationality: "began visiting[xcomp] Kenya" and
           "plans visiting South Africa" keep their reading) */
        int titled = 0;
        for (uint32_t k = g + 1; k < o; k++)
            titled |=
                w[k].head == o + 1 && (w[k].rel == TC_REL_AMOD || w[k].rel == TC_REL_NMOD_DESC);
        static const char *const going_on[] = {"begin",  "start",  "continue", "keep",      "stop",
                                               "finish", "resume", "avoid",    "consider",  "plan",
                                               "go",     "come",   "quit",     "recommend", NULL};
        for (size_t j = 0; going_on[j] && titled; j++) titled = strcmp(w[v].lemma, going_on[j]);
        if (taken || o == n || w[o].upos != TC_UPOS_PROPN || !titled) continue;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == g + 1 && k != o) w[k].head = (uint16_t)(v + 1);
        tc_parse_hang(w, o, v, TC_REL_OBJ);
        tc_parse_hang(w, g, o, TC_REL_AMOD);
    }
}

/* "filed a lawsuit against[mark] visiting[advcl] Saudi Crown Prince X[obj of visiting]": after
 * a preposition, "visiting" before a person named with a title or a nationality is that
 * one's adjective as after a verb (repair_visiting): the person is the preposition's object
 * on the word "visiting" hung on, the preposition its case. */
void tc_parse_repair_prep_visiting(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const preps[] = {"against", "with", "for", "by",    "to",   "from",
                                        "of",      "on",   "at",  "about", "upon", NULL};
    for (uint32_t g = 1; g < n; g++) {
        if (strcmp(w[g].lemma, "visit") || strcmp(tc_parse_xpos_name(p, w[g].xpos), "VBG") ||
            !w[g].head || w[g - 1].head != g + 1 ||
            (w[g - 1].rel != TC_REL_MARK && w[g - 1].rel != TC_REL_CASE))
            continue;
        int prep = 0;
        for (size_t j = 0; preps[j] && !prep; j++) prep = !strcmp(w[g - 1].lemma, preps[j]);
        uint32_t o = n;
        int taken = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head == g + 1 && w[k].rel == TC_REL_OBJ && o == n) o = k;
            if (w[k].head == g + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_AUX))
                taken = 1;
        }
        int titled = 0;
        for (uint32_t k = g + 1; k < o; k++)
            titled |=
                w[k].head == o + 1 && (w[k].rel == TC_REL_AMOD || w[k].rel == TC_REL_NMOD_DESC);
        if (!prep || taken || o == n || w[o].upos != TC_UPOS_PROPN || !titled) continue;
        uint32_t h = w[g].head - 1u;
        int verb = w[h].upos == TC_UPOS_VERB;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == g + 1 && k != o && k != g - 1) w[k].head = (uint16_t)(h + 1);
        tc_parse_hang(w, o, h, verb ? TC_REL_OBL : TC_REL_NMOD);
        tc_parse_hang(w, g - 1, o, TC_REL_CASE);
        tc_parse_hang(w, g, o, TC_REL_AMOD);
    }
}

/* "12 people were killed on March 5 as[case] Russian forces[nmod of 5] launched[advcl] air
 * strikes": a noun opened by a subordinator of time or cause and hung as a modifier on a word
 * before it, right before a finite verb with no subject of its own that does not lie in the
 * noun's phrase, is that verb's subject, and the subordinator its mark (the coder had given
 * the verb the main clause's passive subject, the victims, as the striker). Not "such as",
 * "as well as". (Session of 2026-12-07, the thirteenth: strictP13.) */
void tc_parse_repair_subordinate_subject(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const subs[] = {"as",    "when",    "after", "before", "while",
                                       "since", "because", "until", "once",   NULL};
    for (uint32_t m = 1; m + 2 < n; m++) {
        int sub = 0; /* (the relation first: asked of every word, the lemmas cost more) */
        for (size_t j = 0; subs[j] && !sub && w[m].rel == TC_REL_CASE; j++)
            sub = !strcmp(w[m].lemma, subs[j]);
        if (!sub || w[m].rel != TC_REL_CASE || !w[m].head || !strcmp(w[m - 1].lemma, "such") ||
            !strcmp(w[m - 1].lemma, "well"))
            continue;
        uint32_t x = w[m].head - 1u;
        if (x <= m || x + 1 >= n || (w[x].upos != TC_UPOS_NOUN && w[x].upos != TC_UPOS_PROPN) ||
            (w[x].rel != TC_REL_NMOD && w[x].rel != TC_REL_OBL) || !w[x].head ||
            w[x].head - 1u >= m || !tc_parse_phrase_of(w, m, x + 1, x))
            continue;
        uint32_t v = x + 1;
        while (v < n && (w[v].rel == TC_REL_AUX || w[v].rel == TC_REL_AUX_PASS) && w[v].head &&
               w[v].head - 1u > v)
            v = w[v].head - 1u;
        if (v >= n || w[v].upos != TC_UPOS_VERB || tc_parse_phrase_of(w, v, v + 1, x)) continue;
        const char *xp = tc_parse_xpos_name(p, w[v].xpos);
        int finite = !strcmp(xp, "VBD") || !strcmp(xp, "VBZ") || !strcmp(xp, "VBP"), subj = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (w[k].head != v + 1) continue;
            subj |= w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS ||
                    w[k].rel == TC_REL_EXPL || w[k].rel == TC_REL_MARK;
            finite |= (w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_AUX_PASS) && k > x;
        }
        if (!finite || subj) continue;
        tc_parse_hang(w, x, v, TC_REL_NSUBJ);
        tc_parse_hang(w, m, v, TC_REL_MARK);
    }
}

/* "released two soldiers[nsubj of held] held[ccomp] captive", "will release two
 * soldiers[obj] held[amod of captive] captive[obj of release]": a noun followed by "held
 * captive", "held hostage" or "held prisoner" is the one held, as the parser reads "a
 * journalist held[acl, VBN] hostage[obj]": the noun is the verb's object (it had no target,
 * or "captive" was its words), "held" its participle. (Session of 2026-12-07, the
 * thirteenth: strictP13.) */
void tc_parse_repair_held_captive(const tc_parser *p, tc_word *w, uint32_t n)
{
    static const char *const held_as[] = {"captive", "hostage", "prisoner", NULL};
    for (uint32_t h = 2; h + 1 < n; h++) {
        uint32_t x = h - 1, c = h + 1;
        if (strcmp(w[h].lemma, "hold")) continue; /* (before the three: most words are none) */
        int as = 0;
        for (size_t j = 0; held_as[j] && !as; j++) as = !strcmp(w[c].lemma, held_as[j]);
        if (!as || !w[h].head || !w[x].head ||
            (w[x].upos != TC_UPOS_NOUN && w[x].upos != TC_UPOS_PROPN))
            continue;
        if (w[x].rel == TC_REL_NSUBJ && w[x].head == h + 1 && w[h].head - 1u < x &&
            (w[h].rel == TC_REL_CCOMP || w[h].rel == TC_REL_XCOMP || w[h].rel == TC_REL_ADVCL ||
             w[h].rel == TC_REL_PARATAXIS)) {
            uint32_t g = w[h].head - 1u;
            int obj = 0;
            for (uint32_t k = 0; k < n && !obj; k++)
                obj = w[k].head == g + 1 && w[k].rel == TC_REL_OBJ;
            if (obj) continue;
            tc_parse_hang(w, x, g, TC_REL_OBJ);
        } else if (w[x].rel == TC_REL_OBJ && w[h].rel == TC_REL_AMOD && w[h].head == c + 1 &&
                   w[c].rel == TC_REL_OBJ && w[c].head == w[x].head) {
            for (uint32_t k = 0; k < n; k++) /* "held captive by them[nmod of captive]" */
                if (w[k].head == c + 1 && k != h) {
                    w[k].head = (uint16_t)(h + 1);
                    if (w[k].rel == TC_REL_NMOD) w[k].rel = TC_REL_OBL;
                }
        } else
            continue;
        tc_parse_hang(w, h, x, TC_REL_ACL);
        tc_parse_hang(w, c, h, w[c].upos == TC_UPOS_ADJ ? TC_REL_XCOMP : TC_REL_OBJ);
        if (p->xpos_vbn < p->nxpos) w[h].xpos = (uint8_t)p->xpos_vbn;
        for (uint32_t i = 0; i < p->nfeats; i++) /* (and a past participle's features) */
            if (!strcmp(p->strings + p->feats_name[i], "Tense=Past|VerbForm=Part")) {
                w[h].feats = (uint16_t)i;
                break;
            }
    }
}

/* "Somalia said Kenyan troops[nsubj of killed] killed[amod] dozens[obj of said]": a past
 * tense or participle read as the adjective of the noun after it, with a subject of its own
 * before it, is the verb of the clause the noun was taken to be: it takes the noun's place
 * (a verb's object or complement: the clause it says, ccomp) and the noun becomes its
 * object. */
void tc_parse_repair_subject_modifier(const tc_parser *p, tc_word *w, uint32_t n)
{
    for (uint32_t v = 1; v + 1 < n; v++) {
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        if (w[v].rel != TC_REL_AMOD || w[v].upos != TC_UPOS_VERB || !w[v].head ||
            w[v].head - 1u <= v || (strcmp(x, "VBD") && strcmp(x, "VBN")))
            continue;
        uint32_t h = w[v].head - 1u;
        if ((w[h].rel != TC_REL_OBJ && w[h].rel != TC_REL_CCOMP) || !w[h].head ||
            w[w[h].head - 1u].upos != TC_UPOS_VERB)
            continue;
        int subj = 0;
        for (uint32_t k = 0; k < v && !subj; k++)
            subj = w[k].head == v + 1 && w[k].rel == TC_REL_NSUBJ;
        if (!subj) continue;
        tc_parse_hang(w, v, w[h].head - 1u, TC_REL_CCOMP);
        tc_parse_hang(w, h, v, TC_REL_OBJ);
    }
}

/* "A plane used[root] to help Afghan troops crashed[xcomp of help] near Kabul": a past
 * tense after a subject and an infinitive of purpose, hung inside that infinitive as its
 * complement, is the sentence's verb; the first verb is a participle modifying the subject. */
void tc_parse_repair_reduced_relative(const tc_parser *p, tc_word *w, uint32_t n)
{
    uint32_t r = tc_parse_root(w, n);
    if (r == n || w[r].upos != TC_UPOS_VERB || strcmp(tc_parse_xpos_name(p, w[r].xpos), "VBD"))
        return;
    uint32_t subj = n, inf = n;
    for (uint32_t k = 0; k < n; k++) {
        if (w[k].head != r + 1) continue;
        if (w[k].rel == TC_REL_NSUBJ && k < r &&
            (w[k].upos == TC_UPOS_NOUN || w[k].upos == TC_UPOS_PROPN))
            subj = k;
        if (w[k].rel == TC_REL_XCOMP && k > r) inf = k;
        if (w[k].rel == TC_REL_AUX || w[k].rel == TC_REL_OBJ) return; /* "used the plane" */
    }
    if (subj == n || inf == n || subj + 1 != r) return;
    for (uint32_t v = inf + 1; v < n; v++) {
        const char *x = tc_parse_xpos_name(p, w[v].xpos);
        if (w[v].upos != TC_UPOS_VERB || (strcmp(x, "VBD") && strcmp(x, "VBN")) ||
            w[v].head != inf + 1 || w[v].rel != TC_REL_XCOMP)
            continue;
        if (w[v - 1].upos == TC_UPOS_CCONJ || w[v - 1].upos == TC_UPOS_PUNCT) return;
        for (uint32_t k = 0; k < n; k++)
            if (w[k].head == v + 1 && (w[k].rel == TC_REL_NSUBJ || w[k].rel == TC_REL_NSUBJ_PASS))
                return;
        w[v].head = 0;
        w[v].rel = TC_REL_ROOT;
        tc_parse_hang(w, subj, v, TC_REL_NSUBJ);
        tc_parse_hang(w, r, subj, TC_REL_ACL);
        for (uint32_t k = v + 1; k < n; k++) /* the final punctuation */
            if (w[k].head == r + 1 && w[k].upos == TC_UPOS_PUNCT) w[k].head = (uint16_t)(v + 1);
        return;
    }
}

/* "threatened that if X did not comply, Y would cut ties": the parser takes the condition's
 * verb for the complement of "that" and hangs the clause with "would" beside it (parataxis):
 * the clause with the modal is the complement, the condition its adverbial clause, and "that"
 * its mark. */
void tc_parse_repair_that_if(tc_word *w, uint32_t n)
{
    static const char *const modals[] = {"would", "will", "could", "might", "shall", NULL};
    for (uint32_t c = 1; c < n; c++) {
        if (w[c].rel != TC_REL_CCOMP || !w[c].head || w[c].upos != TC_UPOS_VERB) continue;
        uint32_t v = w[c].head - 1u, that = n, cond = n;
        for (uint32_t k = 0; k < c; k++) {
            if (w[k].head != c + 1 || w[k].rel != TC_REL_MARK) continue;
            if (!strcmp(w[k].lemma, "that")) that = k;
            if (!strcmp(w[k].lemma, "if") || !strcmp(w[k].lemma, "unless")) cond = k;
        }
        if (that == n || cond == n || cond != that + 1 || v > that) continue;
        /* (the modal's clause hung on the main verb, or joined to the condition's verb) */
        uint32_t q = n;
        for (uint32_t k = c + 1; k < n && q == n; k++) {
            if ((w[k].head != v + 1 && w[k].head != c + 1) || w[k].upos != TC_UPOS_VERB ||
                (w[k].rel != TC_REL_PARATAXIS && w[k].rel != TC_REL_CONJ))
                continue;
            for (uint32_t j = c + 1; j < k && q == n; j++) {
                int modal = 0;
                for (size_t m = 0; modals[m] && !modal; m++) modal = !strcmp(w[j].lemma, modals[m]);
                if (modal && w[j].head == k + 1 && w[j].rel == TC_REL_AUX) q = k;
            }
        }
        if (q == n) continue;
        /* ... and its subject, taken for the condition's object right before the modal
           ("if Uganda did not comply, Kenya[obj] would cut ties") */
        for (uint32_t k = c + 1; k + 1 < q; k++)
            if (w[k].head == c + 1 && w[k].rel == TC_REL_OBJ && w[k + 1].head == q + 1 &&
                w[k + 1].rel == TC_REL_AUX && k > 0 && !strcmp(w[k - 1].lemma, ","))
                tc_parse_hang(w, k, q, TC_REL_NSUBJ);
        tc_parse_hang(w, q, v, TC_REL_CCOMP);
        tc_parse_hang(w, c, q, TC_REL_ADVCL);
        tc_parse_hang(w, that, q, TC_REL_MARK);
    }
}

/* Whatever the repairs did, the words form one tree: a word whose heads loop is hung on the
 * root (a repair's mistake must cost an arc, never a loop in the code that climbs the tree). */
void tc_parse_untangle(tc_word *w, uint32_t n)
{
    uint32_t root = tc_parse_root(w, n);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t h = i, steps = 0;
        while (w[h].head && steps++ <= n) h = w[h].head - 1u;
        if (!w[h].head) continue;
        if (root == n) { /* no root left: this word is it */
            w[i].head = 0;
            w[i].rel = TC_REL_ROOT;
            root = i;
        } else {
            tc_parse_hang(w, i, root, TC_REL_DEP);
        }
    }
}
