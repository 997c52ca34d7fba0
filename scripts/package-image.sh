#!/usr/bin/env bash
# Builds the installable app from the packaged jar: target/dist/adder-studio/ (a jpackage app image
# with a jlinked runtime; adder-studio.app on macOS) and the platform's installers.
# Run by `./mvnw -Pdist package` after the jar and target/lib/ exist; also runnable by hand.
#
# The platform is this machine's (ADDER_PLATFORM overrides: linux-x86_64, linux-aarch64,
# windows-x86_64, macos-x86_64, macos-aarch64). Installers: ADDER_INSTALLERS, a list of deb, rpm,
# msi and dmg; unset, Linux builds the .deb where fakeroot and dpkg-deb exist (ADDER_SKIP_DEB=1:
# none) and the other platforms build none. Only the Linux x86_64 path is run on the project's own
# machine; the others run in .github/workflows/build.yml.
#
# What goes in, and what is left out because the app never loads it:
#   - the runtime: only the JDK modules jdeps finds (plus the few it cannot see), no debug
#     attributes, headers or man pages;
#   - the jars, on the class path as with `java -jar`; not the engines' natives jars (MXNet's 47 MB,
#     PyTorch's on Arm): their libraries are unpacked into lib/app/native at build time, so the
#     first start unpacks nothing into ~/.djl.ai, and macOS signing finds every library as a file
#     (notarisation refuses unsigned libraries inside jars); JavaFX's and JNA's natives are unpacked
#     there too and removed from their jars, JNA's for other platforms dropped;
#   - the shipped model, inside the app jar as always; the sample digits in lib/app/samples.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/target"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
version="${ADDER_VERSION:-0.1.0}"
name=adder-studio
work="$target/dist-work"
dist="$target/dist"

host_platform() {
    case "$(uname -s)-$(uname -m)" in
        Linux-x86_64) echo linux-x86_64 ;;
        Linux-aarch64) echo linux-aarch64 ;;
        Darwin-x86_64) echo macos-x86_64 ;;
        Darwin-arm64) echo macos-aarch64 ;;
        MINGW*-x86_64 | MSYS*-x86_64 | CYGWIN*-x86_64) echo windows-x86_64 ;;
        *) echo unknown ;;
    esac
}
platform="${ADDER_PLATFORM:-$(host_platform)}"
# JavaFX's classifier, the engines' classifier, JNA's folder, and how native libraries are named.
case "$platform" in
    linux-x86_64)   fx=linux;        engine_os=linux-x86_64;  jna_dir=linux-x86-64;   lib='*.so' ;;
    linux-aarch64)  fx=linux-aarch64; engine_os=linux-aarch64; jna_dir=linux-aarch64; lib='*.so' ;;
    windows-x86_64) fx=win;          engine_os=win-x86_64;    jna_dir=win32-x86-64;   lib='*.dll' ;;
    macos-x86_64)   fx=mac;          engine_os=osx-x86_64;    jna_dir=darwin-x86-64;  lib='*.dylib' ;;
    macos-aarch64)  fx=mac-aarch64;  engine_os=osx-aarch64;   jna_dir=darwin-aarch64; lib='*.dylib' ;;
    *) echo "package-image: cannot package for '$platform' (set ADDER_PLATFORM)" >&2; exit 1 ;;
esac
# Git Bash on Windows: a POSIX path, so that "$java_home/bin/jlink" works.
command -v cygpath >/dev/null && java_home="$(cygpath -u "$java_home")"

[[ -f "$target/$name.jar" && -d "$target/lib" ]] \
    || { echo "package-image: run ./mvnw package first (no target/$name.jar or target/lib)" >&2; exit 1; }
for tool in unzip zip; do
    command -v "$tool" >/dev/null || { echo "package-image: $tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done
for tool in jdeps jlink jpackage; do
    [[ -x "$java_home/bin/$tool" || -x "$java_home/bin/$tool.exe" ]] \
        || { echo "package-image: $java_home has no $tool (a full JDK 17+ is needed)" >&2; exit 1; }
done

rm -rf "$work" "$dist"
mkdir -p "$work/input/lib" "$work/input/native" "$dist"

# 1. The class path: the app jar and its libraries, minus the natives jars and JavaFX's empty
#    classifier-less jars (Maven's platform switch; they hold no classes).
cp "$target/$name.jar" "$work/input/"
for jar in "$target"/lib/*.jar; do
    base="$(basename "$jar")"
    case "$base" in
        mxnet-native-* | pytorch-native-*) ;;
        javafx-*-"$fx".jar) cp "$jar" "$work/input/lib/" ;;
        javafx-*) ;;
        *) cp "$jar" "$work/input/lib/" ;;
    esac
done

# The sample digits the Open dialog starts in.
cp -r "$root/assets/samples" "$work/input/samples"

# 2. Native libraries, unpacked now instead of on the first start.
# (Empty arrays expand through ${a[@]+...}: macOS runs this with its own bash 3.2, where "${a[@]}" of
# an empty array is an unbound variable.)
engine_options=()
natives_jar="$(ls "$target"/lib/mxnet-native-*.jar 2>/dev/null | head -1 || true)"
if [[ -n "$natives_jar" ]]; then
    unzip -q -j -o "$natives_jar" "native/lib/$lib*" -d "$work/input/native"
    engine_options+=("-DMXNET_LIBRARY_PATH=\$APPDIR/native")
fi
# OpenBLAS ships with its debug information; nothing reads it at run time.
[[ "$platform" == linux-* ]] && { strip --strip-unneeded "$work/input/native/libopenblas.so.0" 2>/dev/null || true; }
# PyTorch (Arm, or -Ppytorch-cpu): libtorch and DJL's JNI library side by side, found through
# PYTORCH_LIBRARY_PATH instead of being unpacked into ~/.djl.ai on the first start.
torch_jar="$(ls "$target"/lib/pytorch-native-cpu-*.jar 2>/dev/null | head -1 || true)"
if [[ -n "$torch_jar" ]]; then
    unzip -q -j -o "$torch_jar" "pytorch/cpu/$engine_os/*" -d "$work/input/native"
    unzip -q -j -o "$(ls "$target"/lib/pytorch-jni-*.jar | head -1)" "jnilib/$engine_os/cpu/*" -d "$work/input/native"
    engine_options+=("-DPYTORCH_LIBRARY_PATH=\$APPDIR/native")
fi
for jar in "$work"/input/lib/javafx-*-"$fx".jar; do
    if [[ "$(unzip -Z1 "$jar")" == *"${lib#\*}"* ]]; then
        unzip -q -j -o "$jar" "$lib" -d "$work/input/native"
        zip -q -d "$jar" "$lib"
    fi
done
jna="$(ls "$work"/input/lib/jna-*.jar | head -1)"
unzip -q -j -o "$jna" "com/sun/jna/$jna_dir/*jnidispatch*" -d "$work/input/native"
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
rm -f "$work/runtime/lib/libjsound.so" "$work/runtime/lib/libsplashscreen.so" \
    "$work/runtime/lib/libjsound.dylib" "$work/runtime/lib/libsplashscreen.dylib" \
    "$work/runtime/bin/jsound.dll" "$work/runtime/bin/splashscreen.dll"
# The JDK's libraries keep their symbol tables (libjvm.so alone 4 MB); only the dynamic ones are used.
if [[ "$platform" == linux-* ]]; then
    find "$work/runtime" -name '*.so' -exec strip --strip-unneeded {} + 2>/dev/null || true
fi

# 4. The app image. $APPDIR is jpackage's lib/app folder; the launcher passes arguments through.
java_options=(
    ${engine_options[@]+"${engine_options[@]}"}
    "-Djava.library.path=\$APPDIR/native"
    "-Djna.boot.library.path=\$APPDIR/native"
    "-Djna.nounpack=true"
    "-Dadder.launcher=$name"
    "-Dadder.samples=\$APPDIR/samples"
)
# The pom's app.jvm.options (space-separated), as javafx:run and the tests use them.
read -r -a app_jvm_options <<< "${ADDER_JVM_OPTIONS:-}"
java_options+=(${app_jvm_options[@]+"${app_jvm_options[@]}"})
options=()
for option in "${java_options[@]}"; do
    options+=(--java-options "$option")
done
# jpackage takes a PNG icon on Linux only (Windows wants .ico, macOS .icns); elsewhere Java's own.
icon=()
[[ "$platform" == linux-* ]] && icon=(--icon "$root/assets/icon/$name-256.png")
"$java_home/bin/jpackage" --type app-image --name "$name" --app-version "$version" \
    --input "$work/input" --main-jar "$name.jar" --main-class studio.adder.Main \
    --runtime-image "$work/runtime" ${icon[@]+"${icon[@]}"} \
    --description "Draw a digit, add a number: a two-headed MNIST network" \
    --vendor "Adder Studio" "${options[@]}" --dest "$dist"

image="$dist/$name"
[[ "$platform" == macos-* ]] && image="$dist/$name.app"
echo "package-image: $(du -sh "$image" | cut -f1) in $image"

# 5. The installers.
installer() {
    "$java_home/bin/jpackage" --type "$1" --app-image "$image" --name "$name" --app-version "$version" \
        --vendor "Adder Studio" --dest "$dist" "${@:2}"
    echo "package-image: $(ls "$dist"/*."$1")"
}
if [[ -z "${ADDER_INSTALLERS+set}" ]]; then
    # As before the other platforms existed: Linux gets its .deb where the tools are.
    if [[ "$platform" != linux-* ]]; then
        ADDER_INSTALLERS=""
    elif [[ "${ADDER_SKIP_DEB:-}" == "1" ]]; then
        echo "package-image: ADDER_SKIP_DEB=1, no .deb"
        ADDER_INSTALLERS=""
    elif command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
        ADDER_INSTALLERS=deb
    else
        echo "package-image: fakeroot or dpkg-deb missing, no .deb (apt-get install fakeroot dpkg-dev)"
        ADDER_INSTALLERS=""
    fi
fi
for type in $ADDER_INSTALLERS; do
    case "$type" in
        deb) "$root/scripts/package-deb.sh" "$image" "$version" "$dist" ;;
        rpm) installer rpm --linux-shortcut --linux-app-category Education ;;
        # MXNet's Windows libraries need the Visual C++ runtime; the installer says so where
        # Windows lists installed programs, and the app says it at start when it is missing.
        msi) installer msi --win-menu --win-shortcut --win-dir-chooser --description \
                "Draw a digit, add a number. Needs the Microsoft Visual C++ 2019 (or newer) x64 runtime:\
 https://aka.ms/vs/17/release/vc_redist.x64.exe" ;;
        # Unsigned: signing (codesign of lib/app/native and the app) and notarisation are the
        # maintainer's, with their Apple Developer identity (jpackage --mac-sign).
        dmg) installer dmg ;;
        *) echo "package-image: unknown installer type '$type' (deb, rpm, msi, dmg)" >&2; exit 1 ;;
    esac
done
