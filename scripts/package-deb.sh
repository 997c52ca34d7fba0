#!/usr/bin/env bash
# Wraps an app image into a Debian package with dpkg-deb (called by package-image.sh):
#   /opt/adder-studio/                     the app image
#   /usr/bin/adder-studio                  a link to its launcher, so the command line works from a shell
#   /usr/share/applications/adder-studio.desktop and hicolor icons for the menu
# Plain files owned by the package, so dpkg -r removes every one of them; no maintainer scripts
# (jpackage's own .deb calls xdg-desktop-menu, which fails where no menu directory exists yet).
# Depends: the packages that provide the libraries our native code links against directly.
set -euo pipefail

image="$1"
version="$2"
dest="$3"
root="$(cd "$(dirname "$0")/.." && pwd)"
name=adder-studio
stage="$root/target/dist-work/deb"

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a "$image" "$stage/opt/$name"
ln -s "/opt/$name/bin/$name" "$stage/usr/bin/$name"
install -m 644 "$root/assets/icon/$name.desktop" "$stage/usr/share/applications/$name.desktop"
for size in 16 24 32 48 64 128 256 512; do
    icon_dir="$stage/usr/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$icon_dir"
    install -m 644 "$root/assets/icon/$name-$size.png" "$icon_dir/$name.png"
done

# The direct shared-library needs of every native library and the launcher, mapped to packages.
depends="$(find "$stage/opt/$name" -type f \( -name '*.so' -o -name '*.so.*' -o -path '*/bin/*' \) -print0 \
    | xargs -0 -r readelf -d 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u \
    | while read -r lib; do
        # Libraries the image carries itself (libmxnet's OpenBLAS, libjvm, ...) need no package.
        [[ -n "$(find "$stage/opt/$name" -name "$lib" -print -quit)" ]] && continue
        path="$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ {print $NF; exit}')"
        [[ -n "$path" ]] || { echo "package-deb: $lib is not installed here; not listed in Depends" >&2; continue; }
        dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true
      done | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g')"

installed_kb="$(du -sk "$stage" | cut -f1)"
cat > "$stage/DEBIAN/control" <<EOF
Package: $name
Version: $version
Section: science
Priority: optional
Architecture: amd64
Maintainer: Adder Studio <adder-studio@example.invalid>
Installed-Size: $installed_kb
Depends: $depends
Description: Draw a digit, add a number: a two-headed MNIST network
 A desktop app that predicts a drawn digit and the digit plus a chosen number
 with a two-headed neural network (DJL on MXNet), and trains it on MNIST with
 live charts. Runs offline; the command line is the same launcher with arguments.
EOF

deb="$dest/${name}_${version}_amd64.deb"
fakeroot dpkg-deb --build "$stage" "$deb" >/dev/null
echo "package-deb: $(du -h "$deb" | cut -f1) in $deb (installs $((installed_kb / 1024)) MB)"
