build-asan/obj/pipeline.o: src/pipeline.c src/pipeline.h src/code.h \
 src/actors.h src/arena.h src/err.h src/text.h src/cameo.h src/span.h \
 src/export.h src/store.h src/extract.h src/read.h src/log.h
src/pipeline.h:
src/code.h:
src/actors.h:
src/arena.h:
src/err.h:
src/text.h:
src/cameo.h:
src/span.h:
src/export.h:
src/store.h:
src/extract.h:
src/read.h:
src/log.h:
