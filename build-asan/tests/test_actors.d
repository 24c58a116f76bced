build-asan/tests/test_actors.o: tests/test_actors.c src/actors.h \
 src/arena.h src/err.h src/text.h src/text.h
src/actors.h:
src/arena.h:
src/err.h:
src/text.h:
src/text.h:
