#!/usr/bin/env bash
# Upload benchmark (tus): one file (default 500 MB) over loopback —
#   1. throughput of `fieldterm-cli upload` (8 MiB tus PATCHes, signed) vs `curl -T` of the same
#      file in the same run, and their ratio (goal ≥ 0.9×);
#   2. bytes sent twice after `kill -9` of the CLI at a random moment and a re-run (goal ≤ one chunk).
# Servers: the independent node tus server (tests/sync/tusnode) for the CLI; for curl, the
# receiver's `fieldterm-backoffice --bench-sink` when built (PUT /bench/sink/<name>), otherwise a
# plain node PUT sink (bench/upload/putsink.js) — the script says which one it used.
# Build in Release for figures that mean something:
#     cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build-release fieldterm-cli
# Usage: bench/upload.sh [BUILD_DIR] [SIZE_MB] [CHUNK_KIB]   (defaults: build/, 500, 8192)
# Results: stdout and bench/results/upload-latest.md. Nothing here is a test assertion.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
size_mb="${2:-500}"
chunk_kib="${3:-8192}"
cli="$build/app/cli/fieldterm-cli"
receiver="$build/backoffice/fieldterm-backoffice"
[ -x "$cli" ] || { echo "bench: $cli not built (ninja -C $build fieldterm-cli)"; exit 1; }
for tool in node npm curl sha256sum; do command -v $tool >/dev/null || { echo "bench: $tool is needed"; exit 1; }; done
sh "$root/tests/sync/tusnode/install.sh" "$build/npm" >/dev/null
export NODE_PATH="$build/npm/node_modules"

work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

start_server() {   # start_server OUTFILE CMD... → echoes the port
    local out="$1"; shift
    "$@" >"$out" 2>"$out.err" &
    pids+=($!)
    for _ in $(seq 1 200); do grep -q '^PORT ' "$out" 2>/dev/null && break; sleep 0.05; done
    sed -n 's/^PORT //p' "$out"
}
now() { date +%s.%N; }

src="$work/source.bin"
head -c "$((size_mb * 1024 * 1024))" /dev/urandom > "$src"
bytes=$(stat -c %s "$src")
mkdir -p "$work/tus" "$work/sink"
tus_port=$(start_server "$work/tus.out" node "$root/tests/sync/tusnode/server.js" --dir "$work/tus")
endpoint="http://127.0.0.1:$tus_port/files"

if [ -x "$receiver" ] && "$receiver" --help 2>/dev/null | grep -q bench-sink; then
    rport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    "$receiver" --data-dir "$work/receiver" --listen "127.0.0.1:$rport" --open-tus --bench-sink >"$work/receiver.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$rport/" && break; sleep 0.05; done
    sink_url="http://127.0.0.1:$rport/bench/sink/source.bin"
    baseline="fieldterm-backoffice --bench-sink (PUT /bench/sink/…)"
else
    sink_port=$(start_server "$work/sink.out" node "$root/bench/upload/putsink.js" --dir "$work/sink")
    sink_url="http://127.0.0.1:$sink_port/sink/source.bin"
    baseline="node PUT sink (bench/upload/putsink.js; the receiver's --bench-sink was not built)"
fi

# 1. curl -T, then the CLI (fresh data dir), same file, same run.
curl_out=$(curl -s -o /dev/null -T "$src" -w '%{time_total} %{speed_upload} %{http_code}' "$sink_url")
read -r curl_s curl_bps curl_code <<<"$curl_out"
t0=$(now)
"$cli" --data-dir "$work/d1" upload --endpoint "$endpoint" "$src" --chunk-kib "$chunk_kib" >"$work/cli1.out" 2>"$work/cli1.err"
t1=$(now)
cli_wall=$(echo "$t1 - $t0" | bc -l)
cli_xfer=$(sed -n 's/.*用时 \([0-9.]*\) 秒.*/\1/p' "$work/cli1.err" | tail -1)
id=$(basename "$(cat "$work/cli1.out")")
[ "$(sha256sum < "$work/tus/$id" | cut -d' ' -f1)" = "$(sha256sum < "$src" | cut -d' ' -f1)" ] || { echo "bench: uploaded file differs"; exit 1; }
mib=$(echo "$bytes / 1048576" | bc -l)
curl_rate=$(echo "$curl_bps / 1048576" | bc -l)
cli_rate_wall=$(echo "$mib / $cli_wall" | bc -l)
cli_rate_xfer=$(echo "$mib / $cli_xfer" | bc -l)

# 2. kill -9 at a random moment of the transfer, re-run, count bytes sent twice.
kill_s=$(python3 -c "import random; print(round(random.uniform(0.25, max(0.3, 0.8 * $cli_xfer)), 2))")
"$cli" --data-dir "$work/d2" upload --endpoint "$endpoint" "$src" --chunk-kib "$chunk_kib" >/dev/null 2>"$work/cli2.err" &
cpid=$!
# the CLI hashes the file first; start the clock when its first PATCH shows up as a store file
for _ in $(seq 1 400); do [ "$(ls "$work/tus" | grep -vc json)" -ge 2 ] && break; sleep 0.02; done
sleep "$kill_s"
kill -9 "$cpid" 2>/dev/null || true
wait "$cpid" 2>/dev/null || true
sleep 0.5
id2=$(ls -t "$work/tus" | grep -v json | head -1)
kept=$(stat -c %s "$work/tus/$id2")
"$cli" --data-dir "$work/d2" upload --endpoint "$endpoint" "$src" --chunk-kib "$chunk_kib" >/dev/null 2>"$work/cli3.err"
sent2=$(sed -n 's/.*本次发送 \([0-9]*\) 字节.*/\1/p' "$work/cli3.err" | tail -1)
resent=$((kept + sent2 - bytes))
uploads=$(ls "$work/tus" | grep -vc json)

report=$(cat <<EOT
## Upload (tus) — $(date -u +%Y-%m-%dT%H:%MZ), $(basename "$build"), ${size_mb} MiB, ${chunk_kib} KiB chunks, loopback

| | time (s) | MiB/s |
| --- | ---: | ---: |
| \`curl -T\` → $baseline | $(printf %.2f "$curl_s") | $(printf %.1f "$curl_rate") |
| \`fieldterm-cli upload\` → @tus/server 1.10.2 (transfer, from its own report) | $(printf %.2f "$cli_xfer") | $(printf %.1f "$cli_rate_xfer") |
| \`fieldterm-cli upload\` (whole command: start, SHA-256 of the file, upload) | $(printf %.2f "$cli_wall") | $(printf %.1f "$cli_rate_wall") |

- ratio tus transfer / curl: **$(printf %.2f "$(echo "$cli_rate_xfer / $curl_rate" | bc -l)")×**; whole command / curl: $(printf %.2f "$(echo "$cli_rate_wall / $curl_rate" | bc -l)")× (goal ≥ 0.9×)
- kill -9 after ${kill_s} s of transfer: server had $kept bytes, the re-run sent $sent2 → **$resent bytes sent twice** (goal ≤ one chunk = $((chunk_kib * 1024)) bytes); uploads on the server: $uploads (2 expected: one per data dir)
- curl HTTP status $curl_code; uploaded file verified with sha256sum
EOT
)
echo "$report"
mkdir -p "$root/bench/results"
echo "$report" > "$root/bench/results/upload-latest.md"
