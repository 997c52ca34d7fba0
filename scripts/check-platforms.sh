#!/usr/bin/env bash
# Builds the app for each desktop platform in turn (./mvnw -q package -DskipTests -Dadder.platform=NAME)
# and checks that target/lib holds exactly that platform's natives: its JavaFX jars, its engine natives
# (MXNet where MXNet has a build, PyTorch where PyTorch is the app's engine) and none of another platform.
# Ends with a build for this machine again, so target/ is left as ./mvnw package leaves it.
#
#   scripts/check-platforms.sh                 all five platforms
#   scripts/check-platforms.sh macos-aarch64   only the ones named
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
platforms=("$@")
[[ ${#platforms[@]} -gt 0 ]] || platforms=(linux-x86_64 linux-aarch64 windows-x86_64 macos-x86_64 macos-aarch64)

# name -> "javafx-classifier mxnet-classifier pytorch-classifier" ("-": none in target/lib)
declare -A expected=(
    [linux-x86_64]="linux linux-x86_64 -"
    [linux-aarch64]="linux-aarch64 - linux-aarch64"
    [windows-x86_64]="win win-x86_64 -"
    [macos-x86_64]="mac osx-x86_64 -"
    [macos-aarch64]="mac-aarch64 - osx-aarch64"
)
# Every platform classifier any of those jars can carry.
all_classifiers="linux linux-aarch64 win mac mac-aarch64 linux-x86_64 win-x86_64 osx-x86_64 osx-aarch64"

failures=0
check() {
    local platform="$1" fx mx pt jar base classifier problems=()
    read -r fx mx pt <<<"${expected[$platform]}"
    local natives=(javafx-base-21.0.11-"$fx".jar javafx-graphics-21.0.11-"$fx".jar
                   javafx-controls-21.0.11-"$fx".jar javafx-swing-21.0.11-"$fx".jar)
    [[ "$mx" == - ]] || natives+=(mxnet-native-mkl-1.9.1-"$mx".jar)
    [[ "$pt" == - ]] || natives+=(pytorch-native-cpu-2.7.1-"$pt".jar)
    for jar in "${natives[@]}"; do
        [[ -f target/lib/$jar ]] || problems+=("missing $jar")
    done
    for jar in target/lib/*.jar; do
        base="$(basename "$jar" .jar)"
        for classifier in $all_classifiers; do
            if [[ "$base" == *-"$classifier" && " ${natives[*]} " != *" $base.jar "* ]]; then
                problems+=("foreign $base.jar")
                break
            fi
        done
    done
    if [[ ${#problems[@]} -eq 0 ]]; then
        echo "check-platforms: $platform ok: ${natives[*]}"
    else
        echo "check-platforms: $platform FAILED: ${problems[*]}" >&2
        failures=$((failures + 1))
    fi
}

for platform in "${platforms[@]}"; do
    [[ -n "${expected[$platform]:-}" ]] \
        || { echo "check-platforms: unknown platform $platform (choose from ${!expected[*]})" >&2; exit 2; }
    if ./mvnw -B -ntp -q package -DskipTests -Dadder.platform="$platform"; then
        check "$platform"
    else
        echo "check-platforms: $platform FAILED: the build did not succeed" >&2
        failures=$((failures + 1))
    fi
done

./mvnw -B -ntp -q package -DskipTests
[[ $failures -eq 0 ]] || { echo "check-platforms: $failures platform(s) failed" >&2; exit 1; }
echo "check-platforms: all ${#platforms[@]} platform(s) ok"
