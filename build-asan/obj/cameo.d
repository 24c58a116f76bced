build-asan/obj/cameo.o: src/cameo.c src/cameo.h src/err.h src/arena.h \
 src/file.h src/hash.h
src/cameo.h:
src/err.h:
src/arena.h:
src/file.h:
src/hash.h:
