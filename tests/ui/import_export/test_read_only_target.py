"""Issue 17, item 8 in the window: a read-only target is replaced only after a Yes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from followup_desktop.ui.kit.targets import may_replace


def test_only_a_read_only_file_is_asked_about(qapp, tmp_path, monkeypatch):
    asked = []

    def answer(parent, title, text, buttons, default):
        asked.append(text)
        assert default == QMessageBox.StandardButton.Cancel  # Enter keeps the file
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    new = tmp_path / "new.ics"
    assert may_replace(None, new, "Export") is None
    plain = tmp_path / "plain.ics"
    plain.write_text("x")
    assert may_replace(None, plain, "Export") is None
    locked = tmp_path / "locked.ics"
    locked.write_text("x")
    locked.chmod(0o444)
    assert may_replace(None, locked, "Export") is True
    assert asked == [f"{locked} is read-only.\n\nReplace it anyway?"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    assert may_replace(None, locked, "Export") is False
