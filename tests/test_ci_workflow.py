"""The CI workflow (.github/workflows/ci.yml) as GitHub reads it: every platform and supported
Python, the same steps as `make test`, and the Linux packages the window needs."""

from pathlib import Path

import pytest
import yaml

from followup_desktop import dev, preflight

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def workflow():
    return yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())


def _steps(job):
    return " \n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"])


def test_every_platform_and_supported_python_is_tested(workflow):
    matrix = workflow["jobs"]["test"]["strategy"]["matrix"]
    systems = {name.split("-")[0] for name in matrix["os"]}
    assert systems == {"ubuntu", "windows", "macos"}
    lowest = (ROOT / "pyproject.toml").read_text().split('requires-python = ">=')[1][:4]
    assert matrix["python"][0] == lowest
    minors = [int(v.split(".")[1]) for v in matrix["python"]]
    assert minors == list(range(minors[0], minors[0] + len(minors)))  # no version skipped
    steps = _steps(workflow["jobs"]["test"])
    assert "make test" in steps and "python -m followup_desktop.dev test" in steps


def test_every_platform_builds_and_uploads_its_bundle(workflow):
    job = workflow["jobs"]["bundle"]
    systems = {entry["os"].split("-")[0] for entry in job["strategy"]["matrix"]["include"]}
    assert systems == {"ubuntu", "windows", "macos"}
    steps = _steps(job)
    assert "make dist" in steps and "python -m followup_desktop.dev dist" in steps
    assert "actions/upload-artifact" in steps


def test_the_linux_jobs_install_every_package_the_xcb_plugin_needs(workflow):
    plugin = next(
        (d / "libqxcb.so" for d in preflight.qt_plugin_dirs() if (d / "libqxcb.so").exists()),
        None,
    )
    if plugin is None:
        pytest.skip("this PySide6 has no xcb plugin")
    needed = preflight.missing_libraries(plugin, ["/nonexistent"])
    debian = {preflight.PACKAGES[lib][0] for lib in needed if lib in preflight.PACKAGES}
    assert "libxcb-cursor0" in debian
    listed = set(workflow["env"]["QT_XCB_PACKAGES"].split())
    assert debian <= listed, sorted(debian - listed)


def test_dev_test_runs_what_make_test_runs(monkeypatch):
    ran = []
    monkeypatch.setattr(dev, "ensure_venv", lambda extra: ran.append(("venv", extra)))
    monkeypatch.setattr(dev, "sh", lambda *args, env=None: ran.append(args))
    dev.test(["-q", "tests/test_preflight.py"])
    names = [Path(args[0]).stem if args[0] != "venv" else "venv" for args in ran]
    assert names == ["venv", "ruff", "ruff", "lint-imports", "python", "vulture", "python"]
    assert ran[4][1:] == ("-m", "mypy")
    assert ran[-1][1:] == ("-m", "pytest", "-q", "tests/test_preflight.py")
    recipe = (ROOT / "Makefile").read_text().split("\ntest:")[1].split("\n\n")[0]
    for command in (
        "ruff check",
        "ruff format --check",
        "lint-imports --no-cache",
        "python -m mypy",
        "vulture followup_desktop",
        "pytest",
    ):
        assert command in recipe


def test_dev_without_a_command_shows_its_use(capsys):
    assert dev.main([]) == 2
    assert "python -m followup_desktop.dev test" in capsys.readouterr().err
