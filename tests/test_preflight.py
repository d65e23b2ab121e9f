"""Before Qt loads: a missing library of the platform plugin is one plain message and exit
status 2, never Qt's abort."""

import shutil
import subprocess
import sys

import pytest

from followup_desktop import preflight
from followup_desktop.app import main
from followup_desktop.elf import read_dynamic

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the check runs on Linux only"
)


XCB = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}


def _xcb_plugin():
    for folder in preflight.qt_plugin_dirs():
        if (folder / "libqxcb.so").exists():
            return folder / "libqxcb.so"
    pytest.skip("this PySide6 has no xcb plugin")


def _fake_system(tmp_path, leave_out):
    """A library folder holding every system library the xcb plugin needs but one."""
    needed = preflight.missing_libraries(_xcb_plugin(), ["/nonexistent"])
    assert leave_out in needed
    fake = tmp_path / "fake-lib"
    fake.mkdir()
    for name in needed:
        if name != leave_out:
            (fake / name).write_bytes(b"")
    return fake


def test_one_missing_library_is_named_with_its_packages(tmp_path):
    fake = _fake_system(tmp_path, "libxcb-cursor.so.0")
    text = preflight.run(env=XCB, system_dirs=[str(fake)])
    assert text == (
        "Follow-up Desktop cannot open its window: the libraries Qt needs to show it on "
        "X11 (xcb) are not installed:\n"
        "    libxcb-cursor.so.0\n"
        "Install them, then start it again:\n"
        "    Debian/Ubuntu:  sudo apt install libxcb-cursor0\n"
        "    Fedora:         sudo dnf install xcb-util-cursor\n"
        "    Arch:           sudo pacman -S xcb-util-cursor\n"
        "The commands (followup-desktop --help) work without them; they are only needed "
        "for the window."
    )
    # With it there, the window may start.
    (fake / "libxcb-cursor.so.0").write_bytes(b"")
    assert preflight.run(env=XCB, system_dirs=[str(fake)]) is None


def test_the_app_exits_with_2_and_the_message_before_qt_loads(
    tmp_path, monkeypatch, capsys, data_dir
):
    fake = _fake_system(tmp_path, "libxcb-icccm.so.4")
    monkeypatch.setattr(preflight, "system_library_dirs", lambda: [str(fake)])
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("LD_LIBRARY_PATH", raising=False)
    created = []
    monkeypatch.setattr("followup_desktop.app.make_application", lambda *a, **k: created.append(1))
    monkeypatch.setattr("shutil.which", lambda name: None)  # no desktop dialog in a test
    assert main(["--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "libxcb-icccm.so.4" in err and "sudo apt install libxcb-icccm4" in err
    assert "sudo dnf install xcb-util-wm" in err and "sudo pacman -S xcb-util-wm" in err
    assert "Aborted" not in err and not created


def test_a_library_found_through_ld_library_path_counts(tmp_path):
    fake = _fake_system(tmp_path, "libxcb-keysyms.so.1")
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "libxcb-keysyms.so.1").write_bytes(b"")
    env = {**XCB, "LD_LIBRARY_PATH": str(extra)}
    assert preflight.run(env=env, system_dirs=[str(fake)]) is None


def test_wayland_falls_back_to_xcb_and_both_missing_are_reported(tmp_path):
    fake = _fake_system(tmp_path, "libxcb-cursor.so.0")
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert preflight.platforms_to_try(env) == ["wayland", "xcb"]
    wayland = preflight.missing_libraries(_xcb_plugin().with_name("libqwayland.so"), [str(fake)])
    text = preflight.run(env=env, system_dirs=[str(fake)])
    if not wayland:  # this machine's fake folder happens to satisfy Wayland: Qt uses it
        assert text is None
    else:
        assert "Wayland nor X11 (xcb)" in text and "libxcb-cursor.so.0" in text


@pytest.mark.parametrize(
    ("env", "platforms"),
    [
        ({}, ["xcb"]),
        ({"QT_QPA_PLATFORM": "offscreen"}, ["offscreen"]),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96"}, ["xcb"]),
        ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
    ],
)
def test_which_platform_qt_will_try(env, platforms):
    assert preflight.platforms_to_try(env) == platforms


def test_offscreen_needs_no_check(tmp_path):
    assert preflight.run(env={"QT_QPA_PLATFORM": "offscreen"}, system_dirs=[]) is None


def test_no_display_is_said_plainly():
    text = preflight.run(env={}, system_dirs=[])
    assert text == preflight.NO_DISPLAY and "neither DISPLAY nor WAYLAND_DISPLAY" in text


@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs binutils' readelf")
def test_the_elf_reader_agrees_with_readelf():
    plugin = _xcb_plugin()
    out = subprocess.run(
        ["readelf", "-d", str(plugin)], capture_output=True, text=True, check=True
    ).stdout
    listed = [
        line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line
    ]
    assert read_dynamic(plugin).needed == listed


def test_started_from_the_menu_the_message_is_also_shown_on_the_desktop(monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(
        "shutil.which", lambda name: f"/usr/bin/{name}" if name == "kdialog" else None
    )
    monkeypatch.setattr("subprocess.run", lambda command, **kw: shown.append(command))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    preflight.tell("libxcb-cursor.so.0 is missing")
    assert "libxcb-cursor.so.0 is missing" in capsys.readouterr().err
    assert shown == [
        ["kdialog", "--title", "Follow-up Desktop cannot start", "--error",
         "libxcb-cursor.so.0 is missing"]
    ]  # fmt: skip
    # In a terminal the printed message is enough.
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    preflight.tell("again")
    assert len(shown) == 1
