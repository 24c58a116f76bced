build-asan/obj/extract.o: src/extract.c src/extract.h src/arena.h \
 src/err.h src/read.h src/hash.h src/span.h
src/extract.h:
src/arena.h:
src/err.h:
src/read.h:
src/hash.h:
src/span.h:
