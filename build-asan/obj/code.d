build-asan/obj/code.o: src/code.c src/code.h src/actors.h src/arena.h \
 src/err.h src/text.h src/cameo.h src/span.h src/file.h src/hash.h
src/code.h:
src/actors.h:
src/arena.h:
src/err.h:
src/text.h:
src/cameo.h:
src/span.h:
src/file.h:
src/hash.h:
