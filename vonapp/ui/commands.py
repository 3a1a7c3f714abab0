"""What the Arkiv and Hjälp menus do: databases, backups, import, export, about."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from vonapp.store.paths import backup_dir
from vonapp.ui.dialogs.about import show_about
from vonapp.ui.dialogs.progress import run_with_progress
from vonapp.ui.operations import Progress
from vonapp.ui.shell import Shell

if TYPE_CHECKING:  # SQLAlchemy loads after the window's first paint (see vonapp.ui.app)
    from vonapp.store.database import Database

DB_FILTER = QT_TRANSLATE_NOOP("Commands", "vonapp-databas (*.sqlite *.db);;Alla filer (*)")


class Commands(QObject):
    """Connects the window's actions to dialogs and worker jobs."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)  # type: ignore[arg-type] - the shell is the QMainWindow
        self.window = window
        self.import_dialog = None
        self.export_dialog = None
        self.change_log_dialog = None
        self.imports_dialog = None
        a = window.actions
        a.new_database.triggered.connect(lambda: self.new_database())
        a.open_database.triggered.connect(lambda: self.open_database())
        a.backup.triggered.connect(lambda: self.backup())
        a.restore.triggered.connect(lambda: self.restore())
        a.import_file.triggered.connect(lambda: self.import_file())
        a.export.triggered.connect(lambda: self.export())
        a.change_log.triggered.connect(lambda: self.show_change_log())
        a.imports_list.triggered.connect(lambda: self.imports_list())
        a.about.triggered.connect(lambda: show_about(window, window.database.path if window.database else None))

    def tr(self, text: str) -> str:
        return self.window.tr(text)

    # -- databases ------------------------------------------------------------------------
    def new_database(self) -> None:
        w = self.window
        name, _ = QFileDialog.getSaveFileName(w, self.tr("Ny databas"), str(Path(w.settings.folder("database"))
                                              / "vonapp.sqlite"), self.tr(DB_FILTER))
        if not name:
            return
        path = Path(name)
        if path.exists():
            QMessageBox.warning(w, "vonapp", self.tr("{0} finns redan. Välj ett nytt filnamn – en befintlig "
                                                     "fil öppnar du med Arkiv → Öppna…").format(path))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ny databas"),
                          self.tr("Ska den nya databasen vara tom eller innehålla exempeldata?"), parent=w)
        empty = box.addButton(self.tr("Tom databas"), QMessageBox.ButtonRole.AcceptRole)
        demo = box.addButton(self.tr("Med exempeldata"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() not in (empty, demo):
            return
        with_demo = box.clickedButton() is demo
        w.settings.set_folder("database", path.parent)
        self.switch_to(path, create=True, then_demo=with_demo)

    def open_database(self) -> None:
        w = self.window
        name, _ = QFileDialog.getOpenFileName(w, self.tr("Öppna databas"), w.settings.folder("database"),
                                              self.tr(DB_FILTER))
        if name:
            w.settings.set_folder("database", Path(name).parent)
            self.switch_to(Path(name), create=False)

    def switch_to(self, path: Path, *, create: bool, then_demo: bool = False) -> None:
        """Open another database on the worker; the old one is closed (and unlocked) once it is open."""
        w = self.window
        if w.database is not None and w.database.path == path.resolve():
            return

        def opened(database: Database) -> None:
            w.set_database(database)
            if then_demo:
                self.build_demo()

        from vonapp.store.database import open_database

        w.worker.submit(lambda: open_database(path, create=create), opened, w.show_error)

    def build_demo(self) -> None:
        """Fill the (empty) open database with the demo, behind a progress dialog."""
        w, database = self.window, self.window.database
        if database is None:
            return

        def work(progress: Progress) -> str:
            from vonapp.db.demo import build_demo

            return build_demo(database, scale="unit")

        def done(report: str) -> None:
            w.statusBar().showMessage(self.tr("Exempeldata skapad: {0}").format(report), 10_000)
            w.refresh()

        run_with_progress(w, w.worker, self.tr("Skapar exempeldata … det tar några sekunder."), work, done,
                          w.show_error, cancellable=False, steps=False)

    # -- backups --------------------------------------------------------------------------
    def backup(self) -> None:
        w, database = self.window, self.window.database
        if database is None:
            return

        def done(target: Path) -> None:
            w.update_backup_label()
            w.statusBar().showMessage(self.tr("Säkerhetskopia sparad: {0}").format(target), 10_000)

        from vonapp.store.restore import backup_any

        w.worker.submit(lambda: backup_any(database, reason="manuell"), done, w.show_error)

    def restore(self) -> None:
        w, database = self.window, self.window.database
        if database is None or database.path is None:
            return
        folder = backup_dir(database.path)
        name, _ = QFileDialog.getOpenFileName(w, self.tr("Återställ från säkerhetskopia"),
                                              str(folder if folder.is_dir() else database.path.parent),
                                              self.tr(DB_FILTER))
        if not name:
            return
        source = Path(name).resolve()
        if source == database.path:
            QMessageBox.warning(w, "vonapp", self.tr("Välj en säkerhetskopia, inte databasen själv."))
            return
        answer = QMessageBox.question(
            w, self.tr("Återställ"),
            self.tr("Databasens innehåll ersätts med säkerhetskopian {0}.\n\nDet nuvarande innehållet sparas "
                    "först i en ny säkerhetskopia, så du kan ångra genom att återställa den. Fortsätt?")
            .format(source.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_from(source)

    def restore_from(self, source: Path) -> None:
        w, database = self.window, self.window.database
        if database is None:
            return

        def done(safety: Path | None) -> None:
            w.undo_stack.clear()
            w.refresh()
            kept = safety.name if safety is not None else "–"
            w.statusBar().showMessage(
                self.tr("Databasen återställd från {0}; innehållet före sparades i {1}.")
                .format(source.name, kept), 15_000)

        from vonapp.store.restore import restore

        w.worker.submit(lambda: restore(database, source), done, w.show_error)

    # -- import and export ----------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> None:
        from vonapp.ui.dialogs.import_dialog import ImportDialog

        w = self.window
        if w.database is None or w.facts is None:
            return
        units = [u.name for u in w.facts.units]
        unit = w.current_unit()
        dialog = ImportDialog(worker=w.worker, database=w.database, units=units,
                              unit=unit if unit in units else None, settings=w.settings, parent=w)
        dialog.imported.connect(lambda outcome: self._imported(dialog, outcome))
        self.import_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "import_dialog", None))
        dialog.open()
        if path is not None:
            dialog.set_file(path)

    def _imported(self, dialog: object, outcome: object) -> None:
        from vonapp.ui.undo import ImportCommand, import_tables

        w = self.window
        args = getattr(dialog, "_previewed", None)
        batch_id = getattr(outcome, "batch_id", None)
        tables = import_tables(args[0]) if args is not None else import_tables("")
        after = self._after_import(tables)
        if args is not None and batch_id is not None and w.database is not None:
            kind, path, unit, start, replace = args
            options = dialog.import_options() if hasattr(dialog, "import_options") else {}
            w.undo_stack.push(ImportCommand(worker=w.worker, database=w.database, batch_id=batch_id, kind=kind,
                                            path=path, unit=unit, start=start, replace=replace,
                                            after=after, on_error=w.show_error, options=options))
        after()

    def _after_import(self, tables: frozenset[str]):  # noqa: ANN202 - a callback
        """After an import or its undo/redo: reload the window's facts and tell the area pages."""
        w = self.window

        def after() -> None:
            w.refresh()
            w.area_context.data_changed.emit(tables)

        return after

    def imports_list(self) -> None:
        """Arkiv → Importer…: the imports, and removing one (what `vonapp import undo` does)."""
        from vonapp.ui.dialogs.imports_list import ImportsDialog
        from vonapp.ui.undo import import_tables

        w = self.window
        if w.database is None:
            return
        dialog = ImportsDialog(worker=w.worker, database=w.database, parent=w)
        dialog.changed.connect(lambda: (w.undo_stack.clear(), self._after_import(import_tables(""))()))
        self.imports_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "imports_dialog", None))
        dialog.open()

    def export(self) -> None:
        from vonapp.ui.dialogs.export_dialog import ExportDialog

        w = self.window
        if w.database is None or w.facts is None:
            return
        units = [("all", self.tr("Alla enheter"))] + [(u.name, u.name) for u in w.facts.units]
        dialog = ExportDialog(worker=w.worker, database=w.database, units=units, unit=w.current_unit() or "all",
                              period=w.current_period(), period_text=w.period_selector.value_combo.currentText(),
                              settings=w.settings, parent=w)
        self.export_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "export_dialog", None))
        dialog.open()


    def show_change_log(self) -> None:
        """Visa → Ändringslogg (one dialog; a second choice brings it forward and reads again)."""
        from vonapp.ui.dialogs.change_log_dialog import ChangeLogDialog

        w = self.window
        if w.database is None:
            return
        if self.change_log_dialog is not None:
            self.change_log_dialog.load()
            self.change_log_dialog.raise_()
            self.change_log_dialog.activateWindow()
            return
        units = [u.name for u in w.facts.units] if w.facts is not None else []
        dialog = ChangeLogDialog(worker=w.worker, database=w.database, units=units, parent=w)
        self.change_log_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "change_log_dialog", None))
        dialog.open()
