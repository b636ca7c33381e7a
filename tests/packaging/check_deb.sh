#!/usr/bin/env bash
# packaging.deb (tests/packaging/CMakeLists.txt): the Debian package built by cpack, taken
# apart with dpkg-deb, then — as root with a usable dpkg — installed, upgraded, removed,
# purged and reinstalled on this machine, checking what each step leaves behind.
#   check_deb.sh SOURCE_DIR BUILD_DIR CPACK VERSION FIELDTERM FIELDTERM_CLI BACKOFFICE VERIFY
# Exit 0 all good, 1 a check failed, 77 the package checks passed but the install part was
# skipped (not root, no dpkg, or a fieldterm installation already on this machine).
set -euo pipefail

src=$1 build=$2 cpack=$3 version=$4
shift 4
built=("$@")
programs=(fieldterm fieldterm-cli fieldterm-backoffice fieldterm-verify)
user=fieldterm
data_dir=/var/lib/fieldterm
receiver_dir=/var/lib/fieldterm-backoffice
cache_dir=/var/cache/fieldterm
unit_dir=/lib/systemd/system
wants=/etc/systemd/system/multi-user.target.wants
conffiles_expected=(/etc/fieldterm/backoffice.env /etc/fieldterm/fieldterm.env /etc/fieldterm/profile.json)
# Loaded at run time by name, so dpkg-shlibdeps cannot see them: they must be in Depends.
runtime_depends=(gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
                 gstreamer1.0-plugins-ugly gstreamer1.0-libav gstreamer1.0-alsa gstreamer1.0-qt6
                 gstreamer1.0-gl qml6-module-qtquick qml6-module-qtquick-controls
                 qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window
                 qml6-module-qtqml qml6-module-qtqml-workerscript libqt6opengl6 libqt6svg6 fonts-noto-cjk)
# Linked: dpkg-shlibdeps must have found them.
linked_depends=(libc6 libqt6core6 libqt6gui6 libqt6network6 libqt6qml6 libqt6quick6 libqt6httpserver6
                libgstreamer1.0-0 libgstreamer-plugins-base1.0-0 libssl3 libsqlite3-0 libcurl4 libarchive13)

failures=0
ok() { echo "ok   - $*"; }
bad() { echo "FAIL - $*" >&2; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...: one line of output either way
    local what=$1
    shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}
equals() { # equals DESCRIPTION EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: expected '$2', got '$3'"; fi
}
die() {
    echo "FAIL - $*" >&2
    exit 1
}

for program in "${built[@]}"; do
    [ -x "$program" ] || die "$program is not built: build fieldterm fieldterm-cli fieldterm-backoffice fieldterm-verify first"
done
for tool in dpkg-deb tar readelf; do
    command -v "$tool" >/dev/null || die "$tool is missing (dpkg, tar, binutils)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/fieldterm-pkg.XXXXXX")
