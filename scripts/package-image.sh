#!/usr/bin/env bash
# Builds the installable app from the packaged jar: target/dist/adder-studio/ (a jpackage app image
# with a jlinked runtime) and, where fakeroot and dpkg-deb exist, target/dist/adder-studio_*.deb.
# Run by `./mvnw -Pdist package` after the jar and target/lib/ exist; also runnable by hand.
#
# What goes in, and what is left out because the app never loads it:
#   - the runtime: only the JDK modules jdeps finds (plus the few it cannot see), no debug
#     attributes, headers or man pages;
#   - the jars, on the class path as with `java -jar`; not the MXNet natives jar (47 MB): its
#     libraries are unpacked into lib/app/native at build time, so the first start unpacks nothing
#     into ~/.djl.ai; JavaFX's and JNA's natives are unpacked there too and removed from their jars,
#     JNA's for other platforms (Windows, macOS, other CPUs) dropped;
#   - the shipped model, inside the app jar as always; the sample digits in lib/app/samples.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/target"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
version="${ADDER_VERSION:-0.1.0}"
name=adder-studio
work="$target/dist-work"
dist="$target/dist"

[[ -f "$target/$name.jar" && -d "$target/lib" ]] \
    || { echo "package-image: run ./mvnw package first (no target/$name.jar or target/lib)" >&2; exit 1; }
for tool in unzip zip; do
    command -v "$tool" >/dev/null || { echo "package-image: $tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done
for tool in jdeps jlink jpackage; do
    [[ -x "$java_home/bin/$tool" ]] || { echo "package-image: $java_home has no $tool (a full JDK 17+ is needed)" >&2; exit 1; }
done

rm -rf "$work" "$dist"
mkdir -p "$work/input/lib" "$work/input/native" "$dist"

# 1. The class path: the app jar and its libraries, minus the natives jar and JavaFX's empty
#    classifier-less jars (Maven's platform switch; they hold no classes).
cp "$target/$name.jar" "$work/input/"
for jar in "$target"/lib/*.jar; do
    base="$(basename "$jar")"
    case "$base" in
        mxnet-native-*) ;;
        javafx-*-linux.jar) cp "$jar" "$work/input/lib/" ;;
        javafx-*) ;;
        *) cp "$jar" "$work/input/lib/" ;;
    esac
done

# The sample digits the Open dialog starts in.
cp -r "$root/assets/samples" "$work/input/samples"

# 2. Native libraries, unpacked now instead of on the first start.
natives_jar="$(ls "$target"/lib/mxnet-native-*.jar | head -1)"
unzip -q -j -o "$natives_jar" 'native/lib/*.so*' -d "$work/input/native"
# OpenBLAS ships with its debug information; nothing reads it at run time.
strip --strip-unneeded "$work/input/native/libopenblas.so.0" 2>/dev/null || true
for jar in "$work"/input/lib/javafx-*-linux.jar; do
    if [[ "$(unzip -Z1 "$jar")" == *.so* ]]; then
        unzip -q -j -o "$jar" '*.so' -d "$work/input/native"
        zip -q -d "$jar" '*.so'
    fi
done
jna="$(ls "$work"/input/lib/jna-*.jar | head -1)"
unzip -q -j -o "$jna" 'com/sun/jna/linux-x86-64/libjnidispatch.so' -d "$work/input/native"
zip -q -d "$jna" 'com/sun/jna/*/*jnidispatch*' >/dev/null

# 3. The runtime: the modules the class path needs, as jdeps sees them, plus the ones reached only
#    by reflection or service lookup (jdk.crypto.ec is not needed: nothing here speaks TLS).
modules="$("$java_home/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 -R \
    --class-path "$work/input/lib/*" "$work/input/$name.jar")"
modules="$modules,jdk.zipfs"
echo "package-image: runtime modules $modules"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=2 --output "$work/runtime"
# java.desktop brings sound and splash-screen libraries; the app plays no sound and shows no splash,
# and without them the .deb does not depend on ALSA or the GIF/JPEG libraries.
rm -f "$work/runtime/lib/libjsound.so" "$work/runtime/lib/libsplashscreen.so"
# The JDK's libraries keep their symbol tables (libjvm.so alone 4 MB); only the dynamic ones are used.
find "$work/runtime" -name '*.so' -exec strip --strip-unneeded {} + 2>/dev/null || true

# 4. The app image. $APPDIR is jpackage's lib/app folder; the launcher passes arguments through.
java_options=(
    "-DMXNET_LIBRARY_PATH=\$APPDIR/native"
    "-Djava.library.path=\$APPDIR/native"
    "-Djna.boot.library.path=\$APPDIR/native"
    "-Djna.nounpack=true"
    "-Dadder.launcher=$name"
    "-Dadder.samples=\$APPDIR/samples"
)
options=()
for option in "${java_options[@]}"; do
    options+=(--java-options "$option")
done
"$java_home/bin/jpackage" --type app-image --name "$name" --app-version "$version" \
    --input "$work/input" --main-jar "$name.jar" --main-class studio.adder.Main \
    --runtime-image "$work/runtime" --icon "$root/assets/icon/$name-256.png" \
    --description "Draw a digit, add a number: a two-headed MNIST network" \
    --vendor "Adder Studio" "${options[@]}" --dest "$dist"

echo "package-image: $(du -sh "$dist/$name" | cut -f1) in $dist/$name"

# 5. The Debian package, where the tools exist.
if [[ "${ADDER_SKIP_DEB:-}" == "1" ]]; then
    echo "package-image: ADDER_SKIP_DEB=1, no .deb"
elif command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
    "$root/scripts/package-deb.sh" "$dist/$name" "$version" "$dist"
else
    echo "package-image: fakeroot or dpkg-deb missing, no .deb (apt-get install fakeroot dpkg-dev)"
fi
