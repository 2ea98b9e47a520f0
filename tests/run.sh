#!/bin/sh
# tests/run.sh - dyad's whole test suite: unit tests (cmocka) and end-to-end
# golden tests, built and run twice: plainly, then under AddressSanitizer and
# UndefinedBehaviorSanitizer; the fuzz corpora replayed; and the dashboard's
# browser tests.  Ends with the line "N passed, N failed".
#
# An end-to-end case is a directory tests/e2e/NAME holding:
#   cmd        one shell command; $DYAD is the binary, the case dir the cwd
#   expected   the exact standard output
#   status     the expected exit status (default 0)
#   stderr     optional: text that must appear in standard error
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
jobs=$(nproc 2>/dev/null || echo 2)
passed=0
failed=0
failures=""

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); failures="$failures
  $1"; echo "FAIL: $1"; }

run_unit() {  # $1 build dir
	for t in "$1"/tests/test_*; do
		[ -x "$t" ] || continue
		out=$("$t" 2>&1)
		rc=$?
		# A binary may run several groups: sum their counts.
		p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | awk '{s+=$1} END {print s+0}')
		f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | awk '{s+=$1} END {print s+0}')
		passed=$((passed + p))
		if [ "$f" -gt 0 ] || [ $rc -ne 0 ]; then
			printf '%s\n' "$out" | grep -E 'FAILED|ERROR|error|Sanitizer' | head -20
			[ "$f" -gt 0 ] || f=1
			failed=$((failed + f))
			failures="$failures
  $t"
		fi
	done
}

run_e2e() {  # $1 build dir
	DYAD="$top/$1/dyad"
	export DYAD
	for d in tests/e2e/*/; do
		[ -f "$d/cmd" ] || continue
		name="$1:e2e/$(basename "$d")"
		want_rc=0
		[ -f "$d/status" ] && want_rc=$(cat "$d/status")
		out=$(mktemp) err=$(mktemp)
		(cd "$d" && sh ./cmd >"$out" 2>"$err")
		rc=$?
		ok=1
		if [ "$rc" -ne "$want_rc" ]; then
			echo "$name: exit status $rc, expected $want_rc"; ok=0
		fi
		if [ -f "$d/expected" ] && ! diff -u "$d/expected" "$out" >"$out.diff"; then
			echo "$name: output differs:"; head -40 "$out.diff"; ok=0
		fi
		if [ -f "$d/stderr" ]; then
			while IFS= read -r line; do
				[ -z "$line" ] && continue
				if ! grep -qF -- "$line" "$err"; then
					echo "$name: stderr lacks: $line"; ok=0
				fi
			done <"$d/stderr"
		fi
		if grep -q 'Sanitizer\|runtime error' "$err"; then
			echo "$name: sanitizer report:"; head -20 "$err"; ok=0
		fi
		if [ $ok -eq 1 ]; then pass; else fail "$name"; fi
		rm -f "$out" "$err" "$out.diff"
	done
}

for mode in plain sanitized; do
	if [ $mode = plain ]; then
		bdir=build; args=""
	else
		bdir=build-san; args="SANITIZE=address,undefined"
	fi
	echo "== $mode build ($bdir)"
	if ! make -s -j"$jobs" $args all unit >/dev/null; then
		make -j1 $args all unit 2>&1 | tail -30
		fail "$mode build"
		continue
	fi
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
	export ASAN_OPTIONS UBSAN_OPTIONS
	run_unit $bdir
	run_e2e $bdir
done

# Fuzz corpora replay: every saved input must still run clean.
if [ -x fuzz/replay.sh ]; then
	if sh fuzz/replay.sh >/tmp/dyad-replay.$$ 2>&1; then pass; else
		tail -20 /tmp/dyad-replay.$$; fail "fuzz corpus replay"; fi
	rm -f /tmp/dyad-replay.$$
fi

# The dashboard: bundled with npm (make web) and driven in headless
# Chromium against dyad serve over the sample corpus (web/tests/run.sh,
# which needs the plain build).  Its tests count one by one.
echo "== dashboard (web/)"
web_log=/tmp/dyad-web.$$
if make -s web >"$web_log" 2>&1; then
	sh web/tests/run.sh >"$web_log" 2>&1
	rc=$?
	p=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$web_log" | tail -1)
	f=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$web_log" | tail -1)
	passed=$((passed + ${p:-0}))
	if [ $rc -ne 0 ] || [ "${f:-0}" -gt 0 ] || [ -z "$p" ]; then
		grep -E '✖|Error|error|web/tests/run.sh' "$web_log" | head -40
		failed=$((failed + ${f:-0}))
		[ "${f:-0}" -gt 0 ] || failed=$((failed + 1))
		failures="$failures
  dashboard (web/tests, log: $web_log)"
	else
		rm -f "$web_log"
	fi
else
	tail -30 "$web_log"
	fail "dashboard build (make web)"
fi

[ -n "$failures" ] && printf 'failed:%s\n' "$failures"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
