"""Starting the window: the application object, the first-start welcome, opening the database."""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from vonapp.store.errors import StoreError
from vonapp.ui.dialogs.welcome import DEMO, WelcomeDialog
from vonapp.ui.settings import AppSettings

if TYPE_CHECKING:  # the heavy modules (pandas, SQLAlchemy, pyqtgraph) load in start(), two at a time
    from vonapp.store.database import Database
    from vonapp.ui.main_window import MainWindow

EXIT_BAD_INPUT = 2


def make_app() -> QApplication:
    """The one QApplication: names for QSettings, Swedish locale and Qt's own Swedish texts."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("vonapp")
    app.setApplicationName("vonapp")
    app.setApplicationDisplayName("vonapp")
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    if not app.property("vonapp_ready"):
        app.setStyle("Fusion")
        app.setWindowIcon(_icon())
        translator = QTranslator(app)
        # Qt's own buttons (Ja/Nej, Avbryt) and file dialogs in Swedish.
        if translator.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(translator)
        app.setProperty("vonapp_ready", True)
    return app


def _icon() -> QIcon:
    """A small drawn icon (a blue tile with a white v), so no image file has to ship."""
    icon = QIcon()
    for size in (16, 32, 64, 128):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#0072B2"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(0, 0, size, size, size / 5, size / 5)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.8))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "v")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _error(parent: QWidget | None, text: str) -> None:
    QMessageBox.critical(parent, "vonapp", text)


def _check_damage(path: Path) -> None:
    """A failed quick check on start: offer the newest good backup before the file is opened."""
    from vonapp.store.backup import newest_good_backup, restore
    from vonapp.store.database import open_database

    good = newest_good_backup(path)
    if good is None:
        _error(None, QApplication.translate("app", "Databasen {0} verkar vara skadad och det finns ingen hel "
                                                   "säkerhetskopia. vonapp försöker öppna den ändå; kör "
                                                   "`vonapp check` för detaljer.").format(path))
        return
    answer = QMessageBox.question(
        None, "vonapp",
        QApplication.translate("app", "Databasen {0} verkar vara skadad.\n\nVill du återställa den senaste hela "
                                      "säkerhetskopian ({1})? Den skadade filen sparas först som en egen "
                                      "säkerhetskopia.").format(path.name, good.name))
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        database = open_database(path, create=False, migrate=False)
        try:
            restore(database, good)
        finally:
            database.close()
    except (StoreError, sqlite3.Error, OSError) as exc:
        _error(None, QApplication.translate("app", "Återställningen misslyckades ({0}). Databasen är oförändrad; "
                                                   "återställ med Arkiv → Återställ… när programmet är "
                                                   "öppet.").format(exc))


def _open_in_background(db: str | None, path: Path | None, settings: AppSettings) -> tuple[threading.Event, dict]:
    """Check, open and load the first view on a thread while the GUI thread builds the window."""
    saved_unit, saved_period = settings.unit, settings.period
    box: dict = {}
    ready = threading.Event()

    def opening() -> None:
        try:
            from vonapp.store.backup import quick_check
            from vonapp.store.database import open_database

            if path is not None and path.exists() and not quick_check(path):
                box["damaged"] = True
                return
            box["database"] = open_database(db, create=True)
            from vonapp.ui.first_view import load_first_view

            box["first"] = load_first_view(box["database"], saved_unit, saved_period)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            box["error"] = exc
        finally:
            ready.set()

    threading.Thread(target=opening, name="vonapp-open", daemon=True).start()
    return ready, box


def start(db: str | None = None, *, settings: AppSettings | None = None) -> MainWindow | int:
    """Open the database (welcome dialog on a first start) and show the window; an int is an exit code."""
    make_app()
    from vonapp.store.database import resolve_target

    try:
        _url, path = resolve_target(db)
    except StoreError as exc:
        _error(None, str(exc))
        return EXIT_BAD_INPUT
    choice = None
    if path is not None and not path.exists():
        welcome = WelcomeDialog()
        if welcome.exec() != QDialog.DialogCode.Accepted:
            return 0
        choice = welcome.choice
    settings = settings or AppSettings()
    ready, box = _open_in_background(db, path, settings)
    from vonapp.ui.main_window import MainWindow

    window = MainWindow(settings=settings)
    ready.wait()
    try:
        if box.get("damaged"):
            _check_damage(path)
            from vonapp.store.database import open_database

            box["database"] = open_database(db, create=True)
        elif "error" in box:
            raise box["error"]
    except StoreError as exc:  # DatabaseLocked names the computer and process that hold it
        window.discard()
        _error(None, str(exc))
        return EXIT_BAD_INPUT
    database = box["database"]
    window.set_database(database, box.get("first"))
    window.show()
    if choice == DEMO:
        window.commands.build_demo()
    elif database.path is not None:
        _backup_after_first_overview(window, database)
    return window


def _backup_after_first_overview(window: MainWindow, database: Database) -> None:
    """The daily start-up backup, queued once the figures are on screen so it never delays them."""

    from vonapp.store.backup import backup_on_start

    def queue() -> None:
        window.overview_shown.disconnect(queue)
        if window.database is database:
            window.worker.submit(lambda: backup_on_start(database),
                                 lambda _p: window.update_backup_label(),
                                 lambda exc: window.statusBar().showMessage(str(exc), 10_000))

    window.overview_shown.connect(queue)
    if window.shown_key is not None:  # start-up already showed the figures
        queue()


def _install_excepthook() -> None:
    """An error nobody caught becomes a Swedish message, not a traceback (VONAPP_DEBUG shows it)."""
    import os
    import traceback

    from vonapp.ui.messages import error_text

    def hook(kind, value, tb) -> None:  # noqa: ANN001 - sys.excepthook's arguments
        if os.environ.get("VONAPP_DEBUG"):
            traceback.print_exception(kind, value, tb)
        if isinstance(value, KeyboardInterrupt):
            QApplication.quit()
            return
        QMessageBox.warning(QApplication.activeWindow(), "vonapp", error_text(value))

    sys.excepthook = hook


def run(db: str | None = None) -> int:
    """`vonapp` without a command: the window until it is closed."""
    app = make_app()
    _install_excepthook()
    result = start(db)
    if isinstance(result, int):
        return result
    return app.exec()
