build-asan/obj/hash.o: src/hash.c src/hash.h src/arena.h
src/hash.h:
src/arena.h:
