"""The release artefacts: the sdist and wheel carry every module and resource, and the
wheel installed (not editable) into a fresh virtual environment starts the app.

The wheel is built the way a release is (`python -m build`: sdist first, then the wheel
from the unpacked sdist), so a file missing from either shows up here. The temporary
venv gets the app only from the wheel; its third-party dependencies (PySide6 & co.) come
from this test run's own site-packages through a .pth file, so nothing big is downloaded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import followup_desktop

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def _source_files(top: Path) -> list[Path]:
    """Files a release must carry from `top` (no caches, no bytecode)."""
    return sorted(
        path.relative_to(top)
        for path in top.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


def _run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, (
        f"{' '.join(map(str, cmd))} failed ({result.returncode}):\n"
        f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )
    return result


# What a clean clone holds at the top; build output, venvs and caches stay behind.
TOP_LEVEL = {"pyproject.toml", "README.md", "MANIFEST.in", "Makefile", "LICENSE", ".ci"}
TOP_LEVEL |= {"followup_desktop", "resources", "packaging", "tests", "docs"}


def _clean_copy(dest: Path) -> Path:
    """The checkout as a fresh clone would have it: a stale *.egg-info/SOURCES.txt in a
    working tree makes setuptools ship files the configuration forgot."""

    def ignore(directory: str, names: list[str]) -> set[str]:
        junk = {n for n in names if n == "__pycache__" or n.endswith((".pyc", ".egg-info"))}
        if Path(directory) == ROOT:
            junk |= {n for n in names if n not in TOP_LEVEL}
        if Path(directory) == ROOT / "packaging":
            junk |= {"build", "dist"} & set(names)
        return junk

    shutil.copytree(ROOT, dest, ignore=ignore)
    return dest


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    tree = _clean_copy(tmp_path_factory.mktemp("src") / "followup-desktop")
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", str(out), str(tree)], cwd=out)
    (wheel,) = out.glob("followup_desktop-*.whl")
    (sdist,) = out.glob("followup_desktop-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist, "tree": tree}


def test_wheel_carries_every_module_and_resource(dists):
    tree = dists["tree"]
    names = set(zipfile.ZipFile(dists["wheel"]).namelist())
    missing = [
        f"followup_desktop/{rel.as_posix()}"
        for rel in _source_files(tree / "followup_desktop")
        if f"followup_desktop/{rel.as_posix()}" not in names
    ]
    # A sub-package forgotten in [tool.setuptools] packages shows up here.
    assert not missing, f"not in the wheel (add the package to pyproject.toml): {missing}"
    missing = [
        f"resources/{rel.as_posix()}"
        for rel in _source_files(tree / "resources")
        if f"followup_desktop/resources/{rel.as_posix()}" not in names
    ]
    assert not missing, f"resources not in the wheel: {missing}"
    assert "followup_desktop/resources/icons/app.svg" in names
    assert not [n for n in names if n.endswith(".pyc") or "__pycache__" in n]
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(dists["wheel"]).read(entry_points).decode()
    assert "followup-desktop = followup_desktop.app:main" in text


def test_sdist_carries_sources_resources_tests_and_packaging(dists):
    with tarfile.open(dists["sdist"]) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    tree = dists["tree"]
    expected = {"pyproject.toml", "README.md", "Makefile", "MANIFEST.in"}
    for top in ("followup_desktop", "resources", "packaging"):
        expected |= {f"{top}/{rel.as_posix()}" for rel in _source_files(tree / top)}
    assert "tests/test_packaging.py" in names
    missing = sorted(expected - names)
    assert not missing, f"not in the sdist (see MANIFEST.in): {missing}"


def _site_packages() -> list[str]:
    """This interpreter's third-party dirs, never the checkout itself."""
    return [
        entry
        for entry in sys.path
        if entry
        and Path(entry).name in ("site-packages", "dist-packages")
        and Path(entry).is_dir()
        and Path(entry).resolve() != ROOT
    ]


@pytest.fixture(scope="module")
def installed(dists, tmp_path_factory) -> dict[str, Path]:
    """A fresh venv with the wheel installed (not editable)."""
    base = tmp_path_factory.mktemp("venv")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=base)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    purelib = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        cwd=base,
        env=_clean_env(base),
    ).stdout.strip()
    # Plain path lines: the test venv's own .pth files (e.g. an editable install of this
    # checkout) are NOT processed, so the app can only come from the wheel.
    (Path(purelib) / "zz_test_run_deps.pth").write_text("\n".join(_site_packages()) + "\n")
    # --no-index: the dependencies must already be satisfied through the .pth file.
    _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-index"]
        + ["--disable-pip-version-check", "--quiet", str(dists["wheel"])],
        cwd=base,
        env=_clean_env(base),
    )
    return {"base": base, "venv": venv, "python": python, "bin": bindir}


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        FOLLOWUP_DATA_DIR=str(home / "data"),
        HOME=str(home / "home"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
    )
    return env


def test_installed_app_comes_from_the_wheel(installed):
    base = installed["base"]
    probe = (
        "import followup_desktop, followup_desktop.ui.kit.resources as r;"
        "print(followup_desktop.__file__); print(r.icon_path('app'));"
        "print(r.icon_path('app').is_file())"
    )
    out = _run([str(installed["python"]), "-c", probe], cwd=base, env=_clean_env(base))
    module_file, icon, exists = out.stdout.split("\n")[:3]
    venv = installed["venv"].resolve()
    assert Path(module_file).resolve().is_relative_to(venv), module_file
    assert Path(icon).resolve().is_relative_to(venv), icon
    assert exists == "True"
    assert not Path(module_file).resolve().is_relative_to(ROOT)


def test_installed_console_script_reports_the_version(installed):
    base = installed["base"]
    script = installed["bin"] / "followup-desktop-cli"
    out = _run([str(script), "--version"], cwd=base, env=_clean_env(base))
    assert followup_desktop.__version__ in out.stdout


def test_installed_app_takes_a_screenshot(installed):
    from PySide6.QtGui import QImage

    base = installed["base"]
    shot = base / "out.png"
    _run(
        [str(installed["bin"] / "followup-desktop"), "--screenshot", str(shot)],
        cwd=base,
        env=_clean_env(base),
    )
    assert shot.is_file()
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 400 and image.height() >= 300
    # A real picture of the window, not a blank rectangle.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 2
    assert (base / "data").is_dir(), "the app should have made its database in FOLLOWUP_DATA_DIR"
