"""The follow-up dialogs' message colours: a problem that stops Save (red), and a
warning (amber; every warning also starts with a ⚠ sign). The colours themselves come
from ``kit.contrast.tone``: readable (WCAG AA) on the palette in use, light or dark."""

from ..kit.contrast import CAUTION, WARNING

WARN = CAUTION
ERROR = WARNING
