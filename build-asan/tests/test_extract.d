build-asan/tests/test_extract.o: tests/test_extract.c src/arena.h \
 src/extract.h src/arena.h src/err.h src/read.h src/hash.h src/span.h
src/arena.h:
src/extract.h:
src/arena.h:
src/err.h:
src/read.h:
src/hash.h:
src/span.h:
