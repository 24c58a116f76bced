build-asan/obj/file.o: src/file.c src/file.h src/err.h src/arena.h
src/file.h:
src/err.h:
src/arena.h:
