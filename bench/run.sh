#!/usr/bin/env bash
# Recorder benchmarks, each against a baseline measured in the same run (bench/README.md).
#   1. CPU seconds and peak RSS: fieldterm-cli recording N s of 720p30 vs a bare gst-launch-1.0
#      pipeline with the same elements (same sources, watermark, encoder settings, muxer).
#   2. Press-to-record latency: key press → first buffer of the new recording at the muxer,
#      as the recorder measures it (pad probe), over several presses; with and without pre-record.
#   3. Memory cost per second of pre-record buffer: peak RSS with 60 s of pre-record minus peak
#      RSS with none, divided by 60, next to the encoded byte rate it holds.
# Usage: bench/run.sh [BUILD_DIR] [SECONDS]   (defaults: build/, 60). Results go to stdout and
# bench/results/latest.md. Run on an otherwise idle machine; nothing here is a test assertion.
# The baseline's photo branch ends in a fakesink keeping its last sample (what the recorder's
# appsink does): gst-launch cannot end on EOS with an appsink nobody pulls from. The sources
# stop after num-buffers, so the baseline ends by itself after $secs s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
secs="${2:-60}"
cli="$build/app/cli/fieldterm-cli"
[ -x "$cli" ] || { echo "bench: $cli not built (run tools/bootstrap.sh)"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$root/bench/results/latest.md"
mkdir -p "$root/bench/results"

W=1280; H=720; FPS=30; KBPS=4000; AKBPS=64; PRESET=superfast
measure() { # measure NAME CMD... → prints "user sys maxrss_kb wall"
    local name="$1"; shift
    /usr/bin/time -f "%U %S %M %e" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
    cat "$work/$name.time" | tail -1
}

echo "bench: $secs s of ${W}x${H}@${FPS}, x264 $PRESET ${KBPS} kbit/s + AAC ${AKBPS} kbit/s"

# --- 1. CPU and RSS ------------------------------------------------------------------------
mkdir -p "$work/base"
base=$(measure baseline gst-launch-1.0 -e -q \
  videotestsrc is-live=true pattern=ball num-buffers=$((secs*FPS)) ! "video/x-raw,width=$W,height=$H,framerate=$FPS/1" ! videoconvert \
  ! video/x-raw,format=I420 ! clockoverlay time-format="%Y-%m-%d %H:%M:%S" halignment=left valignment=top \
     shaded-background=true font-desc="Noto Sans CJK SC 16" text="SIM0001  警号 11010001  N39.90869 E116.39748" \
  ! tee name=t \
  t. ! queue ! x264enc speed-preset=$PRESET tune=zerolatency bitrate=$KBPS key-int-max=$FPS ! h264parse \
     ! queue max-size-time=0 max-size-buffers=0 max-size-bytes=0 ! mux.video \
  t. ! queue leaky=downstream max-size-buffers=1 ! fakesink sync=false enable-last-sample=true \
  audiotestsrc is-live=true num-buffers=$((secs*48000/1024)) ! audioconvert ! audioresample ! audio/x-raw,rate=48000,channels=1 ! volume \
     ! audioconvert ! avenc_aac bitrate=$((AKBPS*1000)) ! aacparse ! queue max-size-time=0 max-size-buffers=0 max-size-bytes=0 ! mux.audio_0 \
  splitmuxsink name=mux async-finalize=true muxer-factory=mp4mux \
     muxer-properties="properties,fragment-duration=250,streamable=true" max-size-time=600000000000 \
     location="$work/base/seg%05d.mp4")
ours=$(measure ours "$cli" --data-dir "$work/ours" --width $W --height $H --fps $FPS --bitrate-kbps $KBPS \
  --preset $PRESET --reserve-mb 0 record --prerecord 0 --seconds "$secs")
read -r bu bs bm bw <<<"$base"; read -r ou os om ow <<<"$ours"
cpu_ratio=$(awk -v a="$ou" -v b="$os" -v w="$ow" -v c="$bu" -v d="$bs" -v x="$bw" 'BEGIN{printf "%.3f", ((a+b)/w)/((c+d)/x)}')
rss_ratio=$(awk -v a="$om" -v b="$bm" 'BEGIN{printf "%.3f", a/b}')
base_bytes=$(du -cb "$work"/base/*.mp4 | tail -1 | cut -f1)

# --- 2. latency ----------------------------------------------------------------------------
lat() { # lat PRERECORD RUNS → median ms
    local pre="$1" runs="$2" i vals=()
    for i in $(seq 1 "$runs"); do
        "$cli" --data-dir "$work/lat$pre" --width $W --height $H --fps $FPS --bitrate-kbps $KBPS --preset $PRESET \
            --reserve-mb 0 record --prerecord "$pre" --seconds 1 --json >"$work/lat.json" 2>/dev/null
        vals+=("$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pressToFirstBufferMs"])' "$work/lat.json")")
    done
    printf '%s\n' "${vals[@]}" | sort -n | awk '{a[NR]=$1} END{m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f (min %.1f, max %.1f, n=%d)", m, a[1], a[NR], NR}'
}
lat_pre=$(lat 2 7)
lat_zero=$(lat 0 7)

# --- 3. pre-record memory ------------------------------------------------------------------
pre0=$(measure pre0 "$cli" --data-dir "$work/p0" --width $W --height $H --fps $FPS --bitrate-kbps $KBPS --preset $PRESET \
  --reserve-mb 0 record --prerecord 0 --seconds 1)
pre60=$(measure pre60 "$cli" --data-dir "$work/p60" --width $W --height $H --fps $FPS --bitrate-kbps $KBPS --preset $PRESET \
  --reserve-mb 0 record --prerecord 60 --seconds 1)
read -r _ _ m0 _ <<<"$pre0"; read -r _ _ m60 _ <<<"$pre60"
per_sec=$(awk -v a="$m60" -v b="$m0" 'BEGIN{printf "%.0f", (a-b)/60}')
rate=$(awk -v b="$base_bytes" -v w="$bw" 'BEGIN{printf "%.0f", b/w/1024}')

{
echo "# Recorder benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
echo
echo "Profile: ${W}x${H}@${FPS}, x264 $PRESET ${KBPS} kbit/s, AAC ${AKBPS} kbit/s, $secs s."
echo
echo "| measure | fieldterm | baseline (bare gst-launch-1.0) | ratio | goal |"
echo "| --- | --- | --- | --- | --- |"
echo "| CPU s per wall s | $(awk -v a=$ou -v b=$os -v w=$ow 'BEGIN{printf "%.3f", (a+b)/w}') (user $ou + sys $os over $ow s) | $(awk -v a=$bu -v b=$bs -v w=$bw 'BEGIN{printf "%.3f", (a+b)/w}') (user $bu + sys $bs over $bw s) | **${cpu_ratio}×** | ≤ 1.10× |"
echo "| peak RSS | $om KiB | $bm KiB | **${rss_ratio}×** | ≤ 1.3× |"
echo "| press → first buffer at muxer, pre-record 2 s | ${lat_pre} ms | — | | ≤ 100 ms median |"
echo "| press → first buffer at muxer, pre-record 0 s | ${lat_zero} ms | — | | ≤ 100 ms median |"
echo "| RSS per second of pre-record | $per_sec KiB/s (RSS $m60 KiB at 60 s vs $m0 KiB at 0 s) | encoded stream ≈ $rate KiB/s | | |"
} | tee "$out"
