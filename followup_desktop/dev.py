"""Developer commands that work alike on Windows, macOS and Linux (where `make` may be missing):

    python -m followup_desktop.dev test [PYTEST ARGS...]   what `make test` does
    python -m followup_desktop.dev dist                    this platform's bundle, started, packed

Run them from the repository with any Python 3.10+. Like the Makefile they make ``.venv``
with that Python when it is missing and install what they need into it once (the same
stamp files as the Makefile, so both share the environment). Standard library only: this
runs before any dependency is installed.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
EXE = ".exe" if WINDOWS else ""


def tool(name: str) -> str:
    return str(BIN / f"{name}{EXE}")


def sh(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> None:
    print("+", " ".join(args), flush=True)
    done = subprocess.run(args, cwd=cwd, env={**os.environ, **(env or {})})
    if done.returncode:
        raise SystemExit(done.returncode)


def ensure_venv(extra: str) -> None:
    """``.venv`` with the package installed editable with ``extra`` (test or dist)."""
    python = tool("python")
    if not Path(python).exists():
        sh(sys.executable, "-m", "venv", str(VENV))
        sh(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    stamp = VENV / f".installed-{extra}"
    pyproject = ROOT / "pyproject.toml"
    if not stamp.exists() or stamp.stat().st_mtime < pyproject.stat().st_mtime:
        sh(python, "-m", "pip", "install", "--quiet", "-e", f".[{extra}]")
        stamp.touch()
        (VENV / ".installed-run").touch()


def test(pytest_args: list[str]) -> None:
    """ruff, ruff format --check, the import contracts, mypy, vulture and pytest, all
    headless (the same steps as `make test`)."""
    ensure_venv("test")
    headless = {"QT_QPA_PLATFORM": "offscreen"}
    sh(tool("ruff"), "check", "--quiet", ".")
    sh(tool("ruff"), "format", "--check", "--quiet", ".")
    sh(tool("lint-imports"), "--no-cache", env=headless)
    sh(tool("python"), "-m", "mypy")
    sh(tool("vulture"), "followup_desktop", "--min-confidence", "80")
    sh(tool("python"), "-m", "pytest", *pytest_args, env=headless)


def _version() -> str:
    namespace: dict[str, str] = {}
    init = (ROOT / "followup_desktop" / "__init__.py").read_text(encoding="utf-8")
    exec(compile(init, "__init__.py", "exec"), namespace)
    return namespace["__version__"]


def _machine() -> str:
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(
        platform.machine().lower(), platform.machine().lower()
    )


def check_bundle(bundle: Path, out: Path) -> None:
    """Start the bundle as a user would (what packaging/check_bundle.sh does on Linux)."""
    if sys.platform.startswith("linux"):
        sh("sh", "packaging/check_bundle.sh", str(bundle), str(out))
        return
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    cli = str(bundle / f"followup-desktop-cli{EXE}")
    gui = str(bundle / f"followup-desktop{EXE}")
    data = ["--data-dir", str(out / "data")]
    steps = {
        "version": [cli, "--version"],
        "demo": [cli, *data, "demo", "--contacts", "300"],
        "window": [gui, *data, "--screenshot", str(out / "screenshot.png")],
        "export-vcard": [
            cli,
            *data,
            "export-contacts",
            "--format",
            "vcf",
            "--out",
            str(out / "c.vcf"),
        ],
        "jogger": [cli, *data, "jogger", "--pdf", str(out / "jogger.pdf")],
    }
    for name, args in steps.items():
        done = subprocess.run(
            args, capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        )
        complaint = [
            line
            for line in (done.stderr or "").splitlines()
            if any(w in line.lower() for w in ("cannot", "could not", "error", "traceback"))
        ]
        if done.returncode or complaint:
            print(done.stdout, done.stderr, sep="\n", file=sys.stderr)
            raise SystemExit(f"check_bundle: '{name}' failed")
        print(f"ok  {name}", flush=True)
    for name in ("screenshot.png", "c.vcf", "jogger.pdf"):
        if not (out / name).is_file() or not (out / name).stat().st_size:
            raise SystemExit(f"check_bundle: {out / name} is missing or empty")


def dist() -> Path:
    """Wheel, sdist and this platform's bundle; the bundle is started, then packed."""
    ensure_venv("dist")
    for folder in ("build/pyinstaller", "build/bundle-check"):
        shutil.rmtree(ROOT / folder, ignore_errors=True)
    shutil.rmtree(ROOT / "dist", ignore_errors=True)
    sh(tool("python"), "-m", "build", "--outdir", "dist", ".")
    sh(
        tool("pyinstaller"),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        "dist",
        "--workpath",
        "build/pyinstaller",
        "packaging/followup-desktop.spec",
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    bundle = ROOT / "dist" / "followup-desktop"
    check_bundle(bundle, ROOT / "build" / "bundle-check")
    stem = f"followup-desktop-{_version()}"
    if sys.platform == "darwin":
        app = ROOT / "dist" / "Follow-up Desktop.app"
        packed = ROOT / "dist" / f"{stem}-macos-{_machine()}.dmg"
        sh(
            "hdiutil", "create", "-volname", "Follow-up Desktop", "-srcfolder", str(app),
            "-ov", "-format", "UDZO", str(packed),
        )  # fmt: skip
    elif WINDOWS:
        base = ROOT / "dist" / f"{stem}-windows-{_machine()}"
        packed = Path(shutil.make_archive(str(base), "zip", ROOT / "dist", "followup-desktop"))
    else:
        base = ROOT / "dist" / f"{stem}-linux-{_machine()}"
        packed = Path(shutil.make_archive(str(base), "gztar", ROOT / "dist", "followup-desktop"))
    print(f"packed: {packed}")
    return packed


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in ("test", "dist"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    if args[0] == "test":
        test(args[1:])
    else:
        dist()
    return 0


if __name__ == "__main__":
    sys.exit(main())
