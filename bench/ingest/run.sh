#!/bin/sh
# bench/ingest/run.sh - how fast dyad stores events in SQLite: builds the
# corpus generator (bench/gencorpus.c) and bench/ingest/ingest.c against
# build/libdyad.a, writes a synthetic corpus and measures storing alone
# and coding plus storing (see bench/ingest/README.md).  Prints figures;
# never fails on a threshold.
#
#   BENCH_MB     corpus size in MB (default 8)
#   BENCH_RUNS   timed runs per measurement (default 3)
#   BENCH_BATCH  articles per transaction (default 1024)
#   BENCH_DIR    where the store is written (default bench/out)
#   CC           C compiler (default cc)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"

mb=${BENCH_MB:-8}
runs=${BENCH_RUNS:-3}
batch=${BENCH_BATCH:-1024}
out=bench/out
dir=${BENCH_DIR:-$out}
cc=${CC:-cc}

if [ ! -f build/libdyad.a ]; then
	echo "bench: build/libdyad.a is missing; run 'make' first" >&2
	exit 2
fi
mkdir -p "$out" "$dir"
flags="-std=c11 -O2 -D_GNU_SOURCE -Wall -Wextra"
pkgs=$(sed -n 's/^PKGS *:= *//p' Makefile)
# shellcheck disable=SC2086
$cc $flags -o "$out/gencorpus" bench/gencorpus.c
# shellcheck disable=SC2086,SC2046
$cc $flags -Isrc $(pkg-config --cflags $pkgs) -o "$out/ingest" bench/ingest/ingest.c \
	build/libdyad.a $(pkg-config --libs $pkgs) -lm -pthread

corpus="$out/corpus-${mb}mb.jsonl"
[ -f "$corpus" ] || "$out/gencorpus" --mb "$mb" -o "$corpus"

pin=""
if command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null; then
	pin="taskset -c 0"
	echo "bench: pinned to CPU 0 (taskset -c 0)"
fi
# shellcheck disable=SC2086
$pin "$out/ingest" --runs "$runs" --batch "$batch" --dir "$dir" "$corpus"
echo
echo "target (issue): >= 20000 events/s into SQLite on one core."