installed_by_us=""
cleanup() {
    if [ -n "$installed_by_us" ]; then
        # Only reached when nothing of fieldterm was on this machine before the test.
        dpkg --purge fieldterm >/dev/null 2>&1 || true
        rm -rf "$data_dir" "$receiver_dir" "$cache_dir"
        if getent passwd "$user" >/dev/null; then userdel "$user" || true; fi
        if getent group "$user" >/dev/null; then groupdel "$user" || true; fi
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
echo "# cpack -G DEB"
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    die "cpack -G DEB failed"
fi
arch=$(dpkg --print-architecture)
deb="$work/out/fieldterm_${version}_${arch}.deb"
[ -f "$deb" ] || { ls -l "$work/out" >&2; die "cpack made no $(basename "$deb")"; }
ok "cpack made $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --- control fields ---------------------------------------------------------------------------
equals "Package" fieldterm "$(dpkg-deb -f "$deb" Package)"
equals "Version" "$version" "$(dpkg-deb -f "$deb" Version)"
equals "Architecture" "$arch" "$(dpkg-deb -f "$deb" Architecture)"
equals "Section" video "$(dpkg-deb -f "$deb" Section)"
check "Maintainer is a name with an address" grep -qE '^.+ <[^ ]+@[^ ]+>$' <<<"$(dpkg-deb -f "$deb" Maintainer)"
check "Description has a summary and a long part" test "$(dpkg-deb -f "$deb" Description | wc -l)" -ge 5

depends=$(dpkg-deb -f "$deb" Depends)
echo "# Depends: $depends"
# Package names only: alternatives split, version constraints and arch qualifiers dropped.
mapfile -t depend_names < <(tr ',|' '\n' <<<"$depends" | sed -E 's/\(.*\)//; s/:[a-z0-9]+//; s/^ +//; s/ +$//' | sed '/^$/d' | sort -u)
for name in "${runtime_depends[@]}" "${linked_depends[@]}"; do
    check "Depends names $name" grep -qxF "$name" <<<"$(printf '%s\n' "${depend_names[@]}")"
done
for name in "${depend_names[@]}"; do
    case "$name" in
        *-dev | qml6-module-qttest | gstreamer1.0-tools | xvfb | ffmpeg)
            bad "Depends names $name, a build or test tool" ;;
    esac
    # This machine built and ran the project: every runtime dependency must be a real package
    # installed here (catches a misspelt name that apt would refuse).
    if ! dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then
        bad "Depends names $name, which is not an installed package here"
    fi
done

# --- files --------------------------------------------------------------------------------------
dpkg-deb -c "$deb" >"$work/contents"
# mode owner path, for every entry (paths as ./x/y)
awk '{ print $1, $2, $6 }' "$work/contents" >"$work/entries"
awk '$1 ~ /^-/ { print $3 }' "$work/entries" | sort >"$work/files"
cat >"$work/files.expected" <<EOF
./etc/fieldterm/backoffice.env
./etc/fieldterm/fieldterm.env
./etc/fieldterm/profile.json
.$unit_dir/fieldterm-backoffice.service
.$unit_dir/fieldterm.service
./usr/bin/fieldterm
./usr/bin/fieldterm-backoffice
./usr/bin/fieldterm-cli
./usr/bin/fieldterm-verify
./usr/share/doc/fieldterm/OPERATIONS.md
EOF
sort -o "$work/files.expected" "$work/files.expected"
if diff -u "$work/files.expected" "$work/files" >"$work/files.diff"; then
    ok "the package holds exactly the expected files (no tests, no benches)"
else
    bad "the package's files differ from the expected list:"
    cat "$work/files.diff" >&2
fi
check "no symlinks, devices or other special entries" test -z "$(awk '$1 !~ /^[-d]/' "$work/entries")"
check "every entry is owned by root/root" test -z "$(awk '$2 != "root/root"' "$work/entries")"
check "no entry under /var (data directories are made by postinst/systemd, never owned by dpkg)" \
    test -z "$(awk '$3 ~ /^\.\/var\//' "$work/entries")"
check "directories are 0755" test -z "$(awk '$1 ~ /^d/ && $1 != "drwxr-xr-x"' "$work/entries")"
for program in "${programs[@]}"; do
    equals "/usr/bin/$program mode" "-rwxr-xr-x" "$(awk -v p="./usr/bin/$program" '$3 == p { print $1 }' "$work/entries")"
done
for file in ./etc/fieldterm/profile.json ./etc/fieldterm/fieldterm.env ./etc/fieldterm/backoffice.env \
            ".$unit_dir/fieldterm.service" ".$unit_dir/fieldterm-backoffice.service"; do
    equals "$file mode" "-rw-r--r--" "$(awk -v p="$file" '$3 == p { print $1 }' "$work/entries")"
done

root="$work/root"
ctrl="$work/ctrl"
mkdir -p "$root" "$ctrl"
dpkg-deb -x "$deb" "$root"
dpkg-deb --ctrl-tarfile "$deb" >"$work/control.tar"
tar -xf "$work/control.tar" -C "$ctrl"
tar -tvf "$work/control.tar" | awk '{ print $1, $6 }' >"$work/control.entries"

for program in "${programs[@]}"; do
    if readelf -S --wide "$root/usr/bin/$program" | grep -q '\.debug_info'; then
        bad "/usr/bin/$program still carries debug info (CPACK_STRIP_FILES)"
    else
        ok "/usr/bin/$program is stripped"
    fi
    check "/usr/bin/$program has no RPATH/RUNPATH" test -z "$(readelf -d "$root/usr/bin/$program" | grep -E 'R(UN)?PATH' || true)"
done

# --- control archive: conffiles, md5sums, maintainer scripts -------------------------------------
if [ -f "$ctrl/conffiles" ]; then
    equals "conffiles" "$(printf '%s\n' "${conffiles_expected[@]}")" "$(sort "$ctrl/conffiles")"
    while read -r conffile; do
        check "conffile $conffile is in the package" test -f "$root$conffile"
    done <"$ctrl/conffiles"
else
    bad "no conffiles in the control archive"
fi
check "md5sums covers every file" test "$(wc -l <"$ctrl/md5sums")" -eq "$(wc -l <"$work/files")"
for script in postinst prerm postrm; do
    if [ ! -f "$ctrl/$script" ]; then
        bad "$script is missing"
        continue
    fi
    equals "$script mode" "-rwxr-xr-x" "$(awk -v p="./$script" '$2 == p { print $1 }' "$work/control.entries")"
    equals "$script interpreter" "#!/bin/sh" "$(head -n1 "$ctrl/$script")"
    check "$script passes sh -n" sh -n "$ctrl/$script"
    check "$script has no unreplaced @VARIABLE@" test -z "$(grep -E '@[A-Z_]+@' "$ctrl/$script" || true)"
    if command -v shellcheck >/dev/null; then
        check "$script passes shellcheck" shellcheck -s sh "$ctrl/$script"
    fi
done

# --- systemd units ------------------------------------------------------------------------------
kiosk="$root$unit_dir/fieldterm.service"
receiver="$root$unit_dir/fieldterm-backoffice.service"
unit_has() { grep -qxF "$2" "$1"; }
for line in "User=fieldterm" "Environment=QT_QPA_PLATFORM=eglfs" \
            "ExecStart=/usr/bin/fieldterm --data-dir $data_dir --profile /etc/fieldterm/profile.json" \
            "Restart=always" "NoNewPrivileges=yes" "ProtectSystem=strict" "ReadWritePaths=$data_dir" \
            "ProtectHome=yes" "PrivateTmp=yes" "WantedBy=multi-user.target"; do
    check "fieldterm.service: $line" unit_has "$kiosk" "$line"
done
for line in "User=fieldterm" "EnvironmentFile=-/etc/fieldterm/backoffice.env" "StateDirectory=fieldterm-backoffice" \
            "StateDirectoryMode=0700" "NoNewPrivileges=yes" "ProtectSystem=strict" "ReadWritePaths=$receiver_dir" \
            "ProtectHome=yes" "PrivateTmp=yes"; do
    check "fieldterm-backoffice.service: $line" unit_has "$receiver" "$line"
done
receiver_exec=$(sed -n 's/^ExecStart=//p' "$receiver")
check "fieldterm-backoffice.service runs the receiver on its own data directory" \
    grep -qE "^/usr/bin/fieldterm-backoffice --data-dir $receiver_dir --listen " <<<"$receiver_exec"
check "backoffice.env listens on 127.0.0.1:8088 by default" \
    grep -qx "FIELDTERM_BACKOFFICE_LISTEN=127.0.0.1:8088" "$root/etc/fieldterm/backoffice.env"
for unit in "$kiosk" "$receiver"; do
    check "$(basename "$unit") has no unreplaced @VARIABLE@" test -z "$(grep -E '@[A-Z_]+@' "$unit" || true)"
    exec_path=$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$unit")
    check "$(basename "$unit") starts $exec_path, which the package holds" test -x "$root$exec_path"
done

