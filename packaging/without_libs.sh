#!/bin/sh
# Run a command as on a desktop that lacks some system libraries, without touching them:
#
#   sudo sh packaging/without_libs.sh LIBDIR 'libxcb-cursor.so* libxcb-icccm.so*' -- make run
#
# In a private mount namespace (unshare -m; needs root), LIBDIR (e.g.
# /usr/lib/x86_64-linux-gnu) is replaced by a folder of links to everything in it except
# the files matching the patterns. Outside the namespace nothing changes. Used to check
# that the preflight (followup_desktop/preflight.py) speaks instead of Qt aborting, and
# that the Linux bundle starts without the xcb helper libraries it carries.
set -eu
if [ "${_WITHOUT_LIBS_INSIDE:-}" != 1 ]; then
    export _WITHOUT_LIBS_INSIDE=1
    exec unshare -m --propagation private sh "$0" "$@"
fi
libdir=$1
patterns=$2
shift 2
[ "${1:-}" = "--" ] && shift
work=$(mktemp -d)
mkdir "$work/orig" "$work/farm"
mount --bind "$libdir" "$work/orig"
for f in "$work/orig"/* "$work/orig"/.[!.]*; do
    [ -e "$f" ] || [ -L "$f" ] || continue
    name=$(basename "$f")
    skip=
    for one in $patterns; do
        case "$name" in $one) skip=1 ;; esac
    done
    [ -n "$skip" ] || ln -s "$work/orig/$name" "$work/farm/$name"
done
mount --bind "$work/farm" "$libdir"
unset _WITHOUT_LIBS_INSIDE
exec "$@"
