"""One window per data folder; a stale lock from a crashed run does not block the next start."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from followup_desktop.paths import instance_lock_path, running_window_pid
from followup_desktop.ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]


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
    first_start = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        from followup_desktop.ui.single_instance import SingleInstance
        inst = SingleInstance({str(data_dir)!r})
        print("locked" if inst.acquire() else "failed", flush=True)
        sys.stdin.readline()  # "window up": only now does it answer
        inst.activation_requested.connect(lambda: (print("activated", flush=True), app.quit()))
        inst.listen()
        app.exec()
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", first_start],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout.readline().strip() == "locked"
        second = SingleInstance(data_dir)
        assert not second.acquire()
        assert not second.notify_running(timeout_ms=300)  # not answering yet: gives up
        child.stdin.write("up\n")
        child.stdin.flush()
        assert second.notify_running(timeout_ms=10_000)
        assert child.stdout.readline().strip() == "activated"
        assert child.wait(timeout=10) == 0
    finally:
        if child.poll() is None:
            child.kill()
        child.stdin.close()
        child.stdout.close()


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
    holder = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        from followup_desktop.ui.single_instance import SingleInstance
        inst = SingleInstance({str(data_dir)!r})
        print("locked" if inst.acquire() else "failed", flush=True)
        sys.stdin.read()
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", holder],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout.readline().strip() == "locked"
        assert not SingleInstance(data_dir).acquire()  # alive: really held
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
        child.stdin.close()
        child.stdout.close()
    assert instance_lock_path(data_dir).exists()  # the crashed run left its lock behind
    assert running_window_pid(data_dir) is None
    after = SingleInstance(data_dir)
    assert after.acquire()
    after.release()


def _wait_for(predicate, seconds=60.0):
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)  # polling another process's files; there is no signal to wait on
    return False


def test_starting_the_app_twice_keeps_one_window(data_dir):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir)]
    log = data_dir / "logs" / "followup-desktop.log"
    first = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert _wait_for(lambda: log.exists() and "started" in log.read_text())
        assert _wait_for(lambda: running_window_pid(data_dir) == first.pid)
        # Once the window is up, today's backup is taken in the background.
        assert _wait_for(lambda: any((data_dir / "backups").glob("*.sqlite3")))
        second = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert _wait_for(lambda: "brought the window to the front" in log.read_text())
        assert first.poll() is None  # the first window is still running
    finally:
        first.terminate()
        first.wait(timeout=10)
        first.stderr.close()
