"""Is the window's process running? Asked without signalling it, on every platform."""

import ctypes
import os
import subprocess
import sys

from followup_desktop import paths


class FakeKernel32:
    """What Windows' kernel32 answers for a running, an exited and a missing process."""

    def __init__(self, processes, last_error=87):
        self.processes = processes  # pid -> exit code (259: still running)
        self.last_error = last_error
        self.closed = []
        self.killed = []

    def OpenProcess(self, access, inherit, pid):
        assert access == 0x1000  # PROCESS_QUERY_LIMITED_INFORMATION: no right to terminate
        return pid + 1000 if pid in self.processes else 0

    def GetExitCodeProcess(self, handle, code):
        code._obj.value = self.processes[handle - 1000]
        return 1

    def CloseHandle(self, handle):
        self.closed.append(handle)

    def GetLastError(self):
        return self.last_error

    def TerminateProcess(self, handle, code):
        self.killed.append(handle)


def test_windows_asks_the_exit_code_and_never_terminates(monkeypatch):
    def no_kill(*args):
        raise AssertionError("os.kill terminates the process on Windows")

    monkeypatch.setattr(os, "kill", no_kill)
    kernel32 = FakeKernel32({10: 259, 11: 0})
    assert paths.process_alive(10, kernel32) is True
    assert paths.process_alive(11, kernel32) is False  # exited
    assert paths.process_alive(12, kernel32) is False  # no such process
    assert kernel32.closed == [1010, 1011] and kernel32.killed == []
    # Another user's process cannot be opened, but it is there.
    assert paths.process_alive(12, FakeKernel32({}, last_error=5)) is True
    assert isinstance(ctypes.c_ulong().value, int)


def test_posix_probe_sees_a_live_and_a_finished_process():
    assert paths.process_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not paths.process_alive(child.pid)
