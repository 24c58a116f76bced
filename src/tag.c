/* tag: averaged-perceptron tagging of (UPOS, Penn tag) pairs left to right, then lemma and
 * features from the model's word tables, WordNet's exceptions and learnt suffix rules. */
#include "tag.h"

#include "hash.h"

#include <stdint.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

enum { F_CAP = 1, F_UPPER = 2, F_DIGIT = 4, F_HYPHEN = 8, F_NONASCII = 16, F_PUNCT = 32 };

uint64_t tc_tag_key(const char *s, size_t len, uint64_t seed)
{
    /* tc_hash64 only XORs its seed in: mix the seed after hashing, or "a" with one seed
       equals "b" with another */
    uint64_t h = tc_fmix(tc_hash64(s, len, 0), 0x2545f4914f6cdd1dull * (seed + 1));
    return h ? h : 1;
}

size_t tc_tag_lower(const char *form, uint32_t len, char *buf)
{
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)form[i];
        buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[len] = '\0';
    return len;
}

/* Word shape: X for upper-case, x lower, d digit, other bytes as they are; a run of one
 * class is cut at two ("Xxxxx" -> "Xxx"... "Xxx"), at most 12 bytes. */
static uint64_t shape_of(const char *s, uint32_t len, uint32_t *flags)
{
    char buf[16];
    int n = 0, run = 0;
    char last = 0;
    *flags = 0;
    for (uint32_t i = 0; i < len && n < 12; i++) {
        unsigned char c = (unsigned char)s[i];
        char k;
        if (c >= 'A' && c <= 'Z')
            k = 'X';
        else if (c >= 'a' && c <= 'z')
            k = 'x';
        else if (c >= '0' && c <= '9')
            k = 'd', *flags |= F_DIGIT;
        else if (c >= 0x80)
            k = 'u', *flags |= F_NONASCII;
        else
            k = (char)c, *flags |= c == '-' ? F_HYPHEN : F_PUNCT;
        run = k == last ? run + 1 : 1;
        last = k;
        if (run <= 2) buf[n++] = k;
    }
    if (len && s[0] >= 'A' && s[0] <= 'Z') *flags |= F_CAP;
    int upper = 1, letters = 0;
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (c >= 'a' && c <= 'z') upper = 0;
    }
    if (upper && letters) *flags |= F_UPPER;
    return tc_tag_key(buf, (size_t)n, 7);
}

static uint64_t wn_lookup(const tc_parser *p, const char *s, size_t n)
{
    uint64_t v = 0;
    return tc_fmap_get(&p->wn, tc_tag_key(s, n, 600), &v) ? v : 0;
}

/* WordNet's morphy: the parts of speech a lower-case word may have, through its detachment
 * rules ("attacks" -> "attack" noun and verb, "shelled" -> "shell" verb) and its exceptions. */
static uint64_t wordnet_mask(const tc_parser *p, const char *w, uint32_t n)
{
    static const struct {
        const char *suf, *rep;
        uint64_t pos;
        uint8_t sl, rl; /* their lengths */
    } rules[] = {
#define R(suf, rep, pos) {suf, rep, pos, sizeof suf - 1, sizeof rep - 1}
        R("s", "", TC_WN_NOUN | TC_WN_VERB),
        R("ses", "s", TC_WN_NOUN),
        R("xes", "x", TC_WN_NOUN),
        R("zes", "z", TC_WN_NOUN),
        R("ches", "ch", TC_WN_NOUN),
        R("shes", "sh", TC_WN_NOUN),
        R("men", "man", TC_WN_NOUN),
        R("ies", "y", TC_WN_NOUN | TC_WN_VERB),
        R("es", "e", TC_WN_VERB),
        R("es", "", TC_WN_VERB),
        R("ed", "e", TC_WN_VERB),
        R("ed", "", TC_WN_VERB),
        R("ing", "e", TC_WN_VERB),
        R("ing", "", TC_WN_VERB),
        R("er", "", TC_WN_ADJ),
        R("est", "", TC_WN_ADJ),
        R("er", "e", TC_WN_ADJ),
        R("est", "e", TC_WN_ADJ),
#undef R
    };
    if (!p->wn.n || n >= 60) return 0;
    uint64_t mask = wn_lookup(p, w, n);
    char buf[64];
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++) {
        size_t sl = rules[i].sl, rl = rules[i].rl;
        /* (the last letter first: most words end in none of them) */
        if (n <= sl + 1 || w[n - 1] != rules[i].suf[sl - 1] || memcmp(w + n - sl, rules[i].suf, sl))
            continue;
        memcpy(buf, w, n - sl);
        memcpy(buf + n - sl, rules[i].rep, rl);
        mask |= wn_lookup(p, buf, n - sl + rl) & rules[i].pos;
    }
    uint64_t v;
    for (uint64_t g = 1; g <= 4; g++)
        if (tc_fmap_get(&p->lem_exc, tc_tag_key(w, n, 400 + g), &v)) mask |= 1ull << (g - 1);
    return mask ? mask | TC_WN_KNOWN : 0;
}

/* Each thread keeps the atoms of the forms it saw last, by the form's bytes (compared whole)
 * and the model's serial (tc_parser.serial): the word tables' and WordNet's lookups of a
 * frequent word are done once. */
enum { ATOM_SLOTS = 4096 };
typedef struct {
    uint64_t serial; /* 0: empty */
    uint32_t n;
    char form[63];
    tc_tagword tw;
} form_atoms;
static _Thread_local form_atoms atoms_cache[ATOM_SLOTS];

static void compute_atoms(const tc_parser *p, const char *form, uint32_t n, tc_tagword *tw);

void tc_tag_atoms(const tc_parser *p, const char *form, uint32_t len, tc_tagword *tw)
{
    uint32_t n = len < 63 ? len : 63;
    if (!p || !p->serial) {
        compute_atoms(p, form, n, tw);
        return;
    }
    form_atoms *c = &atoms_cache[tc_hash64(form, n, 0) & (ATOM_SLOTS - 1)];
    if (c->serial != p->serial || c->n != n || memcmp(c->form, form, n) != 0) {
        compute_atoms(p, form, n, &c->tw);
        c->serial = p->serial;
        c->n = n;
        memcpy(c->form, form, n);
    }
    *tw = c->tw;
}

/* The atoms of form[0..n), n below 64. */
static void compute_atoms(const tc_parser *p, const char *form, uint32_t n, tc_tagword *tw)
{
    char low[64];
    tc_tag_lower(form, n, low);
    memset(tw, 0, sizeof *tw);
    tw->w = tc_tag_key(low, n, 1);
    tw->exact = tc_tag_key(form, n, 2);
    for (uint32_t k = 0; k < 4; k++) {
        uint32_t m = k + 1 < n ? k + 1 : n;
        tw->suf[k] = tc_tag_key(low + n - m, m, 10 + k);
    }
    for (uint32_t k = 0; k < 3; k++) tw->pre[k] = tc_tag_key(low, k + 1 < n ? k + 1 : n, 20 + k);
    tw->shape = shape_of(form, n, &tw->flags);
    if (p && tc_fmap_get(&p->amb, tw->w, &tw->amb)) {
        uint32_t sure = (uint32_t)(tw->amb >> 56);
        tw->sure = sure <= p->nclass ? sure : 0;
        tw->amb &= (1ull << 56) - 1;
    }
    /* a word seen too rarely to have an ambiguity class is unknown: training then learns
       from its rare words what decoding must do with the unseen ones (affixes, shape and
       what WordNet says it may be) */
    if (!tw->amb) {
        tw->w = tw->exact = 0x5eed0000ull;
        if (p) tw->wn = wordnet_mask(p, low, n);
    }
}

/* Atoms of the positions outside the sentence: left, right. */
#define PAD(h)                                                                                     \
    {                                                                                              \
        h, h, {h, h, h, h}, {h, h, h}, h, h, 0, h, h, 0                                            \
    }
static const tc_tagword pad[2] = {PAD(0xb0da0000ull), PAD(0xb0da0001ull)};
#undef PAD

static const tc_tagword *at(const tc_tagword *tw, uint32_t n, long i)
{
    if (i < 0) return &pad[0];
    if (i >= (long)n) return &pad[1];
    return &tw[i];
}

int tc_tag_features(const tc_tagword *tw, uint32_t n, uint32_t i, const uint8_t *xpos, uint64_t *f)
{
    const tc_tagword *w = &tw[i], *l1 = at(tw, n, (long)i - 1), *l2 = at(tw, n, (long)i - 2);
    const tc_tagword *r1 = at(tw, n, (long)i + 1), *r2 = at(tw, n, (long)i + 2);
    uint64_t t1 = i >= 1 ? xpos[i - 1] : 250, t2 = i >= 2 ? xpos[i - 2] : 250;
    int k = 0;
    f[k++] = tc_feat3(0, 0, 0, 0);
    f[k++] = tc_feat3(1, w->w, 0, 0);
    f[k++] = tc_feat3(2, w->exact, 0, 0);
    for (int j = 0; j < 4; j++) f[k++] = tc_feat3(3 + (uint32_t)j, w->suf[j], 0, 0);
    for (int j = 0; j < 3; j++) f[k++] = tc_feat3(7 + (uint32_t)j, w->pre[j], 0, 0);
    f[k++] = tc_feat3(10, w->shape, 0, 0);
    f[k++] = tc_feat3(11, w->flags, i == 0, 0);
    f[k++] = tc_feat3(12, t1, 0, 0);
    f[k++] = tc_feat3(13, t1, t2, 0);
    f[k++] = tc_feat3(14, t1, w->w, 0);
    f[k++] = tc_feat3(15, l1->w, 0, 0);
    f[k++] = tc_feat3(16, l1->suf[2], 0, 0);
    f[k++] = tc_feat3(17, l2->w, 0, 0);
    f[k++] = tc_feat3(18, r1->w, 0, 0);
    f[k++] = tc_feat3(19, r1->suf[2], 0, 0);
    f[k++] = tc_feat3(20, r2->w, 0, 0);
    f[k++] = tc_feat3(21, w->amb, 0, 0);
    f[k++] = tc_feat3(22, r1->amb, 0, 0);
    f[k++] = tc_feat3(23, r2->amb, 0, 0);
    f[k++] = tc_feat3(24, l1->w, w->w, 0);
    f[k++] = tc_feat3(25, w->w, r1->w, 0);
    f[k++] = tc_feat3(26, t1, r1->amb, 0);
    f[k++] = tc_feat3(27, t1, w->suf[2], 0);
    f[k++] = tc_feat3(28, w->amb, r1->amb, 0);
    f[k++] = tc_feat3(29, t1, w->amb, 0);
    f[k++] = tc_feat3(30, r1->shape, 0, 0);
    f[k++] = tc_feat3(31, l1->shape, w->shape, 0);
    f[k++] = tc_feat3(32, w->suf[1], r1->w, 0);
    f[k++] = tc_feat3(33, w->wn, 0, 0);
    f[k++] = tc_feat3(34, w->wn, w->suf[1], 0);
    f[k++] = tc_feat3(35, w->wn, t1, 0);
    f[k++] = tc_feat3(36, r1->wn, r1->amb, 0);
    return k;
}

