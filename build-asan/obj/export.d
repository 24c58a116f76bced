build-asan/obj/export.o: src/export.c src/export.h src/store.h src/code.h \
 src/actors.h src/arena.h src/err.h src/text.h src/cameo.h src/span.h \
 src/extract.h src/read.h
src/export.h:
src/store.h:
src/code.h:
src/actors.h:
src/arena.h:
src/err.h:
src/text.h:
src/cameo.h:
src/span.h:
src/extract.h:
src/read.h:
