#!/bin/sh
# Start a built bundle as a user would and fail loudly if anything is missing from it:
#
#   sh packaging/check_bundle.sh [BUNDLE_DIR] [OUT_DIR]   (defaults: dist/followup-desktop,
#                                                           build/bundle-check)
#
# Sample data, the window (an offscreen screenshot), and the commands that pull in ics,
# vobject and Qt printing. A warning about a missing file or library counts as a failure.
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
echo "The bundle runs; its window: $OUT/screenshot.png"
