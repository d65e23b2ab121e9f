"""One window per data folder: a second start brings the running window to the front.

The running app holds a QLockFile in the data folder (a lock left by a crashed
run names a dead process and is taken over) and, once its window is up, listens
on a QLocalServer whose name is a hash of the data folder. A second start that
cannot take the lock connects to that server (waiting a little for a first
start that is still opening), asks for the window, and exits.

The lock is all a start needs before its window shows; QtNetwork loads when the
server starts (``listen``), after the first screen, or in a second start.
"""

from __future__ import annotations

import os
import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from ...paths import instance_lock_path

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QWidget

MESSAGE = b"activate\n"


def server_name(data_dir: Path) -> str:
    import hashlib

    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"followup-desktop-{user}-{digest}"


class SingleInstance(QObject):
    """``acquire()`` in the first start; ``notify_running()`` in any later one."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.lock = QLockFile(str(instance_lock_path(Path(data_dir))))
        # Never stale by age (a window may stay open for weeks); a dead owner is detected.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []

    @cached_property
    def name(self) -> str:
        """The local server's name (needed only to listen or to reach the first start)."""
        return server_name(self.data_dir)

    def acquire(self) -> bool:
        """Take the data folder; False when a live window already has it."""
        if not self.lock.tryLock(0):
            return False
        if os.name == "posix":
            try:  # it names this process and computer: the user's only
                os.chmod(instance_lock_path(self.data_dir), 0o600)
            except OSError:
                pass
        return True

    def listen(self) -> None:
        """Answer later starts (after ``acquire``); the app calls it once its window is up."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return
        QLocalServer.removeServer(self.name)  # a socket file left by a crashed run
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)

    def notify_running(self, timeout_ms: int = 3000) -> bool:
        """Ask the running window to come to the front; True when it was reached.

        The first start listens only once its window is up, so a start made while
        it is still opening tries again until ``timeout_ms`` has passed.
        """
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
                break
            if time.monotonic() >= deadline:
                return False
            # Another process is starting; there is nothing in this one to wait on.
            from PySide6.QtCore import QThread

            QThread.msleep(50)
        socket.write(MESSAGE)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._sockets.append(socket)
            socket.readyRead.connect(self._read_all)
            socket.disconnected.connect(self._forget_closed)
        self._read_all()

    def _read_all(self) -> None:
        for socket in list(self._sockets):
            if socket.bytesAvailable() and bytes(socket.readAll().data()).startswith(
                MESSAGE.strip()
            ):
                self.activation_requested.emit()

    def _forget_closed(self) -> None:
        self._read_all()  # a message may arrive together with the disconnect
        for socket in list(self._sockets):
            if socket.state() == socket.LocalSocketState.UnconnectedState:
                self._sockets.remove(socket)
                socket.deleteLater()

    def release(self) -> None:
        for socket in self._sockets:
            socket.readyRead.disconnect(self._read_all)
            socket.disconnected.disconnect(self._forget_closed)
            socket.abort()
        self._sockets.clear()
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def bring_to_front(window: QWidget) -> None:
    import logging

    logging.getLogger("followup_desktop").info("A second start brought the window to the front")
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def claim(data_dir: Path) -> SingleInstance | None:
    """This start's hold on ``data_dir``; None when another window has it (now in front)."""
    instance = SingleInstance(data_dir)
    try:
        Path(data_dir).mkdir(parents=True, exist_ok=True)
    except OSError:
        return instance  # the start-up check explains an unusable folder
    if instance.acquire():
        return instance
    if instance.lock.error() != QLockFile.LockError.LockFailedError:
        # Not another window: the lock file cannot be written (a read-only data folder,
        # a full disk). The start-up check that follows says which, in words.
        return instance
    if instance.notify_running():
        return None
    # Only here: the first use of QMessageBox makes PySide build all its enums (~1 ms).
    from PySide6.QtWidgets import QMessageBox

    from ... import APP_NAME
    from ...i18n import translator

    _ = translator(__name__)
    QMessageBox.information(
        None,
        APP_NAME,
        _(
            "{app} is already open on the data folder {folder}, but it does not answer. "
            "Close it (or wait until it responds) and start again."
        ).format(app=APP_NAME, folder=data_dir),
    )
    return None
