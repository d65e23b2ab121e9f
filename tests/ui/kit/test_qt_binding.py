"""The Qt binding itself must not corrupt the interpreter (see the pin in pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QPen


def test_void_methods_keep_none_alive():
    pen, obj, point = QPen(), QObject(), QPointF()
    before = sys.getrefcount(None)
    for _ in range(500):
        pen.setWidthF(1.0)
        obj.setObjectName("x")
        point.setX(1.0)
    # A binding that forgets to take a reference to None loses 1,500 here and
    # aborts the app after a few thousand paint calls.
    assert sys.getrefcount(None) - before > -100
