"""The follow-up dialogs' message colours: a problem that stops Save, and a warning
(amber text; every warning also starts with a ⚠ sign)."""

WARN_STYLE = "color: #8a5300;"
ERROR_STYLE = "color: #b3261e;"
