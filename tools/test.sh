#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, and run the whole test suite with
# ctest. Extra arguments go to ctest (e.g. -R recorder).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/bootstrap.sh"
build="${FIELDTERM_BUILD_DIR:-$root/build}"
cd "$build"
exec ctest --output-on-failure --timeout 900 "$@"
