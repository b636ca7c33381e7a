#!/usr/bin/env bash
# Installs what is missing on a Debian 12 machine (packages, CJK font), then configures and
# builds fieldterm into build/ (or $FIELDTERM_BUILD_DIR). Safe to run again: it installs
# nothing that is already there and rebuilds only what changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FIELDTERM_BUILD_DIR:-$root/build}"
build_type="${FIELDTERM_BUILD_TYPE:-RelWithDebInfo}"

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

mapfile -t wanted < <(grep -v '^\s*#' "$root/tools/deps-debian.txt" | sed '/^\s*$/d')
missing=()
for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
# npm runs the independent tus server and the headless-browser driver in tests. Debian's `npm`
# package conflicts with NodeSource's nodejs (which bundles npm), so it is only asked for when
# no npm command exists at all.
if ! command -v npm >/dev/null; then
    missing+=(npm)
fi
if [ "${#missing[@]}" -gt 0 ]; then
    echo "bootstrap: installing ${#missing[@]} Debian packages: ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
else
    echo "bootstrap: all ${#wanted[@]} Debian packages present"
fi

generator=()
if command -v ninja >/dev/null; then generator=(-G Ninja); fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE="$build_type" -DFIELDTERM_WERROR=ON
fi
cmake --build "$build" --parallel "$(nproc)"
echo "bootstrap: built into $build"
