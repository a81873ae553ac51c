#!/usr/bin/env bash
# Writes the AppCDS archive of a Newsdesk app image (Linux): a training run records the
# classes a start loads (the command line on a fresh store, then the window up to its first
# frame), and the launcher itself dumps them, so the archive matches the launcher's own
# class path and options (its .cfg names $APPDIR/newsdesk.jsa).
#
# usage: cds-archive.sh IMAGE_DIR      (e.g. target/installer/image/Newsdesk)
# The class list stays in the image (lib/app/newsdesk.classlist): the .deb's postinst
# dumps the archive again where the image is installed, because the archive records
# absolute jar paths.
set -euo pipefail
image=$(cd "$1" && pwd)
launcher="$image/bin/Newsdesk"
app="$image/lib/app"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

train() {
  local list=$1; shift
  _JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$list" "$@" >/dev/null 2>>"$work/train.log"
}

# the command line: store creation and migration, a story written and read back
train "$work/cli1.lst" "$launcher" --data-dir "$work/data" new --headline "Training"
train "$work/cli2.lst" "$launcher" --data-dir "$work/data" list --json
# the window up to its first frame (JavaFX exits there when asked to): what a start waits for.
# The archive holds what start-up needs and no more: trained for 30 s instead (the whole window
# and the story it opens) it grew to ~106 MB and took the installed package over 250 MB; what the
# window loads later (the story's editor, the preview, the search index) comes from the jars.
# The timeout only ends a run whose first frame never comes (status 124).
window=(env _JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$work/gui.lst -Dsun.perflog=$work/perf.log -Dsun.perflog.fx.firstpaintexit=true" \
        timeout -s TERM 120 "$launcher" --data-dir "$work/data" --lang zh-CN)
if [ -n "${DISPLAY:-}" ]; then
  "${window[@]}" >/dev/null 2>>"$work/train.log" || [ $? = 124 ] || echo "cds-archive: window training run failed, archive covers the command line only" >&2
elif command -v xvfb-run >/dev/null; then
  xvfb-run -a "${window[@]}" >/dev/null 2>>"$work/train.log" || [ $? = 124 ] || echo "cds-archive: window training run failed, archive covers the command line only" >&2
else
  echo "cds-archive: no display and no xvfb-run: archive covers the command line only" >&2
fi

# Flyway (about 420 classes and lambdas, 4 MB of archive) runs only when a store is created or
# upgraded; a usual start checks the schema with one query, so it stays out
cat "$work"/*.lst | grep -v 'org/flywaydb/' | awk '!seen[$0]++' > "$app/newsdesk.classlist"
rm -f "$app/newsdesk.jsa"
_JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/newsdesk.classlist" "$launcher" >"$work/dump.log" 2>&1 \
  || { cat "$work/dump.log" >&2; exit 1; }
echo "cds-archive: $(wc -l < "$app/newsdesk.classlist") classes listed, archive $(du -h "$app/newsdesk.jsa" | cut -f1)"
