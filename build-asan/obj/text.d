build-asan/obj/text.o: src/text.c src/text.h src/arena.h src/err.h \
 src/span.h
src/text.h:
src/arena.h:
src/err.h:
src/span.h:
