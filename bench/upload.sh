#!/usr/bin/env bash
# Upload benchmark (tus), one file (default 500 MB) over loopback to ONE server, our receiver
# (fieldterm-backoffice --bench-sink), in the same run:
#   1. baseline: `curl -T FILE` → PUT /bench/sink/<name> (one request, body written to disk);
#      ours: `fieldterm-cli upload --endpoint …/tus/ FILE` — enrolled device, every request
#      RFC 9421-signed with Content-Digest, 8 MiB PATCHes with Upload-Checksum, each chunk
#      checked and fsync'd by the receiver before it answers, the whole file re-hashed at the end.
#      Ratio of throughputs (goal ≥ 0.9×).
#   2. bytes sent twice after `kill -9` of the CLI at a random moment and a re-run (goal ≤ one chunk).
# Build in Release for figures that mean something:
#     cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
#     ninja -C build-release fieldterm-cli fieldterm-backoffice
# Usage: bench/upload.sh [BUILD_DIR] [SIZE_MB] [CHUNK_KIB]   (defaults: build/, 500, 8192)
# Results: stdout and bench/results/upload-latest.md. Nothing here is a test assertion.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
size_mb="${2:-500}"
chunk_kib="${3:-8192}"
cli="$build/app/cli/fieldterm-cli"
receiver="$build/backoffice/fieldterm-backoffice"
for exe in "$cli" "$receiver"; do
    [ -x "$exe" ] || { echo "bench: $exe not built (ninja -C $build fieldterm-cli fieldterm-backoffice)"; exit 1; }
done
for tool in curl sha256sum sqlite3 bc; do command -v $tool >/dev/null || { echo "bench: $tool is needed"; exit 1; }; done

work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
now() { date +%s.%N; }

"$receiver" --data-dir "$work/receiver" --listen 127.0.0.1:0 --bench-sink >"$work/receiver.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 200); do grep -q "listening on" "$work/receiver.log" && break; sleep 0.05; done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/receiver.log" | head -1)
rdb="$work/receiver/receiver.db"

# Two devices (two data dirs, two device ids), each enrolled with a one-time code.
enroll() {   # enroll DIR DEVICE_ID
    mkdir -p "$1"
    sed "s/\"deviceId\": \"SIM0001\"/\"deviceId\": \"$2\"/" "$root/resources/profiles/simulated.json" > "$1/profile.json"
    "$cli" --data-dir "$1" enroll --server "$url" --code "$("$receiver" --data-dir "$work/receiver" issue-code)" >/dev/null
}
enroll "$work/d1" BENCH01
enroll "$work/d2" BENCH02

src="$work/source.bin"
head -c "$((size_mb * 1024 * 1024))" /dev/urandom > "$src"
bytes=$(stat -c %s "$src")
src_hash=$(sha256sum < "$src" | cut -d' ' -f1)

# 1. curl -T, then the CLI, same file, same server, same run.
curl_out=$(curl -s -o /dev/null -T "$src" -w '%{time_total} %{speed_upload} %{http_code}' "$url/bench/sink/source.bin")
read -r curl_s curl_bps curl_code <<<"$curl_out"
t0=$(now)
"$cli" --data-dir "$work/d1" upload --endpoint "$url/tus/" "$src" --chunk-kib "$chunk_kib" >"$work/cli1.out" 2>"$work/cli1.err"
t1=$(now)
cli_wall=$(echo "$t1 - $t0" | bc -l)
cli_xfer=$(sed -n 's/.*用时 \([0-9.]*\) 秒.*/\1/p' "$work/cli1.err" | tail -1)
stored=$(sqlite3 "$rdb" "SELECT path FROM uploads WHERE device_id = 'BENCH01' AND status = 'complete'")
[ "$(sha256sum < "$work/receiver/$stored" | cut -d' ' -f1)" = "$src_hash" ] || { echo "bench: uploaded file differs"; exit 1; }
mib=$(echo "$bytes / 1048576" | bc -l)
curl_rate=$(echo "$curl_bps / 1048576" | bc -l)
cli_rate_wall=$(echo "$mib / $cli_wall" | bc -l)
cli_rate_xfer=$(echo "$mib / $cli_xfer" | bc -l)

# 2. kill -9 at a random moment of the transfer, re-run, count bytes sent twice.
kill_s=$(awk -v max="$cli_xfer" 'BEGIN { srand(); hi = 0.8 * max; if (hi < 0.3) hi = 0.3; printf "%.2f", 0.25 + rand() * (hi - 0.25) }')
"$cli" --data-dir "$work/d2" upload --endpoint "$url/tus/" "$src" --chunk-kib "$chunk_kib" >/dev/null 2>"$work/cli2.err" &
cpid=$!
# the CLI hashes the file first; start the clock when the receiver has created the upload
for _ in $(seq 1 400); do
    [ "$(sqlite3 "$rdb" "SELECT count(*) FROM uploads WHERE device_id = 'BENCH02'")" -ge 1 ] && break
    sleep 0.02
done
sleep "$kill_s"
kill -9 "$cpid" 2>/dev/null || true
wait "$cpid" 2>/dev/null || true
sleep 0.5
kept=$(sqlite3 "$rdb" "SELECT offset FROM uploads WHERE device_id = 'BENCH02'")
"$cli" --data-dir "$work/d2" upload --endpoint "$url/tus/" "$src" --chunk-kib "$chunk_kib" >/dev/null 2>"$work/cli3.err"
sent2=$(sed -n 's/.*本次发送 \([0-9]*\) 字节.*/\1/p' "$work/cli3.err" | tail -1)
resent=$((kept + sent2 - bytes))
uploads=$(sqlite3 "$rdb" "SELECT count(*) FROM uploads WHERE device_id = 'BENCH02'")
stored2=$(sqlite3 "$rdb" "SELECT path FROM uploads WHERE device_id = 'BENCH02' AND status = 'complete'")
[ "$(sha256sum < "$work/receiver/$stored2" | cut -d' ' -f1)" = "$src_hash" ] || { echo "bench: resumed file differs"; exit 1; }

report=$(cat <<EOT
## Upload (tus) — $(date -u +%Y-%m-%dT%H:%MZ), $(basename "$build"), ${size_mb} MiB, ${chunk_kib} KiB chunks, loopback, one receiver

| | time (s) | MiB/s |
| --- | ---: | ---: |
| \`curl -T\` → fieldterm-backoffice \`PUT /bench/sink/…\` (baseline) | $(printf %.2f "$curl_s") | $(printf %.1f "$curl_rate") |
| \`fieldterm-cli upload\` → fieldterm-backoffice \`/tus/\` (transfer, from its own report) | $(printf %.2f "$cli_xfer") | $(printf %.1f "$cli_rate_xfer") |
| \`fieldterm-cli upload\` (whole command: start, hash of the file, upload) | $(printf %.2f "$cli_wall") | $(printf %.1f "$cli_rate_wall") |

- ratio tus transfer / curl: **$(printf %.2f "$(echo "$cli_rate_xfer / $curl_rate" | bc -l)")×**; whole command / curl: $(printf %.2f "$(echo "$cli_rate_wall / $curl_rate" | bc -l)")× (goal ≥ 0.9×)
- kill -9 after ${kill_s} s of transfer: the receiver had acknowledged $kept bytes, the re-run sent $sent2 → **$resent bytes sent twice** (goal ≤ one chunk = $((chunk_kib * 1024)) bytes); uploads for that device on the receiver: $uploads (1 expected)
- curl HTTP status $curl_code; both received files verified with sha256sum
EOT
)
echo "$report"
mkdir -p "$root/bench/results"
echo "$report" > "$root/bench/results/upload-latest.md"
