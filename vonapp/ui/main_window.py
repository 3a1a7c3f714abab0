"""The main window: unit and period selectors, the areas, menus and status bar."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from vonapp.domain.periods import Period, year
from vonapp.ui.actions import build_menus
from vonapp.ui.area_page import AreaContext, AreaPage, OverviewBase
from vonapp.ui.area_pages import page_factories
from vonapp.ui.areas import Navigation, PlaceholderPage, areas
from vonapp.ui.commands import Commands
from vonapp.ui.help_menu import add_help_and_language
from vonapp.ui.messages import error_text
from vonapp.ui.operations import Worker
from vonapp.ui.overview.page import OverviewPage
from vonapp.ui.overview_loader import OverviewLoader
from vonapp.ui.selectors import PeriodSelector, UnitSelector, usable_saved_period
from vonapp.ui.settings import AppSettings
from vonapp.ui.statusbar import StatusBar

if TYPE_CHECKING:  # pandas and SQLAlchemy load after the window's first paint (see vonapp.ui.app)
    from vonapp.store.database import Database
    from vonapp.store.window_queries import WindowFacts
    from vonapp.ui.first_view import FirstView
    from vonapp.ui.overview.data import OverviewData


class MainWindow(QMainWindow):
    """Selectors on top, areas on the left, the chosen area on the right, status at the bottom."""

    facts_loaded = Signal()

    def __init__(self, *, settings: AppSettings, worker: Worker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.worker = worker or Worker(parent=self)
        self.undo_stack = QUndoStack(self)
        self.database: Database | None = None
        self.facts: WindowFacts | None = None
        self._restored = False
        self._was_empty = False  # the open database had no budget and no recorded time
        self._generation = 0
        self._overview_stale = False  # data changed while another area was shown: reload when shown
        self._changes = 0  # data changes seen (every edit's data_changed): an edit's patch must be the only one
        self.setWindowTitle("vonapp")
        self.resize(1280, 800)
        self._build()
        self.actions = build_menus(self, self.undo_stack, [a.title for a in self.area_list])
        self.help_actions = add_help_and_language(self, settings, self.actions.about)
        self._connect()
        self._restore_geometry()
        self._set_enabled(False)

        self.commands = Commands(self)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QToolBar(self.tr("Urval"), self)
        bar.setObjectName("selection")
        bar.setMovable(False)
        bar.setIconSize(QSize(16, 16))
        self.unit_selector = UnitSelector(parent=bar)
        self.period_selector = PeriodSelector(parent=bar)
        unit_label = QLabel(self.tr("&Enhet:"), bar)
        unit_label.setBuddy(self.unit_selector)
        period_label = QLabel(self.tr("&Period:"), bar)
        period_label.setBuddy(self.period_selector.kind_combo)
        bar.addWidget(unit_label)
        bar.addWidget(self.unit_selector)
        bar.addSeparator()
        bar.addWidget(period_label)
        bar.addWidget(self.period_selector)
        for label in (unit_label, period_label):
            label.setContentsMargins(6, 0, 4, 0)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        self.area_list = areas()
        self.navigation = Navigation(self.area_list, parent=self)
        self.stack = QStackedWidget(self)
        self.overview = OverviewPage(parent=self.stack)
        self.loader = OverviewLoader(self.worker, self.overview, error_text, parent=self)
        self.overview_shown = self.loader.shown
        self.stack.addWidget(self.overview)
        self.area_context = AreaContext(worker=self.worker, undo_stack=self.undo_stack,
                                        database=lambda: self.database, error=self.show_error, parent=self)
        self.area_context.overview_base = self.overview_base
        self.area_context.patch_overview = self.patch_overview
        self._factories = page_factories()
        self.pages: dict[str, AreaPage] = {}  # built on first visit
        self.placeholders: list[PlaceholderPage] = []  # areas not built yet
        for area in self.area_list[1:]:
            if area.key in self._factories:
                self.stack.addWidget(QWidget(self.stack))  # the page is made on the first visit
            else:
                self.placeholders.append(PlaceholderPage(area, parent=self.stack))
                self.stack.addWidget(self.placeholders[-1])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("areas")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 1130])
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        self.status = StatusBar(parent=self)
        self.setStatusBar(self.status)

    def _connect(self) -> None:
        self.navigation.currentRowChanged.connect(self._show_area)
        for i, action in enumerate(self.actions.areas):
            action.triggered.connect(lambda _=False, row=i: self.navigation.setCurrentRow(row))
        self.actions.previous_period.triggered.connect(lambda: self.period_selector.step(-1))
        self.actions.next_period.triggered.connect(lambda: self.period_selector.step(1))
        self.actions.quit.triggered.connect(self.close)
        self.unit_selector.unit_changed.connect(lambda _u: self._selection_changed())
        self.period_selector.period_changed.connect(lambda _p: self._selection_changed())
        self.area_context.data_changed.connect(lambda _tables: self.refresh_overview())
        self.area_context.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.worker.busy_changed.connect(self.status.set_busy)

    def _restore_geometry(self) -> None:
        if (geometry := self.settings.geometry) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.window_state) is not None:
            self.restoreState(state)
        if (splitter := self.settings.splitter) is not None:
            self.splitter.restoreState(splitter)
        self.navigation.setCurrentRow(min(max(self.settings.area, 0), len(self.area_list) - 1))

    def _set_enabled(self, enabled: bool) -> None:
        for action in self.actions.database_actions():
            action.setEnabled(enabled)
        self.unit_selector.setEnabled(enabled)
        self.period_selector.setEnabled(enabled)

    # -- the database -----------------------------------------------------------------------
    def set_database(self, database: Database, first: FirstView | None = None) -> None:
        """Show this (open, locked) database; the window closes it when it is replaced or closed.

        `first` holds what start-up already loaded for it (facts and the first overview).
        """
        old, self.database = self.database, database
        self._generation += 1
        self.facts = None
        # The figures start-up showed before the database was open (show_first_view) stay on screen.
        shown = first is not None and first.data is not None and self.loader.shown_key == first.key \
            and self.overview.data is first.data
        self.loader.reset(database, keep_shown=shown)
        self.undo_stack.clear()
        if old is not None:
            self.worker.submit(old.close, on_error=self.show_error)
        self.status.set_database(database.path, database.url)
        self.update_backup_label()
        self.setWindowTitle(self._title(False))
        if first is None:
            self.refresh()
            return
        if first.key is not None and first.data is not None:
            self.loader.prime(first.key, first.data)
        self._facts_done(self._generation, first.facts)

    def refresh(self) -> None:
        """Reload units, data span and demo flag, then the overview (after an import, restore …)."""
        database = self.database
        if database is None:
            return
        from vonapp.store.window_queries import window_facts

        generation = self._generation
        self.loader.reset(database)  # the data may have changed: no cached figures
        self.worker.submit(lambda: window_facts(database),
                           lambda facts: self._facts_done(generation, facts), self.show_error)

    def show_first_view(self, first: FirstView) -> None:
        """Start-up's figures, read before the database is open (vonapp.ui.app): the selectors land
        where set_database will put them and the overview shows the figures; everything else, input
        included, waits for set_database with the same FirstView."""
        if first.key is None or first.data is None:
            return
        restored, was_empty = self._restored, self._was_empty
        self._select(first.facts)
        self._restored, self._was_empty = restored, was_empty  # set_database chooses again, the same way
        if (self.current_unit(), self.current_period()) == first.key:
            self.loader.prime(first.key, first.data)
            self.loader.request(*first.key, [])

    def _facts_done(self, generation: int, facts: WindowFacts) -> None:
        if generation != self._generation:
            return
        self.facts = facts
        self.setWindowTitle(self._title(facts.is_demo))
        self._select(facts)
        self._set_enabled(True)
        self.update_backup_label()
        self.facts_loaded.emit()
        self.request_overview()
        self._show_current_page()

    def _select(self, facts: WindowFacts) -> None:
        """The selectors' units, years and choice for the facts of the database."""
        self.unit_selector.blockSignals(True)
        self.period_selector.blockSignals(True)
        # The first facts of a database, or the first with data after an empty one (the demo built,
        # a first import): land on the first unit and the latest period with data, not on this
        # year's empty tiles.
        first_data = self._was_empty and bool(facts.years)
        keep = None if self._restored else self.settings.unit
        if first_data and facts.units:
            keep = facts.units[0].name
        self.unit_selector.set_units(facts.units, keep=keep)
        today = date.today().year
        self.period_selector.set_years((*facts.years, today), facts.latest_recorded)
        if not self._restored or first_data:
            saved = None if first_data else self.settings.period
            if saved is None or not usable_saved_period(saved, facts.years) or not self.period_selector.restore(*saved):
                self.period_selector.set_period(year(facts.latest_year() or today), "year")
            self._restored = True
        self._was_empty = not facts.years
        self.unit_selector.blockSignals(False)
        self.period_selector.blockSignals(False)

    def _title(self, is_demo: bool) -> str:
        if self.database is None:
            return "vonapp"
        name = self.database.path.name if self.database.path is not None else self.database.url
        demo = self.tr(" – exempeldata") if is_demo else ""
        return f"vonapp – {name}{demo}"

    def update_backup_label(self) -> None:
        from vonapp.store.backup import last_backup_time

        path = self.database.path if self.database is not None else None
        self.status.set_last_backup(last_backup_time(path) if path is not None else None)

    # -- the areas -------------------------------------------------------------------------
    def _show_area(self, row: int) -> None:
        area = self.area_list[row] if 0 <= row < len(self.area_list) else None
        if area is not None and area.key in self._factories and area.key not in self.pages:
            page = self._factories[area.key](self.area_context)
            old = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[area.key] = page
        self.stack.setCurrentIndex(row)
        if row == 0 and self._overview_stale:
            self.loader.shown_key = None  # the figures shown are out of date until the reload
            self.request_overview()
        self._show_current_page()

    def current_page(self) -> AreaPage | None:
        row = self.navigation.currentRow()
        return self.pages.get(self.area_list[row].key) if 0 <= row < len(self.area_list) else None

    def _show_current_page(self) -> None:
        page = self.current_page()
        if page is not None and self.facts is not None and self.database is not None:
            page.show_for(self.current_unit(), self.current_period())

    def _selection_changed(self) -> None:
        self.request_overview()
        self._show_current_page()

    def refresh_overview(self) -> None:
        """An edit changed data: drop cached figures and show the overview's choice again.

        While another area is shown the overview is only marked stale and loads when it is shown
        again (or the selection changes): reloading it behind the area made each edit wait for a
        whole overview load on the shared worker (≈100–200 ms) that nobody could see.
        """
        self._changes += 1
        if self.database is None:
            return
        hidden = self.stack.currentIndex() != 0
        self.loader.reset(self.database, keep_shown=hidden)
        if hidden:
            self._overview_stale = True
        else:
            self.request_overview()

    def overview_base(self, unit: str) -> OverviewBase | None:
        """The figures Översikt shows, when an edit of `unit` may patch them instead of marking them stale.

        Only while Översikt is hidden (shown, it reloads at once) and shows the current choice, for
        that unit, up to date (not stale).
        """
        data, key = self.overview.data, self.loader.shown_key
        if (self.database is None or self.facts is None or self._overview_stale or data is None or key is None
                or self.stack.currentIndex() == 0):
            return None
        if key != (self.current_unit(), self.current_period()) or key[0] != unit or data.unit != unit:
            return None
        return OverviewBase(key, data, self._changes)

    def patch_overview(self, base: OverviewBase, data: OverviewData) -> bool:
        """Show `data` — base's figures with the part an edit changed read again — if nothing else changed.

        The edit's own data_changed marked Översikt stale; when it was the only change since `base`
        was taken and the page still shows base's figures, the patch makes them current again and
        Översikt is shown at once when chosen. Else it stays stale and reloads when shown.
        """
        if (self.overview.data is not base.data or self._changes != base.changes + 1
                or self.loader.shown_key != base.key or self.stack.currentIndex() == 0
                or base.key != (self.current_unit(), self.current_period())):
            return False
        self.overview.show_resurspass(data)
        self.loader.prime(base.key, data)
        self._overview_stale = False
        return True

    # -- the overview ----------------------------------------------------------------------
    def current_unit(self) -> str | None:
        return self.unit_selector.unit()

    def current_period(self) -> Period:
        return self.period_selector.period()

    @property
    def shown_key(self) -> tuple[str, Period] | None:
        """The (unit, period) the overview shows now."""
        return self.loader.shown_key

    def request_overview(self) -> None:
        """Load the overview for the current choice; only the newest request is ever shown."""
        unit = self.current_unit()
        if self.database is None or self.facts is None or unit is None:
            return
        self._overview_stale = False
        period = self.current_period()
        if not self.facts.units:
            self.loader.show_message((unit, period), self.tr(
                "Databasen är tom. Lägg in enheter och budget med Arkiv → Importera… (filtyp Budget). "
                "Vill du först prova med påhittade enheter: välj Arkiv → Ny databas… och Med exempeldata."))
            return
        neighbours = [(unit, p) for p in self.period_selector.neighbours()]
        neighbours += [(u, period) for u in self.unit_selector.neighbours()]
        self.loader.request(unit, period, neighbours)

    # -- messages and closing -------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("vonapp"), error_text(exc))

    def save_settings(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter = self.splitter.saveState()
        self.settings.area = self.navigation.currentRow()
        if self.facts is not None and (unit := self.current_unit()) is not None:
            self.settings.unit = unit
            self.settings.period = (self.period_selector.kind(), self.current_period().label)
        self.settings.sync()

    def discard(self) -> None:
        """Throw away a window never shown (start-up failed): stop its worker, keep the settings."""
        self.worker.shutdown()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_settings()
        database, self.database = self.database, None
        self._generation += 1
        self.loader.reset(None)
        problem = None
        if database is not None:
            self.worker.run_blocking(database.close)
            if database.path is not None:  # as Anki does: a quick check when the work is done
                from vonapp.store.damage import quick_problem

                problem = self.worker.run_blocking(lambda: quick_problem(database.path))
        self.worker.shutdown()
        event.accept()
        if problem is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, "vonapp", self.tr(
                "Kontrollen vid stängning fann att databasen är skadad: {0}.\n\nStarta vonapp igen för att "
                "återställa den senaste hela säkerhetskopian, eller kör `vonapp check`.").format(problem))
