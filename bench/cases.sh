#!/usr/bin/env bash
# Case list/search and audit-trail benchmarks (bench/cases/bench_cases.cpp): a store filled with
# 10,000 cases and 100,000 audit rows, each figure next to the sqlite3 CLI running the
# equivalent raw SQL on the same file in the same run. Build in Release for figures that mean
# something (a Debug build measures -O0 code):
#     cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
#     ninja -C build-release fieldterm-bench-cases
# Usage: bench/cases.sh [BUILD_DIR] [CASES] [AUDIT_ROWS]   (defaults: build/, 10000, 100000)
# Results go to stdout and bench/results/cases-latest.md. Nothing here is a test assertion.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
cases="${2:-10000}"
audit="${3:-100000}"
bin="$build/bench/cases/fieldterm-bench-cases"
[ -x "$bin" ] || { echo "bench: $bin not built (ninja -C $build fieldterm-bench-cases)"; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench: the sqlite3 CLI is needed for the baseline"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/bench/results"
"$bin" --cases "$cases" --audit "$audit" --dir "$work" --out "$root/bench/results/cases-latest.md"
