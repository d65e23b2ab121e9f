"""A task still working when the app leaves: its thread is ended, the process does not abort."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

from followup_desktop.ui.kit import background


def test_wait_for_all_ends_every_running_task(qtbot):
    started = threading.Event()

    def work(_progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)

    task = background.Task(work)
    task.start()
    assert started.wait(5)
    background.wait_for_all()
    assert task._thread.isFinished()
    assert task not in background._running


def test_leaving_while_a_task_runs_does_not_abort_the_process(tmp_path):
    # What --screenshot on the Review tab did about one run in three: main() returned
    # while the figures were still being worked out, and Qt aborted on the live thread.
    script = textwrap.dedent(
        """
        import threading
        from PySide6.QtWidgets import QApplication
        from followup_desktop.ui.kit.background import Task

        app = QApplication([])
        started = threading.Event()
        def work(_progress, _cancelled):  # never polls: it must be waited for
            started.set()
            threading.Event().wait(0.3)
            return 1
        task = Task(work)
        task.start()
        started.wait(5)
        print("leaving")
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr
    assert "Destroyed while thread" not in run.stderr
