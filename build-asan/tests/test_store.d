build-asan/tests/test_store.o: tests/test_store.c src/hash.h src/store.h \
 src/code.h src/actors.h src/arena.h src/err.h src/text.h src/cameo.h \
 src/span.h src/extract.h src/read.h
src/hash.h:
src/store.h:
src/code.h:
src/actors.h:
src/arena.h:
src/err.h:
src/text.h:
src/cameo.h:
src/span.h:
src/extract.h:
src/read.h:
