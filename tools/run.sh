#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and run the terminal in
# simulated-device mode (test camera and microphone, embedded SQLite store under
# $XDG_DATA_HOME/fieldterm or --data-dir). With no display, it runs under Xvfb and
# says where to find a screenshot. Extra arguments go to the terminal.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/bootstrap.sh"
build="${FIELDTERM_BUILD_DIR:-$root/build}"
app="$build/app/fieldterm"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" --simulated "$@"
fi
echo "run: no display found; running under Xvfb (720x1280)."
echo "run: pass e.g. --screenshot /tmp/home.png --quit-after 8 to capture the screen and exit."
exec xvfb-run -a -s "-screen 0 720x1280x24" "$app" --simulated "$@"
