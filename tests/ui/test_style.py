"""The shipped style sheet (resources/style/vonapp.qss): found, applied, and in step with the code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from vonapp.assets import resource
from vonapp.ui.app import make_app
from vonapp.ui.style import set_role

UI = Path(__file__).resolve().parents[2] / "vonapp" / "ui"


def _roles_in_code() -> set[str]:
    roles = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "set_role" and len(node.args) == 2
                    and isinstance(node.args[1], ast.Constant) and node.args[1].value):
                roles.add(node.args[1].value)
    return roles


def test_every_role_the_code_names_has_a_rule_and_no_rule_is_left_over():
    sheet = resource("style", "vonapp.qss").read_text(encoding="utf-8")
    in_sheet = set(re.findall(r'\[role="([^"]+)"\]', sheet))
    used = _roles_in_code()
    assert used, "the pages name their labels' roles"
    assert used - in_sheet == set(), "a role without a rule shows as a plain label"
    assert in_sheet - used == set(), "a rule no widget uses"


def test_the_application_applies_the_sheet_to_a_heading_and_follows_a_changed_role(qtbot):
    app = make_app()
    assert "QLabel[role=\"page-heading\"]" in app.styleSheet()
    parent = QWidget()
    qtbot.addWidget(parent)
    heading = set_role(QLabel("Översikt", parent), "page-heading")
    plain = QLabel("Text", parent)
    parent.show()
    qtbot.waitExposed(parent)
    # The sheet's rule: font-size 14pt; font-weight: bold.
    assert heading.font().pointSizeF() == 14
    assert heading.font().bold()
    assert not plain.font().bold()
    # A role given after the label was shown takes effect at once (the import dialog's column note).
    set_role(plain, "attention")
    assert plain.font().bold()
    set_role(plain, "")
    assert not plain.font().bold()


def test_the_navigation_items_have_the_sheets_padding_in_the_shown_window(window):
    """The areas on the left are laid out before the window shows; they must already have the padding."""
    navigation = window.navigation
    line = navigation.fontMetrics().height()
    tops = [navigation.visualItemRect(navigation.item(i)).top() for i in range(navigation.count())]
    steps = {b - a for a, b in zip(tops, tops[1:], strict=False)}
    # padding: 7px above and below each item → every step is at least a line and 14 px.
    assert len(steps) == 1 and steps.pop() >= line + 14, tops
