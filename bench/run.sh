#!/bin/sh
# bench/run.sh - dyad's benchmark: build the corpus generator and the bench
# program against build/libdyad.a, generate a synthetic news corpus in
# bench/out/, and measure dyad with its own dictionaries and with the
# PETRARCH2 dictionaries (when ../shared/reference/petrarch-dictionaries
# exists).  Prints figures; never fails on a threshold.
#
#   BENCH_MB     corpus size in MB (default 8)
#   BENCH_RUNS   timed runs per measurement (default 5)
#   BENCH_SEED   corpus seed (default: gencorpus's own)
#   PETRARCH_DICT  PETRARCH2 dictionary directory (default
#                ../shared/reference/petrarch-dictionaries from the project root)
#   CC           C compiler (default cc)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

mb=${BENCH_MB:-8}
runs=${BENCH_RUNS:-5}
out=bench/out
cc=${CC:-cc}
petrarch=${PETRARCH_DICT:-$top/../shared/reference/petrarch-dictionaries}

if [ ! -f build/libdyad.a ]; then
	echo "bench: build/libdyad.a is missing; run 'make' first" >&2
	exit 2
fi
mkdir -p "$out"

flags="-std=c11 -O2 -D_GNU_SOURCE -Wall -Wextra"
# shellcheck disable=SC2086
$cc $flags -o "$out/gencorpus" bench/gencorpus.c
# shellcheck disable=SC2086,SC2046
# The same libraries as the Makefile links.
pkgs=$(sed -n 's/^PKGS *:= *//p' Makefile)
$cc $flags -Isrc $(pkg-config --cflags $pkgs) -o "$out/bench" \
	bench/bench.c src/cli/event_json.c build/libdyad.a $(pkg-config --libs $pkgs) -lm -pthread

corpus="$out/corpus-${mb}mb.jsonl"
if [ -n "${BENCH_SEED:-}" ]; then
	"$out/gencorpus" --mb "$mb" --seed "$BENCH_SEED" -o "$corpus"
else
	"$out/gencorpus" --mb "$mb" -o "$corpus"
fi

# One core, so the figures are per-core figures.
pin=""
if command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null; then
	pin="taskset -c 0"
	echo "bench: pinned to CPU 0 (taskset -c 0)"
else
	echo "bench: taskset not available; not pinned to one core"
fi

echo
# shellcheck disable=SC2086
$pin "$out/bench" --runs "$runs" --label default "$corpus"
echo
if [ -d "$petrarch" ]; then
	# shellcheck disable=SC2086
	$pin "$out/bench" --runs "$runs" --label petrarch2 --dict "$petrarch" "$corpus"
else
	echo "bench: no PETRARCH2 dictionaries at $petrarch; skipped that run"
	echo "       (set PETRARCH_DICT to their directory)"
fi
echo
echo "targets (issue): >= 100000 sentences/s on one core with the PETRARCH2"
echo "dictionaries, dictionary load < 300 ms, peak memory < 300 MB."

# Extraction: html_extract() beside readability-lxml (bench/extract/).
echo
sh bench/extract/run.sh
