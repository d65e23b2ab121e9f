#!/bin/sh
# Start a built bundle as a user would and fail loudly if anything is missing from it:
#
#   sh packaging/check_bundle.sh [BUNDLE_DIR] [OUT_DIR]   (defaults: dist/followup-desktop,
#                                                           build/bundle-check)
#
# Sample data, the window (an offscreen screenshot, then a start on a real X server: Xvfb
# with Qt's xcb platform, as on a desktop), and the commands that pull in ics, vobject and
# Qt printing. A warning about a missing file or library counts as a failure, and so does
# a bundle without the X11 helper libraries a desktop may lack (libxcb-cursor0 ...).
# Needs Xvfb (Debian: apt-get install xvfb); CHECK_BUNDLE_NO_X=1 skips the X start.
set -eu
BUNDLE=${1:-dist/followup-desktop}
OUT=${2:-build/bundle-check}
rm -rf "$OUT"
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen

step() {
    name=$1
    shift
    if ! "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"; then
        echo "check_bundle: '$name' failed:" >&2
        cat "$OUT/$name.out" "$OUT/$name.err" >&2
        exit 1
    fi
    if grep -iE "cannot|could not|error|traceback|not found" "$OUT/$name.err" >&2; then
        echo "check_bundle: '$name' complained (above)" >&2
        exit 1
    fi
    echo "ok  $name"
}

CLI="$BUNDLE/followup-desktop-cli --data-dir $OUT/data"
step version "$BUNDLE/followup-desktop-cli" --version
step demo $CLI demo --contacts 300
step window "$BUNDLE/followup-desktop" --data-dir "$OUT/data" --screenshot "$OUT/screenshot.png"

# The libraries of Qt's xcb plugin that desktops often lack travel with the bundle.
for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-image.so.0 \
    libxcb-render-util.so.0 libxcb-util.so.1 libxkbcommon-x11.so.0; do
    test -e "$BUNDLE/_internal/$lib" ||
        { echo "check_bundle: $lib is not in the bundle (see the spec)" >&2; exit 1; }
done
echo "ok  xcb-libraries"

# A real X server: the window must open with the xcb platform, as on a Linux desktop,
# where a missing library makes Qt abort (or our preflight exit 2).
if [ "${CHECK_BUNDLE_NO_X:-}" = 1 ]; then
    echo "--  window-xcb skipped (CHECK_BUNDLE_NO_X=1)"
elif ! command -v xvfb-run >/dev/null 2>&1; then
    echo "check_bundle: xvfb-run is missing (Debian: apt-get install xvfb); it starts the" \
        "bundle on an X server. CHECK_BUNDLE_NO_X=1 skips that." >&2
    exit 1
else
    step window-xcb env QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
        "$BUNDLE/followup-desktop" --data-dir "$OUT/data" --screenshot "$OUT/screenshot-xcb.png"
    test -s "$OUT/screenshot-xcb.png" ||
        { echo "check_bundle: no screenshot from the X server start" >&2; exit 1; }
fi
step export-ics $CLI export-ics --out "$OUT/followups.ics"
step export-vcard $CLI export-contacts --format vcf --out "$OUT/contacts.vcf"
step jogger $CLI jogger --pdf "$OUT/jogger.pdf"
for file in screenshot.png contacts.vcf jogger.pdf; do
    test -s "$OUT/$file" || { echo "check_bundle: $OUT/$file is missing or empty" >&2; exit 1; }
done
# The sample data may hold no open follow-up; the command then says so and writes nothing
# (it has imported the ics library all the same).
if [ -e "$OUT/followups.ics" ]; then
    head -1 "$OUT/followups.ics" | grep -q "BEGIN:VCALENDAR" ||
        { echo "check_bundle: followups.ics is not a calendar" >&2; exit 1; }
else
    grep -q "No follow-ups match" "$OUT/export-ics.out" ||
        { echo "check_bundle: export-ics wrote no file" >&2; exit 1; }
fi
echo "The bundle runs; its window: $OUT/screenshot.png (offscreen), $OUT/screenshot-xcb.png (X)"
