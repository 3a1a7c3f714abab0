"""Starting the window: the application object, the first-start welcome, opening the database."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from vonapp.store.errors import StoreError
from vonapp.ui.dialogs.welcome import DEMO, WelcomeDialog
from vonapp.ui.settings import AppSettings
from vonapp.ui.startup import CollectorPause, skip_pyside_source_scan

skip_pyside_source_scan()  # before pandas and SQLAlchemy load (≈80 ms of CPU between first paint and figures)

if TYPE_CHECKING:  # pandas and SQLAlchemy load on a thread once the window has painted (start())
    from vonapp.store.database import Database
    from vonapp.store.lock import DatabaseLock
    from vonapp.ui.main_window import MainWindow

EXIT_BAD_INPUT = 2
EARLY_PAINT_WAIT_S = 1.0  # the opening waits at most this long for the first figures to be painted


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
        from vonapp.ui.style import apply_stylesheet

        apply_stylesheet(app)
        from vonapp.texts import set_language
        from vonapp.ui.i18n import effective_language, install_language

        language = effective_language(AppSettings().language)
        translator = QTranslator(app)
        # Qt's own buttons (Ja/Nej, Avbryt) and file dialogs in the window's language.
        if translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(translator)
        install_language(app, language)
        set_language(language)  # the store's messages in the window's language too
        app.setProperty("vonapp_language", language)
        app.setProperty("vonapp_ready", True)
    return app


def _icon() -> QIcon:
    """The program's icon, from the PNG sizes in resources/icons."""
    from vonapp.assets import resource

    icon = QIcon()
    for path in sorted(resource("icons").glob("vonapp-*.png")):
        icon.addFile(str(path))
    return icon


def _error(parent: QWidget | None, text: str) -> None:
    QMessageBox.critical(parent, "vonapp", text)


def _check_damage(path: Path, problem: str) -> str | None:
    """A damaged database on start: offer the newest good backup and restore it without opening the file.

    The sentence saying what was done when the backup was restored (the damaged file kept aside), else None.
    """
    from vonapp.store.backup import newest_good_backup
    from vonapp.store.restore import restore_file

    good = newest_good_backup(path)
    if good is None:
        _error(None, QApplication.translate("app", "Databasen {0} är skadad ({1}) och det finns ingen hel "
                                                   "säkerhetskopia i {2}. Återställ en kopia du har med "
                                                   "`vonapp restore FIL --db {0}`.").format(path, problem, path.parent))
        return None
    answer = QMessageBox.question(
        None, "vonapp",
        QApplication.translate("app", "Databasen {0} är skadad ({1}).\n\nVill du återställa den senaste hela "
                                      "säkerhetskopian ({2})? Den skadade filen sparas bredvid under ett eget "
                                      "namn.").format(path.name, problem, good.name))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        done = restore_file(path, good)
    except (StoreError, sqlite3.Error, OSError) as exc:
        _error(None, QApplication.translate("app", "Återställningen misslyckades ({0}). Databasen är "
                                                   "oförändrad.").format(exc))
        return None
    return done.sentence(good)


def _target(db: str | None) -> tuple[str, Path | None]:
    """vonapp.store.database.resolve_target, without loading SQLAlchemy for a plain path (the usual case)."""
    if db is not None and "://" in os.fspath(db):
        from vonapp.store.database import resolve_target

        return resolve_target(db)
    from vonapp.store.paths import default_db_path

    path = default_db_path() if db is None else Path(os.fspath(db)).expanduser().resolve()
    return f"sqlite:///{path}", path


class _Opened(QObject):
    """Wakes the GUI thread when the background open has finished."""

    finished = Signal()


def _open_after_first_paint(window: MainWindow, db: str | None, path: Path | None, settings: AppSettings) -> dict:
    """Check, open and load the first view on a thread started once the window has painted; wait for it.

    The window is on screen at once ("Laddar översikten …"); the thread imports pandas (and later
    SQLAlchemy), so it starts only after the first paint, not to compete with it for the GIL. A local
    file at the program's schema is locked and its first view read with the bare sqlite3 driver
    (vonapp.store.driver: the same functions as every later view), and the window shows those figures
    before SQLAlchemy loads to open the database the usual way. Input is held back until the database
    is open (the selectors have nothing to choose from before).
    """
    saved_unit, saved_period = settings.unit, settings.period
    box: dict = {}
    figures_painted = threading.Event()
    opened = _Opened()
    loop = QEventLoop()
    opened.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def opening() -> None:
        early_lock = None
        try:
            from vonapp.store.damage import kind_problem, quick_problem  # sqlite3 only

            check: threading.Thread | None = None
            checked: dict = {}
            if path is not None and path.exists() and kind_problem(path) is None:
                # PRAGMA quick_check reads the whole file inside SQLite, which lets go of the GIL: on its
                # own thread it runs beside the imports of pandas below, not after them.
                def checking() -> None:
                    try:
                        checked["problem"] = quick_problem(path)  # a zero-byte file is damaged too, not new
                    except BaseException as exc:  # raised again on this thread
                        checked["error"] = exc

                check = threading.Thread(target=checking, name="vonapp-check", daemon=True)
                check.start()
            from vonapp.ui.first_view import load_first_view  # pandas, not SQLAlchemy

            if check is not None:
                check.join()
                if "error" in checked:
                    raise checked["error"]
                if checked["problem"] is not None:
                    box["damaged"] = checked["problem"]
                    return
                early_lock = _first_view_by_driver(path, saved_unit, saved_period, box)
                if "early" in box:
                    opened.finished.emit()  # the window shows the figures ...
                    # ... and paints them before SQLAlchemy loads (its imports would hold the GIL the
                    # paint needs); a window that never paints (minimised) waits a moment at most.
                    figures_painted.wait(EARLY_PAINT_WAIT_S)
            from vonapp.store.database import open_database

            box["database"] = open_database(db, create=True)
            box["first"] = box.get("early") or load_first_view(box["database"], saved_unit, saved_period)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            box["error"] = exc
        finally:
            if early_lock is not None:
                early_lock.release()  # the open database holds its own (the lock counts per process)
            box["done"] = True
            opened.finished.emit()

    threads: list[threading.Thread] = []

    def begin() -> None:  # called by the first paint and by a timer: the database is opened once
        if not threads:
            threads.append(threading.Thread(target=opening, name="vonapp-open", daemon=True))
            threads[0].start()

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, begin)  # after the whole window has painted
            return False

    class EarlyPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                window.overview.removeEventFilter(self)
                QTimer.singleShot(0, figures_painted.set)  # after the whole page has painted
            return False

    first_paint = FirstPaint()
    early_paint = EarlyPaint()
    window.installEventFilter(first_paint)
    QTimer.singleShot(250, begin)  # a window that never paints (minimised) must still open its database
    while not box.get("done"):
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if "early" in box and not box.get("early_shown"):
            box["early_shown"] = True
            window.overview.installEventFilter(early_paint)
            try:
                window.show_first_view(box["early"])
            except Exception:  # noqa: BLE001 - set_database shows them again and handles what goes wrong
                window.overview.data = None
                window.loader.shown_key = None
            if window.shown_key is None or window.isMinimized() or not window.overview.isVisible():
                figures_painted.set()  # not shown, or not painted soon: the opening goes on at once
    window.removeEventFilter(first_paint)
    window.overview.removeEventFilter(early_paint)
    threads[0].join()
    return box


