build-asan/obj/read.o: src/read.c src/read.h src/err.h src/arena.h \
 src/file.h src/span.h
src/read.h:
src/err.h:
src/arena.h:
src/file.h:
src/span.h:
