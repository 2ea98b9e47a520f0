#!/bin/sh
# bench/serve/run.sh - dyad serve under load: requests per second and
# latency percentiles of the timeline and events endpoints on a store of
# at least a million events, measured with wrk over loopback.  Prints
# figures; never fails on a threshold.
#
# The store is made once from the benchmark's synthetic corpus
# (bench/gencorpus.c) by 'dyad ingest' and kept in BENCH_DIR; later runs
# reuse it.  Each endpoint is loaded BENCH_RUNS times for BENCH_SECONDS
# and the medians are printed.  wrk and the server share the machine's
# cores, so the figures are a floor for a server with a machine of its own.
#
#   BENCH_MB           corpus size in MB (default 200: about 1.1M events)
#   BENCH_MIN_EVENTS   the store must hold this many events (default 1000000)
#   BENCH_RUNS         runs per endpoint (default 3)
#   BENCH_SECONDS      seconds per run (default 10)
#   BENCH_CONNECTIONS  wrk connections (default 16)
#   BENCH_THREADS      server threads (default 2)
#   BENCH_DIR          where the corpus and store live (default bench/out)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"

mb=${BENCH_MB:-200}
min_events=${BENCH_MIN_EVENTS:-1000000}
runs=${BENCH_RUNS:-3}
secs=${BENCH_SECONDS:-10}
conns=${BENCH_CONNECTIONS:-16}
threads=${BENCH_THREADS:-2}
dir=${BENCH_DIR:-bench/out}
dyad=build/dyad

for tool in wrk sqlite3; do
	command -v $tool >/dev/null 2>&1 ||
		{ echo "bench: $tool is missing; run scripts/setup.sh" >&2; exit 2; }
done
[ -x $dyad ] || { echo "bench: $dyad is missing; run 'make' first" >&2; exit 2; }
mkdir -p "$dir"

store="$dir/serve-${mb}mb.db"
if [ ! -f "$store" ]; then
	corpus="$dir/corpus-${mb}mb.jsonl"
	cc -std=c11 -O2 -Wall -o "$dir/gencorpus" bench/gencorpus.c
	[ -f "$corpus" ] || "$dir/gencorpus" --mb "$mb" -o "$corpus"
	echo "bench: storing $corpus (once)" >&2
	rm -f "$store.tmp" "$store.tmp-wal" "$store.tmp-shm"
	$dyad ingest --db "$store.tmp" --batch 4096 "$corpus"
	sqlite3 "$store.tmp" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
	mv "$store.tmp" "$store"
	rm -f "$store.tmp-wal" "$store.tmp-shm"
fi
events=$(sqlite3 "$store" "SELECT count(*) FROM events")
unique=$(sqlite3 "$store" "SELECT count(*) FROM events WHERE id = gid")
articles=$(sqlite3 "$store" "SELECT count(*) FROM articles")
if [ "$events" -lt "$min_events" ]; then
	echo "bench: $store holds $events events, fewer than $min_events; raise BENCH_MB" >&2
	exit 2
fi
# The busiest pair of countries, and its busiest month.
pair=$(sqlite3 -separator ' ' "$store" "SELECT substr(source, 1, 3), substr(target, 1, 3)
	FROM events WHERE source <> '' AND target <> '' GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1")
a=${pair% *} b=${pair#* }
month=$(sqlite3 "$store" "SELECT substr(day, 1, 7) FROM events WHERE substr(source, 1, 3) = '$a'
	AND day IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")

log="$dir/serve.log"
rm -f "$dir/serve.url"
$dyad serve --db "$store" --listen 127.0.0.1:0 --read-only --quiet --threads "$threads" \
	>"$dir/serve.url" 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT INT TERM
i=0
while [ ! -s "$dir/serve.url" ]; do
	i=$((i + 1))
	[ $i -lt 600 ] || { echo "bench: the server did not start:" >&2; cat "$log" >&2; exit 2; }
	sleep 0.1
done
url=$(head -n 1 "$dir/serve.url")
url=${url%/}

echo "store: $store: $articles articles, $events events ($unique unique)"
echo "server: $threads threads; wrk: 1 thread, $conns connections, ${secs}s a run," \
	"median of $runs runs; $(nproc) cores shared"
echo

# wrk's figures in milliseconds: "Requests/sec: N" and the --latency
# percentiles (50%, 90%, 99%) with their units.
measure() {  # $1 label, $2 path
	tmp="$dir/wrk.out"
	: >"$dir/wrk.all"
	r=0
	while [ $r -lt "$runs" ]; do
		wrk -t1 -c"$conns" -d"${secs}s" --latency "$url$2" >"$tmp"
		if grep -q 'Non-2xx' "$tmp"; then
			echo "bench: $2 answered errors:" >&2; cat "$tmp" >&2; exit 2
		fi
		awk '
		function ms(v) {
			if (v ~ /us$/) return v * 0.001;
			if (v ~ /ms$/) return v + 0;
			if (v ~ /s$/) return v * 1000;
			return v + 0;
		}
		/Requests\/sec/ { rps = $2 }
		/^ +50%/ { p50 = ms($2) } /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
		END { printf "%.1f %.2f %.2f %.2f\n", rps, p50, p90, p99 }' "$tmp" >>"$dir/wrk.all"
		r=$((r + 1))
	done
	sort -n "$dir/wrk.all" | awk -v label="$1" -v n="$runs" '
	{ rps[NR] = $1; p50[NR] = $2; p90[NR] = $3; p99[NR] = $4 }
	function med(a,   i, j, t, m) {
		for (i = 1; i <= n; i++) b[i] = a[i];
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
			if (b[j] < b[i]) { t = b[i]; b[i] = b[j]; b[j] = t }
		return b[int((n + 1) / 2)]
	}
	END { printf "%-44s %9.1f req/s   p50 %7.2f ms   p90 %7.2f ms   p99 %7.2f ms\n",
		label, med(rps), med(p50), med(p90), med(p99) }'
}

measure "timeline $a-$b by month" "/api/timeline?a=$a&b=$b"
measure "timeline $a-$b by week, one year" "/api/timeline?a=$a&b=$b&bucket=week&from=${month%-*}-01-01&to=${month%-*}-12-31"
measure "events of $a-$b in $month, first page" "/api/events?source=$a&target=$b&from=$month-01&to=$month-31&limit=50"
measure "events of $a, first page" "/api/events?actor=$a&limit=50"
measure "events of $a, page 200" "/api/events?actor=$a&limit=50&offset=10000"
# The same page by its cursor: the day and mention of row 10,000.
cursor=$($dyad events --db "$store" --actor "$a" --limit 1 --offset 9999 --format tsv |
	tail -n 1 | awk -F '\t' '{ print $5 ":" $2 }')
measure "events of $a, page 200 by cursor" "/api/events?actor=$a&limit=50&after=$cursor"
measure "stats" "/api/stats"