/* WordNet's parts of speech (TC_WN_*) of word w[0..len) in lower case; 0 for a word of 40
 * bytes or more. */
static uint64_t word_wn(const tc_parser *p, const char *w, uint32_t len)
{
    char low[40];
    if (len >= sizeof low) return 0;
    tc_tag_lower(w, len, low);
    return wordnet_mask(p, low, len);
}

/* Gives word i the tagger's class c (its UPOS and Penn tag). */
static void retag(const tc_parser *p, uint32_t c, uint32_t i, uint8_t *cls, uint8_t *upos,
                  uint8_t *xpos)
{
    cls[i] = (uint8_t)c;
    upos[i] = p->cls_upos[c];
    xpos[i] = p->cls_xpos[c];
}

/* Could word i be a verb's base form: seen so in the treebank, or a verb to WordNet? */
static int base_verb(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                     const uint32_t *len, uint32_t i)
{
    return (tw[i].amb >> p->cls_xpos[p->cls_vb] & 1) || (word_wn(p, words[i], len[i]) & TC_WN_VERB);
}

/* Is word w[0..len), in lower case, one of list (a word of 40 bytes or more never is)? */
static int lower_in(const char *w, uint32_t len, const char *const *list)
{
    char low[40];
    if (len >= sizeof low) return 0;
    tc_tag_lower(w, len, low);
    for (; *list; list++)
        if (!strcmp(low, *list)) return 1;
    return 0;
}

static int wn_group(const char *x);

/* The tag lists of the repairs below (tc_tag_finite, tc_tag_possessed), by index into
 * p->xset. */
enum {
    XS_FINITE,
    XS_BEFORE,
    XS_READINGS,
    XS_OBJECT,
    XS_NOMINAL,
    XS_NAME,
    XS_PROPER,
    XS_PLURAL,
    XS_HEADLINE_OBJECT,
    XS_PRESENT,
    XS_PAST,
    XS_THIRD,
    XS_INSIDE,
    XS_CLOSED,
    XS_MODAL,
    XS_ADJ,
    XS_MODAL_OBJECT,
    XS_PHRASE,
    XS_HEAD,
    XS_OBJECT_WORD,
    XS_COUNT
};
static const char *const xset_names[XS_COUNT][16] = {
    [XS_FINITE] = {"VBD", "VBZ", "VBP", "MD"},
    [XS_BEFORE] = {"NN", "NNS", "NNP", "NNPS", "PRP", "-RRB-"},
    [XS_READINGS] = {"VBN", "JJ"},
    /* what may open an object right after a past tense ("drones attacked Russia") */
    [XS_OBJECT] = {"DT", "NNP", "NNPS", "PRP", "PRP$", "CD"},
    /* what may follow the past tense after a sentence's opening name (tc_tag_finite) */
    [XS_NOMINAL] = {"NN", "NNS", "JJ"},
    /* what a sentence's opening name is made of (opens_sentence), and its last word */
    [XS_NAME] = {"NNP", "NNPS", "DT", "NN", "JJ", "POS"},
    [XS_PROPER] = {"NNP", "NNPS"},
    /* a headline's present tense read as a plural noun, and what may follow it */
    [XS_PLURAL] = {"NNS"},
    [XS_HEADLINE_OBJECT] = {"DT", "NNP", "NNPS", "PRP", "PRP$", "CD", "NN", "JJ"},
    /* a sentence's first word read as a verb before a past tense (tc_tag_opening_noun) */
    [XS_PRESENT] = {"VB", "VBZ", "VBP"},
    [XS_PAST] = {"VBD", "VBN"},
    [XS_THIRD] = {"VBZ"},
    [XS_INSIDE] = {"NN", "NNP", "NNPS", "JJ"},
    [XS_CLOSED] = {"IN", "CC", "DT", "PDT", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "TO", "MD",
                   "EX", "POS", "RP"},
    /* an adjective or a noun right after a modal that is a verb before its object (tc_tag_modal) */
    [XS_MODAL] = {"MD"},
    [XS_ADJ] = {"JJ", "NN"}, /* ... or a noun: "will ease[NN] sanctions" */
    [XS_MODAL_OBJECT] = {"DT", "NNP", "NNPS", "PRP", "PRP$", "CD", "NN", "NNS"},
    /* a noun phrase between a subordinating word and its verb (tc_tag_clause_past), its head */
    [XS_PHRASE] = {"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH"},
    [XS_HEAD] = {"NN", "NNS", "NNP", "NNPS", "PRP"},
    /* what may stand between a particle and its object's head (tc_tag_particle_object) */
    [XS_OBJECT_WORD] = {"NN", "JJ", "DT", "CD", "NNP"},
};

static uint32_t class_of(const tc_parser *p, int upos, const char *xname)
{
    for (uint32_t c = 0; c < p->nclass; c++)
        if (p->cls_upos[c] == upos && !strcmp(p->strings + p->xpos_name[p->cls_xpos[c]], xname))
            return c;
    return p->nclass;
}

_Static_assert(XS_COUNT <= sizeof((tc_parser *)0)->xset / sizeof(uint64_t), "tc_parser.xset");

void tc_tag_prepare(tc_parser *p)
{
    memset(p->wn_xpos, 0, sizeof p->wn_xpos);
    memset(p->xset, 0, sizeof p->xset);
    p->xpos_vbn = p->nxpos;
    for (uint32_t x = 0; x < p->nxpos; x++) {
        const char *name = p->strings + p->xpos_name[x];
        if (!strcmp(name, "VBN") && p->xpos_vbn == p->nxpos) p->xpos_vbn = x;
        if (x >= 64) continue;
        p->wn_xpos[wn_group(name)] |= 1ull << x;
        for (size_t k = 0; k < sizeof xset_names / sizeof *xset_names; k++)
            for (size_t j = 0; xset_names[k][j]; j++)
                if (!strcmp(name, xset_names[k][j])) p->xset[k] |= 1ull << x;
    }
    p->closed = p->xset[XS_CLOSED];
    for (uint32_t c = 0; c < p->nclass && c <= TC_TAG_MAXCLASS; c++)
        p->cls_bit[c] = p->cls_xpos[c] >= 64 ? 0 : 1ull << p->cls_xpos[c];
    p->cls_vbd = class_of(p, TC_UPOS_VERB, "VBD");
    p->cls_nns = class_of(p, TC_UPOS_NOUN, "NNS");
    p->cls_vbz = class_of(p, TC_UPOS_VERB, "VBZ");
    p->cls_vb = class_of(p, TC_UPOS_VERB, "VB");
    p->cls_nnp = class_of(p, TC_UPOS_PROPN, "NNP");
    p->cls_nn = class_of(p, TC_UPOS_NOUN, "NN");
    p->cls_to = class_of(p, TC_UPOS_PART, "TO");
    p->cls_vbp = class_of(p, TC_UPOS_VERB, "VBP");
    p->cls_vbg = class_of(p, TC_UPOS_VERB, "VBG");
}

/* The Penn tags word w may be given (tc_tag_words says which), a bit each (tags past 64 are
 * always allowed): the treebank's own tagging of "Police beat protesters" (beat: IN) or "Trump
 * ordered" (ordered: CC) is no news English, and neither is "diplomat" a verb. */
static uint64_t allowed(const tc_parser *p, const tc_tagword *w)
{
    static const uint64_t wn_pos[] = {0, TC_WN_NOUN, TC_WN_VERB, TC_WN_ADJ, TC_WN_ADV};
    uint64_t open = ~0ull;
    if (!w->amb && (w->wn & TC_WN_KNOWN)) {
        open = p->wn_xpos[0];
        for (int g = 1; g < 5; g++)
            if (w->wn & wn_pos[g]) open |= p->wn_xpos[g];
    }
    return (p->closed & w->amb) | (~p->closed & open);
}

/* tc_tag_features in three parts: the features that read word i's own atoms alone (and
 * whether it opens the sentence), those that read the next word's alone, and the rest.
 * Together the same set (test_tag_split checks it), so that the sums of the first two, once
 * added up, can be kept for the word's next occurrence (tc_tag_words). */
enum { ROLE_OWN, ROLE_OWN_FIRST, ROLE_NEXT };

static int role_features(const tc_tagword *w, int role, uint64_t *f)
{
    int k = 0;
    if (role == ROLE_NEXT) {
        f[k++] = tc_feat3(18, w->w, 0, 0);
        f[k++] = tc_feat3(19, w->suf[2], 0, 0);
        f[k++] = tc_feat3(22, w->amb, 0, 0);
        f[k++] = tc_feat3(30, w->shape, 0, 0);
        f[k++] = tc_feat3(36, w->wn, w->amb, 0);
        return k;
    }
    f[k++] = tc_feat3(0, 0, 0, 0);
    f[k++] = tc_feat3(1, w->w, 0, 0);
    f[k++] = tc_feat3(2, w->exact, 0, 0);
    for (int j = 0; j < 4; j++) f[k++] = tc_feat3(3 + (uint32_t)j, w->suf[j], 0, 0);
    for (int j = 0; j < 3; j++) f[k++] = tc_feat3(7 + (uint32_t)j, w->pre[j], 0, 0);
    f[k++] = tc_feat3(10, w->shape, 0, 0);
    f[k++] = tc_feat3(11, w->flags, role == ROLE_OWN_FIRST, 0);
    f[k++] = tc_feat3(21, w->amb, 0, 0);
    f[k++] = tc_feat3(33, w->wn, 0, 0);
    f[k++] = tc_feat3(34, w->wn, w->suf[1], 0);
    return k;
}

static int context_features(const tc_tagword *tw, uint32_t n, uint32_t i, const uint8_t *xpos,
                            uint64_t *f)
{
    const tc_tagword *w = &tw[i], *l1 = at(tw, n, (long)i - 1), *l2 = at(tw, n, (long)i - 2);
    const tc_tagword *r1 = at(tw, n, (long)i + 1), *r2 = at(tw, n, (long)i + 2);
    uint64_t t1 = i >= 1 ? xpos[i - 1] : 250, t2 = i >= 2 ? xpos[i - 2] : 250;
    int k = 0;
    f[k++] = tc_feat3(12, t1, 0, 0);
    f[k++] = tc_feat3(13, t1, t2, 0);
    f[k++] = tc_feat3(14, t1, w->w, 0);
    f[k++] = tc_feat3(15, l1->w, 0, 0);
    f[k++] = tc_feat3(16, l1->suf[2], 0, 0);
    f[k++] = tc_feat3(17, l2->w, 0, 0);
    f[k++] = tc_feat3(20, r2->w, 0, 0);
    f[k++] = tc_feat3(23, r2->amb, 0, 0);
    f[k++] = tc_feat3(24, l1->w, w->w, 0);
    f[k++] = tc_feat3(25, w->w, r1->w, 0);
    f[k++] = tc_feat3(26, t1, r1->amb, 0);
    f[k++] = tc_feat3(27, t1, w->suf[2], 0);
    f[k++] = tc_feat3(28, w->amb, r1->amb, 0);
    f[k++] = tc_feat3(29, t1, w->amb, 0);
    f[k++] = tc_feat3(31, l1->shape, w->shape, 0);
    f[k++] = tc_feat3(32, w->suf[1], r1->w, 0);
    f[k++] = tc_feat3(35, w->wn, t1, 0);
    return k;
}