# --- the device profile, as the terminal reads it -----------------------------------------------
profile="$root/etc/fieldterm/profile.json"
check "profile.json is the shipped v4l2 device profile" cmp -s "$src/resources/profiles/device-v4l2.json" "$profile"
if command -v python3 >/dev/null; then
    check "profile.json is valid JSON (python3 -m json.tool)" python3 -m json.tool "$profile" /dev/null
    check "profile.json is a real device: v4l2 camera, ALSA microphone, not simulated" python3 - "$profile" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1]))
for key in ("name", "deviceId", "officerNo", "agency", "cryptoProfile", "video", "audio", "policy"):
    assert key in p, key
assert p["simulated"] is False
assert p["video"]["source"] == "v4l2" and p["audio"]["source"] == "alsa"
EOF
fi
# The packaged fieldterm-cli opens a store with it: DeviceProfile::fromFile validates every field.
if "$root/usr/bin/fieldterm-cli" --data-dir "$work/cli-data" --profile "$profile" list --json >"$work/cli.out" 2>&1; then
    ok "the packaged fieldterm-cli accepts /etc/fieldterm/profile.json"
else
    cat "$work/cli.out" >&2
    bad "the packaged fieldterm-cli refuses /etc/fieldterm/profile.json"
fi
sed 's/"fps": 30/"fps": 0/' "$profile" >"$work/broken-profile.json"
set +e
"$root/usr/bin/fieldterm-cli" --data-dir "$work/cli-data" --profile "$work/broken-profile.json" list >"$work/cli.out" 2>&1
status=$?
set -e
check "…and refuses a broken copy (video.fps 0) with exit 2 naming the field" \
    test "$status" -eq 2 -a -n "$(grep -F video.fps "$work/cli.out" || true)"

if [ "$failures" -gt 0 ]; then
    die "$failures package check(s) failed; not installing"
fi

# ---------------------------------------------------------------------------------------------
# The install part: this machine, for real.
skip() {
    echo "SKIP - install part: $*"
    exit 77
}
[ "$(id -u)" -eq 0 ] || skip "not root (dpkg -i needs root; CI runs as root)"
if ! command -v dpkg >/dev/null || [ ! -w /var/lib/dpkg ]; then skip "no writable dpkg database"; fi
state=$(dpkg-query -W -f='${Status}' fieldterm 2>/dev/null || true)
[ -z "$state" ] || skip "a fieldterm package is already known to dpkg here ($state): not touching it"
for path in "$data_dir" "$receiver_dir" "$cache_dir"; do
    [ ! -e "$path" ] || skip "$path already exists: not touching a real installation's data"
done
! getent passwd "$user" >/dev/null || skip "a user $user already exists"
! getent group "$user" >/dev/null || skip "a group $user already exists"

run_dpkg() { # run_dpkg ARGS...: output kept, shown on failure
    if dpkg "$@" >"$work/dpkg.log" 2>&1; then
        return 0
    fi
    cat "$work/dpkg.log" >&2
    if [ "$1" = -i ] && [ "${CI:-}" = true ]; then
        echo "# CI: letting apt install what dpkg found missing" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -f -qq >&2 && return 0
    fi
    die "dpkg $* failed"
}
as_user() { runuser -u "$user" -- "$@"; }
identity() { # the device key's fingerprint, made on first use, as the docs say to run it
    as_user fieldterm-cli --data-dir "$data_dir" --profile /etc/fieldterm/profile.json identity --json \
        | sed -n 's/.*"fingerprint": *"\([^"]*\)".*/\1/p'
}

echo "# dpkg -i (fresh install)"
installed_by_us=yes
run_dpkg -i "$deb"
cat "$work/dpkg.log"
equals "dpkg status" "install ok installed" "$(dpkg-query -W -f='${Status}' fieldterm)"
IFS=: read -r _ _ uid _ _ home shell < <(getent passwd "$user") || true
check "system user $user exists" getent passwd "$user" >/dev/null
check "$user is a system account (uid $uid < 1000)" test "${uid:-1000}" -lt 1000
equals "$user's home" "$data_dir" "$home"
equals "$user's shell" /usr/sbin/nologin "$shell"
check "group $user exists" getent group "$user" >/dev/null
for group in video audio input render dialout; do
    if getent group "$group" >/dev/null; then
        check "$user is in group $group" grep -qw "$group" <<<"$(id -nG "$user")"
    fi
