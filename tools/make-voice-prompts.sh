#!/bin/sh
# Regenerates the built-in voice prompts (resources/voice/*.ogg) with espeak-ng's Mandarin voice
# and GStreamer's Opus encoder. The .ogg files are committed: building fieldterm needs neither
# espeak-ng nor this script. Run it after changing a prompt's words, then commit the files.
#   apt-get install espeak-ng gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good
# A device profile may point feedback.voice.dir at a folder of its own recordings with the same
# file names (e.g. a human voice); missing files fall back to these.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
out="${1:-$here/resources/voice}"
mkdir -p "$out"
command -v espeak-ng >/dev/null || { echo "espeak-ng is missing (apt-get install espeak-ng)" >&2; exit 1; }
command -v gst-launch-1.0 >/dev/null || { echo "gst-launch-1.0 is missing (apt-get install gstreamer1.0-tools)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# file name (the prompt id VoicePrompts plays) | the words
prompts='record_start|开始录像
record_stop|停止录像
photo|拍照
storage_low|存储空间不足
battery_low|电量低'

echo "$prompts" | while IFS='|' read -r id words; do
    # -v cmn: Mandarin; -s 150 words per minute: clear on a noisy street; -a 100: peaks near
    # -1 dBFS without clipping (-a 200 clips); the profile's voice.volume scales from there.
    espeak-ng -v cmn -s 150 -a 100 -w "$tmp/$id.wav" "$words"
    # Mono Opus at 24 kbit/s in Ogg: a few KB per prompt, decoded by gst-plugins-base's opusdec.
    gst-launch-1.0 -q filesrc location="$tmp/$id.wav" ! wavparse ! audioconvert ! audioresample \
        ! audio/x-raw,channels=1,rate=48000 ! opusenc bitrate=24000 ! oggmux ! filesink location="$out/$id.ogg"
    echo "$out/$id.ogg: $words"
done
