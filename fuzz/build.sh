#!/bin/sh
# fuzz/build.sh - build every libFuzzer target (fuzz/fuzz_NAME.c) with
# clang, ASan and UBSan into build-fuzz/fuzz_NAME.
set -eu
cd "$(dirname "$0")/.."
mkdir -p build-fuzz
# The same libraries as the Makefile links.
pkgs=$(sed -n 's/^PKGS *:= *//p' Makefile)
flags="-std=c11 -D_GNU_SOURCE -g -O1 -Isrc -DDYAD_DATADIR=\"$(pwd)/data\"
 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
 $(pkg-config --cflags $pkgs)"
libs="$(pkg-config --libs $pkgs) -lm -pthread"
# The library once, without libFuzzer's main, then each target against it.
objs=""
for c in src/*.c; do
	o=build-fuzz/$(basename "$c" .c).o
	if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find src -name '*.h' -newer "$o")" ]; then
		# shellcheck disable=SC2086
		clang $(echo "$flags" | sed 's/fuzzer,/fuzzer-no-link,/') -c -o "$o" "$c"
	fi
	objs="$objs $o"
done
for t in fuzz/fuzz_*.c; do
	name=$(basename "$t" .c)
	# shellcheck disable=SC2086
	clang $flags -o "build-fuzz/$name" "$t" $objs $libs
done