done
equals "$data_dir mode and owner" "700 $user $user" "$(stat -c '%a %U %G' "$data_dir")"
check "$receiver_dir is left to systemd (StateDirectory=)" test ! -e "$receiver_dir"
for program in "${programs[@]}"; do
    equals "/usr/bin/$program" "755 root" "$(stat -c '%a %U' "/usr/bin/$program")"
done
equals "/etc/fieldterm/profile.json" "644 root" "$(stat -c '%a %U' /etc/fieldterm/profile.json)"
equals "dpkg knows the conffiles" "$(printf '%s\n' "${conffiles_expected[@]}")" \
    "$(dpkg-query -W -f='${Conffiles}\n' fieldterm | awk 'NF { print $1 }' | sort)"
equals "fieldterm.service is enabled" "$unit_dir/fieldterm.service" "$(readlink "$wants/fieldterm.service" || true)"
check "fieldterm-backoffice.service is not enabled" test ! -e "$wants/fieldterm-backoffice.service"

check "fieldterm-cli --help exits 0" fieldterm-cli --help >/dev/null
check "fieldterm-verify --help exits 0" fieldterm-verify --help >/dev/null
check "fieldterm-backoffice --help exits 0" fieldterm-backoffice --help >/dev/null
equals "fieldterm --version (offscreen)" "fieldterm $version" "$(QT_QPA_PLATFORM=offscreen fieldterm --version 2>/dev/null)"

if command -v systemd-analyze >/dev/null; then
    for unit in fieldterm.service fieldterm-backoffice.service; do
        if systemd-analyze verify "$unit_dir/$unit" >"$work/verify.log" 2>&1; then
            ok "systemd-analyze verify $unit"
        else
            cat "$work/verify.log" >&2
            bad "systemd-analyze verify $unit"
        fi
    done
else
    echo "# systemd-analyze not installed: units checked by content only"
fi

# The device key, made as docs/OPERATIONS.md says: as the user, owner-only.
fingerprint=$(identity || true)
check "fieldterm-cli identity as $user made a device key" test -n "$fingerprint"
key="$data_dir/keys/device-sm2-sm3.pem"   # the default profile is the gm (SM2/SM3) profile
equals "device key mode and owner" "600 $user" "$(stat -c '%a %U' "$key" 2>/dev/null)"
equals "keys/ mode" "700 $user" "$(stat -c '%a %U' "$data_dir/keys" 2>/dev/null)"

