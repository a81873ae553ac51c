#!/usr/bin/env bash
# Linux packaging after `jpackage --type app-image` (run by `mvn -Pinstaller verify`):
# finishes the app image (JavaFX's native libraries only once, the `newsdesk` command with a
# C1-only launcher for short commands and one without the window's heap ceiling for long
# work: launchers.sh), writes its AppCDS archive, then builds the .deb from a copy of the image without the archive (the .deb's postinst writes it at /opt/newsdesk) and
# adds what the package owns outside /opt: /usr/bin/newsdesk, the menu entry, shell
# completion and the copyright file.
#
# usage: build-deb.sh IMAGE_DIR OUT_DIR VERSION "WINDOW_OPTIONS"
# needs: jpackage (JDK 17 with jmods), fakeroot, dpkg-deb
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=$(cd "$1" && pwd)
out=$2
version=$3
window_options=$4
jpackage=${JPACKAGE:-jpackage}

for tool in fakeroot dpkg-deb zip unzip; do
  command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

app="$image/lib/app"
# JavaFX's native libraries are unpacked beside its jars (pom: installer-javafx-natives), where
# JavaFX loads them from: the jars' own copies go, so each is shipped once (WebKit's and the
# media codecs' stay in their jars only)
for jar in "$app"/lib/javafx-*-linux.jar; do
  [ -f "$jar" ] || continue
  inside=$(unzip -Z1 "$jar" | grep '\.so$' | while read -r so; do [ -f "$app/lib/$so" ] && echo "$so"; done || true)
  if [ -n "$inside" ]; then
    # shellcheck disable=SC2086
    zip -q -d "$jar" $inside
  fi
done
# the runtime's native libraries without their symbol tables (libjvm.so alone: 24 -> 20 MB); the
# JVM's identity, which the class-data archives check, is not in them
if command -v strip >/dev/null; then
  find "$image/lib/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} +
fi
# the default archive for heaps over 32 GB (no compressed pointers): never used by Newsdesk
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"
# the launchers for short commands and for long work, without the window's options
bash "$here/launchers.sh" "$image" "$window_options"
install -m 755 "$here/newsdesk" "$image/bin/newsdesk"
install -m 644 "$here/../../bin/window-language.sh" "$image/bin/window-language.sh"

bash "$here/cds-archive.sh" "$image"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -a "$image" "$stage/Newsdesk"
rm -f "$stage/Newsdesk/lib/app/newsdesk.jsa"
mkdir -p "$out"
rm -f "$out"/newsdesk_*.deb

# GTK, GL and X libraries are loaded by JavaFX at run time, so jpackage's own scan cannot
# see them: they are listed here. A CJK font keeps Chinese text from showing as boxes.
"$jpackage" --type deb \
  --app-image "$stage/Newsdesk" \
  --dest "$out" \
  --name Newsdesk \
  --app-version "$version" \
  --vendor Newsdesk \
  --description "Transcribe, edit and publish interviews" \
  --icon "$here/../../app-resources/icons/newsdesk.png" \
  --resource-dir "$here/resources" \
  --linux-package-name newsdesk \
  --linux-deb-maintainer "newsdesk@localhost" \
  --linux-menu-group "Office;WordProcessor;" \
  --linux-app-category editors \
  --linux-shortcut \
  --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, libxtst6, libxxf86vm1, fonts-noto-cjk | fonts-wqy-microhei | fonts-arphic-uming"

# what the package owns outside /opt (jpackage can only ship the image): the command on the
# PATH, the menu entry, bash completion and a machine-readable copyright file
deb=$(ls "$out"/newsdesk_*.deb)
root="$stage/deb"
dpkg-deb -R "$deb" "$root"
mkdir -p "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/bash-completion/completions" \
  "$root/usr/share/doc/newsdesk"
ln -s /opt/newsdesk/bin/newsdesk "$root/usr/bin/newsdesk"
mv "$root/opt/newsdesk/lib/newsdesk-Newsdesk.desktop" "$root/usr/share/applications/newsdesk.desktop"
"$image/bin/newsdesk-cli" completion > "$root/usr/share/bash-completion/completions/newsdesk"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: Newsdesk"
  echo
  echo "Files: *"
  echo "Copyright: Newsdesk contributors"
  echo "License: Apache-2.0"
  echo " On Debian systems the full text is in /usr/share/common-licenses/Apache-2.0;"
  echo " the bundled libraries' licences are listed in Help > About."
  echo " ."
  sed -e 's/^[[:space:]]*$/./' -e 's/^/ /' "$here/../../LICENSE"
} > "$root/usr/share/doc/newsdesk/copyright"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
grep -q '^Installed-Size:' "$root/DEBIAN/control" || echo "Installed-Size: $size" >> "$root/DEBIAN/control"
rm -f "$deb"
fakeroot dpkg-deb -b ${DPKG_DEB_COMPRESSOR_TYPE:+-Z"$DPKG_DEB_COMPRESSOR_TYPE"} "$root" "$deb" >/dev/null
ls -l "$deb"
echo "build-deb: installed size $((size / 1024)) MiB"
