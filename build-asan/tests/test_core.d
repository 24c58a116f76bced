build-asan/tests/test_core.o: tests/test_core.c src/arena.h src/err.h \
 src/hash.h src/span.h src/arena.h
src/arena.h:
src/err.h:
src/hash.h:
src/span.h:
src/arena.h:
