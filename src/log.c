/* log: stderr messages and a terminal progress bar (see log.h). */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static tc_log_level current = TC_LOG_WARN;

void tc_log_set_level(tc_log_level level)
{
    current = level;
}

tc_log_level tc_log_get_level(void)
{
    return current;
}

void tc_log(tc_log_level level, const char *fmt, ...)
{
    static const char *names[] = {"error", "warning", "info", "debug"};
    if (level > current) return;
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "tocsin: %s: ", names[level]);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

double tc_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

void tc_progress_start(tc_progress *p, const char *what, size_t total)
{
    p->total = total;
    p->done = 0;
    p->what = what;
    p->start = p->last_draw = tc_now();
    p->active = isatty(STDERR_FILENO);
}

static void draw(tc_progress *p)
{
    double el = tc_now() - p->start;
    double rate = el > 0 ? p->done / el : 0;
    if (p->total) {
        int w = 30, fill = (int)(w * (double)p->done / p->total);
        if (fill > w) fill = w;
        fprintf(stderr, "\r%s [%.*s%*s] %zu/%zu %.0f/s ", p->what, fill,
                "##############################", w - fill, "", p->done, p->total, rate);
    } else {
        fprintf(stderr, "\r%s %zu %.0f/s ", p->what, p->done, rate);
    }
}

void tc_progress_step(tc_progress *p, size_t n)
{
    p->done += n;
    if (!p->active) return;
    double t = tc_now();
    if (t - p->last_draw < 0.1) return;
    p->last_draw = t;
    draw(p);
}

void tc_progress_done(tc_progress *p)
{
    if (p->active) fprintf(stderr, "\r\033[K");
    p->active = 0;
}
