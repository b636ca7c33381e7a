#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and run the terminal in
# simulated-device mode (test camera and microphone, embedded SQLite store under
# $XDG_DATA_HOME/fieldterm or --data-dir) together with a local supervision-platform receiver
# on 127.0.0.1 (fieldterm-backoffice, data under $XDG_DATA_HOME/fieldterm-backoffice), to which
# the terminal is enrolled on first run so the demo syncs end to end. With no display, the
# terminal runs under Xvfb and says where to find a screenshot. Extra arguments go to the
# terminal. FIELDTERM_RECEIVER=0 runs the terminal alone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/bootstrap.sh"
build="${FIELDTERM_BUILD_DIR:-$root/build}"
app="$build/app/fieldterm"
cli="$build/app/cli/fieldterm-cli"
receiver="$build/backoffice/fieldterm-backoffice"

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
device_dir="$data_home/fieldterm"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case "${args[$i]}" in
        --data-dir) device_dir="${args[$((i + 1))]:-$device_dir}" ;;
        --data-dir=*) device_dir="${args[$i]#--data-dir=}" ;;
    esac
done

receiver_pid=""
stop_receiver() {
    if [ -n "$receiver_pid" ]; then
        kill "$receiver_pid" 2>/dev/null || true
        wait "$receiver_pid" 2>/dev/null || true
    fi
}
trap stop_receiver EXIT

if [ "${FIELDTERM_RECEIVER:-1}" != "0" ]; then
    receiver_dir="${FIELDTERM_RECEIVER_DIR:-$data_home/fieldterm-backoffice}"
    listen="${FIELDTERM_RECEIVER_LISTEN:-127.0.0.1:8088}"
    url="http://$listen"
    log="$(mktemp -t fieldterm-backoffice.XXXXXX.log)"
    "$receiver" --data-dir "$receiver_dir" --listen "$listen" >"$log" 2>&1 &
    receiver_pid=$!
    for _ in $(seq 1 100); do
        grep -q "listening on" "$log" && break
        if ! kill -0 "$receiver_pid" 2>/dev/null; then
            echo "run: the receiver did not start (see $log):" >&2
            cat "$log" >&2
            exit 1
        fi
        sleep 0.1
    done
    echo "run: supervision-platform receiver on $url (web page: $url/ ; user admin, password in $receiver_dir/admin-password; log $log)"
    enrolled="$(sqlite3 "$device_dir/fieldterm.db" "SELECT value FROM sync_settings WHERE key = 'server'" 2>/dev/null || true)"
    if [ "$enrolled" != "$url/" ]; then
        mkdir -p "$device_dir"
        code="$("$receiver" --data-dir "$receiver_dir" issue-code)"
        "$cli" --data-dir "$device_dir" enroll --server "$url" --code "$code"
    fi
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    "$app" --simulated "$@"
    exit $?
fi
echo "run: no display found; running under Xvfb (720x1280)."
echo "run: pass e.g. --screenshot /tmp/home.png --quit-after 8 to capture the screen and exit."
xvfb-run -a -s "-screen 0 720x1280x24" "$app" --simulated "$@"
