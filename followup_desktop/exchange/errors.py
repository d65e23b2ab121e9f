"""Errors for files coming in or going out, each a sentence a person understands.

They subclass ``StoreError`` so the CLI and the GUI already show them as one line
(never a traceback), like every other error a person can cause.
"""

from __future__ import annotations

from ..store.errors import StoreError


class ImportFileError(StoreError):
    """The whole file cannot be read as contacts (binary, empty, unknown encoding, ...)."""


class ExportError(StoreError):
    """The export file could not be written; nothing was left half-written."""