int tc_tag_split_features(const tc_tagword *tw, uint32_t n, uint32_t i, const uint8_t *xpos,
                          uint64_t *f)
{
    int k = role_features(&tw[i], i == 0 ? ROLE_OWN_FIRST : ROLE_OWN, f);
    k += role_features(at(tw, n, (long)i + 1), ROLE_NEXT, f + k);
    return k + context_features(tw, n, i, xpos, f + k);
}

/* Each thread keeps the summed weights of the role features of the words it tagged last, by
 * role and the atoms they read (compared whole: a hit gives the very sums a new scoring
 * would), for a model of at most CACHE_CLASSES classes; a slot names its model by serial
 * (tc_parser.serial, never reused), so that a model freed and another loaded at its address
 * never meets the first's sums. Over the VOA sentences 7 lookups in 10 hit. */
enum { CACHE_SLOTS = 4096, CACHE_CLASSES = 104, CACHE_ATOMS = 13 };
typedef struct {
    uint64_t serial; /* 0: empty */
    uint64_t atoms[CACHE_ATOMS];
    int32_t score[CACHE_CLASSES];
} role_sums;
static _Thread_local role_sums sums_cache[CACHE_SLOTS];

static void role_atoms(const tc_tagword *w, int role, uint64_t *k)
{
    k[0] = w->w, k[1] = w->exact, k[2] = w->shape, k[3] = w->amb, k[4] = w->wn;
    k[5] = (uint64_t)w->flags << 2 | (uint64_t)role;
    for (int j = 0; j < 4; j++) k[6 + j] = w->suf[j];
    for (int j = 0; j < 3; j++) k[10 + j] = w->pre[j];
}

/* to[0..CACHE_CLASSES) += from[...]: a fixed count the compiler makes vector adds of (the
 * classes past the model's are never read) */
static void add_sums(int32_t *restrict to, const int32_t *restrict from)
{
    for (int x = 0; x < CACHE_CLASSES; x++) to[x] += from[x];
}

/* Adds the weights of word w's features of role to score (TC_PMODEL_SCORES entries). */
static void add_role(const tc_parser *p, const tc_tagword *w, int role, int32_t *score)
{
    uint64_t f[TC_TAG_NFEAT];
    if (p->nclass > CACHE_CLASSES || !p->serial) {
        tc_pmodel_score(&p->tagw, f, role_features(w, role, f), score);
        return;
    }
    uint64_t k[CACHE_ATOMS];
    role_atoms(w, role, k);
    role_sums *c = &sums_cache[tc_fmix(k[1] ^ k[9], k[12] ^ k[5]) & (CACHE_SLOTS - 1)];
    if (c->serial != p->serial || memcmp(c->atoms, k, sizeof k) != 0) {
        int32_t all[TC_PMODEL_SCORES] = {0};
        tc_pmodel_score(&p->tagw, f, role_features(w, role, f), all);
        c->serial = p->serial;
        memcpy(c->atoms, k, sizeof k);
        memcpy(c->score, all, sizeof c->score);
    }
    add_sums(score, c->score);
}

void tc_tag_words(const tc_parser *p, const tc_tagword *tw, uint32_t n, uint8_t *cls, uint8_t *upos,
                  uint8_t *xpos)
{
    uint64_t f[TC_TAG_NFEAT];
    int32_t score[TC_PMODEL_SCORES];
    /* "as they march[NNP] in Khartoum": "march" and "august" in lower case, not before a
       number ("march 5"), are the verb, noun or adjective they also are, never the month the
       treebank's capitalised form made them sure of (the model chooses among the others) */
    uint64_t months[2] = {tc_tag_key("march", 5, 1), tc_tag_key("august", 6, 1)};
    for (uint32_t i = 0; i < n; i++) {
        int no_month = tw[i].sure && !(tw[i].flags & (F_CAP | F_UPPER)) &&
                       (tw[i].w == months[0] || tw[i].w == months[1]) &&
                       !(i + 1 < n && (tw[i + 1].flags & F_DIGIT));
        if (tw[i].sure && !no_month) {
            uint32_t c = tw[i].sure - 1;
            cls[i] = (uint8_t)c;
            upos[i] = p->cls_upos[c];
            xpos[i] = p->cls_xpos[c];
            continue;
        }
        int nf = context_features(tw, n, i, xpos, f);
        memset(score, 0, sizeof score);
        tc_pmodel_score(&p->tagw, f, nf, score);
        add_role(p, &tw[i], i == 0 ? ROLE_OWN_FIRST : ROLE_OWN, score);
        add_role(p, at(tw, n, (long)i + 1), ROLE_NEXT, score);
        uint64_t ok = allowed(p, &tw[i]);
        /* any: the best of all, if none is allowed; the first of equal scores wins */
        uint32_t best = p->nclass;
        int64_t best_score = INT64_MIN;
        /* (a class is allowed when its tag's bit is not among those refused: tags past the
           64th have none) */
        uint64_t refused = ~ok;
        for (uint32_t c = 0; c < p->nclass && !no_month; c++)
            if (score[c] > best_score && !(p->cls_bit[c] & refused))
                best = c, best_score = score[c];
        for (uint32_t c = 0; c < p->nclass && no_month; c++) {
            if (p->cls_upos[c] == TC_UPOS_PROPN) continue;
            if (score[c] > best_score && !(p->cls_bit[c] & refused))
                best = c, best_score = score[c];
        }
        if (best == p->nclass) {
            uint32_t any = 0;
            for (uint32_t c = 1; c < p->nclass; c++)
                if (score[c] > score[any]) any = c;
            best = any;
        }
        cls[i] = (uint8_t)best;
        upos[i] = p->cls_upos[best];
        xpos[i] = p->cls_xpos[best];
    }
}

static const char *xpos_str(const tc_parser *p, int xpos)
{
    return xpos >= 0 && (uint32_t)xpos < p->nxpos ? p->strings + p->xpos_name[xpos] : "";
}

static int xpos_in(const tc_parser *p, int x, int set)
{
    return x >= 0 && x < 64 && ((p->xset[set] >> x) & 1);
}

/* Do words [0, k) name the sentence's subject alone: proper nouns, with determiners, titles
 * (common nouns and adjectives) and possessives among them, the last a proper noun ("US",
 * "Saudi Arabia", "US Vice President Mike Pence")? */
static int opens_sentence(const tc_parser *p, const uint8_t *xpos, uint32_t k)
{
    if (k == 0 || k > 8 || !xpos_in(p, xpos[k - 1], XS_PROPER)) return 0;
    for (uint32_t i = 0; i < k; i++)
        if (!xpos_in(p, xpos[i], XS_NAME)) return 0;
    return 1;
}

/* Do words [0, k) form a noun phrase headed by a singular common noun, which a verb's third
 * person agrees with ("The 2015 accord bars[NNS] X from ...", "The ministry plans[NNS] to")? */
static int opens_with_singular(const tc_parser *p, const uint8_t *xpos, uint32_t k)
{
    if (k < 2 || k > 6 || strcmp(tc_parse_xpos_name(p, xpos[k - 1]), "NN")) return 0;
    for (uint32_t i = 0; i < k; i++)
        if (!xpos_in(p, xpos[i], XS_NAME) && strcmp(tc_parse_xpos_name(p, xpos[i]), "CD")) return 0;
    return 1;
}

/* Does the noun phrase ending at token end (determiners, possessives, adjectives and nouns,
 * up to five words) follow a verb of saying ("said his country", "says the army")? */
static int reported_subject(const tc_parser *p, const char *const *words, const uint32_t *len,
                            const uint8_t *xpos, uint32_t end)
{
    static const char *const saying[] = {"said",     "says",      "say",     "added",     "stated",
                                         "insisted", "announced", "claimed", "confirmed", NULL};
    for (uint32_t j = end + 1, steps = 0; j > 0 && steps <= 5; j--, steps++) {
        const char *x = tc_parse_xpos_name(p, xpos[j - 1]);
        if (!strcmp(x, "DT") || !strcmp(x, "PRP$") || !strcmp(x, "JJ") || !strcmp(x, "NN") ||
            !strcmp(x, "NNS") || !strcmp(x, "NNP") || !strcmp(x, "NNPS") || !strcmp(x, "POS"))
            continue;
        if (j == end + 1) return 0; /* no noun phrase */
        for (size_t q = 0; saying[q]; q++)
            if (len[j - 1] == strlen(saying[q]) && !memcmp(words[j - 1], saying[q], len[j - 1]))
                return 1;
        return 0;
    }
    return 0;
}

static int finite_before(const tc_parser *p, const uint8_t *xpos, uint32_t i)
{
    for (uint32_t k = 0; k < i; k++)
        if (xpos_in(p, xpos[k], XS_FINITE)) return 1;
    return 0;
}

/* Are the finite verbs of the sentence, if any, all after word i and each after a comma that
 * follows it ("Rebels wounded[JJ] two soldiers, the army said"), none before it? A reduced
 * relative has its clause's verb with no comma between ("Civilians injured Tuesday were
 * taken to hospital"). */
static int only_speaker_after(const tc_parser *p, const char *const *words, const uint32_t *len,
                              const uint8_t *xpos, uint32_t n, uint32_t i)
{
    if (finite_before(p, xpos, i)) return 0;
    int comma = 0;
    for (uint32_t q = i + 1; q < n; q++) {
        comma |= len[q] == 1 && words[q][0] == ',';
        if (xpos_in(p, xpos[q], XS_FINITE) && !comma) return 0;
    }
    return 1;
}

/* Do words [0, k) form a plain noun phrase (determiners, adjectives, nouns, names, a
 * possessive) ending in a noun? */
static int plain_opening(const tc_parser *p, const uint8_t *xpos, uint32_t k)
{
    if (k == 0 || !xpos_in(p, xpos[k - 1], XS_BEFORE)) return 0;
    for (uint32_t i = 0; i < k; i++)
        if (!xpos_in(p, xpos[i], XS_NAME) && strcmp(tc_parse_xpos_name(p, xpos[i]), "NNS"))
            return 0;
    return 1;
}