def _first_view_by_driver(path: Path, saved_unit: str | None, saved_period: tuple[str, str] | None,
                          box: dict) -> DatabaseLock | None:
    """Lock the (checked) file and read its first view with the bare driver into box["early"].

    The lock held is returned (None when another vonapp holds it: open_database says so in Swedish).
    Nothing is put in the box for a file at another schema (open_database migrates it first) or one
    the driver cannot read: the first view is then loaded from the opened database as before.
    """
    from vonapp.store.driver import DriverDatabase
    from vonapp.store.errors import StoreError
    from vonapp.store.lock import DatabaseLock
    from vonapp.ui.first_view import load_first_view

    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except StoreError:
        return None
    try:
        driver = DriverDatabase(path)
        if driver.at_head():
            first = load_first_view(driver, saved_unit, saved_period)
            if first.data is not None:
                box["early"] = first
    except Exception:  # noqa: BLE001 - only a shortcut: the opened database loads it again, or says what is wrong
        box.pop("early", None)
    return lock


def start(db: str | None = None, *, settings: AppSettings | None = None) -> MainWindow | int:
    """Show the window (welcome dialog on a first start), then open the database; an int is an exit code."""
    pause = CollectorPause()  # until the first figures are painted
    try:
        result = _start(db, settings)
    except BaseException:
        pause.resume()
        raise
    if isinstance(result, int):
        pause.resume()
    elif result.shown_key is not None:  # the first view came with the database: on screen at the next paint
        QTimer.singleShot(0, pause.resume)
    else:
        result.overview_shown.connect(lambda *_a: QTimer.singleShot(0, pause.resume))
        QTimer.singleShot(20_000, pause.resume)  # figures that never come (an error shown instead)
    return result


def _start(db: str | None, settings: AppSettings | None) -> MainWindow | int:
    make_app()
    try:
        _url, path = _target(db)
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
    from vonapp.ui.main_window import MainWindow

    window = MainWindow(settings=settings)
    window.show()
    box = _open_after_first_paint(window, db, path, settings)
    try:
        if box.get("damaged"):
            assert path is not None
            box["restored"] = _check_damage(path, box["damaged"])
            if box["restored"] is None:
                window.hide()
                window.discard()
                return EXIT_BAD_INPUT
            from vonapp.store.database import open_database

            box["database"] = open_database(db, create=True)
        elif "error" in box:
            raise box["error"]
    except StoreError as exc:  # DatabaseLocked names the computer and process that hold it
        window.hide()
        window.discard()
        _error(None, str(exc))
        return EXIT_BAD_INPUT
    database = box["database"]
    window.set_database(database, box.get("first"))
    if box.get("restored"):
        window.statusBar().showMessage(box["restored"], 30_000)
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


def _report_when_shown(window: MainWindow, out: Path) -> None:
    """For the installer's smoke test (VONAPP_SMOKE_REPORT=FILE): once the figures are painted,
    write the window's title and tiles to FILE and close the window."""
    import json

    def report() -> None:
        tiles = [{"title": t.content.title if t.content else "", "value": t.value.text()}
                 for t in window.overview.tiles]
        out.write_text(json.dumps({"title": window.windowTitle(), "tiles": tiles}, ensure_ascii=False),
                       encoding="utf-8")
        window.close()
        QTimer.singleShot(0, QApplication.quit)

    window.overview_shown.connect(report)
    if window.shown_key is not None:
        report()


def run(db: str | None = None) -> int:
    """`vonapp` without a command: the window until it is closed."""
    app = make_app()
    _install_excepthook()
    if os.environ.get("VONAPP_SMOKE_AT") == "paint":
        # The bundle benchmark: the process ends at the first turn of the event loop after the window
        # is shown (Qt delivers the posted paint before a zero timer), as the bare baseline does.
        QTimer.singleShot(0, lambda: os._exit(0))
    result = start(db)
    if isinstance(result, int):
        return result
    if smoke := os.environ.get("VONAPP_SMOKE_REPORT"):
        _report_when_shown(result, Path(smoke))
    return app.exec()