# The receiver, with the command line its unit runs (environment file expanded as systemd
# does: ${VAR} one word, $VAR split), in the directory systemd would make for it.
install -d -m 0700 -o "$user" -g "$user" "$receiver_dir"
(
    set -a
    # shellcheck disable=SC1091
    . /etc/fieldterm/backoffice.env
    set +a
    # shellcheck disable=SC2034  # read through ${!var} below
    FIELDTERM_BACKOFFICE_LISTEN=127.0.0.1:0   # any free port: 8088 may be busy on a dev machine
    line=$receiver_exec
    for var in FIELDTERM_BACKOFFICE_LISTEN FIELDTERM_BACKOFFICE_CRYPTO FIELDTERM_BACKOFFICE_OPTIONS; do
        line=${line//"\${$var}"/${!var}}
        line=${line//"\$$var"/${!var}}
    done
    read -ra argv <<<"$line"
    exec runuser -u "$user" -- "${argv[@]}"
) >"$work/receiver.log" 2>&1 &
receiver_pid=$!
for _ in $(seq 1 100); do
    grep -q "listening on" "$work/receiver.log" && break
    kill -0 "$receiver_pid" 2>/dev/null || break
    sleep 0.2
done
if grep -q "fieldterm-backoffice listening on http://127.0.0.1:" "$work/receiver.log"; then
    ok "the receiver starts with its unit's command line"
else
    cat "$work/receiver.log" >&2
    bad "the receiver did not start with its unit's command line"
fi
kill "$receiver_pid" 2>/dev/null || true
wait "$receiver_pid" 2>/dev/null || true
equals "receiver admin-password" "600 $user" "$(stat -c '%a %U' "$receiver_dir/admin-password" 2>/dev/null)"
code=$(as_user fieldterm-backoffice --data-dir "$receiver_dir" --crypto-profile intl issue-code 2>/dev/null || true)
check "issue-code as $user gives an enrollment code" test -n "$code"

echo "# dpkg -i again (upgrade path: postinst configure with the old version)"
run_dpkg -i "$deb"
equals "fieldterm.service stays enabled" "$unit_dir/fieldterm.service" "$(readlink "$wants/fieldterm.service" || true)"
equals "the device key survives an upgrade" "$fingerprint" "$(identity || true)"
# An administrator turns the kiosk off (a back-office box); the next upgrade must respect it.
if ! systemctl disable fieldterm.service >/dev/null 2>&1; then rm -f "$wants/fieldterm.service"; fi
run_dpkg -i "$deb"
check "a disabled fieldterm.service stays disabled across an upgrade" test ! -e "$wants/fieldterm.service"

echo "# dpkg -r (remove: configuration and user stay)"
run_dpkg -r fieldterm
for program in "${programs[@]}"; do
    check "/usr/bin/$program removed" test ! -e "/usr/bin/$program"
done
check "units removed" test ! -e "$unit_dir/fieldterm.service" -a ! -e "$unit_dir/fieldterm-backoffice.service"
check "/etc/fieldterm/profile.json kept after remove" test -f /etc/fieldterm/profile.json
check "user $user kept after remove" getent passwd "$user" >/dev/null
equals "$data_dir untouched by remove" "700 $user" "$(stat -c '%a %U' "$data_dir")"

echo "# dpkg --purge"
run_dpkg --purge fieldterm
cat "$work/dpkg.log"
check "dpkg forgot the package" test -z "$(dpkg-query -W -f='${Status}' fieldterm 2>/dev/null || true)"
check "user $user removed" test -z "$(getent passwd "$user" || true)"
check "group $user removed" test -z "$(getent group "$user" || true)"
check "/etc/fieldterm removed" test ! -e /etc/fieldterm
check "no enablement link left" test ! -e "$wants/fieldterm.service" -a ! -L "$wants/fieldterm.service"
check "no mask left" test ! -L /etc/systemd/system/fieldterm.service -a ! -L /etc/systemd/system/fieldterm-backoffice.service
check "$cache_dir removed" test ! -e "$cache_dir"
equals "$data_dir kept after purge, handed to root" "700 root" "$(stat -c '%a %U' "$data_dir" 2>/dev/null)"
check "the device key is still there (evidence is never deleted)" test -f "$key"
check "the database is still there" test -f "$data_dir/fieldterm.db"
equals "$receiver_dir kept after purge, handed to root" "700 root" "$(stat -c '%a %U' "$receiver_dir" 2>/dev/null)"
check "purge says where the data is" grep -q "$data_dir was kept" "$work/dpkg.log"

echo "# dpkg -i after purge (the data is handed back to the new user)"
run_dpkg -i "$deb"
equals "$data_dir handed back" "700 $user $user" "$(stat -c '%a %U %G' "$data_dir")"
equals "device key handed back" "600 $user" "$(stat -c '%a %U' "$key")"
equals "the same device key is used again" "$fingerprint" "$(identity || true)"
equals "fieldterm.service enabled again" "$unit_dir/fieldterm.service" "$(readlink "$wants/fieldterm.service" || true)"
run_dpkg --purge fieldterm
check "second purge leaves no user" test -z "$(getent passwd "$user" || true)"

if [ "$failures" -gt 0 ]; then
    die "$failures check(s) failed"
fi
echo "all packaging checks passed"
