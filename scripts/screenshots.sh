#!/usr/bin/env bash
# Renews every screenshot of the README and docs/ from the real window under Xvfb: each tab
# (Draw with a drawn digit, Train after a short run, Train on a first start, My digits with the
# committed examples) in each theme, Help > About, a short animation of drawing, and the Inside
# tab for the shipped compact model and for a seed model trained here (3 epochs, some minutes).
#   scripts/screenshots.sh [--app LAUNCHER] [--display :23] [--mnist DIR] [--seed-model DIR]
#                          [--inside-only] [OUT_DIR]
# OUT_DIR defaults to assets/screenshots. The Inside shots need the full MNIST set (--mnist, default
# $ADDER_MNIST_DIR or ~/.adder-studio/mnist; `adder-studio fetch-mnist` gets it); without it they are
# skipped with a note. --seed-model uses a seed model already trained (`train --arch seed --out DIR`)
# instead of training one; --inside-only renews just those two.
# Runs target/adder-studio.jar (./mvnw -q package -DskipTests first), or the packaged app's
# launcher given with --app (target/dist/adder-studio/bin/adder-studio). Each start gets a fresh
# home under $TMPDIR, removed at the end. The screen is the app's default window size, 1180 x 780,
# and no window manager runs, so the window fills it exactly.
# Needs: Xvfb, xdotool, ImageMagick (apt-get install -y xvfb xdotool imagemagick).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
app=(java -jar "$root/target/adder-studio.jar")
display=":23"
out="$root/assets/screenshots"
mnist="${ADDER_MNIST_DIR:-$HOME/.adder-studio/mnist}"
inside_only=false
seed_model=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --app) app=("$2"); shift ;;
        --display) display="$2"; shift ;;
        --mnist) mnist="$2"; shift ;;
        --seed-model) seed_model="$2"; shift ;;
        --inside-only) inside_only=true ;;
        *) out="$1" ;;
    esac
    shift
done
[[ -x "${app[0]}" || -f "$root/target/adder-studio.jar" ]] || { echo "no app: ./mvnw -q package -DskipTests first" >&2; exit 1; }
for tool in Xvfb xdotool import convert; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y xvfb xdotool imagemagick)" >&2; exit 1; }
done
work="$(mktemp -d -t adder-shots.XXXXXX)"
xvfb_pid=""
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY="$display"
Xvfb "$display" -screen 0 1180x780x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
kill -0 "$xvfb_pid" 2>/dev/null || { echo "Xvfb could not start on $display: $(cat "$work/xvfb.log")" >&2; exit 1; }
mkdir -p "$out"

# Natives unpack once into a shared engine cache, not into every fresh home.
export ENGINE_CACHE_DIR="$work/engine-cache"

start_app() { # THEME [MNIST_DIR]: a fresh home with that theme, the number 3 and the committed
    # examples of one scripted writer (50 drawings) in My digits; then the window
    local theme="$1" mnist="${2:-}"
    home="$(mktemp -d "$work/home.XXXXXX")"
    mkdir -p "$home/.adder-studio"
    printf 'theme=%s\ndraw.number=3\n' "$theme" >"$home/.adder-studio/window.properties"
    cp -r "$root/src/test/resources/my-digits/scripted-person/finetune" "$home/.adder-studio/my-digits"
    # A model to offer first under Model's recent models, when one is given.
    [[ -n "${recent_model:-}" ]] && printf '[{"path": "%s"}]\n' "$recent_model" >"$home/.adder-studio/recent-models.json"
    local data=(-u ADDER_MNIST_DIR) # no MNIST: the default folder in the fresh home is empty
    [[ -n "$mnist" ]] && data=("ADDER_MNIST_DIR=$mnist")
    (cd "$home" && exec env "${data[@]}" HOME="$home" _JAVA_OPTIONS="-Duser.home=$home" \
        "${app[@]}" >"$home/app.log" 2>&1) &
    app_pid=$!
    window=""
    for _ in $(seq 1 120); do
        window="$(xdotool search --name '^Adder Studio$' 2>/dev/null | head -1 || true)"
        [[ -n "$window" ]] && break
        kill -0 "$app_pid" 2>/dev/null || { echo "the app ended: $(tail -5 "$home/app.log")" >&2; exit 1; }
        sleep 1
    done
    [[ -n "$window" ]] || { echo "no window: $(tail -5 "$home/app.log")" >&2; exit 1; }
    sleep 4 # the shipped model loads
}
quit_app() { # Ctrl+Q, as a user quits; the log must hold no warning
    xdotool mousemove --window "$window" 300 400 click 1 key ctrl+q
    for _ in $(seq 1 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; fi
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    if grep -Eiq 'warn|severe|exception' "$home/app.log"; then
        echo "the app logged trouble:" >&2; cat "$home/app.log" >&2; exit 1
    fi
}
shot() { # NAME: the whole screen, which is the window
    sleep 1
    import -window root "$out/$1.png"
    echo "wrote $out/$1.png"
}
tab() { # x of the tab's title in the tab row (Draw 30, Train 96, My digits 174)
    xdotool mousemove --window "$window" "$1" 57 click 1
    sleep 2
}

# Pen strokes in per-cent of the canvas, which sits at (67, 130) and is 605 px square.
frame=0
stroke() { # [--frames] x0 y0 x1 y1 ...
    local frames=false
    if [[ "$1" == --frames ]]; then frames=true; shift; fi
    local c=("$@") x y i s
    xdotool mousemove --window "$window" $((67 + c[0] * 605 / 100)) $((130 + c[1] * 605 / 100)) mousedown 1
    for ((i = 2; i < ${#c[@]}; i += 2)); do
        for s in 1 2 3 4 5 6 7 8 9 10; do
            x=$((67 + (c[i - 2] * (10 - s) + c[i] * s) * 605 / 1000))
            y=$((130 + (c[i - 1] * (10 - s) + c[i + 1] * s) * 605 / 1000))
            xdotool mousemove --window "$window" "$x" "$y"
            if $frames && ((s % 2 == 0)); then
                import -window root "$work/frame-$(printf %03d $frame).png"; frame=$((frame + 1))
            else
                sleep 0.02
            fi
        done
    done
    xdotool mouseup 1
}
draw_four() { # [--frames]
    stroke "$@" 55 15 27 60 76 60
    stroke "$@" 62 33 60 88
    sleep 2
}

# The Inside tab's pad, at (8, 161) and 140 px square, in per-cent like the canvas.
pad_stroke() { # x0 y0 x1 y1 ...
    local c=("$@") i
    xdotool mousemove --window "$window" $((8 + c[0] * 140 / 100)) $((161 + c[1] * 140 / 100)) mousedown 1
    for ((i = 2; i < ${#c[@]}; i += 2)); do
        xdotool mousemove --window "$window" $((8 + c[i] * 140 / 100)) $((161 + c[i + 1] * 140 / 100))
        sleep 0.05
    done
    xdotool mouseup 1
}
inside_shot() { # NAME: a 7 drawn on the Inside tab's pad, the map of all digits computed (PCA)
    tab 245
    pad_stroke 22 20 50 18 78 20 62 50 48 85
    sleep 3
    xdotool mousemove --window "$window" 1105 671 click 1 # Compute map
    sleep 40 # 10,000 test images through the model, then the layout
    shot "$1"
}

if [[ -f "$mnist/t10k-images-idx3-ubyte" ]]; then
    start_app LIGHT "$mnist"
    inside_shot inside-compact
    quit_app
    # A seed model (the notebook's network), trained here: its sum head's one linear map cannot add.
    if [[ -z "$seed_model" ]]; then
        seed_model="$work/seed-model"
        "${app[@]}" train --arch seed --epochs 3 --data-dir "$mnist" --out "$seed_model" >"$work/seed.log" 2>&1 \
            || { echo "training the seed model failed: $(tail -5 "$work/seed.log")" >&2; exit 1; }
    fi
    recent_model="$seed_model" start_app LIGHT "$mnist"
    # Model > the recent seed model (the second item, after Shipped model).
    xdotool mousemove --window "$window" 141 19 click 1
    sleep 1
    xdotool key Down Down Return
    sleep 4
    inside_shot inside-seed
    quit_app
else
    echo "skipped inside-compact.png and inside-seed.png: no full MNIST set in $mnist" >&2
fi
$inside_only && exit 0

for theme in LIGHT DARK; do
    name="$(tr '[:upper:]' '[:lower:]' <<<"$theme")"
    start_app "$theme" "$root/src/test/resources/mnist-slice"
    if [[ "$theme" == LIGHT ]]; then
        draw_four --frames
        # The animation: the strokes, then the answer held for a moment.
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            import -window root "$work/frame-$(printf %03d $frame).png"; frame=$((frame + 1))
        done
        convert -delay 8 "$work"/frame-*.png -crop 1180x660+0+120 +repage -resize 50% \
            -layers Optimize -loop 0 "$out/drawing.gif"
        echo "wrote $out/drawing.gif"
    else
        draw_four
    fi
    shot "draw-$name"
    tab 174
    shot "my-digits-$name"
    # Train: a short run of the default recipe on the committed slice (2,000 images, 3 epochs).
    tab 96
    xdotool mousemove --window "$window" 40 671 click 1
    for _ in $(seq 1 600); do
        [[ -n "$(find "$home/.adder-studio/models" -name '*0003.params' 2>/dev/null | head -1)" ]] && break
        sleep 1
    done
    sleep 5
    shot "train-$name"
    quit_app
done

# A first start without MNIST: the Train tab offers Fetch or Choose folder; and Help > Getting started.
start_app LIGHT
tab 96
shot "train-first-start"
tab 30
xdotool key F1
shot "help-getting-started"
quit_app
