/* parse_heading.c: a section heading glued to the sentence after it, no stop between
 * (moved out of parse.c, which passed 1,200 lines). */
#include "parse.h"
#include "parse_repair.h"

#include <stdint.h>
#include <string.h>

static int word_in(const char *w, uint32_t n, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (strlen(list[k]) == n && !memcmp(w, list[k], n)) return 1;
    return 0;
}

static const char *const weekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday",    NULL};

/* Words that name a person's role: "Opposition leader Kizza Besigye said" is one subject,
 * not a heading glued to a sentence. */
static const char *const role_nouns[] = {
    "leader",    "leaders",     "chief",         "chiefs",     "official",    "officials",
    "spokesman", "spokeswoman", "spokesperson",  "minister",   "ministers",   "president",
    "commander", "head",        "secretary",     "envoy",      "ambassador",  "director",
    "lawyer",    "analyst",     "expert",        "member",     "members",     "activist",
    "activists", "general",     "correspondent", "reporter",   "editor",      "candidate",
    "lawmaker",  "lawmakers",   "judge",         "prosecutor", "prosecutors", "researcher",
    "professor", "founder",     "governor",      "mayor",      "officer",     "officers",
    "adviser",   "advisor",     "chairman",      "chairwoman", "coach",       "captain",
    "king",      "queen",       "prince",        "cleric",     "pastor",      "bishop",
    "rapper",    "singer",      "actor",         "star",       "player",      "striker",
    "economist", "executive",   "manager",       "chair",      "counterpart", "colleague",
    NULL};

/* A section heading glued to the sentence after it, no stop between ("Border security Indian
 * Prime Minister X criticized Y", "Party control Chinese President Xi convened"): the count
 * of its words, 0 when none. Two to four nouns and adjectives open the sentence, the first
 * capitalised, the last a lower-case common noun that names no person's role; a capitalised
 * name or adjective (not a weekday or month) follows, and a finite verb later. */
static uint32_t glued_heading(const char *const *words, const uint32_t *len, const tc_word *w,
                              const uint8_t *xpos, const tc_parser *p, uint32_t n)
{
    static const char *const months[] = {"January",  "February", "March",  "April",     "May",
                                         "June",     "July",     "August", "September", "October",
                                         "November", "December", NULL};
    if (n < 6 || !len[0] || !(words[0][0] >= 'A' && words[0][0] <= 'Z')) return 0;
    for (uint32_t k = 2; k <= 4 && k + 2 < n; k++) {
        uint32_t h = k - 1;
        int ok = 1;
        for (uint32_t i = 0; i < k && ok; i++)
            ok =
                w[i].upos == TC_UPOS_NOUN || w[i].upos == TC_UPOS_PROPN || w[i].upos == TC_UPOS_ADJ;
        if (!ok) return 0;
        const char *hx = tc_parse_xpos_name(p, xpos[h]);
        if (w[h].upos != TC_UPOS_NOUN || !len[h] || !(words[h][0] >= 'a' && words[h][0] <= 'z') ||
            (strcmp(hx, "NN") && strcmp(hx, "NNS")) || word_in(words[h], len[h], role_nouns))
            continue;
        if (!len[k] || !(words[k][0] >= 'A' && words[k][0] <= 'Z') ||
            (w[k].upos != TC_UPOS_PROPN && w[k].upos != TC_UPOS_ADJ) ||
            word_in(words[k], len[k], weekdays) || word_in(words[k], len[k], months))
            continue;
        int verb = 0;
        for (uint32_t i = k + 1; i < n && !verb; i++) {
            const char *x = tc_parse_xpos_name(p, xpos[i]);
            verb =
                (w[i].upos == TC_UPOS_VERB || w[i].upos == TC_UPOS_AUX) &&
                (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || !strcmp(x, "MD"));
        }
        return verb ? k : 0;
    }
    return 0;
}

/* Capitalised words that open a sentence and never go on a name or a heading before them. */
static const char *const openers[] = {"The",   "An", "This", "These", "Those", "Its",
                                      "Their", "He", "She",  "They",  "We",    NULL};

/* Capitalised words that open a sentence after a heading whose last word is lower-case
 * ("Border security In 2020, ..."): a name never ends in a lower-case word before them. Not
 * "Since": the parser takes the time after it as a subject ("Since last August, X has"), a
 * defect of its own, and the heading glued before it happens to hide it. */
