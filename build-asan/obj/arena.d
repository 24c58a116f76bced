build-asan/obj/arena.o: src/arena.c src/arena.h
src/arena.h:
