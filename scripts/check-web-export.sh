#!/usr/bin/env bash
# Checks the web page export in a real browser: exports a model with `export --format web`, opens the
# page from file:// in headless Chromium (Debian's `chromium`, fresh profile, no network services),
# and checks that
#   1. the five sample digits' answers on the page (data-digit, data-sum and the confidences) equal
#      `predict --json --number 3` on the same pictures,
#   2. the page's JavaScript prepares those pictures to the very same 28x28 values as the app,
#   3. three drawings read on the page as in the app,
# then keeps the page, its README and a screenshot. It runs WebExportBrowserTest, which the test
# suite runs too (for the shipped model), on the engine of your choice of model.
#
#   scripts/check-web-export.sh [--model DIR|ZIP] [--out DIR]     (default out: target/web-export)
# Needs: chromium (apt-get install chromium), or CHROMIUM=/path/to/chrome.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
model=""
out="$root/target/web-export"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --model) model="$(realpath "$2")"; shift ;;
        --out) out="$(realpath -m "$2")"; shift ;;
        *) echo "usage: $0 [--model DIR|ZIP] [--out DIR]" >&2; exit 2 ;;
    esac
    shift
done
if [[ -z "${CHROMIUM:-}" ]] && ! command -v chromium >/dev/null; then
    echo "No chromium here: apt-get install chromium, or set CHROMIUM to a Chrome or Chromium binary." >&2
    exit 1
fi
[[ -n "$model" && ! -e "$model" ]] && { echo "No model at $model." >&2; exit 2; }

cd "$root"
# The PyTorch pass of the test phase runs what -Dtest names too; the page does not depend on the engine,
# and predict's answers are the same on both, so that second run checks the same page once more.
./mvnw -B -ntp -q test -Dtest=WebExportBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dadder.web.model="$model" -Dadder.web.out="$out"
echo "Web export checked: $out/adder-page.html ($(du -h "$out/adder-page.html" | cut -f1)), screenshot $out/adder-page.png"
