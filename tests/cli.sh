#!/usr/bin/env bash
# Command-line tests: bad input, idempotent runs, the seed articles, formats, usage errors.
# Run from the repository root with TOCSIN=path/to/tocsin (tests/run does this).
set -u
T=${TOCSIN:-./tocsin}
SHARED=${SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
checks=0

ok() { checks=$((checks + 1)); echo "ok   $1"; }
bad() { checks=$((checks + 1)); fails=$((fails + 1)); echo "FAIL $1"; }
check() { # check NAME COMMAND...: passes when the command succeeds
    local name=$1; shift
    if "$@" >/dev/null 2>&1; then ok "$name"; else bad "$name"; fi
}
count() { sqlite3 "$1" "select count(*) from $2"; }
target_words() { # target_words FILE: each event's source code, code, target code and words
    "$T" code "$1" --format jsonl | python3 -c '
import json, sys
for l in sys.stdin:
    e = json.loads(l)
    print(e["src_code"], e["code"], e["tgt_code"], e["tgt_text"])'
}

# expect_words NAME TEXT EXPECTED WHAT: TEXT coded gives EXPECTED (target_words' lines)
expect_words() {
    printf '%s\n' "$2" > "$tmp/$1.txt"
    local got
    got=$(target_words "$tmp/$1.txt")
    [ "$got" = "$3" ] && ok "$4" || bad "$4: got '$got'"
}

# --- usage ---
"$T" >/dev/null 2>&1; [ $? -eq 2 ] && ok "no command: exit 2" || bad "no command: exit 2"
"$T" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] && ok "unknown command: exit 2" || bad "unknown command: exit 2"
"$T" run --no-such-flag x >/dev/null 2>&1; [ $? -eq 2 ] && ok "unknown option: exit 2" || bad "unknown option: exit 2"
check "run --help" "$T" run --help
"$T" events >/dev/null 2>&1; [ $? -eq 2 ] && ok "events without --db: exit 2" || bad "events without --db: exit 2"

# --- bad input next to good input ---
mkdir -p "$tmp/in/empty-dir" "$tmp/in/mixed"
cat > "$tmp/in/mixed/good.txt" <<'TXT'
Turkey and Azerbaijan hold talks

Turkey praised Azerbaijan on Monday. Armenia criticized Azerbaijan for the blockade.
TXT
: > "$tmp/in/mixed/empty.txt"
head -c 3000 /dev/urandom > "$tmp/in/mixed/binary.txt"
printf 'Bad bytes \xff\xfe here\n\nFrance criticized Russia \xc3\x28 over the attack.\n' > "$tmp/in/mixed/latin.txt"
cat > "$tmp/in/mixed/feed.jsonl" <<'JSON'
{"url": "https://example.org/a", "source": "Example", "date": "2023-02-22", "title": "Ruling", "text": "Armenia appealed to the United Nations for help."}
this is not json
{"url": "https://example.org/b", "source": "Example", "date": "2023-02-23", "title": "No body"}
{"url": "https://example.org/c", "source": "Example", "date": "2023-02-24", "title": "Sanctions", "text": "The United States imposed sanctions on Iran."}
JSON
err="$tmp/err.txt"
"$T" run -q "$tmp/in/mixed" "$tmp/in/empty-dir" "$tmp/in/missing.txt" --db "$tmp/bad.db" 2>"$err"
rc=$?
[ $rc -eq 1 ] && ok "bad input: exit 1" || bad "bad input: exit 1 (got $rc)"
for what in "missing.txt" "empty-dir" "empty.txt" "binary.txt" "feed.jsonl:2" "feed.jsonl:3"; do
    grep -q "$what" "$err" && ok "bad input named: $what" || bad "bad input named: $what"
done
n=$(count "$tmp/bad.db" articles)
[ "$n" = 4 ] && ok "good inputs stored (4 articles)" || bad "good inputs stored: $n articles, want 4"
grep -q "Bad bytes �� here" <(sqlite3 "$tmp/bad.db" "select title || ' ' || text from articles") && ok "invalid UTF-8 repaired, kept" || bad "invalid UTF-8 article kept"
[ "$(sqlite3 "$tmp/bad.db" "select count(*) from events where src_code='USA' and code='163' and tgt_code='IRN'")" = 1 ] \
    && ok "JSONL article after a bad line coded" || bad "JSONL article after a bad line coded"

# --- idempotency ---
check "demo corpus runs" "$T" run -q data/demo --db "$tmp/demo.db"
a1=$(count "$tmp/demo.db" articles); s1=$(count "$tmp/demo.db" sentences); e1=$(count "$tmp/demo.db" events)
"$T" run -q data/demo --db "$tmp/demo.db" 2>/dev/null
a2=$(count "$tmp/demo.db" articles); s2=$(count "$tmp/demo.db" sentences); e2=$(count "$tmp/demo.db" events)
[ "$a1/$s1/$e1" = "$a2/$s2/$e2" ] && ok "second run adds nothing ($a1 articles, $s1 sentences, $e1 events)" \
    || bad "second run changed counts: $a1/$s1/$e1 -> $a2/$s2/$e2"
[ "$a1" -ge 40 ] && [ "$e1" -ge 20 ] && ok "demo corpus gives articles and events" || bad "demo corpus: $a1 articles, $e1 events"

# --- places and dates on the command line ---
"$T" events --db "$tmp/demo.db" --format geojson > "$tmp/ev.geojson"
n=$("$T" events --db "$tmp/demo.db" --format tsv | tail -n +2 | wc -l)
if python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert d['type'] == 'FeatureCollection' and len(d['features']) == int(sys.argv[2])
for f in d['features']:
    g = f['geometry']
    assert f['type'] == 'Feature' and 'code' in f['properties']
    assert g is None or (g['type'] == 'Point' and len(g['coordinates']) == 2)
assert any(f['geometry'] for f in d['features'])
" "$tmp/ev.geojson" "$n"; then ok "events --format geojson: a FeatureCollection of $n events, points at their places"
else bad "events --format geojson"; fi
near=$("$T" events --db "$tmp/demo.db" --near 39.63,46.57,60 --format tsv | tail -n +2 | wc -l)
far=$("$T" events --db "$tmp/demo.db" --near 51.5,-0.13,60 --format tsv | tail -n +2 | awk -F'\t' '$23 == "AZE"' | wc -l)
[ "$near" -ge 1 ] && [ "$near" -lt "$n" ] && [ "$far" = 0 ] && ok "events --near: $near of $n events within 60 km of the Lachin corridor, none of Azerbaijan near London" \
    || bad "events --near: $near near Lachin of $n, $far Azerbaijani near London"
"$T" events --db "$tmp/demo.db" --near 91,0,5 >/dev/null 2>&1; [ $? = 2 ] && ok "events --near: a latitude out of range is a usage error" || bad "events --near 91,0,5 not refused"
printf 'Azerbaijan and Armenia fought over the territory in 2020.\n' > "$tmp/undated.txt"
got=$("$T" code "$tmp/undated.txt" --date 2023-09-19 --format tsv | awk -F'\t' 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i} NR > 1 {print $c["past"], $c["event_date"], $c["date_source"], $c["article_date_source"]}' | sort -u)
[ "$got" = "1 2020 clause option" ] && ok "code --date: an undated article takes the date given, its war of 2020 is past" || bad "code --date: got '$got'"
# a past act with no date of its own is before the article, never dated the article's day
printf 'Armenia has designated the group a terrorist organisation.\n' > "$tmp/standing.txt"
got=$("$T" code "$tmp/standing.txt" --date 2024-05-20 --format tsv | awk -F'\t' 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i} NR > 1 {print $c["past"], "[" $c["event_date"] "]", $c["date_source"]}')
[ "$got" = "1 [] none" ] && ok "code: a standing fact ('has designated') is past with no date, not the article's day" || bad "code: standing fact: got '$got'"
# what a one-sided act aims at, when no dictionary codes it, is the target's words with no code
expect_words bare 'Kenyan police detained fourteen men on Monday. Ethiopian troops remained on alert near the border.' \
    "$(printf 'KENCOP 173 None fourteen men\nETHMIL 152 None None')" \
    "code: a one-sided act keeps the words it aims at with no code ('detained fourteen men'), none where it aims at no one"
