#!/usr/bin/env bash
# Fuzz the template loader with libFuzzer: builds tests/documents/fuzz/fuzz_template_loader with
# clang, -fsanitize=fuzzer,address (the libraries with fuzzer-no-link,address for coverage) in
# its own build directory and runs it for N seconds on a copy of the seed corpus.
#
#   tools/fuzz.sh [SECONDS] [TARGET]   default 60 s, fuzz_template_loader; the other target is
#                                      fuzz_wire_parsers (signatures, digests, tus metadata)
#   env BUILD_DIR (default ../build-fuzz), JOBS (2)
#
# Crashes, leaks and timeouts (> 2 s per input) are written as crash-*/leak-*/timeout-* files in
# the build directory's fuzz-artifacts/; replay one with: <build>/tests/documents/fuzz_template_loader FILE
set -euo pipefail

SECONDS_TO_RUN="${1:-60}"
TARGET="${2:-fuzz_template_loader}"
case "$TARGET" in
    fuzz_template_loader) TARGET_DIR=tests/documents; SEEDS=(tests/documents/fuzz/corpus resources/templates) ;;
    fuzz_wire_parsers) TARGET_DIR=tests/sync/wire; SEEDS=(tests/sync/wire/fuzz/corpus) ;;
    *) echo "unknown fuzz target $TARGET" >&2; exit 2 ;;
esac
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/../build-fuzz}"
JOBS="${JOBS:-2}"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "clang++ not found; installing clang (Debian package)…"
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y clang; else sudo apt-get update -qq && sudo apt-get install -y clang; fi
fi

SAN="-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer -g -O1"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$SAN" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address" \
    -DFIELDTERM_FUZZ=ON >/dev/null
nice ninja -C "$BUILD_DIR" -j"$JOBS" "$TARGET"

WORK="$BUILD_DIR/fuzz-work-$TARGET"
ARTIFACTS="$BUILD_DIR/fuzz-artifacts"
mkdir -p "$WORK/corpus" "$ARTIFACTS"
for seeds in "${SEEDS[@]}"; do cp -n "$ROOT/$seeds"/* "$WORK/corpus/" 2>/dev/null || true; done

# Qt leaks a few one-time allocations at exit (the application object, font/locale caches):
# LeakSanitizer still runs per input via -detect_leaks=1 (libFuzzer's own leak check).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export QT_LOGGING_RULES="fieldterm.documents.warning=false"
echo "fuzzing for ${SECONDS_TO_RUN} s…"
status=0
"$BUILD_DIR/$TARGET_DIR/$TARGET" "$WORK/corpus" \
    -max_total_time="$SECONDS_TO_RUN" -timeout=2 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$ARTIFACTS/" -print_final_stats=1 || status=$?
ls -1 "$ARTIFACTS" 2>/dev/null | sed 's/^/artifact: /'
exit $status
