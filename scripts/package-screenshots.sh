#!/usr/bin/env bash
# The README's "Install" screenshots, taken from the packaged app (target/dist/adder-studio, or the
# installed /opt/adder-studio with --installed) under Xvfb with a window manager (openbox), as a new
# user sees it: a fresh HOME, a digit drawn with the mouse on the drawing tab, then the training tab
# before MNIST is there.
#   scripts/package-screenshots.sh [--installed] [--display :22] [OUT_DIR]   (default assets/screenshots)
# Needs: Xvfb, xdotool, openbox, ImageMagick's import (apt-get install -y xvfb xdotool openbox imagemagick).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root/target/dist/adder-studio/bin/adder-studio"
display=":22"
out="$root/assets/screenshots"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --installed) app=/opt/adder-studio/bin/adder-studio ;;
        --display) display="$2"; shift ;;
        *) out="$1" ;;
    esac
    shift
done
[[ -x "$app" ]] || { echo "no launcher at $app (./mvnw -Pdist package first)" >&2; exit 1; }
home="$(mktemp -d -t adder-shots-home.XXXXXX)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
export DISPLAY="$display" _JAVA_OPTIONS="-Duser.home=$home" # Java's home is not $HOME

Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1
HOME="$home" openbox >/dev/null 2>&1 &
pids+=($!)
sleep 1

start_app() { # starts the app and waits for its window, 1180 x 780 at (40, 20)
    (cd "$home" && HOME="$home" exec "$app" >"$home/app.log" 2>&1) &
    app_pid=$!
    pids+=($app_pid)
    window=""
    for _ in $(seq 1 90); do
        window="$(xdotool search --name '^Adder Studio$' 2>/dev/null | head -1 || true)"
        [[ -n "$window" ]] && break
        sleep 1
    done
    [[ -n "$window" ]] || { echo "no window: $(tail -5 "$home/app.log")" >&2; exit 1; }
    xdotool getwindowgeometry "$window" | sed -n 's/.*Geometry: /window as mapped: /p'
    # The app asks for 1180 x 780; openbox under Xvfb maps it at 200 x 200, so insist.
    xdotool windowsize "$window" 1180 780 windowmove "$window" 40 20
    sleep 4 # the shipped model loads
}
quit_app() {
    xdotool windowfocus --sync "$window" key ctrl+q
    for _ in $(seq 1 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
    kill "$app_pid" 2>/dev/null || true # a run still going asks first; no one is here to answer
    wait "$app_pid" 2>/dev/null || true
}
start_app

# Pen strokes in fractions of the canvas, which sits at (67, 130) and is 605 px square in the window.
stroke() { # x0 y0 x1 y1 ... as fractions
    local coords=("$@") x y i s
    xdotool mousemove --window "$window" $((67 + ${coords[0]} * 605 / 100)) $((130 + ${coords[1]} * 605 / 100))
    xdotool mousedown 1
    for ((i = 2; i < ${#coords[@]}; i += 2)); do
        for s in 1 2 3 4 5 6 7 8 9 10; do
            x=$(( 67 + (${coords[i-2]} * (10 - s) + ${coords[i]} * s) * 605 / 1000 ))
            y=$(( 130 + (${coords[i-1]} * (10 - s) + ${coords[i+1]} * s) * 605 / 1000 ))
            xdotool mousemove --window "$window" "$x" "$y"
            sleep 0.02
        done
    done
    xdotool mouseup 1
}
stroke 55 15 27 60 76 60
stroke 62 33 60 88
sleep 3
mkdir -p "$out"
import -window root -crop 1240x840+20+0 "$out/installed-draw.png"
echo "wrote $out/installed-draw.png"

# The training tab on a first start: the MNIST banner and Start/Pause/Stop in view.
xdotool mousemove --window "$window" 96 57 click 1
sleep 3
import -window root -crop 1240x840+20+0 "$out/installed-train-first-start.png"
echo "wrote $out/installed-train-first-start.png"
quit_app

# A short run on the committed slice (3 epochs of its 2,000 images, tested on its 1,000): when it ends,
# the final figures stay in view.
export ADDER_MNIST_DIR="$root/src/test/resources/mnist-slice"
start_app
xdotool mousemove --window "$window" 96 57 click 1 # the Train tab
sleep 2
xdotool mousemove --window "$window" 195 171 click --repeat 2 1 type "3" # Epochs
xdotool mousemove --window "$window" 40 671 click 1 # Start
# The run is over when epoch 3's checkpoint is written (at most 10 minutes on a busy machine).
for _ in $(seq 1 600); do
    [[ -n "$(find "$home/.adder-studio/models" -name '*0003.params' 2>/dev/null | head -1)" ]] && break
    sleep 1
done
sleep 5
import -window root -crop 1240x840+20+0 "$out/installed-train-finished.png"
echo "wrote $out/installed-train-finished.png"
quit_app
