/* gdelt: the GDELT 2.0 event and mention tables (see gdelt.h and docs/gdelt.md).
 *
 * An actor code is read in three-letter parts: a country (or IGO, NGO, ...) first, then
 * parts that are known group, ethnic, religion or type codes; GDELT's columns take them
 * where they fit. An event's ActionGeo is the most precise place among its mentions' stored
 * places, its country code turned from ISO alpha-3 into GDELT's FIPS 10-4 by fips[]. */
#include "gdelt.h"

#include "mention.h"
#include "story.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ISO 3166-1 alpha-3 code and FIPS 10-4 / GEC code of each country that has one: "AZEAJ" is
 * Azerbaijan, AZE in ISO and AJ in FIPS. Derived from the ISO_3166_3 and FIPS_GEC columns of
 * dieghernan/Country-Codes-and-International-Organizations (MIT, data of 2020-01-29; its
 * single codes agree with datasets/country-codes' FIPS column wherever that has one code);
 * docs/gdelt.md says how. Kosovo (XKX) is KV; Palestine (PSE) is WE, GZ for the Gaza Strip
 * (gdelt_country). */
static const char fips[] =
    "ABWAA AFGAF AGOAO AIAAV ALBAL ANDAN AREAE ARGAR ARMAM ASMAQ ATAAY ATFFS ATGAC AUSAS "
    "AUTAU AZEAJ BDIBY BELBE BENBN BFAUV BGDBG BGRBU BHRBA BHSBF BIHBK BLMTB BLRBO BLZBH "
    "BMUBD BOLBL BRABR BRBBB BRNBX BTNBT BVTBV BWABC CAFCT CANCA CCKCK CHESZ CHLCI CHNCH "
    "CIVIV CMRCM CODCG COGCF COKCW COLCO COMCN CPVCV CRICS CUBCU CUWUC CXRKT CYMCJ CYPCY "
    "CZEEZ DEUGM DJIDJ DMADO DNKDA DOMDR DZAAG ECUEC EGYEG ERIER ESHWI ESPSP ESTEN ETHET "
    "FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGB GBRUK GEOGG GGYGK GHAGH GIBGI GINGV GLPGP "
    "GMBGA GNBPU GNQEK GRCGR GRDGJ GRLGL GTMGT GUFFG GUMGQ GUYGY HKGHK HMDHM HNDHO HRVHR "
    "HTIHA HUNHU IDNID IMNIM INDIN IOTIO IRLEI IRNIR IRQIZ ISLIC ISRIS ITAIT JAMJM JEYJE "
    "JORJO JPNJA KAZKZ KENKE KGZKG KHMCB KIRKR KNASC KORKS KWTKU LAOLA LBNLE LBRLI LBYLY "
    "LCAST LIELS LKACE LSOLT LTULH LUXLU LVALG MACMC MAFRN MARMO MCOMN MDAMD MDGMA MDVMV "
    "MEXMX MHLRM MKDMK MLIML MLTMT MMRBM MNEMJ MNGMG MNPCQ MOZMZ MRTMR MSRMH MTQMB MUSMP "
    "MWIMI MYSMY MYTMF NAMWA NCLNC NERNG NFKNF NGANI NICNU NIUNE NLDNL NORNO NPLNP NRUNR "
    "NZLNZ OMNMU PAKPK PANPM PCNPC PERPE PHLRP PLWPS PNGPP POLPL PRIRQ PRKKN PRTPO PRYPA "
    "PSEWE PYFFP QATQA REURE ROURO RUSRS RWARW SAUSA SDNSU SENSG SGPSN SGSSX SHNSH SJMSV "
    "SLBBP SLESL SLVES SMRSM SOMSO SPMSB SRBRI SSDOD STPTP SURNS SVKLO SVNSI SWESW SWZWZ "
    "SXMNN SYCSE SYRSY TCATK TCDCD TGOTO THATH TJKTI TKLTL TKMTX TLSTT TONTN TTOTD TUNTS "
    "TURTU TUVTV TWNTW TZATZ UGAUG UKRUP URYUY USAUS UZBUZ VATVT VCTVC VENVE VGBVI VIRVQ "
    "VNMVM VUTNH WLFWF WSMWS XKXKV YEMYM ZAFSF ZMBZA ZWEZI ";

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
    field(out, strncmp(code, "---", 3) ? code : code + 3); /* "---COP": GDELT's "COP" */
    fputc('\t', out);
    field(out, code[0] ? name : "");
    fprintf(out, "\t%s\t%s\t\t%s\t%s\t%s\t%s\t%s\t", p.country, p.group, p.religion[0],
            p.religion[1], p.type[0], p.type[1], p.type[2]);
}

typedef struct {
    FILE *out;
    int mentions;
    tc_store *store;
    const tc_gazetteer *g; /* NULL: countries go by their codes in FullName */
    tc_err *err;
    int failed; /* a place could not be read */
} writer;

/* GDELT's country code of an ISO alpha-3 code and subdivision into out: FIPS 10-4 where
 * fips[] has it (the Gaza Strip as GZ), else the ISO code itself; "" for "". */
