#!/usr/bin/env bash
# Smoke test of the installable app: builds target/dist/adder-studio (skip with --no-build), then
# through its launcher bin/adder-studio
#   1. answers `evaluate --limit 100 --json` on the committed MNIST slice (JSON on stdout, exit 0),
#   2. answers `predict` on a bundled sample picture, and refuses a bad option with exit code 2,
#   3. opens its window under Xvfb: a top-level window titled "Adder Studio" appears (screenshot
#      saved as target/dist/smoke-window.png when ImageMagick's `import` exists),
# all with a fresh, empty HOME so nothing from an earlier run (caches, preferences) helps, and
# checks that the first start unpacked no native library into that HOME.
#
#   scripts/smoke-package.sh [--no-build] [--display :22]
# Needs: Xvfb and xdotool (apt-get install -y xvfb xdotool), libgtk-3-0 for the window.
# The .deb is not built here (ADDER_SKIP_DEB=1): it takes minutes and the image is what it wraps.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build=1
display=":22"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-build) build=0 ;;
        --display) display="$2"; shift ;;
        *) echo "usage: $0 [--no-build] [--display :N]" >&2; exit 2 ;;
    esac
    shift
done

app="$root/target/dist/adder-studio/bin/adder-studio"
home="$(mktemp -d -t adder-smoke-home.XXXXXX)"
xvfb_pid=""
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
# Java takes user.home from the password database, not from $HOME: name it for the JVM too.
# (The JVM reads _JAVA_OPTIONS whatever launched it, and notes so on stderr.)
export HOME="$home" _JAVA_OPTIONS="-Duser.home=$home"
fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }
pass() { echo "smoke ok: $*"; }

if [[ "$build" == 1 ]]; then
    (cd "$root" && ADDER_SKIP_DEB=1 ./mvnw -q -Pdist package) || fail "the package build failed"
fi
[[ -x "$app" ]] || fail "no launcher at $app"

# 1. The command line, through the same launcher.
out="$("$app" evaluate --limit 100 --json --data-dir "$root/src/test/resources/mnist-slice" \
    2>"$home/evaluate.err")" || fail "evaluate exited with $? ($(tail -3 "$home/evaluate.err"))"
[[ "$out" == \{*\"evaluated\":100* ]] || fail "evaluate printed no JSON for 100 images: $out"
accuracy="$(sed -n 's/.*"digitAccuracy":\([0-9.]*\).*/\1/p' <<<"$out")"
awk -v a="$accuracy" 'BEGIN { exit !(a >= 0.95) }' || fail "digit accuracy $accuracy on 100 test images"
pass "evaluate --json: $out"

sample="$root/target/dist/adder-studio/lib/app/samples/seven-chalk.png"
answer="$("$app" predict --number 2 --json "$sample" 2>/dev/null)" || fail "predict exited with $?"
[[ "$answer" == *\"digit\":7* && "$answer" == *\"sum\":9* ]] || fail "predict on $sample: $answer"
pass "predict on a bundled sample: 7 + 2 = 9"

set +e
"$app" evaluate --no-such-option >/dev/null 2>&1
code=$?
set -e
[[ "$code" == 2 ]] || fail "a bad option exited with $code, not 2"
pass "a bad option exits with 2"

# 2. The window, under a virtual display.
command -v Xvfb >/dev/null || fail "Xvfb is missing (apt-get install -y xvfb)"
command -v xdotool >/dev/null || fail "xdotool is missing (apt-get install -y xdotool)"
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >"$home/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb could not start on $display ($(cat "$home/xvfb.log"))"
# From the empty home, so that a JVM crash report (hs_err_pid*.log) would land there, not in the checkout.
(cd "$home" && exec env DISPLAY="$display" "$app" >"$home/gui.out" 2>"$home/gui.err") &
app_pid=$!
window=""
for _ in $(seq 1 90); do
    window="$(DISPLAY="$display" xdotool search --name '^Adder Studio$' 2>/dev/null | head -1 || true)"
    [[ -n "$window" ]] && break
    kill -0 "$app_pid" 2>/dev/null || fail "the app exited before showing a window: $(tail -5 "$home/gui.err")"
    sleep 1
done
[[ -n "$window" ]] || fail "no 'Adder Studio' window within 90 s: $(tail -5 "$home/gui.err")"
geometry="$(DISPLAY="$display" xdotool getwindowgeometry "$window" | sed -n 's/.*Geometry: //p')"
pass "window 'Adder Studio' is up ($geometry)"
# The running app's native libraries are the image's own, not copies unpacked somewhere.
image="$root/target/dist/adder-studio"
for lib in libmxnet.so libglassgtk3.so libjnidispatch.so; do
    loaded="$(grep -m1 "/$lib" "/proc/$app_pid/maps" | awk '{print $NF}' || true)"
    [[ "$loaded" == "$image/lib/app/native/$lib" ]] || fail "$lib loaded from '${loaded:-nowhere}', not from the image"
done
pass "libmxnet, JavaFX's glass and JNA are loaded from lib/app/native"
sleep 3 # let the shipped model load and the first frame settle before the picture
if command -v import >/dev/null; then
    DISPLAY="$display" import -window root "$root/target/dist/smoke-window.png" \
        && pass "screenshot in target/dist/smoke-window.png"
fi
# Quit as a user does (Ctrl+Q): the window closes, the engine stops and the process ends, with 0.
DISPLAY="$display" xdotool windowfocus --sync "$window" key ctrl+q
for _ in $(seq 1 30); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
done
kill -0 "$app_pid" 2>/dev/null && fail "Ctrl+Q did not end the app within 30 s"
set +e
wait "$app_pid"
code=$?
set -e
app_pid=""
[[ "$code" == 0 ]] || fail "the app exited with $code after Ctrl+Q ($(tail -3 "$home/gui.err"))"
pass "Ctrl+Q closes the window and the process ends with 0"

# 3. Nothing unpacked at first start: natives came with the image.
unpacked="$(find "$home" \( -path '*/.djl.ai/*' -o -path '*/.openjfx/*' -o -path '*/JNA/*' \) -name '*.so*' | head -3)"
[[ -z "$unpacked" ]] || fail "the first start unpacked native libraries into HOME: $unpacked"
pass "no native library unpacked into HOME (~/.djl.ai, ~/.openjfx, JNA cache)"
echo "SMOKE PASSED"
