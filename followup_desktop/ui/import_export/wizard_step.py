"""What every page of File → Import contacts… starts with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWizardPage

if TYPE_CHECKING:
    from .import_wizard import ImportWizard


class WizardStep(QWizardPage):
    """A page of the import wizard with its title (and subtitle); ``_wizard`` is the
    page's wizard(), typed, with the steps the pages call."""

    def __init__(self, wizard: ImportWizard, title: str, subtitle: str = "") -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