# ... and a protest keeps what it protests against, an act or a rule too ("protested over the
# new tax"), not the protest itself ("staged a protest")
expect_words bare14 'Farmers in Kenya protested over the new tax. Kenyan students staged a protest on Monday.' \
    "$(printf 'KENAGR 141 None the new tax\nKENEDU 141 None None')" \
    "code: a protest keeps the words of what it is against ('protested over the new tax'), none for 'staged a protest'"
# ... and an investigation or a refusal aimed at no one keeps the words of its matter
# ("opened an investigation into the crash"), a demand those of its clause's unplaced subject
expect_words matter17 'Kenyan police opened an investigation into the crash. A Kenyan senator demanded that the mayor apologize for remarks about Somali refugees.' \
    "$(printf 'KENCOP 090 None the crash\nKENLEG 102 None the mayor')" \
    "code: an investigation keeps its matter's words ('into the crash'), a demand its clause's unplaced subject's ('the mayor')"
# ... and a joint act of a compound subject, one conjunct of no code, is aimed at that
# companion's words (with17: code_target.c uncoded_companion)
expect_words mate17 'Peru and its neighbouring allies agreed to hold a joint naval exercise next month.' \
    'PER 031 None its neighbouring allies' \
    "code: a joint act's uncoded companion keeps its words ('Peru and its neighbouring allies agreed to hold a joint exercise')"
