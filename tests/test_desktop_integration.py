"""Desktop integration files: icons generated from the SVG, the .desktop file and the
AppStream metainfo agree with the app's identity and pass the freedesktop validators
(each validator runs when it is installed; CI does not need them)."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from followup_desktop import APP_NAME, DESKTOP_ID, __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"


def _make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging/make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read_all(path: Path) -> list:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path))
    assert reader.canRead(), f"Qt cannot read {path.name}: {reader.errorString()}"
    images = []
    count = reader.imageCount()
    for index in range(max(count, 1)):
        if count > 1:
            assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), f"image {index} of {path.name}: {reader.errorString()}"
        images.append(image)
    return images


def test_icons_are_generated_in_every_format_and_size(qapp, tmp_path):
    make_icons = _make_icons()
    assert make_icons.ICON_NAME == DESKTOP_ID
    paths = make_icons.generate(tmp_path / "icons")

    ico = _read_all(paths["ico"])
    assert sorted(image.width() for image in ico) == list(make_icons.ICO_SIZES)
    icns = _read_all(paths["icns"])
    assert sorted(image.width() for image in icns) == sorted(s for _, s in make_icons.ICNS_TYPES)

    for size in make_icons.HICOLOR_SIZES:
        png = paths["hicolor"] / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        (image,) = _read_all(png)
        assert (image.width(), image.height()) == (size, size)
        # Transparent corners, opaque middle: a drawn icon, not an empty square.
        assert image.pixelColor(0, size - 1).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    assert (paths["hicolor"] / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()


def test_desktop_file_matches_the_app():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP_FILE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == APP_NAME
    assert section["Icon"] == DESKTOP_ID
    # Exec names the launcher pyproject.toml installs (and the bundle's executable).
    gui_scripts = (ROOT / "pyproject.toml").read_text().split("[project.gui-scripts]")[1]
    assert f'\n{section["Exec"].split()[0]} = "followup_desktop.app:main"' in gui_scripts
    assert section["Terminal"] == "false"


def test_metainfo_matches_the_app():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == DESKTOP_FILE.name
    releases = [release.get("version") for release in root.iter("release")]
    assert releases and releases[0] == __version__, "add this version to <releases>"


VALIDATORS = {
    "desktop-file-validate": ["desktop-file-validate", str(DESKTOP_FILE)],
    "appstreamcli": ["appstreamcli", "validate", "--no-net", str(METAINFO)],
}


@pytest.mark.parametrize("tool", sorted(VALIDATORS))
def test_freedesktop_validators_accept_the_files(tool):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils / appstream)")
    result = subprocess.run(VALIDATORS[tool], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_windows_version_resource_text():
    """PyInstaller eval()s this text with its version-info classes (on Windows only); here
    stand-ins record what it would build."""
    spec = importlib.util.spec_from_file_location(
        "windows_version", ROOT / "packaging" / "windows_version.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert module.version_tuple("0.4rc1") == (0, 4, 0, 0)
    assert module.version_tuple("2.0.1.dev3") == (2, 0, 1, 0)

    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable"]
    names += ["StringStruct", "VarFileInfo", "VarStruct"]
    text = module.version_file_text(__version__, APP_NAME, "Org", "followup-desktop")
    info = eval(text, {name: record(name) for name in names})
    fixed = info[2]["ffi"]
    assert fixed[2]["filevers"] == module.version_tuple(__version__)
    table = info[2]["kids"][0][1][0][0]
    strings = {key: value for _, (key, value), _ in table[1][1]}
    assert strings["FileDescription"] == APP_NAME
    assert strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "followup-desktop.exe"