/* The first word of a time phrase ending right before word k ("at first", "in the last few
 * years", "on Tuesday", "last week"): a preposition, then up to four determiners, adjectives,
 * numbers or nouns, the last a word of time; k when there is none. */
static uint32_t time_phrase_start(const tc_parser *p, const char *const *words, const uint32_t *len,
                                  const uint8_t *xpos, uint32_t k)
{
    static const char *const times[] = {
        "first",    "year",   "years",   "month",   "months",  "week",      "weeks",     "day",
        "days",     "decade", "decades", "monday",  "tuesday", "wednesday", "thursday",  "friday",
        "saturday", "sunday", "weekend", "morning", "night",   "evening",   "afternoon", NULL};
    static const char *const preps[] = {"at",   "in",      "on",   "over", "during",
                                        "last", "earlier", "this", NULL};
    if (k < 3) return k;
    char low[16];
    const char *last = words[k - 1];
    if (len[k - 1] >= sizeof low) return k;
    for (uint32_t q = 0; q < len[k - 1]; q++) low[q] = (char)tolower((unsigned char)last[q]);
    low[len[k - 1]] = 0;
    int timed = 0;
    for (size_t q = 0; times[q] && !timed; q++) timed = !strcmp(low, times[q]);
    if (!timed) return k;
    /* (the first such word: "in the last few years" starts at "in", not "last") */
    uint32_t start = k;
    for (uint32_t j = k - 1; j > 0 && k - j <= 5; j--) {
        int prep = 0;
        for (size_t q = 0; preps[q] && !prep; q++)
            prep =
                len[j - 1] == strlen(preps[q]) && !strncasecmp(words[j - 1], preps[q], len[j - 1]);
        if (prep) {
            start = j - 1;
            continue;
        }
        const char *x = tc_parse_xpos_name(p, xpos[j - 1]);
        if (strcmp(x, "DT") && strcmp(x, "JJ") && strcmp(x, "CD") && strcmp(x, "NN") &&
            strcmp(x, "NNS") && strcmp(x, "RB") && strcmp(x, "JJS"))
            break;
    }
    return start;
}

/* May an aside between commas start with tag x: a participle ("backed by"), a noun phrase
 * ("a designated terrorist group", "Ambassador X") or a relative pronoun ("which has")? */
static int aside_opening(const tc_parser *p, uint8_t x)
{
    const char *t = tc_parse_xpos_name(p, x);
    static const char *const openers[] = {"VBN", "VBG", "DT",  "NNP", "NNPS", "NN",
                                          "JJ",  "CD",  "WDT", "WP",  "PRP$", NULL};
    for (size_t q = 0; openers[q]; q++)
        if (!strcmp(t, openers[q])) return 1;
    return 0;
}

/* Is the -ed word i after "and" the past tense coordinated with the sentence's last finite
 * verb before it, a past tense (VBD), with no comma between them, and does an object start
 * right after i (or a noun and a preposition of a target)? */
static int coordinated_past(const tc_parser *p, const char *const *words, const uint32_t *len,
                            const uint8_t *xpos, uint32_t n, uint32_t i)
{
    static const char *const preps[] = {"on", "against", "with", "to", "into", NULL};
    uint32_t v = i - 1;
    while (v > 0 && !xpos_in(p, xpos[v - 1], XS_FINITE)) {
        if (len[v - 1] == 1 && words[v - 1][0] == ',') return 0;
        v--;
    }
    if (!v || strcmp(tc_parse_xpos_name(p, xpos[v - 1]), "VBD")) return 0;
    /* (not a relative clause's verbs: "a fire that killed 19 people and injured eight", whose
       subject the coder would not find) */
    for (uint32_t q = 0; q + 1 < v; q++) {
        const char *w = tc_parse_xpos_name(p, xpos[q]);
        if (!strcmp(w, "WDT") || !strcmp(w, "WP") || (len[q] == 4 && !memcmp(words[q], "that", 4)))
            return 0;
    }
    if (xpos_in(p, xpos[i + 1], XS_OBJECT)) return 1;
    const char *x = tc_parse_xpos_name(p, xpos[i + 1]);
    if ((strcmp(x, "NN") && strcmp(x, "NNS")) || i + 2 >= n) return 0;
    for (size_t q = 0; preps[q]; q++)
        if (len[i + 2] == strlen(preps[q]) && !memcmp(words[i + 2], preps[q], len[i + 2])) return 1;
    return 0;
}

/* "Iranian police beat[NN] protesters", "the army shot[NN] down a drone": in a sentence with no
 * finite verb at all, a word read as a singular noun right after the subject's noun, which the
 * treebank has seen as a past tense (an irregular one, its form a noun's too), before an
 * object's first word, a plural noun or a particle, is that past tense (fifteenth session).
 * Returns whether it made one. */
static int noun_read_past(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                          const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos,
                          uint8_t *xpos)
{
    static const char *const particles[] = {"down", "up", "out", "off", NULL};
    uint32_t vbd = p->cls_vbd;
    uint64_t verbal = (1ull << p->cls_xpos[vbd]) | (1ull << p->xpos_vbn);
    for (uint32_t i = 1; i + 1 < n; i++) {
        const char *x = tc_parse_xpos_name(p, xpos[i]);
        if (strcmp(x, "NN") || !(tw[i].amb & verbal)) continue;
        const char *before = tc_parse_xpos_name(p, xpos[i - 1]);
        if (strcmp(before, "NN") && strcmp(before, "NNS") && strcmp(before, "NNP")) continue;
        const char *next = tc_parse_xpos_name(p, xpos[i + 1]);
        int particle = 0;
        for (size_t q = 0; particles[q]; q++)
            particle |= len[i + 1] == strlen(particles[q]) &&
                        !memcmp(words[i + 1], particles[q], len[i + 1]);
        /* (a noun before a plural is the plural's modifier: "opposition protesters") */
        int modifier =
            !strcmp(next, "NN") && i + 2 < n && !strcmp(tc_parse_xpos_name(p, xpos[i + 2]), "NNS");
        if (!xpos_in(p, xpos[i + 1], XS_OBJECT) && strcmp(next, "NNS") && !particle && !modifier)
            continue;
        retag(p, vbd, i, cls, upos, xpos);
        return 1;
    }
    return 0;
}

/* "The military[JJ] rescued[JJ] 20 hostages", "the Pakistani military[JJ] said": "military" and
 * "paramilitary" with no noun after them, before an -ed word or a finite verb, are the armed
 * forces, a noun (the treebank has them mostly as adjectives). */
static void military_nouns(const tc_parser *p, const char *const *words, const uint32_t *len,
                           uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    for (uint32_t i = 0; i + 1 < n && p->cls_nn < p->nclass; i++) {
        char low[16];
        if (upos[i] != TC_UPOS_ADJ || len[i] >= sizeof low) continue;
        for (uint32_t k = 0; k < len[i]; k++) low[k] = (char)tolower((unsigned char)words[i][k]);
        low[len[i]] = 0;
        if (strcmp(low, "military") && strcmp(low, "paramilitary")) continue;
        int verb_next = xpos_in(p, xpos[i + 1], XS_FINITE) ||
                        (len[i + 1] >= 4 && !memcmp(words[i + 1] + len[i + 1] - 2, "ed", 2) &&
                         upos[i + 1] != TC_UPOS_NOUN && upos[i + 1] != TC_UPOS_PROPN);
        if (!verb_next) continue;
        retag(p, p->cls_nn, i, cls, upos, xpos);
    }
}

/* "[We] urge[NN] Kenyan side to ...": a subject pronoun an editor put in brackets inside a quote
 * is still the subject; the word after it that may be a verb's base form is the present tense
 * (fifteenth session, recall6 R29). */
static void bracketed_subject_verbs(const tc_parser *p, const tc_tagword *tw,
                                    const char *const *words, const uint32_t *len, uint32_t n,
                                    uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    static const char *const subjects[] = {"we", "i", "they", "you", NULL};
    for (uint32_t i = 3; i < n && p->cls_vbp < p->nclass; i++)
        if (len[i - 3] == 1 && words[i - 3][0] == '[' && len[i - 1] == 1 &&
            words[i - 1][0] == ']' && lower_in(words[i - 2], len[i - 2], subjects) &&
            upos[i] != TC_UPOS_VERB && upos[i] != TC_UPOS_AUX && !xpos_in(p, xpos[i], XS_CLOSED) &&
            base_verb(p, tw, words, len, i))
            retag(p, p->cls_vbp, i, cls, upos, xpos);
}

/* May word i, an -ed word or an irregular past the treebank has seen, be a past tense? A
 * regular verb's past participle is its past tense too. */
static int may_be_past(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                       const uint32_t *len, const uint8_t *xpos, uint32_t n, uint32_t i,
                       int has_finite)
{
    uint64_t verbal = (1ull << p->cls_xpos[p->cls_vbd]) | (1ull << p->xpos_vbn);
    int past = tw[i].amb ? (tw[i].amb & verbal) != 0 : (tw[i].wn & TC_WN_VERB) != 0;
    /* "Israeli troops wounded[JJ] three Palestinians": with no finite verb at all (or only a
       speaker's after a comma: "..., officials said"), an -ed word the treebank saw only as an
       adjective, a verb to WordNet, before an object */
    if (!past && (!has_finite || only_speaker_after(p, words, len, xpos, n, i)) && i + 1 < n &&
        xpos_in(p, xpos[i + 1], XS_OBJECT))
        past = (word_wn(p, words[i], len[i]) & TC_WN_VERB) != 0;
    return past;
}

/* The word past tense i follows its subject after: before the adverbs in between, and before
 * the noun of "Police tear-gassed[JJ] demonstrators", "baton-charged", "fire-bombed" (an -ed
 * word, ed, written joined by a hyphen to a lower-case noun is a verb of that noun; with a
 * finite verb elsewhere, never). */
static uint32_t subject_end(const char *const *words, const uint32_t *len, const uint8_t *upos,
                            uint32_t i, int ed)
{
    uint32_t k = i;
    if (ed && i >= 3 && len[i - 1] == 1 && words[i - 1][0] == '-' &&
        words[i - 1] == words[i - 2] + len[i - 2] && words[i] == words[i - 1] + 1 &&
        upos[i - 2] == TC_UPOS_NOUN && islower((unsigned char)words[i - 2][0]))
        k = i - 2;
    while (k > 1 && upos[k - 1] == TC_UPOS_ADV) k--;
    return k;
}

/* "Nigerian troops, backed by French jets, attacked[VBN] the camps", "Al-Shabab, a designated
 * terrorist group, claimed[VBN] responsibility", "China, which has long been its ally,
 * expressed[VBN] concern": an aside between commas right after the subject (a participle, a
 * noun phrase, a relative clause), ending right before *k, is skipped when the sentence has no
 * finite verb outside it. Returns whether it is one, and then moves *k to its opening comma. */
