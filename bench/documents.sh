#!/usr/bin/env bash
# Documents benchmarks (bench/documents/bench_documents.cpp): loading every shipped template and
# rendering a 30-page 询问笔录 PDF, next to poppler's pdftotext/pdftoppm reading the same PDF in
# the same run. Build in Release for figures that mean something:
#     cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
#     ninja -C build-release fieldterm-bench-documents
# Usage: bench/documents.sh [BUILD_DIR]   (default build/)
# Results go to stdout and bench/results/documents-latest.md. Nothing here is a test assertion.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
bin="$build/bench/documents/fieldterm-bench-documents"
[ -x "$bin" ] || { echo "bench: $bin not built (ninja -C $build fieldterm-bench-documents)"; exit 1; }
command -v pdftotext >/dev/null || { echo "bench: poppler-utils (pdftotext) is needed for the baseline"; exit 1; }
mkdir -p "$root/bench/results"
"$bin" --out "$root/bench/results/documents-latest.md"
