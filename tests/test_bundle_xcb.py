"""The Linux bundle carries the X11 helper libraries desktops lack: the spec and
check_bundle.sh name the same ones, and each is one the xcb plugin really needs."""

import re
from pathlib import Path

from followup_desktop import preflight

ROOT = Path(__file__).resolve().parent.parent


def test_the_spec_and_the_check_name_the_same_libraries():
    spec = (ROOT / "packaging" / "followup-desktop.spec").read_text()
    block = spec.split("BUNDLED_XCB_PACKAGES = {", 1)[1].split("}", 1)[0]
    packages = set(re.findall(r'"([^"]+)"', block))
    assert "libxcb-cursor0" in packages
    by_package = {debian: lib for lib, (debian, _, _) in preflight.PACKAGES.items()}
    bundled = {by_package[p] for p in packages}
    check = (ROOT / "packaging" / "check_bundle.sh").read_text()
    loop = check.split("for lib in ", 1)[1].split("; do", 1)[0]
    assert set(loop.replace("\\", " ").split()) == bundled


def test_every_bundled_library_is_one_the_xcb_plugin_needs():
    plugin = next(
        (d / "libqxcb.so" for d in preflight.qt_plugin_dirs() if (d / "libqxcb.so").exists()),
        None,
    )
    if plugin is None:
        import pytest

        pytest.skip("this PySide6 has no xcb plugin")
    needed = set(preflight.missing_libraries(plugin, ["/nonexistent"]))
    check = (ROOT / "packaging" / "check_bundle.sh").read_text()
    loop = check.split("for lib in ", 1)[1].split("; do", 1)[0]
    assert set(loop.replace("\\", " ").split()) <= needed