static int skip_aside(const tc_parser *p, const char *const *words, const uint32_t *len,
                      const uint8_t *xpos, uint32_t n, uint32_t i, uint32_t *k)
{
    if (!(*k > 3 && i + 1 < n && len[*k - 1] == 1 && words[*k - 1][0] == ',')) return 0;
    uint32_t c = *k - 2;
    while (c > 1 && !(len[c] == 1 && words[c][0] == ',')) c--;
    int aside = c > 0 && c + 1 < *k - 1 && len[c] == 1 && words[c][0] == ',' &&
                xpos_in(p, xpos[c - 1], XS_BEFORE) && aside_opening(p, xpos[c + 1]) &&
                (xpos_in(p, xpos[i + 1], XS_OBJECT) || xpos_in(p, xpos[i + 1], XS_NOMINAL));
    for (uint32_t q = 0; q < n && aside; q++)
        if ((q < c || q > *k - 1) && xpos_in(p, xpos[q], XS_FINITE)) aside = 0;
    /* (a finite verb inside only in a relative clause: "X, which has been ...,") */
    const char *open = tc_parse_xpos_name(p, xpos[c + 1]);
    int relative = !strcmp(open, "WDT") || !strcmp(open, "WP");
    for (uint32_t q = c + 1; q < *k - 1 && aside && !relative; q++)
        if (xpos_in(p, xpos[q], XS_FINITE)) aside = 0;
    if (aside) *k = c;
    return aside;
}

/* "Trump at first imposed[JJ] tariffs on ...", "a source said Ankara in the last few years
 * imposed[JJ] controls on ...": a time phrase between the subject that opens the sentence (or a
 * said clause's subject) and the -ed word i before its object is skipped as an adverb is
 * (fourteenth session, recall6 R54, R120). Returns whether it is one, and then moves *k to its
 * start. */
static int skip_time_phrase(const tc_parser *p, const char *const *words, const uint32_t *len,
                            const uint8_t *xpos, uint32_t n, uint32_t i, uint32_t *k)
{
    if (!(i + 1 < n && (xpos_in(p, xpos[i + 1], XS_OBJECT) || xpos_in(p, xpos[i + 1], XS_NOMINAL))))
        return 0;
    uint32_t j = time_phrase_start(p, words, len, xpos, i);
    if (j == i && *k < i) j = time_phrase_start(p, words, len, xpos, *k);
    int timed = j < i && j > 0 && xpos_in(p, xpos[j - 1], XS_BEFORE) &&
                ((opens_sentence(p, xpos, j) && !finite_before(p, xpos, i)) ||
                 reported_subject(p, words, len, xpos, j - 1));
    if (timed) *k = j;
    return timed;
}

/* With a finite verb elsewhere, is past tense i, its subject ending before k, the verb of a
 * clause all the same? Only a participle right between a noun and the start of its object (a
 * reduced relative has a preposition or nothing after it); after the name that opens the
 * sentence, before any finite verb, a noun may start it too ("US suspended food supplies to
 * Somalia over fears they were helping ..."). */
static int past_beside_finite(const tc_parser *p, const char *const *words, const uint32_t *len,
                              const uint8_t *xpos, uint32_t n, uint32_t i, uint32_t k)
{
    int opening = k == i && i + 1 < n && opens_sentence(p, xpos, k) &&
                  xpos_in(p, xpos[i + 1], XS_NOMINAL) && !finite_before(p, xpos, i);
    /* ... and after a verb of saying and its clause's subject ("said his country imposed[JJ]
       sanctions") */
    int reported = k == i && i + 1 < n && xpos_in(p, xpos[i + 1], XS_NOMINAL) &&
                   reported_subject(p, words, len, xpos, k - 1);
    /* (not a reduced relative before the clause's verb: "says refugees granted asylum are
       welcome") */
    for (uint32_t q = i + 1; q < n && reported; q++) reported = !xpos_in(p, xpos[q], XS_FINITE);
    /* "Russia's envoy again dismissed[VBN] accusations it is ...", "The insurgent group
       denied[VBN] involvement, saying ...": after the plain noun phrase that opens the
       sentence, before a noun, with no finite verb after it before a comma (a reduced relative
       has its clause's verb there: "refugees granted asylum are welcome") */
    int opening_np = k <= 8 && i + 2 < n && plain_opening(p, xpos, k) &&
                     (!strcmp(tc_parse_xpos_name(p, xpos[i + 1]), "NN") ||
                      !strcmp(tc_parse_xpos_name(p, xpos[i + 1]), "NNS"));
    for (uint32_t q = i + 1; q < n && opening_np; q++) {
        if (len[q] == 1 && words[q][0] == ',') break;
        if (xpos_in(p, xpos[q], XS_FINITE)) opening_np = 0;
    }
    return opening || reported || opening_np ||
           (k == i && i + 1 < n && xpos_in(p, xpos[i + 1], XS_OBJECT));
}

/* A declarative sentence has a finite verb. The treebank holds few of the rare past tenses of
 * news ("Canada imposed sanctions"), so the tagger may read one as a participle or adjective
 * after its subject; when a sentence has no finite verb at all, the first -ed word right after
 * a noun or pronoun (adverbs between) that may be a past tense (seen as one, or a verb to
 * WordNet) becomes one. */
void tc_tag_finite(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                   const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    military_nouns(p, words, len, n, cls, upos, xpos);
    bracketed_subject_verbs(p, tw, words, len, n, cls, upos, xpos);
    int has_finite = 0;
    for (uint32_t i = 0; i < n; i++) has_finite |= xpos_in(p, xpos[i], XS_FINITE);
    uint32_t vbd = p->cls_vbd, vbn = p->xpos_vbn;
    if (vbd >= p->nclass || vbn >= p->nxpos) return;
    if (!has_finite && noun_read_past(p, tw, words, len, n, cls, upos, xpos)) return;
    for (uint32_t i = 1; i < n; i++) {
        /* an irregular past the treebank has seen as one ("missiles struck[VBN] energy
           facilities", "drones hit", "troops shot") as well as a regular -ed word */
        int ed = len[i] >= 4 && !memcmp(words[i] + len[i] - 2, "ed", 2);
        if (!xpos_in(p, xpos[i], XS_READINGS) || (!ed && !(tw[i].amb & (1ull << p->cls_xpos[vbd]))))
            continue;
        int past = may_be_past(p, tw, words, len, xpos, n, i, has_finite);
        uint32_t k = subject_end(words, len, upos, i, ed);
        int aside = past && skip_aside(p, words, len, xpos, n, i, &k);
        /* "Kenya signed[VBD] a deal with Ethiopia and imposed[JJ] sanctions on Uganda": after
           "and", an -ed word that may be a past tense, in a sentence whose last finite verb
           before it is a past tense, before an object's first word (or a noun and the
           preposition of a target: "sanctions on", "strikes against") is that verb's
           coordinated past */
        if (past && has_finite && k == i && k > 2 && i + 1 < n && len[k - 1] == 3 &&
            !memcmp(words[k - 1], "and", 3) && coordinated_past(p, words, len, xpos, n, i)) {
            retag(p, vbd, i, cls, upos, xpos);
            continue;
        }
        int timed = past && !aside && skip_time_phrase(p, words, len, xpos, n, i, &k);
        if (!past || !xpos_in(p, xpos[k - 1], XS_BEFORE)) continue;
        if (has_finite && !aside && !timed && !past_beside_finite(p, words, len, xpos, n, i, k))
            continue;
        retag(p, vbd, i, cls, upos, xpos);
        if (!has_finite || aside) return;
    }
}

/* A capitalised word opening a sentence, read as a verb, before a past tense or participle
 * ("Police[VBZ] arrested ...", "Troops[VBZ] stormed ...") is the subject: a noun, when WordNet
 * has it as one; so is one before a plural noun and a past tense, its modifier ("Taxi[VB]
 * drivers protested"). Runs before tc_tag_finite, which then sees no finite verb. */
void tc_tag_opening_noun(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                         const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos,
                         uint8_t *xpos)
{
    if (n < 3 || (upos[0] != TC_UPOS_VERB && upos[0] != TC_UPOS_AUX) ||
        !xpos_in(p, xpos[0], XS_PRESENT) || words[0][0] < 'A' || words[0][0] > 'Z')
        return;
    /* ... or a plural noun and then the past ("Taxi[VB] drivers protested"): its modifier */
    uint32_t v = upos[1] == TC_UPOS_NOUN && !strcmp(xpos_str(p, xpos[1]), "NNS") && n >= 4 ? 2 : 1;
    /* (a participle by its -ed, a past tense the tagger gave also irregular: "Taxi drivers
       went on strike") */
    int ed = len[v] >= 4 && !memcmp(words[v] + len[v] - 2, "ed", 2);
    if (!xpos_in(p, xpos[v], XS_PAST) || (!ed && strcmp(xpos_str(p, xpos[v]), "VBD"))) return;
    uint32_t nn = p->nclass;
    for (uint32_t c = 0; c < p->nclass && nn == p->nclass; c++)
        if (p->cls_upos[c] == TC_UPOS_NOUN && !strcmp(xpos_str(p, p->cls_xpos[c]), "NN")) nn = c;
    if (nn == p->nclass) return;
    /* a noun: seen as one in the treebank, or to WordNet when unseen */
    uint64_t nouns = 0;
    for (uint32_t c = 0; c < p->nclass; c++)
        if (p->cls_upos[c] == TC_UPOS_NOUN) nouns |= 1ull << p->cls_xpos[c];
    if (tw[0].amb ? !(tw[0].amb & nouns) : !(tw[0].wn & TC_WN_NOUN)) return;
    cls[0] = (uint8_t)nn;
    upos[0] = TC_UPOS_NOUN;
    xpos[0] = p->cls_xpos[nn];
}

/* Headlines and captions are written in the present ("Saudi Arabia lifts blockade of Qatar",
 * "Pence meets Iceland's president"): in a sentence with no finite verb, a plural noun right
 * after the proper name that opens it, WordNet's verb too, and before the start of an object,
 * is that verb's third person. */
void tc_tag_present(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                    const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    for (uint32_t i = 0; i < n; i++)
        if (xpos_in(p, xpos[i], XS_FINITE)) return;
    uint32_t vbz = p->cls_vbz;
    if (vbz >= p->nclass) return;
    for (uint32_t i = 1; i + 1 < n; i++) {
        /* ... or before an infinitive ("Egypt plans[NNS] to host X", "Iran wants to") */
        int to_inf = i + 2 < n && !strcmp(xpos_str(p, xpos[i + 1]), "TO") &&
                     !strcmp(xpos_str(p, xpos[i + 2]), "VB");
        int verbal =
            (tw[i].wn & TC_WN_VERB) || (to_inf && (tw[i].amb & (1ull << p->cls_xpos[vbz])));
        int name = opens_sentence(p, xpos, i);
        /* after a singular common noun, a word the treebank saw too ("The accord bars[NNS]
           Iranian banks from ..."): a verb to WordNet */
        if (!name && !verbal && opens_with_singular(p, xpos, i))
            verbal = (word_wn(p, words[i], len[i]) & TC_WN_VERB) != 0;
        if (!xpos_in(p, xpos[i], XS_PLURAL) || len[i] < 3 || words[i][len[i] - 1] != 's' ||
            !verbal || !(name || opens_with_singular(p, xpos, i)) ||
            (!xpos_in(p, xpos[i + 1], XS_HEADLINE_OBJECT) && !to_inf))
            continue;
        retag(p, vbz, i, cls, upos, xpos);
        return;
    }
}

