/* text: sentences and tokens of a clean article, with byte offsets into its text.
 *
 * One pass over the text. Tokens are words (letters and digits; internal apostrophes kept, as
 * in "O'Brien"), numbers ("120,000", "3.5"), and single punctuation or symbol characters
 * (“ ” — … included; an invalid byte counts as one). A word keeps its period when it is a dotted
 * acronym ("U.S.", "e.g."), a single-letter initial ("F.") or a known abbreviation ("Mr.",
 * "Gen.", "Jan.", "Inc.", ...). A hyphen is its own token ("Nagorno-Karabakh" is three tokens)
 * and so are the clitics "'s", "'re", "'ll", "'ve", "'m", "'d" and "n't" ("Armenia's" ->
 * "Armenia" "'s"; "didn't" -> "did" "n't"; "can't" -> "ca" "n't"; "they're" -> "they" "'re"),
 * as UD English tokenises them ("cannot", "gonna", "wanna", "gotta" are cut in two likewise), so
 * that dictionary names, tokenised the same way, match regardless of them. Curly apostrophes and
 * quotes are normalised in the token's lower-case form (norm): ’s -> 's, “ ” „ « » -> ". A letter
 * run longer than 256 bytes is cut into several tokens.
 *
 * Sentences end at . ! ? … (plus any closing quotes, brackets or further stops glued to it)
 * followed by white space and an upper-case letter, a digit, an opening quote or bracket, or
 * the end of the text; and at every line break (a blank line gives no sentence). Titles (Mr.
 * Gen. Dr. ...) never end a sentence. Dotted acronyms, initials and the other abbreviations
 * (Inc. No. Jan. etc. ...) end one only before a typical sentence opener ("... the U.S. The
 * next", "Acme Inc. It"). Decimals never do. A sentence is cut after 2,000 tokens or 64 KiB.
 * Every token belongs to exactly one sentence, every byte of text to at most one; sentence
 * spans run from their first token to their last (so white space belongs to none). */
#ifndef TC_TEXT_H
#define TC_TEXT_H

#include "arena.h"

#include <stddef.h>
#include <stdint.h>

enum {
    TC_TOK_WORD = 1 << 0,   /* has a letter */
    TC_TOK_NUM = 1 << 1,    /* starts with a digit 0-9 */
    TC_TOK_PUNCT = 1 << 2,  /* a single punctuation or symbol character */
    TC_TOK_CAP = 1 << 3,    /* first letter upper-case */
    TC_TOK_UPPER = 1 << 4,  /* every letter upper-case (and at least one) */
    TC_TOK_QUOTE = 1 << 5,  /* a quotation mark, straight or curly */
    TC_TOK_CLITIC = 1 << 6, /* 's 're 'll 've 'm 'd n't split off the word before (a word) */
};

typedef struct {
    uint32_t off, len; /* bytes in the text */
    const char *norm;  /* lower-case, quotes normalised, NUL-terminated (arena or static) */
    uint32_t nlen;
    uint32_t flags; /* TC_TOK_* */
} tc_token;

typedef struct {
    uint32_t off, len;   /* bytes in the text, trimmed of white space */
    uint32_t tok0, ntok; /* its tokens: toks[tok0 .. tok0+ntok) */
} tc_sentence;

typedef struct {
    const char *text; /* borrowed: the analysed text */
    size_t len;
    tc_token *toks;
    size_t ntoks;
    tc_sentence *sents;
    size_t nsents;
} tc_text;

/* Splits text[0..len) (clean UTF-8, no NUL needed) into sentences and tokens. Everything is
 * allocated in the arena; text is borrowed and must outlive out. Returns TC_OK; text longer
 * than 4 GiB gives TC_ETOOBIG and an empty out. Invalid UTF-8 does not fail: each bad byte is a
 * punctuation token. Thread-safe (no shared state). */
int tc_text_analyze(const char *text, size_t len, tc_arena *a, tc_text *out);

/* Tokenises one short string (a dictionary name, a pattern) the same way: tokens in the arena,
 * count in *n (the array may be empty, never NULL). Never fails; beyond 4 GiB only the first
 * 4 GiB are read. Thread-safe. */
tc_token *tc_text_tokens(const char *s, size_t len, tc_arena *a, size_t *n);

/* Length of the wire dateline opening the first line of s[0..n) ("ISLAMABAD/PENTAGON — ",
 * "MOSCOW (AP) - ", "CEBU CITY: ", "KHARTOUM, March 16 (Xinhua) -- ", "Gaza City, Gaza Strip
 * - ", "Kolkata: ", "Bogota, March 8 (IANS) "): capitalised words (with blanks, '/', ',', '.',
 * a date after a month's name and a parenthesised agency), then a dash or a colon and a blank,
 * or a dated agency and a blank. Capitals alone need four letters; title case at most five
 * words, no title first ("President X: ...") and a capital, digit or quote after it. 0 when
 * there is none.
 * The text keeps it (it is the article's); the coder parses and codes nothing in it. Thread-safe.
 */
size_t tc_text_dateline(const char *s, size_t n);

#endif