static const char *const soft_openers[] = {"In",        "On",        "After", "Before", "Last",
                                           "Earlier",   "However",   "But",   "While",  "When",
                                           "According", "Meanwhile", NULL};

/* Nouns a title follows ("newspaper The Times", "series The Crown"): no heading before it. */
static const char *const title_nouns[] = {
    "newspaper", "newspapers", "paper",   "daily",     "weekly",      "magazine", "journal",
    "series",    "show",       "film",    "movie",     "book",        "album",    "song",
    "band",      "group",      "website", "outlet",    "channel",     "network",  "broadcaster",
    "play",      "novel",      "program", "programme", "documentary", "tabloid",  NULL};

/* Verbs that take a clause, their subject not a heading ("Trump says The Post lied"). */
static const char *const clause_verbs[] = {
    "say",     "says",     "tell",   "tells",   "think", "thinks", "believe", "believes",
    "claim",   "claims",   "report", "reports", "add",   "adds",   "warn",    "warns",
    "hope",    "hopes",    "know",   "knows",   "see",   "sees",   "fear",    "fears",
    "argue",   "argues",   "insist", "insists", "deny",  "denies", "admit",   "admits",
    "suggest", "suggests", "show",   "shows",   NULL};

/* A heading of any shape glued before a sentence that opens with a capitalised determiner or
 * pronoun ("Rebel advances The government ...", "Militants regroup The ministry ..."): the
 * count of its words, 0 when none. One to five nouns, names, adjectives or numbers, the first
 * capitalised, "and" between two of them, the last perhaps a verb in the present after a noun
 * (a headline, "Rebels regroup"); then the opener (never a title after "newspaper"; "Since",
 * "In" and the like only after a lower-case word) and later a finite verb. */
static uint32_t glued_opener_heading(const char *const *words, const uint32_t *len,
                                     const tc_word *w, const uint8_t *xpos, const tc_parser *p,
                                     uint32_t n)
{
    if (n < 4 || !len[0] || !(words[0][0] >= 'A' && words[0][0] <= 'Z')) return 0;
    uint32_t k = 1;
    while (k < n && k <= 5 && !word_in(words[k], len[k], openers) &&
           !(word_in(words[k], len[k], soft_openers) && len[k - 1] && words[k - 1][0] >= 'a' &&
             words[k - 1][0] <= 'z'))
        k++;
    if (k > 5 || k + 2 >= n) return 0;
    for (uint32_t i = 0; i < k; i++) {
        const char *x = tc_parse_xpos_name(p, xpos[i]);
        int noun = w[i].upos == TC_UPOS_NOUN || w[i].upos == TC_UPOS_PROPN ||
                   w[i].upos == TC_UPOS_ADJ || w[i].upos == TC_UPOS_NUM;
        int joined = i > 0 && i + 1 < k && len[i] == 3 && !memcmp(words[i], "and", 3);
        int verb = i > 0 && i + 1 == k && w[i].upos == TC_UPOS_VERB &&
                   (!strcmp(x, "VBZ") || !strcmp(x, "VBP")) &&
                   (w[i - 1].upos == TC_UPOS_NOUN || w[i - 1].upos == TC_UPOS_PROPN) &&
                   !word_in(words[i], len[i], clause_verbs);
        if (!noun && !joined && !verb) return 0;
    }
    if (word_in(words[k - 1], len[k - 1], title_nouns) ||
        word_in(words[k - 1], len[k - 1], role_nouns))
        return 0;
    for (uint32_t i = k + 1; i < n; i++) {
        const char *x = tc_parse_xpos_name(p, xpos[i]);
        if ((w[i].upos == TC_UPOS_VERB || w[i].upos == TC_UPOS_AUX) &&
            (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || !strcmp(x, "MD")))
            return k;
    }
    return 0;
}

/* Is words[i] capitalised, a name or an adjective, and neither a weekday, a month, nor a
 * title ("Prime", "President")? */