/* "carried out air strikes[VBZ] on villages", "called off peace talks[VBZ]": a third person
 * -s word after a phrasal verb's particle, only nouns, adjectives, numbers or a determiner
 * between, is that verb's object, a plural noun, when WordNet has it as a noun (session of
 * 2026-12-07, the twelfth). */
void tc_tag_particle_object(const tc_parser *p, const char *const *words, const uint32_t *len,
                            uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    uint32_t nns = p->cls_nns;
    if (nns >= p->nclass) return;
    for (uint32_t i = 2; i < n; i++) {
        if (!xpos_in(p, xpos[i], XS_THIRD) || len[i] < 4 || len[i] >= 40 ||
            words[i][len[i] - 1] != 's')
            continue;
        uint32_t k = i;
        while (k > 1 && i - k < 4 && xpos_in(p, xpos[k - 1], XS_OBJECT_WORD)) k--;
        if (!strcmp(tc_parse_xpos_name(p, xpos[k - 1]), "RP") &&
            (word_wn(p, words[i], len[i]) & TC_WN_NOUN))
            retag(p, nns, i, cls, upos, xpos);
    }
}

/* "a missile and drone[VB] attack", "a prisoner and hostage[VB] exchange": a base-form verb
 * right after "and" or "or" that joins it to a noun, before a noun, is the second modifier of
 * that noun, a noun itself, when WordNet has it as one (session of 2026-12-07, the
 * twelfth). */
void tc_tag_noun_pair(const tc_parser *p, const char *const *words, const uint32_t *len, uint32_t n,
                      uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    uint32_t nn = p->cls_nn;
    if (nn >= p->nclass) return;
    for (uint32_t i = 2; i + 1 < n; i++) {
        const char *x = tc_parse_xpos_name(p, xpos[i]);
        if ((strcmp(x, "VB") && strcmp(x, "VBP")) || len[i] >= 40 ||
            strcmp(tc_parse_xpos_name(p, xpos[i - 1]), "CC") ||
            strcmp(tc_parse_xpos_name(p, xpos[i - 2]), "NN") ||
            (strcmp(tc_parse_xpos_name(p, xpos[i + 1]), "NN") &&
             strcmp(tc_parse_xpos_name(p, xpos[i + 1]), "NNS")))
            continue;
        if (!(len[i - 1] == 3 && !memcmp(words[i - 1], "and", 3)) &&
            !(len[i - 1] == 2 && !memcmp(words[i - 1], "or", 2)))
            continue;
        if (word_wn(p, words[i], len[i]) & TC_WN_NOUN) retag(p, nn, i, cls, upos, xpos);
    }
}

/* "Serbia is warning[NN] Kosovo that it could ...", "he was warning[NN] of a war": after a
 * form of "be" whose subject is a name or a personal pronoun, an -ing word the tagger read as
 * a singular noun, before a name (a capital), a pronoun, a determiner or a preposition, is
 * the progressive's participle when WordNet has it as a verb (the sentence had no verb; issue
 * 14, seventeenth session). Not after a common noun ("the problem is funding for schools"). */
void tc_tag_progressive(const tc_parser *p, const char *const *words, const uint32_t *len,
                        uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    static const char *const be[] = {"is", "are", "was", "were", NULL};
    static const char *const subjects[] = {"NNP", "NNPS", "PRP", NULL};
    static const char *const objects[] = {"NNP", "NNPS", "PRP", "DT", "IN", "WDT", NULL};
    uint32_t vbg = p->cls_vbg;
    if (vbg >= p->nclass) return;
    for (uint32_t i = 2; i + 1 < n; i++) {
        if (strcmp(tc_parse_xpos_name(p, xpos[i]), "NN") || len[i] < 5 || len[i] >= 40 ||
            memcmp(words[i] + len[i] - 3, "ing", 3) || !lower_in(words[i - 1], len[i - 1], be))
            continue;
        int subj = 0, obj = 0;
        for (size_t j = 0; subjects[j]; j++)
            subj |= !strcmp(tc_parse_xpos_name(p, xpos[i - 2]), subjects[j]);
        for (size_t j = 0; objects[j]; j++)
            obj |= !strcmp(tc_parse_xpos_name(p, xpos[i + 1]), objects[j]);
        obj |= len[i + 1] && words[i + 1][0] >= 'A' && words[i + 1][0] <= 'Z'; /* a name */
        if (subj && obj && (word_wn(p, words[i], len[i]) & TC_WN_VERB))
            retag(p, vbg, i, cls, upos, xpos);
    }
}

void tc_tag_modal(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                  const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    uint32_t vb = p->cls_vb;
    if (vb >= p->nclass) return;
    for (uint32_t i = 1; i + 1 < n; i++) {
        if (!xpos_in(p, xpos[i], XS_ADJ) || !xpos_in(p, xpos[i + 1], XS_MODAL_OBJECT) ||
            len[i] >= 60)
            continue;
        if (!base_verb(p, tw, words, len, i)) continue;
        uint32_t k = i;
        while (k > 1 && upos[k - 1] == TC_UPOS_ADV) k--;
        if (!xpos_in(p, xpos[k - 1], XS_MODAL)) continue;
        retag(p, vb, i, cls, upos, xpos);
    }
}

void tc_tag_infinitive(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                       const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    /* the forms of verbs, and of their nouns, that take an infinitive of what their subject
       does ("the decision to ease[NN] curbs") */
    static const char *const takers[] = {
        "decide",    "decides",    "decided",   "deciding",    "decision",      "plan",
        "plans",     "planned",    "planning",  "agree",       "agrees",        "agreed",
        "agreement", "vow",        "vows",      "vowed",       "pledge",        "pledges",
        "pledged",   "promise",    "promises",  "promised",    "intend",        "intends",
        "intended",  "want",       "wants",     "wanted",      "refuse",        "refuses",
        "refused",   "refusal",    "threaten",  "threatens",   "threatened",    "threat",
        "threats",   "seek",       "seeks",     "sought",      "offer",         "offers",
        "offered",   "prepare",    "prepares",  "prepared",    "resolve",       "resolved",
        "voted",     "opted",      "chose",     "bid",         "attempt",       "effort",
        "efforts",   "commitment", "readiness", "willingness", "determination", "ready",
        "willing",   NULL};
    uint32_t vb = p->cls_vb;
    if (vb >= p->nclass) return;
    for (uint32_t i = 2; i + 1 < n; i++) {
        if (len[i - 1] != 2 || memcmp(words[i - 1], "to", 2) || !xpos_in(p, xpos[i], XS_ADJ) ||
            !xpos_in(p, xpos[i + 1], XS_MODAL_OBJECT) || len[i] >= 60 || len[i - 2] >= 16)
            continue;
        if (!lower_in(words[i - 2], len[i - 2], takers) || !base_verb(p, tw, words, len, i))
            continue;
        retag(p, vb, i, cls, upos, xpos);
        if (p->cls_to < p->nclass) {
            cls[i - 1] = (uint8_t)p->cls_to;
            upos[i - 1] = TC_UPOS_PART;
            xpos[i - 1] = p->cls_xpos[p->cls_to];
        }
    }
}

void tc_tag_mandative(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                      const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    /* the forms of verbs and nouns of asking whose "that" clause takes a bare verb */
    static const char *const asking[] = {
        "demand",   "demands",   "demanded",  "demanding", "insist",     "insists",
        "insisted", "insisting", "urge",      "urges",     "urged",      "urging",
        "request",  "requests",  "requested", "recommend", "recommends", "recommended",
        "propose",  "proposes",  "proposed",  "ordered",   "stipulated", NULL};
    /* what may follow the verb read as the noun: a particle, an adverb, a preposition, "to" or
       a comma ("step down", "withdraw from", "pay, ...") */
    static const char *const after[] = {"RP", "RB", "IN", "TO", ",", ".", ":", NULL};
    uint32_t vb = p->cls_vb;
    if (vb >= p->nclass) return;
    for (uint32_t i = 1; i + 2 < n; i++) {
        if (len[i] != 4 || memcmp(words[i], "that", 4) ||
            !lower_in(words[i - 1], len[i - 1], asking))
            continue;
        uint32_t k = i + 1;
        while (k < n && k - i <= 8 && xpos_in(p, xpos[k], XS_PHRASE)) k++;
        uint32_t c = k - 1; /* the phrase's last word, the verb read as a noun */
        if (c < i + 2 || strcmp(xpos_str(p, xpos[c]), "NN") || !xpos_in(p, xpos[c - 1], XS_HEAD) ||
            len[c] >= 60)
            continue;
        const char *next = k < n ? xpos_str(p, xpos[k]) : ".";
        int fits = 0;
        for (size_t j = 0; after[j] && !fits; j++) fits = !strcmp(next, after[j]);
        if (!fits) continue;
        if (!base_verb(p, tw, words, len, c)) continue;
        retag(p, vb, c, cls, upos, xpos);
    }
}

void tc_tag_clause_past(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                        const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    static const char *const subordinators[] = {"after",  "before", "as",     "because", "since",
                                                "while",  "until",  "when",   "once",    "although",
                                                "though", "if",     "unless", "whereas", NULL};
    uint32_t vbd = p->cls_vbd, vbn = p->xpos_vbn;
    if (vbd >= p->nclass || vbn >= p->nxpos) return;
    for (uint32_t i = 2; i < n; i++) {
        if (!xpos_in(p, xpos[i], XS_READINGS) || len[i] < 4 ||
            memcmp(words[i] + len[i] - 2, "ed", 2))
            continue;
        if (i + 1 < n && len[i + 1] == 2 && !memcmp(words[i + 1], "by", 2))
            continue; /* "after the man arrested by police": a participle */
        uint64_t verbal = (1ull << p->cls_xpos[vbd]) | (1ull << vbn);
        if (tw[i].amb ? !(tw[i].amb & verbal) : !(tw[i].wn & TC_WN_VERB)) continue;
        if (!xpos_in(p, xpos[i - 1], XS_HEAD)) continue;
        uint32_t k = i - 1;
        while (k > 0 && i - k < 6 && xpos_in(p, xpos[k - 1], XS_PHRASE)) k--;
        if (k == 0) continue;
        if (!lower_in(words[k - 1], len[k - 1], subordinators)) continue;
        retag(p, vbd, i, cls, upos, xpos);
    }
}

