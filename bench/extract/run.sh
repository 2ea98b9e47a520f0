#!/bin/sh
# bench/extract/run.sh - extraction speed and quality: dyad's html_extract()
# beside readability-lxml (Debian's python3-readability) on the same ~200
# pages of 50-150 KB, both pinned to one core, with word-level F1 of both
# on the HTML test set (tests/html) and on the benchmark pages.  Prints
# figures; never fails on a threshold.
#
#   EXTRACT_PAGES  number of pages (default 200)
#   EXTRACT_RUNS   timed runs of each extractor (default 3; median reported)
#   CC             C compiler (default cc)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
n=${EXTRACT_PAGES:-200}
runs=${EXTRACT_RUNS:-3}
out=bench/out/extract
cc=${CC:-cc}
py=/usr/bin/python3     # Debian's, where python3-readability lives

if [ ! -f build/libdyad.a ]; then
	echo "bench/extract: build/libdyad.a is missing; run 'make' first" >&2
	exit 2
fi
mkdir -p "$out"
pkgs=$(sed -n 's/^PKGS *:= *//p' Makefile)
# shellcheck disable=SC2046,SC2086
$cc -std=c11 -O2 -D_GNU_SOURCE -Wall -Wextra -Isrc $(pkg-config --cflags $pkgs) \
	-o "$out/bench_extract" bench/extract/bench_extract.c build/libdyad.a \
	$(pkg-config --libs $pkgs) -lm

# The pages: the test pages padded with furniture to 50-150 KB.
rm -rf "$out/pages"
$py bench/extract/mkpages.py tests/html "$out/pages" "$n"

pin=""
if command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null; then
	pin="taskset -c 0"
fi
echo "== extraction (html_extract vs readability-lxml, one core${pin:+, taskset -c 0})"
other=""
if $py -c 'from readability import Document' 2>/dev/null; then
	rm -rf "$out/readability"
	$pin $py bench/extract/readability_bench.py "$runs" "$out/pages" tests/html "$out/readability"
	other="--other readability-lxml $out/readability"
else
	echo "  readability-lxml: not installed (apt-get install python3-readability); skipped"
fi
# shellcheck disable=SC2086
$pin "$out/bench_extract" --runs "$runs" $other "$out/pages" tests/html
echo "targets (issue): >= 500 pages/s on one core, >= 15x readability-lxml's rate,"
echo "and a higher F1 than readability-lxml."
