#!/bin/sh
# web/tests/run.sh - the dashboard's browser tests against the real server:
# stores the sample corpus in a fresh build/web-test.db, serves it with
# `build/dyad serve` on a free port, runs `node --test web/tests/` with
# DYAD_URL pointing at it, and stops the server whatever happens.  Exits
# with the tests' status (2 when something they need is missing).
#
# usage (from the repository's root, after `make` and
# `cd web && npm ci && npm run build`):  sh web/tests/run.sh
# DYAD_ARTIFACTS=DIR puts the screenshots in DIR (default build/web-artifacts).

set -u

DB=build/web-test.db
LOG=build/web-serve.log

fail() {
	echo "web/tests/run.sh: $*" >&2
	exit 2
}

[ -x build/dyad ] || fail "build/dyad is missing: run 'make' first (from the repository's root)"
[ -f web/dist/index.html ] || fail "web/dist is missing: run 'cd web && npm ci && npm run build'"
[ -d web/node_modules/playwright-core ] || fail "web/node_modules is missing: run 'cd web && npm ci'"
[ -x "${DYAD_CHROMIUM:-/usr/bin/chromium}" ] || fail "no Chromium at ${DYAD_CHROMIUM:-/usr/bin/chromium}: apt-get install chromium"

rm -f "$DB" "$DB-wal" "$DB-shm"
build/dyad ingest --db "$DB" samples/ || fail "could not store samples/ in $DB"

# A port that was free a moment ago: the kernel's choice for port 0.
PORT=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })') ||
	fail "could not find a free port"
URL="http://127.0.0.1:$PORT"

build/dyad serve --db "$DB" --listen "127.0.0.1:$PORT" --web web/dist >"$LOG" 2>&1 &
SERVER=$!
stop_server() {
	kill "$SERVER" 2>/dev/null
	wait "$SERVER" 2>/dev/null
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Wait for GET /api/stats to answer, 20 s at most; give up at once if the
# server died.
node -e '
const [url, pid] = process.argv.slice(1);
const deadline = Date.now() + 20000;
(async function poll() {
	try { process.kill(Number(pid), 0); } catch { console.error("the server stopped"); process.exit(1); }
	try {
		const r = await fetch(url + "/api/stats");
		if (r.ok) process.exit(0);
	} catch {}
	if (Date.now() > deadline) { console.error("no answer from " + url + " in 20 s"); process.exit(1); }
	setTimeout(poll, 200);
})();
' "$URL" "$SERVER" || {
	sed 's/^/  serve: /' "$LOG" >&2
	fail "dyad serve did not start (its log: $LOG)"
}
echo "web/tests/run.sh: dyad serve answers at $URL"

DYAD_URL="$URL" DYAD_ARTIFACTS="${DYAD_ARTIFACTS:-build/web-artifacts}" \
	node --test --test-reporter=spec web/tests/
status=$?
echo "web/tests/run.sh: screenshots in ${DYAD_ARTIFACTS:-build/web-artifacts}"
exit $status
