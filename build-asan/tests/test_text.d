build-asan/tests/test_text.o: tests/test_text.c src/text.h src/arena.h \
 src/arena.h src/err.h
src/text.h:
src/arena.h:
src/arena.h:
src/err.h:
