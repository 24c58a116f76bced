/* libFuzzer target for read: the input bytes written to a temporary file whose name says
 * JSONL, WARC, gzipped WARC, gzipped HTML or text (chosen by the first byte), read by
 * tc_read_inputs, every raw article extracted. Any diagnostic is fine; a crash, a leak or a
 * raw article whose body lies outside what was read is not. The gzip cases mostly exercise
 * libarchive's error paths, the WARC case the record parser (Content-Length, headers). */
#include "extract.h"
#include "read.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const names[] = {"in.jsonl",   "in.warc", "in.warc.gz",
                                    "in.html.gz", "in.txt",  "in.html"};

static int on_raw(const tc_raw *raw, void *ctx)
{
    tc_arena *a = ctx;
    tc_article art;
    if (raw->body_len && !raw->body) abort();
    tc_extract(raw, a, &art, NULL);
    tc_arena_reset(a);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static tc_arena *arena;
    static char dir[64];
    if (!arena) {
        arena = tc_arena_new(0);
        strcpy(dir, "/tmp/tocsin-fuzz-read-XXXXXX");
        if (!mkdtemp(dir)) abort();
    }
    if (!size) return 0;
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, names[data[0] % (sizeof names / sizeof *names)]);
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    fwrite(data + 1, 1, size - 1, f);
    fclose(f);
    const char *in[] = {path};
    tc_read_inputs(in, 1, 1 << 20, on_raw, arena, NULL, NULL, NULL);
    unlink(path);
    return 0;
}
