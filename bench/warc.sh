#!/bin/sh
# bench/warc.sh - how fast dyad reads web archives: `dyad extract` on a
# WARC of about WARC_MB MB (gzip per record, as Common Crawl writes them)
# built by tests/warc/make_warc.py from the HTML test pages in tests/html/
# (each response with a request and a metadata record beside it, as in a
# crawl).  Prints the median of BENCH_RUNS runs on one core: pages/s, and
# MB/s of the compressed file and of the WARC it holds.  Every page goes
# through the whole reader: inflate, WARC and HTTP headers, html_extract()
# and language identification, and the JSON output (to /dev/null).
#
#   WARC_MB      archive size in MB (default 50)
#   BENCH_RUNS   timed runs (default 3)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

mb=${WARC_MB:-50}
runs=${BENCH_RUNS:-3}
out=bench/out
warc="$out/bench-${mb}mb.warc.gz"

if [ ! -x build/dyad ]; then
	echo "bench/warc: build/dyad is missing; run 'make' first" >&2
	exit 2
fi
mkdir -p "$out"
if [ ! -f "$warc" ] || [ tests/warc/make_warc.py -nt "$warc" ]; then
	python3 tests/warc/make_warc.py --bench "$warc" "$mb"
fi

pin=""
if command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null; then
	pin="taskset -c 0"
fi

gz_bytes=$(wc -c <"$warc")
raw_bytes=$(gzip -dc "$warc" | wc -c)
pages=$(gzip -dc "$warc" | grep -a -c '^WARC-Type: response')
articles=$($pin build/dyad extract "$warc" | wc -l)    # also warms the cache
times=""
i=0
while [ "$i" -lt "$runs" ]; do
	t0=$(date +%s.%N)
	$pin build/dyad extract "$warc" >/dev/null
	t1=$(date +%s.%N)
	times="$times $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')"
	i=$((i + 1))
done
median=$(printf '%s\n' $times | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
awk -v p="$pages" -v a="$articles" -v g="$gz_bytes" -v r="$raw_bytes" -v t="$median" -v runs="$runs" \
    -v pin="${pin:-not pinned}" -v times="$times" 'BEGIN {
	printf "warc: %s (%s)\n", "'"$warc"'", pin
	printf "warc: %d pages (%d with an article), %.1f MB gzip, %.1f MB uncompressed; runs (s):%s\n",
		p, a, g / 1e6, r / 1e6, times
	printf "warc: median %.2f s: %.0f pages/s, %.1f MB/s gzip, %.1f MB/s uncompressed\n",
		t, p / t, g / 1e6 / t, r / 1e6 / t
}'
