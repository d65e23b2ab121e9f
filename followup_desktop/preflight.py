"""Before Qt loads on Linux: can the platform plugin Qt will pick find its libraries?

Qt's own answer to a missing ``libxcb-cursor.so.0`` is three lines about plugins and an
abort (exit status 134). Instead we read the plugin's ELF ``NEEDED`` list (and that of
the Qt libraries it pulls in from the PySide6 folder or the bundle), look each library
up where the dynamic loader would (RUNPATH, ``LD_LIBRARY_PATH``, ``/etc/ld.so.conf`` and
the default folders) and, if one is missing, print one plain message naming the
packages to install on Debian/Ubuntu, Fedora and Arch; ``main`` then exits with 2.

Pure Python (``struct``), no Qt, no subprocess: it costs about a millisecond per start.
Only the ``xcb`` (X11) and ``wayland`` platforms are checked; ``offscreen``, ``minimal``
and the rest need nothing outside the Qt folder. Other systems skip the check. What only
the check needs (the ELF reader, the loader's folders) is loaded or read when there is
one to make.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from .i18n import translator

_ = translator(__name__)

PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
PLATFORM_NAMES = {"xcb": "X11 (xcb)", "wayland": "Wayland"}

#: soname -> (Debian/Ubuntu, Fedora, Arch) package.
PACKAGES: dict[str, tuple[str, str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": (
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
    ),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
    "libX11.so.6": ("libx11-6", "libX11", "libx11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "freetype2"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client", "wayland"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor", "wayland"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl", "wayland"),
}
DISTROS = (
    ("Debian/Ubuntu", "sudo apt install"),
    ("Fedora", "sudo dnf install"),
    ("Arch", "sudo pacman -S"),
)
DEFAULT_DIRS = (
    "/lib",
    "/usr/lib",
    "/lib64",
    "/usr/lib64",
    "/usr/local/lib",
    "/lib/x86_64-linux-gnu",
    "/usr/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
)


# -- where the loader looks ---------------------------------------------------------------
def _conf_dirs(conf: Path, seen: set[Path]) -> list[str]:
    if conf in seen:
        return []
    seen.add(conf)
    try:
        lines = conf.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    dirs: list[str] = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line.startswith("include "):
            pattern = line.split(None, 1)[1]
            if not os.path.isabs(pattern):
                pattern = str(conf.parent / pattern)
            import glob

            for included in sorted(glob.glob(pattern)):
                dirs += _conf_dirs(Path(included), seen)
        elif line:
            dirs.append(line)
    return dirs


def system_library_dirs() -> list[str]:
    """The folders the dynamic loader searches after RUNPATH and LD_LIBRARY_PATH."""
    return [*_conf_dirs(Path("/etc/ld.so.conf"), set()), *DEFAULT_DIRS]


def environment_dirs() -> list[str]:
    return [d for d in os.environ.get("LD_LIBRARY_PATH", "").split(":") if d]


# -- which platform, which plugin ---------------------------------------------------------
def platforms_to_try(env: dict[str, str] | os._Environ[str] | None = None) -> list[str]:
    """The platform plugins Qt will try, in order (QT_QPA_PLATFORM, else the session)."""
    env = os.environ if env is None else env
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [name.split(":", 1)[0].strip() for name in chosen.split(";") if name.strip()]
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def qt_plugin_dirs() -> list[Path]:
    """Where the platform plugins are: PySide6's folder (found without importing it), or
    the bundle's copy of it."""
    dirs: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "PySide6" / "Qt" / "plugins" / "platforms")
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        dirs.append(Path(location) / "Qt" / "plugins" / "platforms")
    return dirs


# -- the check -------------------------------------------------------------------------------
class PlatformCheck:
    """Qt's platform plugin and the system libraries it needs that are missing.

    A plain class: this module loads at every start on every system, and a dataclass
    compiles its methods from source when its module loads."""

    __slots__ = ("platform", "plugin", "missing")

    def __init__(self, platform: str, plugin: Path | None) -> None:
        self.platform = platform
        self.plugin = plugin  # None: the plugin is not there (nothing we can say)
        self.missing: list[str] = []

    def __repr__(self) -> str:
        return f"PlatformCheck({self.platform!r}, {self.plugin!r}, missing={self.missing!r})"

    @property
    def usable(self) -> bool:
        return not self.missing


def _locate(name: str, runpath: Sequence[str], others: Sequence[str]) -> tuple[Path, bool] | None:
    """(path, found outside the system folders?) of a library, or None when missing."""
    for d in runpath:
        candidate = Path(d) / name
        if candidate.exists():
            return candidate, True
    for d in others:
        candidate = Path(d) / name
        if candidate.exists():
            return candidate, False
    return None


def missing_libraries(
    plugin: Path, system_dirs: Sequence[str], env_dirs: Sequence[str] = ()
) -> list[str]:
    """The libraries ``plugin`` needs (directly, or through Qt's own libraries) that the
    loader would not find. Libraries outside the system folders are followed; system
    libraries only need to be there."""
    from .elf import read_dynamic

    missing: list[str] = []
    seen: set[str] = set()
    todo = [plugin]
    while todo:
        current = todo.pop()
        dynamic = read_dynamic(current)
        if dynamic is None:
            continue
        for name in dynamic.needed:
            if name in seen:
                continue
            seen.add(name)
            found = _locate(name, [*dynamic.runpath, *env_dirs], system_dirs)
            if found is None:
                missing.append(name)
            elif found[1]:
                todo.append(found[0])
    return sorted(missing)


