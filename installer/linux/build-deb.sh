#!/usr/bin/env bash
# Linux packaging after `jpackage --type app-image` (run by `mvn -Pinstaller verify`):
# writes the AppCDS archive into the app image, then builds the .deb from a copy of the
# image without the archive (the .deb's postinst writes it at /opt/newsdesk).
#
# usage: build-deb.sh IMAGE_DIR OUT_DIR VERSION
# needs: jpackage (JDK 17 with jmods), fakeroot, dpkg-deb
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=$(cd "$1" && pwd)
out=$2
version=$3
jpackage=${JPACKAGE:-jpackage}

for tool in fakeroot dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

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
ls -l "$out"/newsdesk_*.deb
