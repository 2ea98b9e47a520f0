#!/bin/sh
# scripts/setup.sh - install what dyad needs to build and test, from
# Debian's packages, and the dashboard's packages from the npm registry
# (web/package-lock.json pins them).  Runs `apt-get update` only when
# something is missing, and `npm ci` only when web/node_modules is not
# up to date with the lock file.
set -eu
PKGS="build-essential pkg-config clang libclang-rt-14-dev
libjansson-dev libutf8proc-dev wordnet-dev wordnet-base libcmocka-dev
iso-codes libxml2-dev libexttextcat-dev libexttextcat-data zlib1g-dev
python3-readability
libsqlite3-dev sqlite3 nettle-dev
libmicrohttpd-dev wrk chromium fonts-liberation"
# Node.js and npm build the dashboard and drive Chromium in its tests; a
# machine that has them already (from any source) keeps its own.
command -v npm >/dev/null 2>&1 || PKGS="$PKGS nodejs npm"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "setup: installing$missing" >&2
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	export DEBIAN_FRONTEND=noninteractive
	$SUDO apt-get update -qq
	# shellcheck disable=SC2086
	$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# The dashboard's packages.
top=$(cd "$(dirname "$0")/.." && pwd)
if [ -f "$top/web/package-lock.json" ] &&
   { [ ! -f "$top/web/node_modules/.package-lock.json" ] ||
     [ "$top/web/package-lock.json" -nt "$top/web/node_modules/.package-lock.json" ]; }; then
	echo "setup: npm ci in web/" >&2
	(cd "$top/web" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
