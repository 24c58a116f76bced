/* parse_repair5: a preposition hung on the number of the nominal it marks (dev18, issue 14):
 * "opened its borders to[case of million] about one million refugees", "gave food to[case of
 * 300,000] some 300,000 people". In UD the case marker hangs on the nominal's head noun, the
 * number being only its nummod; the parser, misled by the "about" or "some" before the
 * number, hangs it on the number, and the coder then finds no "to X" target on the verb.
 * Called from tc_parse_repair (parse_repair.c). */
#include "parse.h"

#include "parse_repair.h"

#include <string.h>

/* The noun the number at k quantifies: up its chain of compound and nummod numbers ("one"
 * compound of "million", nummod of "refugees") to the first word that is no number; n when
 * the chain ends in no noun. */
static uint32_t quantified_noun(const tc_word *w, uint32_t n, uint32_t k)
{
    for (int steps = 0; steps < 4 && w[k].upos == TC_UPOS_NUM && w[k].head; steps++) {
        if (w[k].rel != TC_REL_NUMMOD && w[k].rel != TC_REL_COMPOUND) return n;
        k = w[k].head - 1u;
    }
    return w[k].upos == TC_UPOS_NOUN || w[k].upos == TC_UPOS_PROPN ? k : n;
}

void tc_parse_repair_number_case(tc_word *w, uint32_t n)
{
    for (uint32_t a = 0; a < n; a++) {
        if (w[a].rel != TC_REL_CASE || w[a].upos != TC_UPOS_ADP || !w[a].head) continue;
        uint32_t h = w[a].head - 1u;
        /* the preposition before the number, the number inside a larger nominal */
        if (h <= a || w[h].upos != TC_UPOS_NUM) continue;
        uint32_t noun = quantified_noun(w, n, h);
        if (noun < n && noun > h) tc_parse_hang(w, a, noun, TC_REL_CASE);
    }
}

/* "Al-Sharaa's HTS is an Islamist group": a possessive's "'s" inside one flat name
 * (prec20, issue 14). The parser reads the two names as one, the possessor its head and the
 * name owned after "'s" a flat part of it, so the possessor takes the whole name's place (the
 * subject, a target). In English "X's Y" heads on Y: the first word after "'s" takes the head's
 * place, the possessor hangs on it as nmod:poss, and the flat words and other dependents after
 * "'s" follow it. */
void tc_parse_repair_possessive_flat(tc_word *w, uint32_t n)
{
    for (uint32_t a = 0; a + 1 < n; a++) {
        if (w[a].rel != TC_REL_CASE || w[a].upos != TC_UPOS_PART || !w[a].head || !w[a].lemma ||
            (strcmp(w[a].lemma, "'s") && strcmp(w[a].lemma, "'")))
            continue;
        uint32_t h = w[a].head - 1u, y = a + 1;
        if (h >= a || w[h].upos != TC_UPOS_PROPN || w[y].head != h + 1 || w[y].rel != TC_REL_FLAT ||
            w[y].upos != TC_UPOS_PROPN)
            continue;
        w[y].head = w[h].head, w[y].rel = w[h].rel;
        for (uint32_t k = y + 1; k < n; k++)
            if (w[k].head == h + 1) w[k].head = (uint16_t)(y + 1);
        tc_parse_hang(w, h, y, TC_REL_NMOD_POSS);
    }
}
