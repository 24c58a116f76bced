/* gdelt: the GDELT 2.0 event and mention tables (see gdelt.h and docs/gdelt.md).
 *
 * An actor code is read in three-letter parts: a country (or IGO, NGO, ...) first, then
 * parts that are known group, ethnic, religion or type codes; GDELT's columns take them
 * where they fit. */
#include "gdelt.h"

#include "mention.h"
#include "story.h"

#include <stdlib.h>
#include <string.h>

/* CAMEO actor type codes (GDELT's Actor1Type*Code). */
static const char *const types[] = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP",
                                    "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU",
                                    "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
                                    "MOD", "RAD", "PTY", "IGO", "NGO", "NGM", "MNC", "UNO"};
/* CAMEO religion codes (Actor1Religion*Code). */
static const char *const religions[] = {"ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT",
                                        "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR", "JAN", "JEW",
                                        "JHW", "LDS", "MOS", "MRN", "NRM", "ORT", "PAG", "PRO",
                                        "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "ZRO"};

static int in(const char *const *list, size_t n, const char *part)
{
    for (size_t i = 0; i < n; i++)
        if (!strncmp(list[i], part, 3)) return 1;
    return 0;
}

typedef struct {
    char country[4], group[4], religion[2][4], type[3][4];
} actor_parts;

static void split_actor(const char *code, actor_parts *p)
{
    memset(p, 0, sizeof *p);
    size_t n = strlen(code), r = 0, t = 0;
    for (size_t i = 0; i + 3 <= n; i += 3) {
        char part[4] = {code[i], code[i + 1], code[i + 2], 0};
        if (!strcmp(part, "---")) continue;
        if (i == 0 && !in(types, sizeof types / sizeof *types, part)) {
            memcpy(p->country, part, 4);
        } else if (in(religions, sizeof religions / sizeof *religions, part)) {
            if (r < 2) memcpy(p->religion[r++], part, 4);
        } else if (in(types, sizeof types / sizeof *types, part)) {
            if (t < 3) memcpy(p->type[t++], part, 4);
        } else if (!p->group[0]) {
            memcpy(p->group, part, 4);
        }
    }
}

static void field(FILE *out, const char *s)
{
    for (; *s; s++) fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

/* The ten actor columns: code, name, country, known group, ethnic, religion 1 and 2, types. */
static void actor_columns(FILE *out, const char *code, const char *name)
{
    actor_parts p;
    split_actor(code, &p);
    field(out, code);
    fputc('\t', out);
    field(out, code[0] ? name : "");
    fprintf(out, "\t%s\t%s\t\t%s\t%s\t%s\t%s\t%s\t", p.country, p.group, p.religion[0],
            p.religion[1], p.type[0], p.type[1], p.type[2]);
}

/* YYYYMMDD of a date, "" when unknown. */
static void day_of(const char *date, char out[9])
{
    if (strlen(date) < 10) {
        out[0] = 0;
        return;
    }
    memcpy(out, date, 4);
    memcpy(out + 4, date + 5, 2);
    memcpy(out + 6, date + 8, 2);
    out[8] = 0;
}

/* IsRootEvent: GDELT's "in the lead paragraph"; here, one of the article's first three
 * sentences. */
static int is_root(const tc_mention_row *m)
{
    return m->sentence_idx < 3;
}

static void event_row(FILE *out, const tc_story_event *e)
{
    char day[9];
    /* GDELT's Day is a day: an own date of a month or a year gives way to the first
     * mention's */
    day_of(strlen(e->date) == 10 ? e->date : e->m[0].date, day);
    int year = day[0] ? atoi(day) / 10000 : 0, month = day[0] ? atoi(day) / 100 % 100 : 0;
    int dom = day[0] ? atoi(day) % 100 : 0;
    fprintf(out, "%llu\t%s\t", (unsigned long long)e->gid, day);
    if (day[0])
        fprintf(out, "%04d%02d\t%04d\t%.4f\t", year, month, year,
                year + ((month - 1) * 30.4167 + dom) / 365.0);
    else
        fputs("\t\t\t", out);
    actor_columns(out, e->src_code, e->src_name);
    actor_columns(out, e->tgt_code, e->tgt_name);
    char base[4];
    snprintf(base, sizeof base, "%.3s", e->code);
    fprintf(out, "%d\t%s\t%s\t%s\t%d\t%.1f\t%lld\t%lld\t%lld\t", is_root(&e->m[0]), e->code, base,
            e->root, e->quad, e->goldstein, (long long)e->mentions, (long long)e->outlets,
            (long long)e->articles);
    /* AvgTone, then three geographies of eight columns each: no tone, no places yet */
    fputs("\t", out);
    for (int g = 0; g < 3; g++) fputs("\t\t\t\t\t\t\t\t", out);
    fprintf(out, "%s%s\t", day, day[0] ? "000000" : "");
    field(out, e->m[0].url[0] ? e->m[0].url : e->m[0].input);
    fputc('\n', out);
}

static void mention_rows(FILE *out, const tc_story_event *e)
{
    char day[9], mday[9];
    day_of(strlen(e->date) == 10 ? e->date : e->m[0].date, day);
    for (size_t i = 0; i < e->nm; i++) {
        const tc_mention_row *m = &e->m[i];
        day_of(m->date, mday);
        fprintf(out, "%llu\t%s%s\t%s%s\t1\t", (unsigned long long)e->gid, day,
                day[0] ? "000000" : "", mday, mday[0] ? "000000" : "");
        field(out, m->outlet);
        fputc('\t', out);
        field(out, m->url[0] ? m->url : m->input);
        /* Confidence: 100 for a plain event, 50 for one only reported or flagged; Extras:
         * the stored article and sentence, and the story */
        fprintf(out,
                "\t%d\t%lld\t%lld\t%lld\t1\t%d\t%lld\t\t\t<ARTICLE>%lld</ARTICLE><SENTENCE>%lld"
                "</SENTENCE><STORY>%lld</STORY>%s\n",
                m->sentence_idx + 1, (long long)m->src_off,
                m->tgt_code[0] ? (long long)m->tgt_off : -1LL, (long long)m->verb_off,
                m->flags ? 50 : 100, (long long)m->doc_len, (long long)m->article_id,
                (long long)m->sentence_id, (long long)e->story_id, m->copy ? "<COPY>1</COPY>" : "");
    }
}

typedef struct {
    FILE *out;
    int mentions;
} writer;

static int write_story(const tc_story_view *v, void *ctx)
{
    writer *w = ctx;
    for (size_t i = 0; i < v->nev; i++) {
        if (w->mentions)
            mention_rows(w->out, &v->ev[i]);
        else
            event_row(w->out, &v->ev[i]);
    }
    return ferror(w->out) ? TC_EIO : 0;
}

int tc_gdelt_write(tc_store *s, FILE *out, int mentions, tc_err *err)
{
    writer w = {out, mentions};
    int rc = tc_mention_stories(s, 0, write_story, &w, err);
    if (rc == TC_EIO || fflush(out) != 0)
        return tc_err_set(err, TC_EIO, "writing the GDELT table failed");
    return rc < 0 ? rc : TC_OK;
}
