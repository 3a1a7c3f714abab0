"""The window's look: resources/style/vonapp.qss, set once on the application.

A widget takes its rule by role (`set_role(label, "hint")` → `QLabel[role="hint"]` in the sheet)
or by object name. Colours that follow the data — a tile's verdict, a shift kind's colour — are
set where the data is known. `set_role` on a widget already shown re-polishes it, so a role may
change with the state (an import column still to be chosen gets "attention").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from vonapp.assets import resource


def stylesheet() -> str:
    """The text of the shipped style sheet."""
    return resource("style", "vonapp.qss").read_text(encoding="utf-8")


def apply_stylesheet(app: QApplication) -> None:
    app.setStyleSheet(stylesheet())


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give `widget` the sheet's rule for `role` ("" for none); returns the widget."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # selectors are read at polish
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)
    return widget
