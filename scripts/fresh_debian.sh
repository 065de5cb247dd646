#!/usr/bin/env bash
# The README's two commands on brand-new minimal Debian systems, as a newcomer would run them.
#
#   sudo bash scripts/fresh_debian.sh [--suites "bookworm trixie"] [--tests "tests/test_audio.py …"]
#                                     [--no-window] [--out DIR]
#
# For each Debian release (default: 12 "bookworm" and 13 "trixie") it builds a minimal root with
# debootstrap, carrying in this machine's apt mirror, CA certificates and pip configuration (so the same
# package indexes are reached), clones this repository's committed HEAD into it with ../shared beside it,
# and, inside the root:
#   1. runs the README's test command, `bash .ci/setup test` (with --tests: only those test files);
#   2. runs the README's start command, `bash .ci/setup run`, on a virtual screen and saves a screenshot
#      (DIR/<suite>-window.png), then once more with no screen at all (its own Xvfb);
#   3. transcribes ../shared/data/jfk.flac with the network cut off (`unshare -n`).
# It prints one line per system and exits non-zero if any step failed on any system. Logs and
# screenshots go to DIR (default /var/tmp/moksori-fresh). Needs root (debootstrap, chroot, mounts).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "$repo/../shared" 2>/dev/null && pwd || true)"
suites="bookworm trixie"
tests=""
window=1
out=/var/tmp/moksori-fresh
while (($#)); do
  case "$1" in
    --suites) suites="$2"; shift 2 ;;
    --tests) tests="$2"; shift 2 ;;
    --no-window) window=0; shift ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--suites \"bookworm trixie\"] [--tests FILES] [--no-window] [--out DIR]" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "$0 needs root (debootstrap, chroot)." >&2; exit 2; }
[ -n "$shared" ] && [ -f "$shared/data/jfk.flac" ] || { echo "../shared/data/jfk.flac is missing beside the repository." >&2; exit 2; }
mkdir -p "$out"
if ! command -v debootstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >"$out/host-apt.log" 2>&1 \
    || { apt-get update -qq >>"$out/host-apt.log" 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >>"$out/host-apt.log" 2>&1; }
fi