static int plain_name(const char *const *words, const uint32_t *len, const tc_word *w, uint32_t i)
{
    static const char *const titles[] = {
        "Prime",    "President",  "Minister", "Foreign",    "Deputy",  "Defense",  "Defence",
        "Interior", "Secretary",  "General",  "Chief",      "King",    "Queen",    "Prince",
        "Premier",  "Chancellor", "Vice",     "Ambassador", "Senator", "Governor", "Mayor",
        "Sheikh",   "Pope",       "Emir",     "Sultan",     "Crown",   "Supreme",  "Army",
        "Lt.",      "Gen.",       "Col.",     "Maj.",       "Sen.",    "Rep.",     "Gov.",
        "Mr.",      "Mrs.",       "Ms.",      "Dr.",        NULL};
    static const char *const months[] = {"January",  "February", "March",  "April",     "May",
                                         "June",     "July",     "August", "September", "October",
                                         "November", "December", NULL};
    return len[i] && words[i][0] >= 'A' && words[i][0] <= 'Z' &&
           (w[i].upos == TC_UPOS_PROPN || w[i].upos == TC_UPOS_ADJ) &&
           !word_in(words[i], len[i], weekdays) && !word_in(words[i], len[i], months) &&
           !word_in(words[i], len[i], titles);
}

/* A heading of two names joined by "and" or "&" glued before a name that opens the sentence
 * ("Europe and Africa Erdogan has made overtures to X", "Europe and Africa Erdogan's visit
 * ended"): 3, 0 when none. The name after the pair, one to three capitalised words none of
 * them a title, is followed right away by "'s" (and a finite verb later) or a verb in the
 * singular (VBZ): a subject of its own, where "Bosnia and Herzegovina's president" has the
 * pair's last word before "'s", and "Trinidad and Tobago Prime Minister X" a title after it.
 * Not after a word that opens a name of two words ("China and South Korea are"). A past tense
 * tells nothing ("Houston and Jim Crow Chao said" is left as parsed). */
static uint32_t glued_pair_heading(const char *const *words, const uint32_t *len, const tc_word *w,
                                   const uint8_t *xpos, const tc_parser *p, uint32_t n)
{
    if (n < 6 || !plain_name(words, len, w, 0) || w[0].upos != TC_UPOS_PROPN ||
        !plain_name(words, len, w, 2) || w[2].upos != TC_UPOS_PROPN ||
        !((len[1] == 3 && !memcmp(words[1], "and", 3)) || (len[1] == 1 && words[1][0] == '&')))
        return 0;
    uint32_t e = 3;
    while (e < n && e < 6 && plain_name(words, len, w, e) && w[e].upos == TC_UPOS_PROPN) e++;
    if (e == 3 || e + 1 >= n) return 0;
    int possessive = (len[e] == 2 && !memcmp(words[e], "'s", 2)) ||
                     (len[e] == 4 && !memcmp(words[e], "\xE2\x80\x99s", 4));
    /* (a name of two words after "and" is the pair's: "China and South Korea's", "Egypt and
       Saudi Arabia's") */
    static const char *const openers2[] = {
        "South",    "North", "East",    "West",   "New",       "Saudi",      "United",  "Sri",
        "Costa",    "El",    "Burkina", "Sierra", "Puerto",    "Papua",      "Cape",    "San",
        "Hong",     "Ivory", "Central", "Czech",  "Dominican", "Equatorial", "Solomon", "Marshall",
        "Middle",   "Latin", "Los",     "Las",    "Abu",       "Tel",        "Rio",     "Sao",
        "St.",      "Saint", "Great",   "Upper",  "Lower",     "Western",    "Eastern", "Northern",
        "Southern", "Gaza",  NULL};
    if (word_in(words[2], len[2], openers2)) return 0;
    /* ... and a verb in the singular after a pair joined by "and" has a subject of its own
       ("Europe and Africa Erdogan has"; "China and Japan are" is the pair's) */
    const char *x = tc_parse_xpos_name(p, xpos[e]);
    int finite = (w[e].upos == TC_UPOS_VERB || w[e].upos == TC_UPOS_AUX) && !strcmp(x, "VBZ");
    if (possessive) { /* (then a finite verb later: a sentence, not a title) */
        finite = 0;
        for (uint32_t i = e + 1; i < n && !finite; i++) {
            x = tc_parse_xpos_name(p, xpos[i]);
            finite =
                (w[i].upos == TC_UPOS_VERB || w[i].upos == TC_UPOS_AUX) &&
                (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || !strcmp(x, "MD"));
        }
    }
    return finite ? 3 : 0;
}

uint32_t tc_parse_glued_heading(const tc_parser *p, const char *const *words, const uint32_t *len,
                                const tc_word *w, const uint8_t *xpos, uint32_t n)
{
    uint32_t k = glued_heading(words, len, w, xpos, p, n);
    if (!k) k = glued_opener_heading(words, len, w, xpos, p, n);
    return k ? k : glued_pair_heading(words, len, w, xpos, p, n);
}
