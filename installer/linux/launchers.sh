#!/usr/bin/env bash
# The Linux image's launchers besides jpackage's own: copies of `bin/Newsdesk`, each with a
# .cfg of its own made from `Newsdesk.cfg`.
#  - `Newsdesk` opens the window (menu entry, file manager, `newsdesk FILE`): its .cfg carries
#    the window's JVM options (app.WindowJvm.OPTIONS and its marker, given by the pom).
#  - `newsdesk-work` runs long commands (import, export, review, convert, sync, ...): the full
#    compiler, the JVM's default heap (a 50 MB import needs more than the window's ceiling).
#  - `newsdesk-cli` runs short commands (list, show, ...): the quick compiler only and the serial
#    collector; they end before the optimising compiler pays back.
#  - `newsdesk-search` runs `search`: as `newsdesk-cli`, with the window's heap options but not its
#    marker (a search that finds no index builds it first: at 100,000 stories the JVM's default
#    heap let that build grow to 693 MiB resident; bin/newsdesk gives search the same options).
# All four name the same class-data archive.
#
# usage: launchers.sh IMAGE_DIR "WINDOW_OPTIONS"
set -euo pipefail
image=$1
window_options=$2
app="$image/lib/app"

without_window_options() {
  local line option kept
  while IFS= read -r line || [ -n "$line" ]; do
    kept=1
    for option in $window_options; do
      if [ "$line" = "java-options=$option" ]; then kept=; fi
    done
    if [ -n "$kept" ]; then printf '%s\n' "$line"; fi
  done < "$app/Newsdesk.cfg"
}

for option in $window_options; do
  grep -qxF "java-options=$option" "$app/Newsdesk.cfg" \
    || { echo "launchers: Newsdesk.cfg lacks the window's option $option" >&2; exit 1; }
done
cp "$image/bin/Newsdesk" "$image/bin/newsdesk-work"
without_window_options > "$app/newsdesk-work.cfg"
cp "$image/bin/Newsdesk" "$image/bin/newsdesk-cli"
{ without_window_options; echo "java-options=-XX:TieredStopAtLevel=1"; echo "java-options=-XX:+UseSerialGC"; } \
  > "$app/newsdesk-cli.cfg"
cp "$image/bin/Newsdesk" "$image/bin/newsdesk-search"
{
  cat "$app/newsdesk-cli.cfg"
  for option in $window_options; do
    case $option in
      -XX:+UseSerialGC|-D*) ;;
      *) echo "java-options=$option" ;;
    esac
  done
} > "$app/newsdesk-search.cfg"
