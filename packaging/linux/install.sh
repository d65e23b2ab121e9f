#!/bin/sh
# Install Follow-up Desktop from this unpacked folder, for you alone (no root needed):
#
#   ./install.sh               copy the app to ~/.local/opt/followup-desktop, add it to the
#                              applications menu with its icon, and put followup-desktop
#                              and followup-desktop-cli in ~/.local/bin
#   ./install.sh --uninstall   remove all of that again (your data is left alone)
#
# sudo PREFIX=/usr/local ./install.sh installs for every user of the computer instead.
set -eu

APP=followup-desktop
ID=example.followup_desktop.FollowupDesktop
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-${HOME:?}/.local}
DEST=$PREFIX/opt/$APP
BIN=$PREFIX/bin
SHARE=$PREFIX/share

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
    fi
}

uninstall() {
    rm -f "$BIN/$APP" "$BIN/$APP-cli"
    rm -f "$SHARE/applications/$ID.desktop" "$SHARE/metainfo/$ID.metainfo.xml"
    if [ -d "$SHARE/icons/hicolor" ]; then
        find "$SHARE/icons/hicolor" -path "*/apps/$ID.*" -type f -exec rm -f {} +
    fi
    refresh_caches
    rm -rf "$DEST"
    echo "Follow-up Desktop is uninstalled. Your contacts and follow-ups are still in"
    echo "your data folder (Help > About shows where); delete it yourself if you wish."
}

install() {
    if [ ! -x "$HERE/$APP" ] || [ ! -d "$HERE/share" ]; then
        echo "install.sh: run me from the unpacked followup-desktop folder" >&2
        exit 1
    fi
    if [ "$HERE" != "$DEST" ]; then
        rm -rf "$DEST"
        mkdir -p "$(dirname "$DEST")"
        cp -R "$HERE" "$DEST"
    fi
    mkdir -p "$BIN" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons"
    ln -sf "$DEST/$APP" "$BIN/$APP"
    ln -sf "$DEST/$APP-cli" "$BIN/$APP-cli"
    # The menu entry starts the installed copy even when ~/.local/bin is not on the PATH.
    sed "s|^Exec=$APP|Exec=\"$DEST/$APP\"|" "$HERE/share/applications/$ID.desktop" \
        >"$SHARE/applications/$ID.desktop"
    cp "$HERE/share/metainfo/$ID.metainfo.xml" "$SHARE/metainfo/"
    cp -R "$HERE/share/icons/hicolor" "$SHARE/icons/"
    refresh_caches
    echo "Follow-up Desktop is installed in $DEST"
    echo "Start it from your applications menu, or run: $BIN/$APP"
}

case "${1:-}" in
    "") install ;;
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' ;;
    *)
        echo "install.sh: unknown option $1 (try --help)" >&2
        exit 2
        ;;
esac
