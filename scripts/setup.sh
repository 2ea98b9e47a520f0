#!/bin/sh
# scripts/setup.sh - install what dyad needs to build and test, from
# Debian's packages.  Runs `apt-get update` only when something is missing.
set -eu
PKGS="build-essential pkg-config clang libclang-rt-14-dev
libjansson-dev libutf8proc-dev wordnet-dev wordnet-base libcmocka-dev
iso-codes libxml2-dev libexttextcat-dev libexttextcat-data zlib1g-dev
python3-readability
libsqlite3-dev sqlite3 nettle-dev"

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
