"""Hjälp → Om vonapp."""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vonapp import __version__


def _tr(text: str) -> str:
    return QCoreApplication.translate("about", text)


def about_text(database_path: Path | None) -> str:
    where = str(database_path) if database_path is not None else "–"
    return (
        f"<h3>vonapp {__version__}</h3>"
        + "<p>" + _tr("Bemanning, budget i timmar, beläggning och uppföljning för enhetschefer i vård och omsorg.")
        + "</p><p>" + _tr("Allt sparas i en databasfil på din dator; inget skickas över nätet. En säkerhetskopia "
                          "tas före varje import och högst en gång om dagen när programmet startar.")
        + f"</p><p>{_tr('Version')} {__version__}<br>{_tr('Databas:')} {where}<br>"
        + f"{_tr('Qt för Python')} {pyside_version}</p><p>"
        + _tr("Kortkommandon: F1 handboken, Ctrl+I importera, Ctrl+E exportera, Ctrl+B säkerhetskopiera, "
              "Alt+Vänster/Höger byt period, Ctrl+1–7 byt vy.") + "</p>"
    )


def show_about(parent: QWidget, database_path: Path | None) -> None:
    QMessageBox.about(parent, parent.tr("Om vonapp"), about_text(database_path))
