"""Hjälp → Handbok (F1) and Visa → Språk, added beside the menus of vonapp.ui.actions."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from vonapp.ui.dialogs.handbook import open_handbook
from vonapp.ui.i18n import LANGUAGES
from vonapp.ui.settings import AppSettings


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title.replace("&", ""):
            return action.menu()
    return None


def add_help_and_language(window: QMainWindow, settings: AppSettings, about: QAction) -> dict[str, QAction]:
    """The Handbok action (F1; Om vonapp keeps the menu) and one checkable action per language."""
    tr = window.tr
    handbook = QAction(tr("&Handbok"), window)
    handbook.setShortcut(QKeySequence("F1"))
    handbook.setStatusTip(tr("Läs handboken: begreppen, import, uppföljningsfilen och var data finns"))
    handbook.triggered.connect(lambda: open_handbook(window))
    about.setShortcuts([])
    window.addAction(handbook)
    if (hjalp := _menu(window, tr("&Hjälp"))) is not None:
        hjalp.insertAction(about, handbook)
        hjalp.insertSeparator(about)
    actions = {"handbook": handbook}
    if (visa := _menu(window, tr("&Visa"))) is not None:
        sprak = visa.addMenu(tr("&Språk"))
        group = QActionGroup(window)
        system = QAction(tr("Som datorn"), window, checkable=True)
        system.setData("")
        for action in [system, *[QAction(name, window, checkable=True) for name in LANGUAGES.values()]]:
            if action is not system:
                action.setData(next(k for k, v in LANGUAGES.items() if v == action.text()))
            group.addAction(action)
            sprak.addAction(action)
            action.setChecked(action.data() == settings.language)
            actions[f"language_{action.data() or 'system'}"] = action

        def chosen(action: QAction) -> None:
            if action.data() == settings.language:
                return
            settings.language = action.data()
            settings.sync()
            # Said in the language shown now and in both languages, whichever the user reads.
            lines = (tr("Språket byts nästa gång du startar vonapp."), "Språket byts nästa gång du startar vonapp.",
                     "The language changes the next time you start vonapp.")
            QMessageBox.information(window, "vonapp", "\n".join(dict.fromkeys(lines)))

        group.triggered.connect(chosen)
    return actions
