#!/bin/sh
# Installs the pinned independent tus server (@tus/server + @tus/file-store) into PREFIX once.
# Exit 0 when installed (or already there); 77 when npm itself is absent (tests then skip).
set -e
prefix="$1"
[ -n "$prefix" ] || { echo "usage: install.sh PREFIX" >&2; exit 2; }
command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1 || { echo "npm/node not installed" >&2; exit 77; }
if [ -f "$prefix/node_modules/@tus/server/package.json" ] && [ -f "$prefix/node_modules/@tus/file-store/package.json" ] \
   && grep -q '"version": "1.10.2"' "$prefix/node_modules/@tus/server/package.json"; then
    exit 0
fi
mkdir -p "$prefix"
npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error @tus/server@1.10.2 @tus/file-store@1.5.1