# ... and force whose author is not named keeps the means' words as its source's, with no code
printf 'A suicide bomber in Kabul killed at least six people near the ministry.\n' > "$tmp/baresrc.txt"
got=$("$T" code "$tmp/baresrc.txt" --format jsonl | python3 -c '
import json, sys
for l in sys.stdin:
    e = json.loads(l)
    print(e["src_code"] or "-", e["src_text"], e["code"], e["tgt_code"])')
[ "$got" = "- A suicide bomber 1831 AFGCVL" ] && ok "code: force with no author named keeps the means' words as the source's ('A suicide bomber')" \
    || bad "code: source words of unnamed force: got '$got'"
# a pronoun's words are its antecedent's when the sentence names it before ("Armenia said it")
printf 'Armenia said on Monday that it had expelled two Azerbaijani diplomats.\n' > "$tmp/pron.txt"
got=$("$T" code "$tmp/pron.txt" --format jsonl | python3 -c '
import json, sys
for l in sys.stdin:
    e = json.loads(l)
    print(e["src_code"], e["src_text"])')
[ "$got" = "ARM Armenia" ] && ok "code: a pronoun's event shows the name it stands for ('Armenia said it had expelled')" \
    || bad "code: pronoun's words: got '$got'"

# --- query formats ---
"$T" events --db "$tmp/demo.db" --format tsv > "$tmp/ev.tsv"
[ "$(head -1 "$tmp/ev.tsv" | cut -f1-3)" = "$(printf 'id\tdate\tsrc_code')" ] && ok "events tsv header" || bad "events tsv header"
"$T" events --db "$tmp/demo.db" --format jsonl --code 19 > "$tmp/ev.jsonl"
if [ -s "$tmp/ev.jsonl" ] && python3 -c "
import json,sys
for l in open(sys.argv[1]):
    assert json.loads(l)['code'].startswith('19')" "$tmp/ev.jsonl" 2>/dev/null; then
    ok "events jsonl, --code filter"
else
    bad "events jsonl, --code filter"
fi
"$T" events --db "$tmp/demo.db" --format csv --from 2023-09-19 --to 2023-09-30 > "$tmp/ev.csv"
python3 -c "
import csv,sys
rows=list(csv.DictReader(open(sys.argv[1])))
assert rows and all('2023-09-19' <= r['date'] <= '2023-09-30' for r in rows)" "$tmp/ev.csv" 2>/dev/null \
    && ok "events csv, date filter" || bad "events csv, date filter"
printf 'Arrests in Nairobi\n\nPolice arrested two Kenyan protesters on Sunday. Kenya condemned Uganda on Monday.\n' \
    > "$tmp/agents.txt"
"$T" run -q "$tmp/agents.txt" --db "$tmp/agents.db"
all=$("$T" events --db "$tmp/agents.db" --format tsv | cut -f3 | tail -n +2 | sort | tr '\n' ' ')
known=$("$T" events --db "$tmp/agents.db" --format tsv --known-only | cut -f3 | tail -n +2 | tr '\n' ' ')
gd=$("$T" events --db "$tmp/agents.db" --format gdelt | cut -f6 | sort | tr '\n' ' ')
[ "$all" = "---COP KEN " ] && [ "$known" = "KEN " ] && [ "$gd" = "COP KEN " ] \
    && ok "events --known-only: the police of no state kept, hidden on request, GDELT's COP" \
    || bad "events --known-only: all '$all' known '$known' gdelt '$gd'"
check "summary" "$T" summary --db "$tmp/demo.db"
echo "Armenia appealed to the United Nations for help." | "$T" code --format tsv > "$tmp/code.tsv"
grep -q "ARM.*IGOUNO" "$tmp/code.tsv" && ok "code: stdin to events" || bad "code: stdin to events"
printf 'Aid Convoy Stopped\naid convoy stopped\nThe convoy was stopped at the checkpoint.\nLeave a Reply\nName\n' \
    | "$T" extract --format text --explain > "$tmp/x.txt" 2> "$tmp/x.err"
grep -q "^The convoy was stopped" "$tmp/x.txt" && ! grep -q "Leave a Reply" "$tmp/x.txt" \
    && grep -q "slug line): aid convoy stopped" "$tmp/x.err" && grep -q "cut here.*Leave a Reply" "$tmp/x.err" \
    && ok "extract --explain: boilerplate gone, each drop explained" || bad "extract --explain"
"$T" eval extract >/dev/null 2>&1; [ $? -eq 2 ] && ok "eval extract without files: exit 2" || bad "eval extract without files: exit 2"
"$T" dict check >/dev/null 2>&1 && ok "dict check: defaults clean" || bad "dict check: defaults clean"
"$T" dict lookup "the Russian Foreign Ministry" | grep -q "RUSGOV" && ok "dict lookup" || bad "dict lookup"

# --- inputs of any size, streamed; honest counts (issue 12) ---
# last_line FILE: the closing line of a run
closing() { grep '^tocsin run:' "$1" | tail -1; }
mkdir -p "$tmp/loop"
printf 'Loop article\n\nArmenia criticized Azerbaijan over the blockade.\n' > "$tmp/loop/a.txt"
ln -s . "$tmp/loop/self"; ln -s ../loop "$tmp/loop/again"
timeout 30 "$T" run "$tmp/loop" --db "$tmp/loop.db" 2> "$err"
rc=$?
[ $rc -ne 124 ] && ok "two links to a folder itself: the walk ends" || bad "two links to a folder itself: no end (timeout)"
grep -q "loop" "$err" && ok "looping link reported" || bad "looping link reported"
closing "$err" | grep -q "^tocsin run: 1 records.* 2 files skipped" && ok "looping folder: its file read once, the links counted as skipped" \
    || bad "looping folder: $(closing "$err")"
mkdir -p "$tmp/skips"
cp "$tmp/loop/a.txt" "$tmp/skips/a.txt"; echo notes > "$tmp/skips/notes.md"; echo x > "$tmp/skips/.hidden"
ln -s nowhere.txt "$tmp/skips/dangling.txt"
"$T" run "$tmp/skips" --db "$tmp/skips.db" 2> "$err"
closing "$err" | grep -q " 3 files skipped" && grep -q "dangling.txt.*dangling" "$err" && ! grep -q "notes.md" "$err" \
    && ok "skipped files counted, dangling link named" || bad "skipped files: $(closing "$err")"
"$T" run --verbose "$tmp/skips" --db "$tmp/skips.db" 2> "$err"
grep -q "notes.md: read: skipped" "$err" && ok "--verbose names each skipped file" || bad "--verbose names each skipped file"
python3 -c "
import sys
body = ('Armenia criticized Azerbaijan over the blockade of the corridor. ' * 64)[:4000]
open(sys.argv[1], 'wb').write(b'Stray NUL bytes\n\n' + body[:1000].encode() + b'\0' * 4 + body[1000:].encode())" "$tmp/nul.txt"
"$T" run -q "$tmp/nul.txt" --db "$tmp/nul.db" 2> "$err"
[ "$(count "$tmp/nul.db" articles 2>/dev/null)" = 1 ] && grep -q "4 NUL bytes removed" "$err" \
    && ok "a 4 KB article with four NUL bytes is text (NULs removed, said so)" || bad "a 4 KB article with four NUL bytes is text"
# truncated gzip: every complete line or record before the break is stored
python3 - "$tmp" <<'PY'
import gzip, sys, zlib
d = sys.argv[1]
import random
rnd = random.Random(12)
words = [''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(rnd.randint(3, 9))) for _ in range(4000)]
lines = b''.join(b'{"title": "T%d", "text": "Armenia criticized Azerbaijan on day %d. %s."}\n'
                 % (i, i, ' '.join(rnd.choice(words) for _ in range(60)).encode()) for i in range(100))
z = gzip.compress(lines, mtime=0)
for pct in (90, 10):
    cut = z[:len(z) * pct // 100]
    open(f'{d}/cut{pct}.jsonl.gz', 'wb').write(cut)
    got = zlib.decompressobj(31).decompress(cut)
    open(f'{d}/cut{pct}.want', 'w').write(str(got.count(b'\n')))
warc = b''
for i in range(12):
    html = (b'<html><head><title>Report %d</title></head><body><article><p>Armenia criticized '
            b'Azerbaijan over the closure of the Lachin corridor on day %d, officials said in a '
            b'statement on Monday that was read by reporters in Yerevan.</p></article></body></html>' % (i, i))
    block = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n' + html
    rec = (b'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/%d\r\n'
           b'WARC-Date: 2023-01-%02dT10:00:00Z\r\nContent-Length: %d\r\n\r\n' % (i, i + 1, len(block))) + block + b'\r\n\r\n'
    member = gzip.compress(rec, mtime=0)
    warc += member if i < 11 else member[:len(member) // 2]
open(f'{d}/cut.warc.gz', 'wb').write(warc)
PY
for pct in 90 10; do
    want=$(cat "$tmp/cut$pct.want")
    "$T" run -q "$tmp/cut$pct.jsonl.gz" --db "$tmp/cut$pct.db" 2> "$err"
    rc=$?
    n=$(count "$tmp/cut$pct.db" articles 2>/dev/null || echo 0)
    [ "$n" = "$want" ] && [ $rc = 1 ] && grep -q "cut$pct.jsonl.gz: read: truncated gzip: the data ends at byte [0-9]" "$err" \
        && ok "gzipped JSONL cut at $pct%: all $want complete lines stored, the break's offset reported" \
        || bad "gzipped JSONL cut at $pct%: $n stored of $want complete lines (exit $rc)"
done
"$T" run -q "$tmp/cut.warc.gz" --db "$tmp/cutw.db" 2> "$err"
n=$(count "$tmp/cutw.db" articles 2>/dev/null || echo 0)
[ "$n" = 11 ] && [ "$(grep -c truncated "$err")" = 1 ] && ok "truncated .warc.gz: all 11 complete records stored, one diagnostic" \
    || bad "truncated .warc.gz: $n of 11 complete records stored"
# over 256 MiB on standard input: a 300 MB WARC record (not a response) streamed past, then an article
python3 -c "
import sys
o = sys.stdout.buffer
size = 300 << 20
o.write(b'WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: %d\r\n\r\n' % size)
chunk = b'x' * (1 << 20)
for _ in range(size >> 20): o.write(chunk)
html = b'<html><body><article><p>France criticized Russia over the attack on the convoy, the ministry said on Monday in Paris.</p></article></body></html>'
block = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n' + html
o.write(b'\r\n\r\nWARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/a\r\nContent-Length: %d\r\n\r\n' % len(block) + block + b'\r\n\r\n')
" | "$T" run -q - --db "$tmp/huge.db" 2> "$err"
[ "$(count "$tmp/huge.db" articles 2>/dev/null)" = 1 ] && ok "300 MB on standard input streamed, the record after it stored" \
    || bad "300 MB on standard input: $(head -c 300 "$err")"
# a record over --max-record is cut, said so; the rest goes on
python3 -c "
import sys
print('{\"text\": \"%s\"}' % ('Armenia criticized Azerbaijan. ' * 400))
print('{\"text\": \"France criticized Russia.\"}')" > "$tmp/long.jsonl"
"$T" run -q --max-record 4K "$tmp/long.jsonl" --db "$tmp/long.db" 2> "$err"
rc=$?
[ "$(count "$tmp/long.db" articles)" = 2 ] && grep -q "long.jsonl:1: read: text of 12400 bytes cut at 4096" "$err" && [ $rc = 0 ] \
    && ok "--max-record: a long record cut with a notice, the next one read" || bad "--max-record: $(cat "$err")"
# tocsin code streams: one line in, its events out, before the next line is written
coproc CODE { "$T" code --format tsv; }
code_pid=$CODE_PID
echo '{"text": "Armenia appealed to the United Nations for help."}' >&"${CODE[1]}"
IFS= read -r -t 20 header <&"${CODE[0]}"; IFS= read -r -t 20 first <&"${CODE[0]}"
echo '{"text": "The United States imposed sanctions on Iran."}' >&"${CODE[1]}"
IFS= read -r -t 20 second <&"${CODE[0]}"
exec {CODE[1]}>&-
wait "$code_pid" 2>/dev/null
case "$first|$second" in *ARM*IGOUNO*"|"*USA*IRN*) ok "code streams: each line's events out before the next line" ;;
    *) bad "code streams: got '${first:0:60}' then '${second:0:60}'" ;; esac

# four writers at once into one file, each fed slowly (a live feed holds no lock while it
# waits), each with 20 articles the others have too: every article stored exactly once
feed() { # feed N: 20 shared articles, then 40 of its own, 0.1 s apart
    python3 -c "
import sys, time
for i in range(20):
    print('{\"text\": \"Armenia criticized Azerbaijan over shared report %d.\"}' % i)
for i in range(40):
    print('{\"text\": \"France criticized Russia over report %d of writer %s.\"}' % (i, sys.argv[1]), flush=True)
    time.sleep(0.1)" "$1"
}
for w in 1 2 3 4; do
    (feed $w | "$T" run - --db "$tmp/many.db" 2> "$tmp/w$w.err"; echo $? > "$tmp/w$w.rc") &
done
wait
rcs=$(cat "$tmp"/w?.rc | tr -d '\n')
n=$(count "$tmp/many.db" articles); u=$(sqlite3 "$tmp/many.db" "select count(distinct text) from articles")
[ "$rcs" = 0000 ] && [ "$n" = 180 ] && [ "$u" = 180 ] && [ "$(grep -c ' 0 failed' "$tmp"/w?.err | grep -c ':1')" = 4 ] \
    && ok "4 concurrent writers: all finish, 180 articles stored once each" \
    || bad "4 concurrent writers: exits $rcs, $n articles ($u distinct) of 180: $(cat "$tmp"/w?.err | head -c 300)"
# a new file locked when the run first opens it, free before the deadline: every article
# stored, exit 0 (two runs switching a new file to WAL at once get 'database is locked' at once,
# without waiting; the open's retry then succeeded, but the failed try's error stayed behind
# and the run dropped its last batch without a word: '4 concurrent writers' failed so, at random)
printf '%s\n' '{"text": "Georgia thanked Armenia for the aid."}' \
    '{"text": "Moldova accused Russia of interference."}' > "$tmp/two.jsonl"
python3 -c "
import os, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('BEGIN EXCLUSIVE'); open(sys.argv[2], 'w').close()
for _ in range(1200):
    if os.path.exists(sys.argv[3]): break
    time.sleep(0.01)
pid, db = open(sys.argv[3]).read().strip(), os.path.realpath(sys.argv[1])
def opened():  # the run has the file open: its first try is waiting for this lock
    try: return any(os.path.realpath('/proc/%s/fd/%s' % (pid, f)) == db for f in os.listdir('/proc/%s/fd' % pid))
    except OSError: return True
for _ in range(1200):
    if opened(): break
    time.sleep(0.01)
time.sleep(0.6)  # three busy timeouts: the first try fails
c.execute('COMMIT')" "$tmp/reopen.db" "$tmp/reopen-locked" "$tmp/reopen-pid" &
holder=$!
for _ in $(seq 100); do [ -e "$tmp/reopen-locked" ] && break; sleep 0.1; done
TOCSIN_BUSY_MS=200 "$T" run "$tmp/two.jsonl" --db "$tmp/reopen.db" 2> "$err" &
run=$!
echo $run > "$tmp/reopen-pid"
wait $run
rc=$?
wait $holder
n=$(count "$tmp/reopen.db" articles)
[ $rc = 0 ] && [ "$n" = 2 ] && closing "$err" | grep -q " 2 new articles .* 0 failed (0 articles not stored), " \
    && ok "database locked at the first open, free before the deadline: both articles stored, exit 0" \
    || bad "database locked at the first open: exit $rc, $n of 2 articles stored: $(head -c 300 "$err")"
# a write that finally fails: counted, exit 1, the closing line says what was not stored
# (the lock is held until the run has ended, however slow the build: a sanitizer's start-up
# once outlasted a fixed four seconds and the run found the database free)
python3 -c "
import os, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('BEGIN IMMEDIATE'); open(sys.argv[2], 'w').close()
for _ in range(1200):
    if os.path.exists(sys.argv[3]): break
    time.sleep(0.1)" "$tmp/many.db" "$tmp/locked" "$tmp/unlock" &
for _ in $(seq 100); do [ -e "$tmp/locked" ] && break; sleep 0.1; done
TOCSIN_BUSY_MS=200 "$T" run "$tmp/in/mixed/feed.jsonl" --db "$tmp/many.db" 2> "$err"
rc=$?
touch "$tmp/unlock"
wait
[ $rc = 1 ] && closing "$err" | grep -q "(2 articles not stored)" && grep -q "2 articles not stored: .*locked" "$err" \
    && ok "database locked past the retries: exit 1, '2 articles not stored'" || bad "database locked: exit $rc, $(closing "$err")"
# re-runs are cheap: nothing extracted or coded again, and the closing line says so
"$T" run data/demo --db "$tmp/demo.db" 2> "$err"
closing "$err" | grep -q "0 new articles (0 sentences, 0 events stored), 50 already stored (50 of them skipped before extraction or coding)" \
    && ok "re-run: 50 already stored, skipped before extraction" || bad "re-run: $(closing "$err")"
# usage errors name the option; no database is made when no input opened
for args in "events --db $tmp/demo.db --from 2023-13-45" "events --db $tmp/demo.db --limit abc" \
    "events --db $tmp/demo.db --limit 5x" "events --db $tmp/demo.db --to 2023-02-30" "run --max-record 0 x" \
    "code --format xml"; do
    "$T" $args > /dev/null 2> "$err" < /dev/null
    rc=$?
    opt=$(echo "$args" | grep -o -- '--[a-z-]*' | tail -1)
    [ $rc = 2 ] && grep -q -- "$opt" "$err" && ok "usage error names $opt: $args" || bad "usage error: $args (exit $rc)"
done
"$T" run -q "$tmp/no-such-input.txt" --db "$tmp/never.db" 2>/dev/null
[ $? = 1 ] && [ ! -e "$tmp/never.db" ] && ok "run on a missing input leaves no database file" || bad "run on a missing input made $tmp/never.db"
"$T" run --help | grep -qi "warc" && "$T" run --help | grep -q "gzip" && ok "run --help names WARC and gzip" || bad "run --help names WARC and gzip"

# exports name each event's article, flags by name, unknown dates as null; summary exact
printf '{"text": "Russia would attack Ukraine if talks fail. France criticized Russia."}\n' > "$tmp/flagged.jsonl"
"$T" run -q --keep-flagged "$tmp/flagged.jsonl" --db "$tmp/flagged.db"
"$T" events --db "$tmp/flagged.db" --format csv > "$tmp/flagged.csv"
python3 - "$tmp/flagged.csv" <<'PY' && ok "csv: flags by name, article_id, input, url" || bad "csv: flags by name, article_id, input, url"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
assert {r['flags'] for r in rows} == {'', 'hypothetical'}, rows
assert all(r['article_id'] == '1' and r['input'].endswith('flagged.jsonl:1') for r in rows)
assert all(r['date'] == '' for r in rows)
PY
"$T" events --db "$tmp/flagged.db" --format jsonl | python3 -c "
import json, sys
rows = [json.loads(l) for l in sys.stdin]
assert rows and all(r['date'] is None and r['article_id'] == 1 for r in rows)" \
    && ok "jsonl: an unknown date is null, not \"\"" || bad "jsonl: an unknown date is null"
"$T" summary --db "$tmp/demo.db" > "$tmp/summary.txt"
python3 - "$tmp/summary.txt" <<'PY' && ok "summary: one example of each top dyad, the dyad exactly" || bad "summary: examples per dyad"
import re, sys
text = open(sys.argv[1]).read()
top = re.findall(r'^  (\S+)\s+-> (\S+)\s+\d+$', text, re.M)
ex = re.findall(r'^  \S+  (\S+) -> (\S+)  \d', text, re.M)
assert len(top) == 8 and ex == top, (top, ex)
PY

# language: English told at a glance, other languages by textcat, a record's own tag wins
langs=$("$T" extract tests/data/read/langs.jsonl | python3 -c "
import json, sys
print(' '.join(json.loads(l)['lang'] for l in sys.stdin))")
[ "$langs" = "en fr de es it nl pt pl ru tr id en en fr" ] && ok "language of short texts in 11 languages; a JSONL \"lang\" wins" \
    || bad "languages: got '$langs'"

# a page whose markup passes the cap: what was read is kept, the cut is reported
python3 -c "
import sys
p = '<p>Armenia criticized Azerbaijan over the blockade of the road in paragraph %d, the ministry said.</p>\n'
sys.stdout.write('<html><body><article>' + ''.join(p % i for i in range(60000)) + '</article></body></html>')" > "$tmp/big.html"
"$T" extract "$tmp/big.html" > "$tmp/big.out" 2> "$err"
grep -q "big.html: extract: page cut: its markup passed 4 MiB, the last [0-9]* bytes of 6348935 were not read" "$err" \
    && grep -q "paragraph 30000," "$tmp/big.out" && ok "a 6 MB page: the first 4 MiB kept, the cut reported" || bad "a 6 MB page: $(cat "$err")"

# a text over 1 MB is coded piece by piece: every sentence still gives its event, in place
python3 -c "
import sys
sys.stdout.write('Long report\n\n' + ''.join('Armenia criticized Azerbaijan over report %d.\n' % i for i in range(36000)))" > "$tmp/long.txt"
"$T" run -q "$tmp/long.txt" --db "$tmp/long2.db"
n=$(sqlite3 "$tmp/long2.db" "select count(*) from events e join sentences s on s.id = e.sentence_id
    where s.text like 'Armenia criticized Azerbaijan over report %.' and e.src_text = 'Armenia' and e.tgt_text = 'Azerbaijan'")
m=$(sqlite3 "$tmp/long2.db" "select count(*) from events e join sentences s on s.id = e.sentence_id where s.text = 'Armenia criticized Azerbaijan over report 35999.'")
[ "$n" = 36000 ] && [ "$m" = 1 ] && ok "a 1.6 MB text coded in pieces: 36000 events, each with its sentence" || bad "a 1.6 MB text: $n events of 36000 ($m)"

# --- the seed articles (../shared/seeds) ---
if [ -d "$SHARED/seeds" ]; then
    "$T" run -q "$SHARED/seeds" --db "$tmp/s.db" 2>/dev/null
    "$T" events --db "$tmp/s.db" --format tsv > "$tmp/s.tsv"
    for f in 000_fa6794096af13f2a 002_2140aaaae3518148; do
        n=$(sqlite3 "$tmp/s.db" "select count(*) from events e join articles a on a.id=e.article_id
            where a.input like '%$f%' and e.src_code like 'AZE%' and e.tgt_code like 'ARM%' and e.code='191'")
        [ "$n" -ge 1 ] && ok "seed $f: Azerbaijan -> Armenia blockade (191)" || bad "seed $f: no AZE -> ARM 191"
    done
    # has SRC TGT CODE-PREFIX WHAT: at least one such event in the seeds
    has() {
        n=$(sqlite3 "$tmp/s.db" "select count(*) from events where src_code = '$1' and tgt_code like '$2%' and code like '$3%'")
        [ "$n" -ge 1 ] && ok "seeds: $4 ($1 -> $2 $3x)" || bad "seeds: no $1 -> $2 $3x ($4)"
    }
    has RUSGOV ARM 11 "the Russian Foreign Ministry protests to Armenia"
    has USAELI USAGOV 02 "Kardashian's appeal to the US President"
    has ARMGOV IGOUNO 02 "Yerevan's appeal to the UN Security Council"
    has ARMGOV UKR 07 "Armenia's aid to Ukraine"
    n=$(sqlite3 "$tmp/s.db" "select count(*) from events where tgt_code like 'RUS%' and code like '17%'")
    [ "$n" = 0 ] && ok "seeds: the hypothetical arrest of Putin gives no event" || bad "seeds: event from the hypothetical arrest of Putin"
    n=$(sqlite3 "$tmp/s.db" "select count(*) from events where sentence_id in (select id from sentences where text like '%Biden has not commented%')")
    [ "$n" = 0 ] && ok "seeds: 'Biden has not commented' gives no event" || bad "seeds: event from 'Biden has not commented'"
    n=$(sqlite3 "$tmp/s.db" "select count(*) from events e join sentences s on s.id = e.sentence_id
        where s.text like '%fought over the territory in 2020%' and e.code like '19%' and e.event_date != '2020'")
    m=$(sqlite3 "$tmp/s.db" "select count(*) from events e join sentences s on s.id = e.sentence_id
        where s.text like '%fought over the territory in 2020%' and e.code like '19%'")
    [ "$n" = 0 ] && [ "$m" -ge 1 ] && ok "seeds: the war of 2020 is dated 2020, not the article's day ($m events)" || bad "seeds: the war of 2020: $n of $m events not dated 2020"
    n=$(awk -F'\t' 'NR==1 {for (i = 1; i <= NF; i++) if ($i == "sentence") c = i} NR>1 && $c == ""' "$tmp/s.tsv" | wc -l)
    [ "$n" = 0 ] && ok "seeds: every event has its sentence" || bad "seeds: $n events without sentence"
else
    echo "skip seeds: $SHARED/seeds not found (tests reading ../shared are skipped)"
fi

# --- parse: tocsin parse, tocsin eval parse ---
printf 'Azerbaijani troops blocked the convoy\n\nAzerbaijani troops blocked the convoy on Monday. Armenia said the road was closed.\n' > "$tmp/parse.txt"
"$T" parse "$tmp/parse.txt" > "$tmp/parse.conllu" 2>"$err"
[ $? -eq 0 ] && ok "parse: exit 0" || bad "parse: exit 0 ($(head -c 200 "$err"))"
[ "$(grep -c '^# sent_id = ' "$tmp/parse.conllu")" = 3 ] && grep -q "^# sent_id = .*parse.txt-3$" "$tmp/parse.conllu" \
    && ok "parse: a sent_id INPUT-N per sentence" || bad "parse: sent_ids"
grep -A1 "^# sent_id = .*parse.txt-1$" "$tmp/parse.conllu" | grep -q '^# text = Azerbaijani troops blocked the convoy$' \
    && ok "parse: a plain text's first line (its title) is parsed too" || bad "parse: first line lost"
printf 'Only one line.\n' | "$T" parse > "$tmp/one.conllu" 2>"$err"
[ "$(grep -c '^# sent_id = ' "$tmp/one.conllu")" = 1 ] && ok "parse: stdin, one line, one sentence" \
    || bad "parse: stdin one line ($(grep -c '^# sent_id' "$tmp/one.conllu") sentences)"
grep -q '^# text = Armenia said the road was closed\.$' "$tmp/parse.conllu" && ok "parse: # text" || bad "parse: # text"
# every word line has 10 columns, a head within its sentence, and each sentence one root
awk -F'\t' '/^#/ {next} /^$/ {if (n && roots != 1) badtree++; n = 0; roots = 0; next}
    {n++; if (NF != 10 || $1 != n) badline++; if ($7 == 0) roots++; if ($7 > 40) badline++}
    END {exit (badline || badtree || NR == 0)}' "$tmp/parse.conllu" \
    && ok "parse: well-formed CoNLL-U, one root a sentence" || bad "parse: malformed CoNLL-U"
grep -qP '^3\tblocked\tblock\tVERB\tVBD\t' "$tmp/parse.conllu" && ok "parse: 'blocked' VERB, lemma block" || bad "parse: 'blocked' not VERB/block"
"$T" parse --format table "$tmp/parse.txt" | grep -qE '^ +3 +blocked +block +VERB' && ok "parse --format table" || bad "parse --format table"
printf 'Police arrested two men.\n' | "$T" parse | grep -qP '^2\tarrested\t' && ok "parse: reads stdin" || bad "parse: reads stdin"
"$T" parse --format xml "$tmp/parse.txt" >/dev/null 2>&1; [ $? -eq 2 ] && ok "parse --format xml: exit 2" || bad "parse --format xml: exit 2"
"$T" parse "$tmp/parse.txt" "$tmp/no-such.txt" > "$tmp/parse2.conllu" 2>"$err"
rc=$?
[ $rc -eq 1 ] && grep -q "no-such.txt" "$err" && grep -q "parse.txt-2" "$tmp/parse2.conllu" \
    && ok "parse: missing input named, exit 1, good input parsed" || bad "parse: missing input (rc $rc)"
check "parse --help" "$T" parse --help
check "eval parse --help" "$T" eval parse --help
"$T" eval parse >/dev/null 2>&1; [ $? -eq 2 ] && ok "eval parse without a file: exit 2" || bad "eval parse without a file: exit 2"
sample=tests/data/parse/sample.conllu
"$T" eval parse "$sample" > "$tmp/eval.txt" 2>"$err"
[ $? -eq 0 ] && ok "eval parse sample: exit 0" || bad "eval parse sample: exit 0 ($(head -c 200 "$err"))"
grep -qE '^sentences +3$' "$tmp/eval.txt" && grep -qE '^words +26$' "$tmp/eval.txt" \
    && ok "eval parse sample: 3 sentences, 26 words (range token skipped)" || bad "eval parse sample: counts"
for m in UPOS XPOS UFeats Lemmas UAS LAS; do
    grep -qE "^$m +[0-9]+\.[0-9]{2}$" "$tmp/eval.txt" || { bad "eval parse sample: no $m"; continue; }
done
grep -q 'ten worst relations' "$tmp/eval.txt" && ok "eval parse sample: scores and worst relations" || bad "eval parse sample: no worst relations"
"$T" eval parse "$sample" --verbose | grep -qE '^(s1|s2|s3): [0-9]+ ' ; rc=$?
las=$(awk '$1 == "LAS" {print $2}' "$tmp/eval.txt")
if [ "$las" = "100.00" ]; then [ $rc -ne 0 ] && ok "eval parse --verbose: no misses at LAS 100" || bad "eval parse --verbose: misses at LAS 100"
else [ $rc -eq 0 ] && ok "eval parse --verbose: prints the misses" || bad "eval parse --verbose: no misses printed"; fi
{ head -n 12 "$sample"; printf '9\tbroken\tbroken\tADJ\tJJ\t_\t99\tamod\t_\t_\n\n'; } > "$tmp/bad.conllu"
"$T" eval parse "$tmp/bad.conllu" >/dev/null 2>"$err"
rc=$?
[ $rc -eq 1 ] && grep -q "bad.conllu:[0-9]" "$err" && ok "eval parse: malformed CoNLL-U named FILE:LINE, exit 1" \
    || bad "eval parse: malformed CoNLL-U (rc $rc: $(head -c 200 "$err"))"
ud_test="$SHARED/ud/UD_English-EWT/en_ewt-ud-test.conllu"
if [ -f "$ud_test" ]; then
    # floors: what the committed model reaches, less a little (a regression fails); the
    # issue's targets are printed beside them (UAS 86.0 and LAS 82.5 are not reached yet)
    "$T" eval parse "$ud_test" > "$tmp/ewt.txt" 2>"$err"
    [ $? -eq 0 ] && ok "eval parse EWT test: exit 0" || bad "eval parse EWT test: exit 0"
    for target in "UPOS 95.5 95.0" "Lemmas 96.9 97.0" "UAS 84.6 86.0" "LAS 81.5 82.5"; do
        read -r m t goal <<< "$target"
        v=$(awk -v m="$m" '$1 == m {print $2}' "$tmp/ewt.txt")
        awk -v v="${v:-0}" -v t="$t" 'BEGIN {exit !(v >= t)}' \
            && ok "eval parse EWT test: $m $v >= $t (target $goal)" \
            || bad "eval parse EWT test: $m ${v:-none} < $t (target $goal)"
    done
else
    echo "skip eval parse on UD English EWT: $ud_test not found (tests reading ../shared are skipped)"
fi

# --- eval events: gold sentences scored (tests/data/eval, docs/eval-events.md) ---
check "eval events --help" "$T" eval events --help
"$T" eval events >/dev/null 2>&1; [ $? -eq 2 ] && ok "eval events without a file: exit 2" || bad "eval events without a file: exit 2"
"$T" eval events "$tmp/no-such.jsonl" >/dev/null 2>&1; [ $? -eq 1 ] && ok "eval events, missing file: exit 1" || bad "eval events, missing file: exit 1"
"$T" eval events tests/data/eval/gold.jsonl --per-root > "$tmp/ev.txt" 2>"$err"
[ $? -eq 0 ] && ok "eval events gold sample: exit 0" || bad "eval events gold sample: exit 0 ($(head -c 200 "$err"))"
grep -q '^sentences 6 (2 expecting no event), gold events 5, coded events [0-9]' "$tmp/ev.txt" \
    && ok "eval events gold sample: 6 sentences, 5 gold events" || bad "eval events gold sample: counts"
for l in root dyad exact; do
    grep -qE "^$l +[01]\.[0-9]{3} +[01]\.[0-9]{3} +[01]\.[0-9]{3} +[0-9]+ +[0-9]+ +5$" "$tmp/ev.txt" \
        || bad "eval events gold sample: no $l line"
done
grep -q '^per root' "$tmp/ev.txt" && ok "eval events: levels and --per-root" || bad "eval events: --per-root table"
"$T" eval events tests/data/eval/malformed.jsonl > "$tmp/ev.txt" 2>"$err"
rc=$?
n=$(grep -c 'malformed.jsonl:[2-7]: eval:' "$err")
[ $rc -eq 1 ] && [ "$n" = 6 ] && grep -q '^sentences 2 ' "$tmp/ev.txt" \
    && ok "eval events: 6 malformed lines named FILE:LINE, the 2 good ones scored, exit 1" \
    || bad "eval events: malformed lines (rc $rc, $n named)"
"$T" eval events tests/data/eval/plover.jsonl > "$tmp/ev.txt" 2>"$err"
rc=$?
[ $rc -eq 1 ] && grep -q '^PLOVER rows 4 (3 sentences)' "$tmp/ev.txt" && grep -q '^YIELD ' "$tmp/ev.txt" \
    && grep -q 'plover.jsonl:6: eval:' "$err" \
    && ok "eval events: PLOVER rows read, per class, a bad class named, exit 1" \
    || bad "eval events: PLOVER rows (rc $rc)"
"$T" eval events tests/data/eval/plover-dyad.jsonl --dyad-misses > "$tmp/ev.txt" 2>"$err"
rc=$?
[ $rc -eq 0 ] && [ "$(grep -c '^d[0-9]'$'\t' "$tmp/ev.txt")" = 1 ] \
    && grep -q '^d1'$'\t''ACCUSE'$'\t''Norway'$'\t''the new tariffs'$'\t''NOR\[Norway\] 11[0-9] SWE\[Sweden\]'$'\t''Norway criticised' "$tmp/ev.txt" \
    && grep -q '^strict recall 0.333 ' "$tmp/ev.txt" \
    && ok "eval events --dyad-misses: only the row found by type with the wrong target, its marks and coded actors" \
    || bad "eval events --dyad-misses (rc $rc)"
# a list member given the sector of the phrase before it keeps its own words (twelfth session:
# "ties with the Malawian government and Tanzania" named Tanzania by "Malawian government")
printf '%s\n' '{"id":"l1","text":"Zambia cut all ties with the Malawian government and Tanzania."}' \
    | "$T" code --format tsv > "$tmp/list.tsv" 2>"$err"
awk -F'\t' '$5 == "TZAGOV" && $33 == "Tanzania"' "$tmp/list.tsv" | grep -q . \
    && awk -F'\t' '$5 == "MWIGOV" && $33 == "Malawian government"' "$tmp/list.tsv" | grep -q . \
    && ok "code: a list member that takes the first member's sector keeps its own words" \
    || bad "code: list member's words ($(cut -f5,33 "$tmp/list.tsv" | tr '\n' ' '))"
"$T" eval events tests/data/eval/plover-dyad.jsonl --event-misses > "$tmp/ev.txt" 2>"$err"
rc=$?
[ $rc -eq 0 ] && [ "$(grep -c '^d[0-9]'$'\t' "$tmp/ev.txt")" = 1 ] \
    && grep -q '^d3'$'\t''class'$'\t''PER\[Peru\] 166 BOLGOV\[Bolivian diplomats\] (SANCTION)'$'\t''AID <s>Peru</s> <t>Bolivian diplomats</t>'$'\t''Peru expelled' "$tmp/ev.txt" \
    && grep -q '^strict recall 0.333 precision 0.500 ' "$tmp/ev.txt" \
    && ok "eval events --event-misses: the event of a class no row has, not the one right with the marks" \
    || bad "eval events --event-misses (rc $rc)"
plv="$SHARED/events-dev/plv_dev.jsonl"
if [ -f "$plv" ]; then
    # a measure, not a gate: Coder v2 moves these figures (docs/eval-events.md, the baseline)
    "$T" eval events "$plv" > "$tmp/plv.txt" 2>"$err"
    [ $? -eq 0 ] && grep -q '^PLOVER rows 1047 ' "$tmp/plv.txt" \
        && ok "eval events events-dev: $(grep '^type ' "$tmp/plv.txt" | cut -d'(' -f1)" \
        || bad "eval events events-dev: exit 0, 1047 rows ($(head -c 200 "$err"))"
else
    echo "skip eval events on events-dev: $plv not found (tests reading ../shared are skipped)"
fi
# data/cameo.tsv's PLOVER types and modes against the published CAMEO -> PLOVER conversion
# table (PLOVER draft 0.8, 17 September 2021), read where it is kept, never copied: every code
# both list has the same type, and the same mode but for 106, whose mode the table leaves out
# (our coder gives 106 to demands of withdrawal, GDELT's label for it; the conversion table's
# 106 is CAMEO's "demand meeting, negotiation", mode meet: docs/eval-events.md, plover13)
c2p="$SHARED/cameo/CAMEO2PLOVER-2021.txt"
if [ -f "$c2p" ]; then
    awk -F'\t' 'NR == FNR { if ($0 !~ /^#/) { t[$1] = $4; m[$1] = $5 }; next }
        /^[0-9]+:/ {
            code = $0; sub(/:.*/, "", code); rest = $0; sub(/^[0-9]+:/, "", rest); sub(/#.*/, "", rest)
            n = split(rest, f, ","); for (i = 1; i <= n; i++) gsub(/^ +| +$/, "", f[i])
            mode = (n >= 2 && f[2] != "") ? f[2] : "-"
            if (code ~ /^[0-9][0-9]$/ || !(code in t)) next
            seen++
            if (t[code] != f[1] || (m[code] != mode && code != "106")) { print code, t[code], m[code], f[1], mode; bad++ }
        }
        END { print "codes", seen + 0; exit bad > 0 || seen < 250 }' data/cameo.tsv "$c2p" > "$tmp/c2p.txt"
    [ $? -eq 0 ] && ok "cameo.tsv: PLOVER types and modes as the 2021 conversion table ($(tail -n 1 "$tmp/c2p.txt"))" \
        || bad "cameo.tsv against the 2021 conversion table: $(head -n 5 "$tmp/c2p.txt" | tr '\n' ';')"
else
    echo "skip cameo.tsv against the PLOVER conversion table: $c2p not found (tests reading ../shared are skipped)"
fi

# --- eval sample: a sheet of stored events to mark, and the marks read back ---
"$T" run -q data/demo --db "$tmp/sample.db" 2>/dev/null
"$T" eval sample --db "$tmp/sample.db" --n 5 --seed 11 > "$tmp/sheet1.txt" 2>"$err"
[ $? -eq 0 ] && [ "$(grep -c '^event: ' "$tmp/sheet1.txt")" = 5 ] && [ "$(grep -c '^mark: $' "$tmp/sheet1.txt")" = 5 ] \
    && ok "eval sample: 5 events, each with an empty mark" || bad "eval sample: 5 events ($(head -c 200 "$err"))"
"$T" eval sample --db "$tmp/sample.db" --n 5 --seed 11 > "$tmp/sheet2.txt" 2>/dev/null
"$T" eval sample --db "$tmp/sample.db" --n 5 --seed 12 > "$tmp/sheet3.txt" 2>/dev/null
cmp -s "$tmp/sheet1.txt" "$tmp/sheet2.txt" && ! cmp -s "$tmp/sheet1.txt" "$tmp/sheet3.txt" \
    && ok "eval sample: the same seed gives the same sheet, another seed another" \
    || bad "eval sample: not deterministic for a seed"
"$T" eval sample --score "$tmp/sheet1.txt" > "$tmp/score.txt" 2>"$err"
[ $? -eq 0 ] && grep -qE '^all +0 +0 +0 +5 ' "$tmp/score.txt" \
    && ok "eval sample --score: the unmarked sheet reads back, 5 blank" || bad "eval sample --score: unmarked sheet"
awk '/^mark:/ {n++; print (n <= 3 ? "mark: y" : n == 4 ? "mark: n wrong target" : "mark: ?"); next} {print}' \
    "$tmp/sheet1.txt" > "$tmp/marked.txt"
"$T" eval sample --score "$tmp/marked.txt" > "$tmp/score.txt" 2>"$err"
[ $? -eq 0 ] && grep -q '^events 5, marked y or n 4: right 0.750 (95% Wilson interval 0.301-0.954)' "$tmp/score.txt" \
    && ok "eval sample --score: 3 of 4 right, Wilson 0.301-0.954" || bad "eval sample --score: $(head -n 1 "$tmp/score.txt")"
sed '0,/^mark:.*/s//mark: perhaps/' "$tmp/marked.txt" > "$tmp/badmark.txt"
"$T" eval sample --score "$tmp/badmark.txt" >/dev/null 2>"$err"
[ $? -eq 1 ] && grep -q 'badmark.txt:[0-9]*: eval: the mark is not' "$err" \
    && ok "eval sample --score: a bad mark named FILE:LINE, exit 1" || bad "eval sample --score: bad mark"
"$T" eval sample --db "$tmp/sample.db" --n 5 >/dev/null 2>&1; [ $? -eq 2 ] && ok "eval sample without --seed: exit 2" || bad "eval sample without --seed: exit 2"
"$T" eval sample --db "$tmp/sample.db" --n five --seed 1 >/dev/null 2>&1; [ $? -eq 2 ] && ok "eval sample --n five: exit 2" || bad "eval sample --n five: exit 2"
"$T" eval sample --db "$tmp/no-such.db" --n 5 --seed 1 >/dev/null 2>&1; [ $? -eq 1 ] && ok "eval sample, missing database: exit 1" || bad "eval sample, missing database: exit 1"

# --- eval tabari: TABARI text records with verification blocks (tests/data/tabari) ---
td=tests/data/tabari
"$T" eval tabari "$td/small.records" --verbs "$td/small.verbs" --actors "$td/small.actors" \
    --agents "$td/small.agents" > "$tmp/tabari.txt" 2>"$err"
rc=$?
[ $rc -eq 1 ] && grep -q 'small.records:47: record TEST-12: the date' "$err" \
    && grep -q 'small.records:51: record TEST-13: a verification block' "$err" \
    && ok "eval tabari: malformed records named FILE:LINE, exit 1" || bad "eval tabari: malformed records (rc $rc)"
grep -qx 'PASS TEST-01' "$tmp/tabari.txt" && grep -qx 'FAIL TEST-07' "$tmp/tabari.txt" \
    && grep -q '^SKIP TEST-08 (no verification block)' "$tmp/tabari.txt" \
    && ok "eval tabari: PASS, FAIL and SKIP per record" || bad "eval tabari: per-record lines"
read -r recs scored right _ _ _ _ unscored malformed < <(tail -n 1 "$tmp/tabari.txt")
[ "$recs/$scored/$unscored/$malformed" = 14/10/2/2 ] && [ "$right" -ge 1 ] && [ "$right" -lt 10 ] \
    && ok "eval tabari: totals (14 records, 10 scored, 2 unscored, 2 malformed; $right right)" \
    || bad "eval tabari: totals $(tail -n 1 "$tmp/tabari.txt")"
"$T" eval tabari "$td/small.records" --verbs "$td/small.verbs" --actors "$td/small.actors" -q 2>/dev/null \
    | grep -qE '^(PASS|FAIL|SKIP) ' && bad "eval tabari --quiet: per-record lines printed" || ok "eval tabari --quiet: totals only"
"$T" eval tabari "$td/small.records" --verbs "$td/bad.verbs" --actors "$td/small.actors" -q >/dev/null 2>"$err"
grep -q 'bad.verbs:4: dictionary: a pattern without its \[CODE\]' "$err" \
    && ok "eval tabari: a malformed .verbs line named FILE:LINE" || bad "eval tabari: bad .verbs line not named"
check "eval tabari --help" "$T" eval tabari --help
"$T" eval tabari >/dev/null 2>&1; [ $? -eq 2 ] && ok "eval tabari without a file: exit 2" || bad "eval tabari without a file: exit 2"
"$T" eval tabari "$tmp/no-such.records" >/dev/null 2>&1; [ $? -eq 1 ] && ok "eval tabari, missing file: exit 1" || bad "eval tabari, missing file: exit 1"
"$T" eval frobnicate 2>&1 | grep -q 'tabari' && ok "eval: unknown suite lists tabari" || bad "eval: unknown suite does not list tabari"

# --- early warning: alerts, watch, eval warn (docs/warning.md) ---
check "alerts --help" "$T" alerts --help
check "watch --help" "$T" watch --help
"$T" alerts >/dev/null 2>&1; [ $? -eq 2 ] && ok "alerts without --db: exit 2" || bad "alerts without --db: exit 2"
"$T" alerts --db "$tmp/no-such.db" >/dev/null 2>&1; [ $? -eq 1 ] && ok "alerts, missing database: exit 1" || bad "alerts, missing database: exit 1"
"$T" run data/demo --db "$tmp/warn1.db" -q > "$tmp/warn-run.txt" 2>/dev/null
"$T" run data/demo --db "$tmp/warn2.db" -q > /dev/null 2>&1
grep -q '^tocsin run: alert new siege country AZE: alert since 2022-12-1' "$tmp/warn-run.txt" \
    && ok "run prints the new siege alert of the demo (AZE, level alert)" || bad "run: no siege alert for AZE: $(cat "$tmp/warn-run.txt")"
"$T" alerts --db "$tmp/warn1.db" --format tsv > "$tmp/warn1.tsv" 2>/dev/null
"$T" alerts --db "$tmp/warn2.db" --format tsv > "$tmp/warn2.tsv" 2>/dev/null
cmp -s "$tmp/warn1.tsv" "$tmp/warn2.tsv" && [ "$(wc -l < "$tmp/warn1.tsv")" -ge 2 ] \
    && ok "alerts: the same input gives the same alerts and ids" || bad "alerts differ between two runs"
[ "$(cut -f5 "$tmp/warn1.tsv" | tail -n +2 | sort -u)" = AZE ] \
    && ok "alerts: none for the demo's background countries" || bad "alerts for other subjects: $(cut -f5 "$tmp/warn1.tsv" | sort -u | tr '\n' ' ')"
"$T" run data/demo --db "$tmp/warn1.db" -q > "$tmp/warn-rerun.txt" 2>/dev/null
[ ! -s "$tmp/warn-rerun.txt" ] && ok "run again: no new alert printed" || bad "run again printed $(cat "$tmp/warn-rerun.txt")"
"$T" alerts --db "$tmp/warn1.db" --format jsonl | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
s = [r for r in rows if r["kind"] == "siege" and r["subject"] == "AZE"][0]
assert s["max_level"] == "alert" and s["evidence"] and s["evidence"][0]["sentence"], s
assert s["clears"] and s["what"] and s["levels"][0]["level"] == "watch", s
' 2>/dev/null && ok "alerts --format jsonl: levels, evidence sentences, what clears it" || bad "alerts --format jsonl"
"$T" alerts --db "$tmp/warn1.db" | grep -q '^  evidence:' && ok "alerts: table with evidence" || bad "alerts: table"
"$T" alerts --db "$tmp/warn1.db" --format xml >/dev/null 2>&1; [ $? -eq 2 ] && ok "alerts --format xml: exit 2" || bad "alerts --format xml: exit 2"
"$T" watch add country AZE --db "$tmp/warn1.db" && "$T" watch add dyad AZE-ARM --db "$tmp/warn1.db" \
    && [ "$("$T" watch list --db "$tmp/warn1.db" | tr '\t\n' ' ')" = "country AZE dyad AZE>ARM " ] \
    && ok "watch add and list (a dyad as AZE>ARM)" || bad "watch add/list: $("$T" watch list --db "$tmp/warn1.db")"
"$T" alerts --db "$tmp/warn1.db" --watched --format tsv | tail -n +2 | grep -q 'AZE' \
    && ok "alerts --watched" || bad "alerts --watched"
"$T" watch remove country AZE --db "$tmp/warn1.db" && [ "$("$T" watch list --db "$tmp/warn1.db" | wc -l)" -eq 1 ] \
    && ok "watch remove" || bad "watch remove"
"$T" watch add planet Mars --db "$tmp/warn1.db" >/dev/null 2>&1; [ $? -eq 2 ] && ok "watch add planet: exit 2" || bad "watch add planet: exit 2"
"$T" eval warn --countries 3 --days 400 > "$tmp/eval-warn.txt" 2>&1 \
    && grep -q '^  step (conflict doubles): *3 streams' "$tmp/eval-warn.txt" \
    && grep -q 'stable, false alarms' "$tmp/eval-warn.txt" && ok "eval warn: synthetic streams" || bad "eval warn: $(cat "$tmp/eval-warn.txt")"
"$T" eval warn --countries none >/dev/null 2>&1; [ $? -eq 2 ] && ok "eval warn --countries none: exit 2" || bad "eval warn --countries none: exit 2"
"$T" eval warn --replay data/demo/corpus.jsonl --db "$tmp/replay.db" > "$tmp/replay.txt" 2>&1
first=$(grep -m1 'new siege country AZE' "$tmp/replay.txt" | sed 's/^  \([0-9-]*\):.*/\1/')
up=$(grep -m1 'escalated siege country AZE: alert' "$tmp/replay.txt" | sed 's/^  \([0-9-]*\):.*/\1/')
[ -n "$first" ] && [[ "$first" < 2022-12-20 ]] && [ -n "$up" ] && [[ "$up" < 2023-09-19 ]] \
    && ok "eval warn --replay: siege for AZE on $first (blockade first reported 2022-12-12), alert level on $up" \
    || bad "eval warn --replay: $(cat "$tmp/replay.txt")"
grep -E '^  [0-9-]+: new' "$tmp/replay.txt" | grep -qv 'country AZE' \
    && bad "eval warn --replay: an alert for another subject" || ok "eval warn --replay: no alert for the background countries"
# stable countries' news we wrote (farmers blocking French motorways for days, a NATO exercise
# in Norway over three days, denials, votes): nothing may fire
"$T" run tests/data/warn/stable.jsonl --db "$tmp/stable.db" -q > "$tmp/stable-run.txt" 2>/dev/null
[ ! -s "$tmp/stable-run.txt" ] && [ "$("$T" alerts --db "$tmp/stable.db")" = "no alert" ] \
    && ok "alerts: none on stable countries' news (protest blockades, an exercise)" || bad "alerts on stable news: $(cat "$tmp/stable-run.txt")"

echo "cli: $((checks - fails)) of $checks checks passed"
[ "$fails" -eq 0 ]
