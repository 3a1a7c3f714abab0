"""The import dialog's dry run and import (mixed into ImportDialog, vonapp.ui.dialogs.import_dialog): the
preview on the worker, its result or every bad row in the result panes, the real import behind a
cancellable progress, and what it did."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vonapp.io.imports import ImportFailed, Outcome, import_file
from vonapp.io.imports.columns import MissingColumns
from vonapp.io.imports.runner import ImportCancelled, OverlapRefused
from vonapp.ui.dialogs.import_texts import REPLACE, for_window
from vonapp.ui.dialogs.progress import run_with_progress
from vonapp.ui.messages import error_text
from vonapp.ui.operations import Progress


class ImportRun:
    """ImportDialog's dry run and import; they use the dialog's inputs, message, tabs and result panes."""

    # -- dry run --------------------------------------------------------------------------
    def preview(self) -> None:
        args = self._args()
        if not args[1].name:
            return
        self._ticket += 1
        ticket, database = self._ticket, self.database
        kind, path, unit, start, replace = args
        options = self._options()
        missing = self.columns_box.missing() if self.look is not None and kind != "schema" else []
        if missing:
            better = self.look.better_kind(kind)
            if better is not None:
                self.message.setText(self.tr("Filens rubriker passar filtypen {0}, inte {1}: välj {0} under Filtyp, "
                                             "eller välj kolumnerna under Kolumner.").format(better, kind))
            else:
                self.message.setText(self.tr("Välj under Kolumner vilken av filens kolumner som är {0}; inget har "
                                             "sparats.").format(", ".join(f"”{m}”" for m in missing)))
                self.tabs.setCurrentWidget(self.columns_box)
            return
        self.message.setText(self.tr("Provläser {0} …").format(path.name))
        self.worker.submit(
            lambda: import_file(database, kind, path, unit=unit, start=start, replace=replace, dry_run=True,
                                **options),
            lambda outcome: self._preview_done(ticket, args, outcome, options),
            lambda exc: self._preview_failed(ticket, exc))

    def _preview_done(self, ticket: int, args: tuple, outcome: Outcome, options: dict | None = None) -> None:
        if ticket != self._ticket:
            return
        self.preview_text.setPlainText(for_window("\n".join(outcome.lines)))
        self.result_stack.setCurrentWidget(self.preview_text)
        self.tabs.setCurrentWidget(self.result_stack)
        if outcome.status == "already":
            self.message.setText(self.tr("Filen är redan importerad; det finns inget nytt att läsa in."))
            return
        self.message.setText(self.tr("Provläsningen gick bra. Kontrollera raderna nedan och klicka Importera."))
        self._previewed = args
        self._previewed_options = dict(options or {})
        self.import_button.setEnabled(True)

    def _preview_failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._ticket:
            return
        self.show_failure(exc)

    def show_failure(self, exc: BaseException) -> None:
        """Every bad row in the table, or a refusal of the whole file as text; nothing was written."""
        self.import_button.setEnabled(False)
        if isinstance(exc, ImportFailed):
            rows = {p.row for p in exc.problems if p.row is not None}
            self.problems.set_problems(exc.problems)
            self.result_stack.setCurrentWidget(self.problems_view)
            self.message.setText(self.tr(
                "{0} har {1} fel på {2} rader och kan inte importeras. Rätta raderna nedan i filen och "
                "välj den igen; inget har sparats.").format(exc.file_name, len(exc.problems), len(rows)))
            return
        self.tabs.setCurrentWidget(self.result_stack)
        self.result_stack.setCurrentWidget(self.preview_text)
        if isinstance(exc, OverlapRefused):
            self.preview_text.setPlainText(for_window(str(exc)))
            self.message.setText(self.tr("Filen ändrar data som redan finns; inget har sparats. Kryssa i {0} för "
                                         "att ersätta, eller ta bort den tidigare importen under Arkiv → "
                                         "Importer…").format(REPLACE))
            return
        self.preview_text.setPlainText(for_window(error_text(exc)))
        if isinstance(exc, MissingColumns) and self.look is not None:
            self.tabs.setCurrentWidget(self.columns_box)
        self.message.setText(self.tr("Filen kan inte importeras som den är; inget har sparats."))

    # -- the import -----------------------------------------------------------------------
    def start_import(self) -> None:
        if self._previewed is None:
            return
        kind, path, unit, start, replace = self._previewed
        database, options = self.database, self.import_options()
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> Outcome:
            progress.report(10, self.tr("Importerar {0} …").format(path.name))
            return import_file(database, kind, path, unit=unit, start=start, replace=replace,
                               cancel=lambda: progress.cancelled, **options)

        self.progress_dialog = run_with_progress(
            self, self.worker, self.tr("Importerar {0} …").format(path.name), work,
            self._import_done, self._import_failed)

    def _import_done(self, outcome: Outcome) -> None:
        self.progress_dialog = None
        self.outcome = outcome
        self.preview_text.setPlainText(for_window("\n".join(outcome.lines)))
        self.result_stack.setCurrentWidget(self.preview_text)
        self.message.setText(self.tr("Klart: {0} Ångra med Redigera → Ångra, eller ta bort importen under "
                                     "Arkiv → Importer….").format(outcome.lines[0] if outcome.lines else ""))
        self._load_profiles()
        self.imported.emit(outcome)
        self.close_button.setText(self.tr("Stäng"))
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _import_failed(self, exc: BaseException) -> None:
        self.progress_dialog = None
        if isinstance(exc, ImportCancelled):
            self.message.setText(self.tr("Importen avbröts; inget ändrades i databasen."))
            self.import_button.setEnabled(self._previewed is not None)
            return
        self.show_failure(exc)