void tc_tag_capital(const tc_parser *p, const char *const *words, const uint32_t *len, uint32_t n,
                    uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    uint32_t nnp = p->cls_nnp, caps = 0, lower = 0;
    if (nnp >= p->nclass) return;
    /* "The World Health Organization (WHO) is providing ...": a word in capitals alone in
       brackets is the acronym of the name before it, never the pronoun or the word it spells
       (read as "who", it took the verb as a relative clause and the name lost its act) */
    for (uint32_t i = 1; i + 1 < n; i++) {
        if (len[i - 1] != 1 || words[i - 1][0] != '(' || len[i + 1] != 1 ||
            words[i + 1][0] != ')' || len[i] < 2 || upos[i] == TC_UPOS_PROPN)
            continue;
        int caps_only = 1;
        for (uint32_t k = 0; k < len[i]; k++)
            caps_only &= (unsigned char)words[i][k] >= 'A' && (unsigned char)words[i][k] <= 'Z';
        if (!caps_only) continue;
        retag(p, nnp, i, cls, upos, xpos);
    }
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)words[i][0];
        caps += c >= 'A' && c <= 'Z';
        lower += c >= 'a' && c <= 'z';
    }
    if (caps * 2 >= caps + lower) return; /* a headline in title case */
    for (uint32_t i = 1; i < n; i++) {
        unsigned char c = (unsigned char)words[i][0], b = (unsigned char)words[i - 1][0];
        if (upos[i] != TC_UPOS_VERB || c < 'A' || c > 'Z' || len[i] < 2) continue;
        int rest_lower = 1; /* "Trump", not "NATO" nor "McCain" */
        for (uint32_t k = 1; k < len[i]; k++)
            rest_lower &= (unsigned char)words[i][k] < 'A' || (unsigned char)words[i][k] > 'Z';
        if (!rest_lower || b == '"' || b == ':' || b == '\'' || b == '(' ||
            (len[i - 1] == 1 && (b == '.' || b == '?' || b == '!')) || b == 0xE2)
            continue;
        retag(p, nnp, i, cls, upos, xpos);
    }
}

/* "last year's Columbia University protests": a third person after a possessive (a few words of
 * its phrase between) is the phrase's head noun, a plural. */
static void possessed_plurals(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                              const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos,
                              uint8_t *xpos)
{
    for (uint32_t i = 2; i < n; i++) {
        if (!xpos_in(p, xpos[i], XS_THIRD) || !(tw[i].wn & TC_WN_NOUN) || len[i] < 3 ||
            words[i][len[i] - 1] != 's')
            continue;
        uint32_t k = i;
        while (k > 0 && i - k < 4 && xpos_in(p, xpos[k - 1], XS_INSIDE)) k--;
        if (k == 0 || k == i ||
            !((len[k - 1] == 2 && !memcmp(words[k - 1], "'s", 2)) ||
              (len[k - 1] == 4 && !memcmp(words[k - 1], "\xE2\x80\x99s", 4))))
            continue;
        retag(p, p->cls_nns, i, cls, upos, xpos);
    }
}

/* Is word w[0..len), under 40 bytes and ending in "s", a plural noun to WordNet, or a closed
 * compound WordNet lacks by its last noun ("airstrikes", "gunfights") and no verb? */
static int plural_noun(const tc_parser *p, const char *w, uint32_t len)
{
    char low[40];
    for (uint32_t k = 0; k < len; k++) low[k] = (char)tolower((unsigned char)w[k]);
    int noun = (wordnet_mask(p, low, len - 1) & TC_WN_NOUN) != 0;
    for (uint32_t t = 3; !noun && t + 5 < len; t++)
        noun = (wordnet_mask(p, low + t, len - 1 - t) & TC_WN_NOUN) &&
               !(wordnet_mask(p, low, len - 1) & TC_WN_VERB);
    return noun;
}

/* Is the third person i the object a name or two own, after a verb whose object is what one
 * side puts to another and never a clause ("Ethiopia rejected U.S. calls[VBZ] for a truce": the
 * calls are rejected; twelfth session)? Not after another verb ("confirmed Iran supports ..."). */
static int taken_by_verb(const tc_parser *p, const char *const *words, const uint32_t *len,
                         const uint8_t *upos, const uint8_t *xpos, uint32_t i)
{
    static const char *const taking[] = {"reject",  "dismiss", "welcom", "rebuff",  "spurn",
                                         "heed",    "ignor",   "defied", "defy",    "defie",
                                         "accept",  "endors",  "echo",   "denounc", "condemn",
                                         "critici", "oppos",   "resist", "refus",   NULL};
    uint32_t b = i;
    while (b > 1 && i - b < 2 && !strcmp(xpos_str(p, xpos[b - 1]), "NNP")) b--;
    if (!(b < i && b > 0 && upos[b - 1] == TC_UPOS_VERB &&
          (!strcmp(xpos_str(p, xpos[b - 1]), "VBD") || !strcmp(xpos_str(p, xpos[b - 1]), "VBZ"))))
        return 0;
    for (size_t q = 0; taking[q]; q++)
        if (len[b - 1] > strlen(taking[q]) &&
            !strncasecmp(words[b - 1], taking[q], strlen(taking[q])))
            return 1;
    return 0;
}

/* Is word w[0..len) a verb that takes a clause ("said aid flows into Gaza")? */
static int clausal_verb(const char *w, uint32_t len)
{
    static const char *const clausal[] = {
        "said",    "says",     "say",      "told",   "tells", "thinks",  "think",
        "believe", "believes", "believed", "showed", "shows", "claimed", "claims",
        "warned",  "warns",    "noted",    "notes",  "added", "adds",    "insisted",
        "insists", "reported", "reports",  "hoped",  "hopes", "feared",  "fears",
        "knew",    "knows",    "argued",   "argues", NULL};
    for (size_t q = 0; clausal[q]; q++)
        if (len == strlen(clausal[q]) && !strncasecmp(w, clausal[q], len)) return 1;
    return 0;
}

/* "unions held nationwide[RB] strikes[VBZ]": a third person right after a verb of the past or
 * present (an adverb or adjective between, or the verb's particle) is no second verb but its
 * object, a plural noun to WordNet; the adverb before it its adjective. */
static void object_plurals(const tc_parser *p, const char *const *words, const uint32_t *len,
                           uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    uint32_t nns = p->cls_nns;
    for (uint32_t i = 1; i < n; i++) {
        if (strcmp(xpos_str(p, xpos[i]), "VBZ") || len[i] < 4 || words[i][len[i] - 1] != 's' ||
            len[i] >= 40 || !plural_noun(p, words[i], len[i]))
            continue;
        uint32_t k = i;
        int nn = 0; /* ... or a noun of a compound: "allowed aid convoys[VBZ]" */
        while (k > 0 && i - k < 2 &&
               (!strcmp(xpos_str(p, xpos[k - 1]), "RB") ||
                !strcmp(xpos_str(p, xpos[k - 1]), "JJ") ||
                (!strcmp(xpos_str(p, xpos[k - 1]), "NN") && k == i && (nn = 1))))
            k--;
        /* ... or its particle: "carried out airstrikes[VBZ]", "stepped up raids" */
        if (k == i && k > 1 && !strcmp(xpos_str(p, xpos[k - 1]), "RP")) k--;
        if (k == i && taken_by_verb(p, words, len, upos, xpos, i)) {
            retag(p, nns, i, cls, upos, xpos);
            continue;
        }
        if (k == 0 || k == i || upos[k - 1] != TC_UPOS_VERB) continue;
        const char *x = xpos_str(p, xpos[k - 1]);
        if (strcmp(x, "VBD") && strcmp(x, "VBZ") && strcmp(x, "VBP")) continue;
        if (nn && clausal_verb(words[k - 1], len[k - 1])) continue;
        retag(p, nns, i, cls, upos, xpos);
        uint32_t jj = class_of(p, TC_UPOS_ADJ, "JJ");
        for (uint32_t j = k; j < i && jj < p->nclass; j++)
            if (!strcmp(xpos_str(p, xpos[j]), "RB")) {
                cls[j] = (uint8_t)jj;
                upos[j] = TC_UPOS_ADJ;
                xpos[j] = p->cls_xpos[jj];
            }
    }
}

/* "demanded that Israel halt its offensive[JJ] in Gaza": an adjective ending the phrase a
 * possessive opens, a noun to WordNet, is that noun. */
static void possessed_nouns(const tc_parser *p, const char *const *words, const uint32_t *len,
                            uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    uint32_t nn = p->cls_nn;
    if (nn >= p->nclass) return;
    static const char *const owners[] = {"its", "their", "his", "her", "our", "your", "my", NULL};
    for (uint32_t i = 1; i < n; i++) {
        if (strcmp(xpos_str(p, xpos[i]), "JJ") || len[i] >= 40) continue;
        char low[40];
        for (uint32_t k = 0; k < len[i]; k++) low[k] = (char)tolower((unsigned char)words[i][k]);
        if (!(wordnet_mask(p, low, len[i]) & TC_WN_NOUN)) continue;
        /* the possessive right before it, or one or two adjectives after one ("Azerbaijan's
           military offensive[JJ]") */
        uint32_t b = i;
        while (b > 1 && i - b < 2 && !strcmp(xpos_str(p, xpos[b - 1]), "JJ")) b--;
        /* (right after "X's" only before the preposition of what it is aimed at: "Russia's
           offensive[JJ] against Ukraine"; the plain "X's JJ" cost the treebank UPOS) */
        static const char *const aims[] = {"against", "on", "into", NULL};
        int aimed = 0;
        for (size_t k = 0; aims[k] && i + 1 < n && !aimed; k++)
            aimed =
                len[i + 1] == strlen(aims[k]) && !strncasecmp(words[i + 1], aims[k], len[i + 1]);
        int owned =
            (b < i || aimed) && ((len[b - 1] == 2 && !memcmp(words[b - 1], "'s", 2)) ||
                                 (len[b - 1] == 4 && !memcmp(words[b - 1], "\xE2\x80\x99s", 4)));
        for (size_t k = 0; owners[k] && !owned; k++)
            owned = len[b - 1] == strlen(owners[k]) &&
                    !strncasecmp(words[b - 1], owners[k], len[b - 1]);
        if (!owned) continue;
        if (i + 1 < n) {
            const char *x = xpos_str(p, xpos[i + 1]);
            if (x[0] == 'N' || x[0] == 'J' || !strcmp(x, "CD") || !strcmp(x, "HYPH") ||
                !strcmp(x, "VBG") || !strcmp(x, "VBN"))
                continue;
        }
        retag(p, nn, i, cls, upos, xpos);
    }
}

