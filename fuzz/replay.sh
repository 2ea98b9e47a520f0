#!/bin/sh
# fuzz/replay.sh - run every fuzz target once over its saved corpus, so
# each input that ever crashed dyad stays a regression test.
set -eu
cd "$(dirname "$0")/.."
sh fuzz/build.sh
for t in fuzz/fuzz_*.c; do
	name=$(basename "$t" .c | sed 's/^fuzz_//')
	dir="fuzz/corpus/$name"
	[ -d "$dir" ] || { echo "replay: no corpus for $name" >&2; exit 1; }
	# shellcheck disable=SC2046
	"build-fuzz/fuzz_$name" -runs=0 $(find "$dir" -type f | sort) >/dev/null 2>&1 ||
		{ echo "replay: $name failed" >&2; "build-fuzz/fuzz_$name" -runs=0 $(find "$dir" -type f | sort) 2>&1 | tail -30; exit 1; }
	echo "replay: $name ok ($(find "$dir" -type f | wc -l) inputs)"
done
