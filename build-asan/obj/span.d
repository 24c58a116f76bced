build-asan/obj/span.o: src/span.c src/span.h src/arena.h
src/span.h:
src/arena.h:
