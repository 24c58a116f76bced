/* log: levelled messages on stderr and a progress bar shown only when stderr is a terminal. */
#ifndef TC_LOG_H
#define TC_LOG_H

#include <stddef.h>

typedef enum { TC_LOG_ERROR, TC_LOG_WARN, TC_LOG_INFO, TC_LOG_DEBUG } tc_log_level;

/* Messages above this level are dropped; default TC_LOG_WARN. Not thread-safe. */
void tc_log_set_level(tc_log_level level);
tc_log_level tc_log_get_level(void);
void tc_log(tc_log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Progress over `total` units (0 when unknown). Redraws at most ~10 times a second, only on a
 * TTY; tc_progress_done() clears the line. */
typedef struct {
    size_t total, done;
    double last_draw, start;
    int active;
    const char *what;
} tc_progress;

void tc_progress_start(tc_progress *p, const char *what, size_t total);
void tc_progress_step(tc_progress *p, size_t n);
void tc_progress_done(tc_progress *p);

/* Seconds on a monotonic clock. */
double tc_now(void);

#endif
