build-asan/obj/actors.o: src/actors.c src/actors.h src/arena.h src/err.h \
 src/text.h src/file.h src/hash.h
src/actors.h:
src/arena.h:
src/err.h:
src/text.h:
src/file.h:
src/hash.h:
