build-asan/tests/test_golden.o: tests/test_golden.c src/file.h src/err.h \
 src/pipeline.h src/code.h src/actors.h src/arena.h src/text.h \
 src/cameo.h src/span.h src/export.h src/store.h src/extract.h src/read.h
src/file.h:
src/err.h:
src/pipeline.h:
src/code.h:
src/actors.h:
src/arena.h:
src/text.h:
src/cameo.h:
src/span.h:
src/export.h:
src/store.h:
src/extract.h:
src/read.h:
