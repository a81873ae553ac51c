#!/usr/bin/env bash
# Installs the Newsdesk .deb on this machine (as root), checks it as a user would, and
# removes it again: `newsdesk` on the PATH, the command line on a fresh data folder, the
# start-up archive, the menu entry, the window up to its first frame (under Xvfb when
# there is no display), and that removing the package leaves the user's data alone.
#
# usage: installer/test-deb.sh [target/installer/packages/newsdesk_*.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls target/installer/packages/newsdesk_*.deb | head -1)}
[ "$(id -u)" = 0 ] || { echo "test-deb: run as root (it installs the package)" >&2; exit 2; }
[ -f "$deb" ] || { echo "test-deb: no package at $deb (build it: ./mvnw -Pinstaller -DskipTests verify)" >&2; exit 2; }

fail() { echo "test-deb: FAILED: $*" >&2; exit 1; }
work=$(mktemp -d)
data="$work/data"

echo "test-deb: installing $deb"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "$(realpath "$deb")" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "installation"; }

[ "$(command -v newsdesk)" = /usr/bin/newsdesk ] || fail "newsdesk is not on the PATH"
version=$(dpkg-query -W -f '${Version}' newsdesk)
[ "$(newsdesk --version)" = "Newsdesk ${version%-*}" ] || fail "newsdesk --version says '$(newsdesk --version)', the package is $version"
for owned in /usr/bin/newsdesk /usr/share/applications/newsdesk.desktop /usr/share/bash-completion/completions/newsdesk \
             /usr/share/doc/newsdesk/copyright; do
  dpkg -S "$owned" >/dev/null 2>&1 || fail "$owned is not a file of the package"
done
grep -q '^License: Apache-2.0' /usr/share/doc/newsdesk/copyright || fail "the copyright file names no Apache-2.0 licence"
grep -q 'complete .*newsdesk' /usr/share/bash-completion/completions/newsdesk || fail "no bash completion for newsdesk"
[ -f /opt/newsdesk/lib/runtime/lib/server/classes.jsa ] || fail "the runtime has no default class-data archive"
! ls /opt/newsdesk/lib/app/jna-*.jar >/dev/null 2>&1 || fail "JNA shipped on Linux"
for jar in /opt/newsdesk/lib/app/lib/javafx-*-linux.jar; do
  for so in $(unzip -Z1 "$jar" | grep '\.so$'); do
    [ ! -f "/opt/newsdesk/lib/app/lib/$so" ] || fail "$so is shipped twice: beside the jars and inside $jar"
  done
done
# with the archive postinst wrote (about 85 MB)
size=$(du -sm /opt/newsdesk /usr/share/doc/newsdesk | awk '{s += $1} END {print s}')
echo "test-deb: version $version, package-owned command, menu entry, completion and copyright; installed $size MB"
id=$(newsdesk --data-dir "$data" new --headline "Installer check 安裝檢查")
newsdesk --data-dir "$data" list | grep -q "安裝檢查" || fail "newsdesk list does not show the new story"
newsdesk --data-dir "$data" --lang zh-TW show "$id" >/dev/null || fail "newsdesk show"
echo "test-deb: command line works (story $id)"

[ -f /opt/newsdesk/lib/app/newsdesk.jsa ] || fail "postinst wrote no start-up archive"
_JAVA_OPTIONS=-Xshare:on newsdesk --version >/dev/null 2>&1 || fail "the start-up archive does not match the installed application"
echo "test-deb: start-up archive in use"

desktop=/usr/share/applications/newsdesk.desktop
[ -f "$desktop" ] || fail "no menu entry"
grep -q '^Categories=Office;' "$desktop" || fail "menu entry without the Office category"
grep -q '^Exec=/opt/newsdesk/bin/newsdesk ' "$desktop" || fail "menu entry does not start the window through the newsdesk script (its environment and language)"
grep -q '^Exec=.* %F$' "$desktop" || fail "menu entry does not pass opened files (%F)"
grep -q '^MimeType=.*wordprocessingml.document' "$desktop" || fail "menu entry declares no file types"
echo "test-deb: menu entry $desktop"
if command -v xdg-mime >/dev/null; then
  docx=application/vnd.openxmlformats-officedocument.wordprocessingml.document
  [ "$(xdg-mime query default "$docx")" = newsdesk.desktop ] \
    || fail "xdg-open would not open a .docx with Newsdesk (default: '$(xdg-mime query default "$docx")')"
  echo "test-deb: xdg-mime opens .docx with newsdesk.desktop"
else
  echo "test-deb: xdg-mime is missing (xdg-utils): file association not checked" >&2
fi

window=(env _JAVA_OPTIONS="-Dsun.perflog=$work/perf.log -Dsun.perflog.fx.firstpaintexit=true" timeout 120 newsdesk --data-dir "$data")
if [ -n "${DISPLAY:-}" ]; then "${window[@]}" >"$work/window.log" 2>&1 || { cat "$work/window.log" >&2; fail "window"; }
elif command -v xvfb-run >/dev/null; then xvfb-run -a "${window[@]}" >"$work/window.log" 2>&1 || { cat "$work/window.log" >&2; fail "window"; }
else echo "test-deb: no display and no xvfb-run: window not checked" >&2; fi
[ ! -f "$work/perf.log" ] || grep -qi "first paint" "$work/perf.log" || fail "the window never painted"
echo "test-deb: window painted its first frame"

# the whole window: built, store open, still running after 25 s, and no crash report
working=(timeout -s TERM 25 newsdesk --data-dir "$data")
status=0
if [ -n "${DISPLAY:-}" ]; then "${working[@]}" >"$work/window.log" 2>&1 || status=$?
elif command -v xvfb-run >/dev/null; then xvfb-run -a "${working[@]}" >"$work/window.log" 2>&1 || status=$?
else status=124; fi
[ "$status" = 124 ] || { cat "$work/window.log" >&2; fail "the window ended by itself (exit $status)"; }
[ -z "$(ls -A "$data/crash" 2>/dev/null)" ] || { cat "$data"/crash/* >&2; fail "the window crashed"; }
echo "test-deb: window built and ran 25 s without a crash"

apt-get remove -y -qq newsdesk >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "removal"; }
[ ! -e /usr/bin/newsdesk ] || fail "/usr/bin/newsdesk left behind"
[ ! -e /opt/newsdesk ] || fail "/opt/newsdesk left behind: $(find /opt/newsdesk | head -5)"
[ -f "$data/newsdesk.mv.db" ] || fail "removing the package touched the data folder"
echo "test-deb: removed; the data folder $data is untouched"
rm -rf "$work"
# checked last, so that every other check has run (the archive's size varies with its training run)
[ "$size" -lt 250 ] || fail "installed size $size MB (target under 250 MB)"
echo "test-deb: 1 passed, 0 failed"