void tc_tag_possessed(const tc_parser *p, const tc_tagword *tw, const char *const *words,
                      const uint32_t *len, uint32_t n, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    if (p->cls_nns >= p->nclass) return;
    possessed_plurals(p, tw, words, len, n, cls, upos, xpos);
    object_plurals(p, words, len, n, cls, upos, xpos);
    possessed_nouns(p, words, len, n, cls, upos, xpos);
}

/* WordNet's part of speech for a Penn tag: 1 noun, 2 verb, 3 adjective, 4 adverb, 0 none. */
static int wn_group(const char *x)
{
    if (x[0] == 'N' && x[1] == 'N' && x[2] != 'P') return 1;
    if ((x[0] == 'V' && x[1] == 'B') || strcmp(x, "MD") == 0) return 2;
    if (x[0] == 'J' && x[1] == 'J') return 3;
    if (x[0] == 'R' && x[1] == 'B') return 4;
    return 0;
}

static const char *from_rules(const tc_parser *p, const char *low, uint32_t n, int xpos,
                              tc_arena *a)
{
    uint64_t v;
    for (uint32_t k = n < 6 ? n : 6; k >= 1; k--) {
        if (!tc_fmap_get(&p->lem_rule, tc_tag_key(low + n - k, k, 300 + (uint64_t)xpos), &v))
            continue;
        uint32_t cut = (uint32_t)(v >> 32), add = (uint32_t)v;
        if (cut > n || add >= p->nstrings) return NULL;
        const char *tail = p->strings + add;
        size_t tn = strlen(tail);
        char *out = tc_arena_alloc(a, n - cut + tn + 1);
        memcpy(out, low, n - cut);
        memcpy(out + n - cut, tail, tn + 1);
        return out;
    }
    return NULL;
}

/* WordNet's detachment rules for an inflected Penn tag: the first base form WordNet knows
 * with the tag's part of speech ("provoked" -> "provoke", "bombed" -> "bomb"); NULL if none. */
static const char *wordnet_lemma(const tc_parser *p, const char *low, uint32_t n, const char *x,
                                 tc_arena *a)
{
    static const struct {
        const char *tag, *suf, *rep;
        uint64_t pos;
    } rules[] = {
        {"NNS", "ies", "y", TC_WN_NOUN},   {"NNS", "ses", "s", TC_WN_NOUN},
        {"NNS", "xes", "x", TC_WN_NOUN},   {"NNS", "zes", "z", TC_WN_NOUN},
        {"NNS", "ches", "ch", TC_WN_NOUN}, {"NNS", "shes", "sh", TC_WN_NOUN},
        {"NNS", "men", "man", TC_WN_NOUN}, {"NNS", "s", "", TC_WN_NOUN},
        {"VBZ", "ies", "y", TC_WN_VERB},   {"VBZ", "es", "e", TC_WN_VERB},
        {"VBZ", "es", "", TC_WN_VERB},     {"VBZ", "s", "", TC_WN_VERB},
        {"VBD", "ed", "e", TC_WN_VERB},    {"VBD", "ed", "", TC_WN_VERB},
        {"VBD", "ied", "y", TC_WN_VERB},   {"VBN", "ed", "e", TC_WN_VERB},
        {"VBN", "ed", "", TC_WN_VERB},     {"VBN", "ied", "y", TC_WN_VERB},
        {"VBG", "ing", "e", TC_WN_VERB},   {"VBG", "ing", "", TC_WN_VERB},
        {"JJR", "er", "", TC_WN_ADJ},      {"JJR", "er", "e", TC_WN_ADJ},
        {"JJR", "ier", "y", TC_WN_ADJ},    {"JJS", "est", "", TC_WN_ADJ},
        {"JJS", "est", "e", TC_WN_ADJ},    {"JJS", "iest", "y", TC_WN_ADJ},
    };
    char buf[64];
    if (n >= 60) return NULL;
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++) {
        size_t sl = strlen(rules[i].suf), rl = strlen(rules[i].rep);
        if (strcmp(x, rules[i].tag) != 0 || n <= sl + 1 ||
            memcmp(low + n - sl, rules[i].suf, sl) != 0)
            continue;
        memcpy(buf, low, n - sl);
        memcpy(buf + n - sl, rules[i].rep, rl);
        if (wn_lookup(p, buf, n - sl + rl) & rules[i].pos)
            return tc_arena_strndup(a, buf, n - sl + rl);
    }
    return NULL;
}

const char *tc_tag_lemma(const tc_parser *p, const char *form, uint32_t len, int xpos, int upos,
                         tc_arena *a)
{
    uint64_t v;
    if (len > 200) return tc_arena_strndup(a, form, len);
    if (tc_fmap_get(&p->lem_exact, tc_tag_key(form, len, 100 + (uint64_t)xpos), &v) &&
        v < p->nstrings)
        return p->strings + v;
    char low[208];
    tc_tag_lower(form, len, low);
    if (tc_fmap_get(&p->lem_lower, tc_tag_key(low, len, 200 + (uint64_t)xpos), &v) &&
        v < p->nstrings)
        return p->strings + v;
    if (upos == TC_UPOS_PROPN && strcmp(xpos_str(p, xpos), "NNPS") != 0)
        return tc_arena_strndup(a, form, len);
    int g = wn_group(xpos_str(p, xpos));
    if (g && tc_fmap_get(&p->lem_exc, tc_tag_key(low, len, 400 + (uint64_t)g), &v) &&
        v < p->nstrings)
        return p->strings + v;
    const char *r = wordnet_lemma(p, low, len, xpos_str(p, xpos), a);
    if (!r) r = from_rules(p, low, len, xpos, a);
    if (r) return r;
    return upos == TC_UPOS_PROPN ? tc_arena_strndup(a, form, len) : tc_arena_strndup(a, low, len);
}

int tc_tag_feats(const tc_parser *p, const char *form, uint32_t len, int xpos)
{
    uint64_t v;
    char low[208];
    if (len <= 200) {
        tc_tag_lower(form, len, low);
        if (tc_fmap_get(&p->feats_of, tc_tag_key(low, len, 500 + (uint64_t)xpos), &v) &&
            v < p->nfeats)
            return (int)v;
    }
    return xpos >= 0 && (uint32_t)xpos < p->nxpos ? p->feats_xpos[xpos] : 0;
}

uint64_t tc_tag_lemma_key(const char *lemma)
{
    char low[64];
    size_t n = strlen(lemma);
    n = n < 63 ? n : 63;
    tc_tag_lower(lemma, (uint32_t)n, low);
    return tc_tag_key(low, n, 700);
}

/* Each thread keeps the lemma (when the model holds it), lemma key and feature set of the
 * (form, Penn tag, UPOS) it saw last, by the form's bytes and the tags (compared whole) and
 * the model's serial. */
enum { WORD_SLOTS = 4096 };
typedef struct {
    uint64_t serial; /* 0: empty */
    uint32_t n;
    int xpos, upos, feats;
    const char *lemma; /* in the model's strings */
    uint64_t key;
    char form[64];
} word_info;
static _Thread_local word_info words_cache[WORD_SLOTS];

void tc_tag_lemma_feats(const tc_parser *p, const char *form, uint32_t len, int xpos, int upos,
                        tc_arena *a, const char **lemma, uint64_t *key, int *feats)
{
    word_info *c = NULL;
    if (p->serial && len < sizeof c->form) {
        c = &words_cache[tc_fmix(tc_hash64(form, len, 0), (uint64_t)xpos << 8 | (uint64_t)upos) &
                         (WORD_SLOTS - 1)];
        if (c->serial == p->serial && c->n == len && c->xpos == xpos && c->upos == upos &&
            !memcmp(c->form, form, len)) {
            *lemma = c->lemma, *key = c->key, *feats = c->feats;
            return;
        }
    }
    *lemma = tc_tag_lemma(p, form, len, xpos, upos, a);
    *key = tc_tag_lemma_key(*lemma);
    *feats = tc_tag_feats(p, form, len, xpos);
    uintptr_t at = (uintptr_t)*lemma, from = (uintptr_t)p->strings;
    if (c && at >= from && at < from + p->nstrings) {
        c->serial = p->serial, c->n = len, c->xpos = xpos, c->upos = upos;
        memcpy(c->form, form, len);
        c->lemma = *lemma, c->key = *key, c->feats = *feats;
    }
}

/* A state's adjective the tagger read as a name or an interjection ("Argentine[NNP],
 * Chilean and Peruvian diplomats", "Polish[UH], Lithuanian and ...") right before a comma,
 * "and" or "or" is the first adjective of a list of them (names18): as an adjective the
 * list's members share their noun (tc_parse_repair_modifier_list). A plural ("Germans") is
 * the people, as it is. */
static int list_adjective(const tc_parser *p, const char *const *words, const uint32_t *len,
                          uint32_t n, uint32_t i, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    unsigned char c = (unsigned char)words[i][0];
    if (c < 'A' || c > 'Z' || (upos[i] != TC_UPOS_PROPN && upos[i] != TC_UPOS_INTJ) ||
        !strcmp(xpos_str(p, xpos[i]), "NNPS") || i + 1 >= n)
        return 0;
    const char *next = words[i + 1];
    uint32_t nl = len[i + 1];
    if (!(nl == 1 && next[0] == ',') && !(nl == 3 && !strncmp(next, "and", 3)) &&
        !(nl == 2 && !strncmp(next, "or", 2)))
        return 0;
    uint32_t jj = class_of(p, TC_UPOS_ADJ, "JJ");
    if (jj >= p->nclass) return 0;
    retag(p, jj, i, cls, upos, xpos);
    return 1;
}

void tc_tag_names(const tc_parser *p, const char *const *words, const uint32_t *len, uint32_t n,
                  const uint8_t *name, uint8_t *cls, uint8_t *upos, uint8_t *xpos)
{
    uint32_t nnp = p->cls_nnp;
    if (nnp >= p->nclass) return;
    uint32_t nn = p->cls_nn;
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)words[i][0];
        const char *x = xpos_str(p, xpos[i]);
        if (name[i] == TC_NAME_COMPOUND && upos[i] == TC_UPOS_VERB &&
            nn < p->nclass) { /* "tear[VB] gas" */
            retag(p, nn, i, cls, upos, xpos);
            continue;
        }
        if (name[i] == TC_NAME_ADJ && list_adjective(p, words, len, n, i, cls, upos, xpos))
            continue;
        /* (a name the treebank saw once as something odd: "Trump" PROPN GW) */
        int odd = upos[i] == TC_UPOS_PROPN && strcmp(x, "NNP") && strcmp(x, "NNPS");
        if ((name[i] != TC_NAME_WORD && name[i] != TC_NAME_ADJ) || c < 'A' || c > 'Z' ||
            (upos[i] != TC_UPOS_NOUN && upos[i] != TC_UPOS_VERB && !odd) ||
            !strcmp(x, "NNS")) /* "Germans", "Kurds": plural, as they are */
            continue;
        retag(p, nnp, i, cls, upos, xpos);
    }
}
