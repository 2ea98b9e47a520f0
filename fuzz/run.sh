#!/bin/sh
# fuzz/run.sh SECONDS TARGET... - fuzz each target for SECONDS, growing its
# corpus in fuzz/corpus/TARGET.  A crash leaves its input in build-fuzz/
# and fails the run; add it to the corpus as a regression test.
set -eu
cd "$(dirname "$0")/.."
secs=$1; shift
sh fuzz/build.sh
for t in "$@"; do
	mkdir -p "fuzz/corpus/$t" "build-fuzz/new-$t"
	echo "fuzz: $t for ${secs}s" >&2
	"build-fuzz/fuzz_$t" -max_total_time="$secs" -max_len=65536 \
		-artifact_prefix="build-fuzz/$t-" \
		"build-fuzz/new-$t" "fuzz/corpus/$t"
done
