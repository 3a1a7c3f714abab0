"""Save a chart (or any widget) as a PNG picture, with the file dialog kept apart for testing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def save_widget_png(widget: QWidget, path: str | Path) -> bool:
    """Render the widget as it looks now into a PNG file; False when the file cannot be written."""
    return widget.grab().save(str(path), "PNG")


def ask_and_save_png(widget: QWidget, suggested_name: str, parent: QWidget | None = None) -> Path | None:
    """Ask for a file name (Swedish dialog) and save the widget there; None when cancelled or failed."""
    tr = QCoreApplication.translate
    name, _ = QFileDialog.getSaveFileName(
        parent or widget, tr("Overview", "Spara bild"), str(Path.home() / suggested_name),
        tr("Overview", "PNG-bild (*.png)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    if save_widget_png(widget, path):
        return path
    QMessageBox.warning(parent or widget, tr("Overview", "Bilden sparades inte"),
                        tr("Overview", "Det gick inte att skriva {0}. Välj en annan mapp eller ett annat "
                           "filnamn.").format(path))
    return None
