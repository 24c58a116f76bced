/* eval_extract: scores tc_extract against an extraction test suite.
 *
 * Two metrics. Snippets (the ../shared/extraction-dev shape): a JSON object mapping a page's
 * URL to {"file": "NAME.html.gz", "with": [...], "without": [...]}; every "with" string found
 * in the extracted text (case-sensitive substring) is a true positive, one missing a false
 * negative; every "without" string found is a false positive. Sums over the corpus.
 * Shingles (the public article-extraction benchmarks' shape): a JSON object mapping an id to
 * {"articleBody": "...", "url": "..."} with pages DIR/ID.html.gz (or DIR/ID.html); per page
 * the multisets of word 4-grams (\w+ tokens) of truth and extraction give precision and
 * recall, macro-averaged (precision over pages with a prediction), F1 of the two averages. */
#ifndef TC_EVAL_EXTRACT_H
#define TC_EVAL_EXTRACT_H

/* `tocsin eval extract`: argv[0] is the command's name, then
 *   --snippets FILE --pages DIR [--rows]   or   --truth FILE --pages DIR [--rows]
 * Prints "precision P\nrecall R\nf1 F\npages N" on stdout (and one tab-separated row per page
 * with --rows). Returns 0 when scored, 1 when a file cannot be read, 2 on a usage error
 * (message on stderr). Not thread-safe (prints). */
int tc_eval_extract_cli(int argc, char **argv);

#endif
