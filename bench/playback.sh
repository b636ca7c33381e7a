#!/usr/bin/env bash
# Playback benchmarks (bench/playback/bench_playback.cpp, issue 6): a 2-hour recording in
# 10-minute fragmented-MP4 segments at 1280×720 (one segment encoded once, copied for the
# others, kept in a cache folder: ~300 MB), then open → first frame, accurate and key-unit seek
# latency to random positions, and RSS over an hour of content played at 2× (30 min of wall
# time). Baseline in the same run: playbin prerolling / seeking the first segment alone.
# Build in Release for figures that mean something:
#     cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
#     ninja -C build-release fieldterm-bench-playback
# Usage: bench/playback.sh [BUILD_DIR] [MINUTES] [MEMORY_MINUTES]   (defaults: build/, 120, 60)
# Results go to stdout and bench/results/playback-latest.md. Nothing here is a test assertion.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
minutes="${2:-120}"
memory="${3:-60}"
bin="$build/bench/playback/fieldterm-bench-playback"
[ -x "$bin" ] || { echo "bench: $bin not built (ninja -C $build fieldterm-bench-playback)"; exit 1; }
command -v gst-launch-1.0 >/dev/null || { echo "bench: gst-launch-1.0 is needed to make the recording"; exit 1; }
cache="${XDG_CACHE_HOME:-$HOME/.cache}/fieldterm-bench-playback"
mkdir -p "$root/bench/results"
"$bin" --dir "$cache" --minutes "$minutes" --segment-minutes 10 --size 1280x720 --seeks 25 \
    --memory-minutes "$memory" --out "$root/bench/results/playback-latest.md"
