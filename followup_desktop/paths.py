"""Where the data lives. Qt-free, so the CLI and the GUI agree without Qt."""

from __future__ import annotations

import os
from pathlib import Path

from . import APP_ID

ENV_DATA_DIR = "FOLLOWUP_DATA_DIR"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then $FOLLOWUP_DATA_DIR, then the platform's data dir."""
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().absolute()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    from .store.database import DB_FILENAME

    return data_dir / DB_FILENAME
