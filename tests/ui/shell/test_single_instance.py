"""One window per data folder; a stale lock from a crashed run does not block the next start."""

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from followup_desktop.paths import instance_lock_path, running_window_pid
from followup_desktop.ui.shell.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[3]


@contextmanager
def _first_start(data_dir, then: str) -> Iterator[subprocess.Popen]:
    """Another process that takes the data folder's lock, prints "locked", then runs
    ``then`` (Python, with ``app``, ``inst`` and ``sys`` at hand); killed on the way out."""
    code = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        from followup_desktop.ui.shell.single_instance import SingleInstance
        inst = SingleInstance({str(data_dir)!r})
        print("locked" if inst.acquire() else "failed", flush=True)
        """
    ) + textwrap.dedent(then)
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.stdin.close()
        child.stdout.close()


def test_second_start_asks_the_first_to_come_to_the_front(qtbot, data_dir):
    data_dir.mkdir()
    first = SingleInstance(data_dir)
    assert first.acquire()
    first.listen()
    second = SingleInstance(data_dir)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert second.notify_running()
        assert running_window_pid(data_dir) == os.getpid()
    finally:
        first.release()
    assert running_window_pid(data_dir) is None
    assert second.acquire()  # free again once the first has gone
    second.release()


def test_a_second_start_reaches_a_first_one_still_opening(qapp, data_dir):
    """The first start listens only once its window is up; a second start waits for it."""
    data_dir.mkdir()
    with _first_start(
        data_dir,
        """
        sys.stdin.readline()  # "window up": only now does it answer
        inst.activation_requested.connect(lambda: (print("activated", flush=True), app.quit()))
        inst.listen()
        app.exec()
        """,
    ) as child:
        assert child.stdout.readline().strip() == "locked"
        second = SingleInstance(data_dir)
        assert not second.acquire()
        assert not second.notify_running(timeout_ms=300)  # not answering yet: gives up
        child.stdin.write("up\n")
        child.stdin.flush()
        assert second.notify_running(timeout_ms=10_000)
        assert child.stdout.readline().strip() == "activated"
        assert child.wait(timeout=10) == 0


def test_other_data_folders_are_independent(qapp, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    assert server_name(a) != server_name(b)
    first, other = SingleInstance(a), SingleInstance(b)
    try:
        assert first.acquire() and other.acquire()
    finally:
        first.release()
        other.release()


def test_a_stale_lock_from_a_killed_run_does_not_block(qapp, data_dir):
    data_dir.mkdir()
    with _first_start(data_dir, "sys.stdin.read()\n") as child:
        assert child.stdout.readline().strip() == "locked"
        assert not SingleInstance(data_dir).acquire()  # alive: really held
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert instance_lock_path(data_dir).exists()  # the crashed run left its lock behind
    assert running_window_pid(data_dir) is None
    after = SingleInstance(data_dir)
    assert after.acquire()
    after.release()


WAIT = 60_000  # ms: a cold start of a second Python process on a busy machine


def test_starting_the_app_twice_keeps_one_window(qtbot, data_dir):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir)]
    log = data_dir / "logs" / "followup-desktop.log"
    first = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        # Another process's files: there is no signal to wait on, so pytest-qt polls.
        qtbot.waitUntil(lambda: log.exists() and "started" in log.read_text(), timeout=WAIT)
        qtbot.waitUntil(lambda: running_window_pid(data_dir) == first.pid, timeout=WAIT)
        # Once the window is up, today's backup is taken in the background.
        qtbot.waitUntil(lambda: any((data_dir / "backups").glob("*.sqlite3")), timeout=WAIT)
        second = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        qtbot.waitUntil(lambda: "brought the window to the front" in log.read_text(), timeout=WAIT)
        assert first.poll() is None  # the first window is still running
    finally:
        first.terminate()
        first.wait(timeout=10)
        first.stderr.close()