static void gdelt_country(const char *cc3, const char *admin1, const char *name, char out[4])
{
    snprintf(out, 4, "%s", cc3);
    if (strlen(cc3) != 3) return;
    if (!strcmp(cc3, "PSE") && (!strcmp(admin1, "Gaza Strip") || !strcmp(name, "Gaza Strip"))) {
        memcpy(out, "GZ", 3);
        return;
    }
    for (const char *p = fips; (p = strstr(p, cc3)) != NULL; p++) {
        if ((p - fips) % 6 == 0) {
            memcpy(out, p + 3, 2);
            out[2] = 0;
            return;
        }
    }
}

/* The country's name for FullName: the gazetteer's, else its code. */
static const char *country_name(const writer *w, const char *cc3)
{
    tc_gaz_place c;
    int64_t id = w->g && cc3[0] ? tc_gazetteer_country(w->g, cc3, strlen(cc3)) : -1;
    if (id >= 0 && tc_gazetteer_place(w->g, (uint32_t)id, &c) == 0) return c.name;
    return cc3;
}

/* A place is better than another when more precise (a point over a subdivision over a
 * country), then when found nearer the event (its clause over its sentence over the
 * article). */
static int better(const tc_event_place *a, const tc_event_place *b)
{
    if (!b->prec) return a->prec != 0;
    if (!a->prec || a->prec != b->prec) return a->prec && a->prec < b->prec;
    return a->source < b->source;
}

/* The best place among e's mentions (exact copies repeat their original's) into *best, its
 * strings into name and admin1; best->prec 0 when none has one. */
static void best_place(writer *w, const tc_story_event *e, tc_event_place *best, char name[256],
                       char admin1[256])
{
    memset(best, 0, sizeof *best);
    for (size_t i = 0; i < e->nm && !w->failed; i++) {
        const tc_mention_row *m = &e->m[i];
        tc_event_place p;
        if (m->copy) continue;
        int rc = tc_store_event_place(w->store, m->article_id, m->sentence_id, m->verb_off, m->code,
                                      m->src_code, m->tgt_code, &p, w->err);
        if (rc < 0) w->failed = 1;
        if (rc <= 0 || !better(&p, best)) continue;
        *best = p;
        snprintf(name, 256, "%s", p.name);
        snprintf(admin1, 256, "%s", p.admin1);
        best->name = name;
        best->admin1 = admin1;
    }
}

/* ActionGeo_Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID, each
 * followed by a tab; empty without a place. Type: 1 a country, 2 a US state, 3 a US city or
 * landmark, 4 another city or landmark, 5 another first-level subdivision. */
static void action_geo(FILE *out, writer *w, const tc_story_event *e)
{
    tc_event_place p;
    char name[256], admin1[256], cc[4];
    best_place(w, e, &p, name, admin1);
    if (!p.prec) {
        fputs("\t\t\t\t\t\t\t\t", out);
        return;
    }
    int us = !strcmp(p.cc3, "USA");
    int type = p.prec == TC_PLACE_COUNTRY       ? 1
               : p.prec == TC_PLACE_SUBDIVISION ? (us ? 2 : 5)
                                                : (us ? 3 : 4);
    gdelt_country(p.cc3, p.admin1, p.name, cc);
    const char *country = country_name(w, p.cc3);
    fprintf(out, "%d\t", type);
    /* FullName: "Country", "Subdivision, Country", "Place, Subdivision, Country" */
    field(out, type == 1 && country[0] ? country : p.name);
    if (type != 1 && p.admin1[0] && strcmp(p.admin1, p.name)) {
        fputs(", ", out);
        field(out, p.admin1);
    }
    if (type != 1 && country[0]) {
        fputs(", ", out);
        field(out, country);
    }
    fprintf(out, "\t%s\t\t\t%.4f\t%.4f\t\t", cc, p.lat, p.lon);
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

static void event_row(FILE *out, writer *w, const tc_story_event *e)
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
    /* AvgTone, then the actors' geographies of eight columns each: no tone, no actor places */
    fputs("\t", out);
    for (int g = 0; g < 2; g++) fputs("\t\t\t\t\t\t\t\t", out);
    action_geo(out, w, e);
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

static int write_story(const tc_story_view *v, void *ctx)
{
    writer *w = ctx;
    for (size_t i = 0; i < v->nev && !w->failed; i++) {
        if (w->mentions)
            mention_rows(w->out, &v->ev[i]);
        else
            event_row(w->out, w, &v->ev[i]);
    }
    if (w->failed) return TC_EDB;
    return ferror(w->out) ? TC_EIO : 0;
}

int tc_gdelt_write_named(tc_store *s, const tc_gazetteer *g, FILE *out, int mentions, tc_err *err)
{
    writer w = {out, mentions, s, g, err, 0};
    int rc = tc_mention_stories(s, 0, write_story, &w, err);
    if (rc == TC_EIO || fflush(out) != 0)
        return tc_err_set(err, TC_EIO, "writing the GDELT table failed");
    return rc < 0 ? rc : TC_OK;
}

int tc_gdelt_write(tc_store *s, FILE *out, int mentions, tc_err *err)
{
    return tc_gdelt_write_named(s, NULL, out, mentions, err);
}