def check_platforms(
    platforms: Iterable[str],
    plugin_dirs: Sequence[Path],
    system_dirs: Sequence[str],
    env_dirs: Sequence[str] = (),
) -> list[PlatformCheck]:
    checks = []
    for platform in platforms:
        if platform not in PLUGIN_FILES:
            continue
        plugin = next(
            (
                d / PLUGIN_FILES[platform]
                for d in plugin_dirs
                if (d / PLUGIN_FILES[platform]).exists()
            ),
            None,
        )
        check = PlatformCheck(platform, plugin)
        if plugin is not None:
            check.missing = missing_libraries(plugin, system_dirs, env_dirs)
        checks.append(check)
    return checks


NO_DISPLAY = _.mark(
    "Follow-up Desktop cannot open its window: there is no desktop session here (neither "
    "DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop, or over SSH with "
    "ssh -X. The commands (followup-desktop --help) work without a window."
)


def _has_display(env, platforms: Sequence[str]) -> bool:
    """Qt's xcb plugin aborts without an X display, its Wayland plugin without a socket."""
    x11 = "xcb" in platforms and bool(env.get("DISPLAY"))
    wayland = "wayland" in platforms and bool(env.get("WAYLAND_DISPLAY"))
    return x11 or wayland or not set(platforms) & set(PLUGIN_FILES)


def message(checks: Sequence[PlatformCheck]) -> str:
    """One plain message: what is missing and the packages that bring it."""
    failing = [c for c in checks if c.missing]
    names = sorted({lib for c in failing for lib in c.missing})
    which = [PLATFORM_NAMES.get(c.platform, c.platform) for c in failing]
    if len(which) > 1:  # X11 and Wayland both tried
        which = [_("{first} nor {second}").format(first=which[0], second=which[1])]
    lines = [
        _(
            "Follow-up Desktop cannot open its window: the libraries Qt needs to show it "
            "on {platform} are not installed:"
        ).format(platform=which[0]),
        "    " + ", ".join(names),
        _("Install them, then start it again:"),
    ]
    known = [lib for lib in names if lib in PACKAGES]
    for column, (distro, command) in enumerate(DISTROS):
        packages = list(dict.fromkeys(PACKAGES[lib][column] for lib in known))
        if packages:
            lines.append(f"    {distro + ':':15} {command} {' '.join(packages)}")
    unknown = [lib for lib in names if lib not in PACKAGES]
    if unknown:
        lines.append(
            "    "
            + _(
                "and the packages that hold {libraries} (apt-file search, dnf provides or "
                "pacman -F finds them)"
            ).format(libraries=", ".join(unknown))
        )
    lines.append(
        _(
            "The commands (followup-desktop --help) work without them; they are only needed "
            "for the window."
        )
    )
    return "\n".join(lines)


def run(
    *,
    env: dict[str, str] | None = None,
    plugin_dirs: Sequence[Path] | None = None,
    system_dirs: Sequence[str] | None = None,
) -> str | None:
    """None when the window can start (or we cannot tell), else the message to print."""
    if not sys.platform.startswith("linux") and plugin_dirs is None:
        return None
    environ = os.environ if env is None else env
    platforms = platforms_to_try(environ)
    if platforms and platforms[0] in PLUGIN_FILES and not _has_display(environ, platforms):
        return _(NO_DISPLAY)
    if not set(platforms) & set(PLUGIN_FILES):
        return None  # offscreen, minimal...: nothing outside the Qt folder to look for
    checks = check_platforms(
        platforms,
        qt_plugin_dirs() if plugin_dirs is None else plugin_dirs,
        system_library_dirs() if system_dirs is None else system_dirs,
        environment_dirs()
        if env is None
        else [d for d in env.get("LD_LIBRARY_PATH", "").split(":") if d],
    )
    known = [c for c in checks if c.plugin is not None]
    if not known or any(c.usable for c in known):
        return None
    return message(known)


def tell(problem: str) -> None:
    """Print the message; started from the applications menu (no terminal to read it),
    also show it with the desktop's own tools, where one is installed."""
    print(problem, file=sys.stderr)
    try:
        interactive = sys.stderr.isatty()
    except (AttributeError, ValueError):
        interactive = False
    if interactive:
        return
    import shutil
    import subprocess

    title = _("Follow-up Desktop cannot start")
    for command in (
        ["zenity", "--error", "--no-wrap", f"--title={title}", f"--text={problem}"],
        ["kdialog", "--title", title, "--error", problem],
        ["notify-send", "--urgency=critical", title, problem],
    ):
        if shutil.which(command[0]):
            try:
                subprocess.run(command, timeout=120, check=False)
            except (OSError, subprocess.SubprocessError):
                continue
            return


if __name__ == "__main__":  # python -m followup_desktop.preflight: the check alone
    problem = run()
    print(
        problem or _("The window's libraries are all there."),
        file=sys.stderr if problem else sys.stdout,
    )
    sys.exit(2 if problem else 0)