# This machine's Debian mirror (the first deb822 or one-line source), so the roots reach what it reaches.
mirror=$({ grep -h -E '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null; grep -h -E '^deb ' /etc/apt/sources.list 2>/dev/null; } \
         | grep -o -E 'https?://[^ ]+' | grep -v security | head -n1 || true)
[ -n "$mirror" ] || { echo "No Debian mirror found in this machine's apt sources." >&2; exit 2; }
mirror="${mirror%/}"
security="${mirror%/debian}/debian-security"

declare -A name=([bookworm]="Debian 12" [trixie]="Debian 13")
status=0
summary=()

for suite in $suites; do
  root="$out/$suite-root"
  log="$out/$suite.log"
  : >"$log"
  rm -rf "$root"
  started=$SECONDS
  echo "== ${name[$suite]:-$suite}: building a minimal root (debootstrap $suite)" | tee -a "$log"
  if ! debootstrap --variant=minbase --include=ca-certificates,git "$suite" "$root" "$mirror" >>"$log" 2>&1; then
    summary+=("${name[$suite]:-$suite}: FAILED to build the root (see $log)"); status=1; continue
  fi
  cat >"$root/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  rm -f "$root/etc/apt/sources.list"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  # CA certificates this machine adds (a proxy's), and its pip configuration.
  if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
    cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
  fi
  [ -f /etc/pip.conf ] && cp /etc/pip.conf "$root/etc/pip.conf"
  [ -d /etc/xdg/pip ] && mkdir -p "$root/etc/xdg" && cp -r /etc/xdg/pip "$root/etc/xdg/pip"
  [ -d "$HOME/.config/pip" ] && mkdir -p "$root/root/.config" && cp -r "$HOME/.config/pip" "$root/root/.config/pip"
  mkdir -p "$root/work/main" "$root/work/shared"
  git clone -q "$repo" "$root/work/main"
  pip_env=$(env | grep -E '^PIP_' | grep -v -E '^PIP_FIND_LINKS=' | tr '\n' ' ' || true)

  test_args=""
  [ -n "$tests" ] && test_args="$tests"
  # Everything inside a private mount namespace: the mounts vanish with it, whatever happens.
  unshare --mount --propagation private bash -s "$root" "$shared" "$window" "$test_args" "$pip_env" \
      >>"$log" 2>&1 <<'INSIDE' || true
set -u
root="$1"; shared="$2"; window="$3"; tests="$4"; pip_env="$5"
mount -t proc proc "$root/proc"; mount -t sysfs sys "$root/sys"
mount --rbind /dev "$root/dev"; mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
mount --bind "$shared" "$root/work/shared"; mount -o remount,bind,ro "$root/work/shared"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 $pip_env "$@"; }
in_root update-ca-certificates >/dev/null 2>&1
echo "-- step 1: bash .ci/setup test $tests"
in_root bash -c "cd /work/main && bash .ci/setup test -q -p no:cacheprovider $tests" > "$root/test.out" 2>&1
echo "test rc=$?" > "$root/test.rc"
cat "$root/test.out"
echo "-- step 2: bash .ci/setup run"
if [ "$window" = 1 ]; then
  in_root bash -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends x11-utils x11-apps imagemagick >/dev/null 2>&1'
  in_root bash -c '
    cd /work/main
    Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp >/tmp/xvfb.log 2>&1 & xvfb=$!
    sleep 2
    DISPLAY=:77 MOKSORI_DATA_DIR=/tmp/moksori-window bash .ci/setup run >/tmp/run.out 2>&1 & app=$!
    for i in $(seq 1 60); do
      if DISPLAY=:77 xwininfo -root -tree 2>/dev/null | grep -q "Moksori"; then break; fi; sleep 1
    done
    sleep 4
    if kill -0 $app 2>/dev/null && DISPLAY=:77 xwininfo -root -tree | grep -q "Moksori"; then
      DISPLAY=:77 xwd -root -silent | convert xwd:- png:/tmp/window.png && echo "window rc=0" > /window.rc
    else
      echo "window rc=1" > /window.rc
    fi
    kill $app 2>/dev/null; wait $app 2>/dev/null; kill $xvfb 2>/dev/null
    echo "--- what the app printed:"; cat /tmp/run.out
    # And with no screen at all: the command starts its own virtual one.
    (unset DISPLAY; MOKSORI_DATA_DIR=/tmp/moksori-noscreen timeout 25 bash .ci/setup run >/tmp/run2.out 2>&1)
    echo "noscreen rc=$?" > /noscreen.rc
    echo "--- with no screen, the app printed:"; cat /tmp/run2.out'
fi
echo "-- step 3: moksori transcribe ../shared/data/jfk.flac, network cut off"
in_root bash -c 'cd /work/main && MOKSORI_DATA_DIR=/tmp/moksori-cli unshare -n env HF_HUB_OFFLINE=1 ORT_DISABLE_TELEMETRY=1 .venv/bin/moksori transcribe ../shared/data/jfk.flac' \
  > "$root/jfk.out" 2>"$root/jfk.err"
echo "jfk rc=$?" > "$root/jfk.rc"
cat "$root/jfk.out" "$root/jfk.err"
INSIDE

  python_version=$(chroot "$root" python3 -c 'import platform; print(platform.python_version())' 2>/dev/null || echo "?")
  line="${name[$suite]:-$suite} (Python $python_version):"
  tests_summary=$(grep -E '^[0-9]+ (passed|failed)|^[=]* ?[0-9]+ (passed|failed)|passed|failed|error' "$root/test.out" 2>/dev/null \
                  | grep -E ' in [0-9.]+s' | tail -n1 | tr -d '=' | sed 's/^ *//;s/ *$//' || true)
  if grep -q "test rc=0" "$root/test.rc" 2>/dev/null; then
    line+=" tests passed (${tests_summary:-?});"
  else
    line+=" TESTS FAILED (${tests_summary:-no summary; see $log});"; status=1
  fi
  if [ "$window" = 1 ]; then
    if grep -q "window rc=0" "$root/window.rc" 2>/dev/null; then
      cp "$root/tmp/window.png" "$out/$suite-window.png"
      line+=" window opened ($out/$suite-window.png);"
    else
      line+=" WINDOW DID NOT OPEN;"; status=1
    fi
    if grep -q "noscreen rc=124" "$root/noscreen.rc" 2>/dev/null; then
      line+=" started with no screen;"
    else
      line+=" DID NOT START WITH NO SCREEN ($(cat "$root/noscreen.rc" 2>/dev/null));"; status=1
    fi
  fi
  if grep -q "jfk rc=0" "$root/jfk.rc" 2>/dev/null && grep -qi "ask not what your country can do for you" "$root/jfk.out"; then
    line+=" jfk.flac transcribed offline"
  else
    line+=" JFK TRANSCRIPTION FAILED"; status=1
  fi
  line+=" [$((SECONDS - started)) s]"
  if [ $status != 0 ]; then echo "---- the end of $log:"; tail -n 60 "$log"; echo "----"; fi
  summary+=("$line")
  echo "$line" >>"$log"
done

printf '%s\n' "${summary[@]}"
exit $status
