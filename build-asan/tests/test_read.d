build-asan/tests/test_read.o: tests/test_read.c src/arena.h src/read.h \
 src/err.h
src/arena.h:
src/read.h:
src/err.h:
