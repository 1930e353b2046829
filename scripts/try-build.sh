#!/usr/bin/env bash
# Builds a private copy of the working tree in /tmp, so several people (or agents)
# can check that their content compiles without clashing over dist/ and .astro/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d /tmp/try-build.XXXXXX)
trap 'rm -rf "$dir"' EXIT
tar -C "$root" --exclude=./node_modules --exclude=./dist --exclude=./.astro --exclude=./.git -cf - . | tar -C "$dir" -xf -
ln -s "$root/node_modules" "$dir/node_modules"
cd "$dir"
PATH="$root/node_modules/.bin:$PATH" astro build "$@"
