#!/usr/bin/env bash
# A simulated 8-hour shift at high speed (bench/shift/bench_shift.cpp, issue 7): one process
# with the terminal's objects runs the recording duty cycle, photos, markers, sync passes to a
# real fieldterm-backoffice on 127.0.0.1 and a draining fake battery; RSS and open descriptors
# are sampled each simulated hour. Goal: no growth. The baseline is the process itself after
# its first hour (everything warmed up: encoder, store, libcurl, receiver key).
# Usage: bench/shift.sh [BUILD_DIR] [HOURS] [RECORDINGS_PER_HOUR] [SECONDS_PER_RECORDING]
#        (defaults: build/, 8, 4, 12 — about ten minutes). Results: stdout and
#        bench/results/shift-latest.md. Nothing here is a test assertion.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
hours="${2:-8}"
per_hour="${3:-4}"
secs="${4:-12}"
bin="$build/bench/shift/fieldterm-bench-shift"
cli="$build/app/cli/fieldterm-cli"
receiver="$build/backoffice/fieldterm-backoffice"
for exe in "$bin" "$cli" "$receiver"; do
    [ -x "$exe" ] || { echo "bench: $exe not built (ninja -C $build fieldterm-bench-shift fieldterm-cli fieldterm-backoffice)"; exit 1; }
done
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

"$receiver" --data-dir "$work/receiver" --listen 127.0.0.1:0 >"$work/receiver.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 200); do grep -q "listening on" "$work/receiver.log" && break; sleep 0.05; done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/receiver.log" | head -1)
[ -n "$url" ] || { echo "bench: the receiver did not start"; cat "$work/receiver.log"; exit 1; }
mkdir -p "$work/device"
"$cli" --data-dir "$work/device" enroll --server "$url" --code "$("$receiver" --data-dir "$work/receiver" issue-code)" >/dev/null

mkdir -p "$root/bench/results"
# SHIFT_WRAPPER (e.g. "heaptrack -o FILE") runs the bench under a tool; SHIFT_ARGS adds options
# (e.g. --exit-holding).
QT_LOGGING_RULES="fieldterm.*.debug=false;fieldterm.*.info=false" QT_QPA_PLATFORM=offscreen ${SHIFT_WRAPPER:-} "$bin" ${SHIFT_ARGS:-} --data-dir "$work/device" --sysfs "$work/power_supply" --hours "$hours" \
    --recordings "$per_hour" --seconds "$secs" --out "$root/bench/results/shift-latest.md"
echo "receiver: $(sqlite3 "$work/receiver/receiver.db" "SELECT count(*) FROM uploads WHERE status = 'complete'" 2>/dev/null || echo '?') files complete"
