build-asan/obj/err.o: src/err.c src/err.h
src/err.h:
