"""Feeding the overview page: newest request only, a small cache, and the neighbours fetched ahead.

A load runs on the worker (about 0.1 s on the demo); requests made while one runs are coalesced and
only the newest is loaded next. After a load, the next and previous period of the same unit, and
the units above and below in the list for the same period, are fetched while the worker is idle,
so stepping with ◀ ▶ or through the units shows cached figures at once. Fetching ahead starts once
the shown figures have been painted: a load on the worker holds the GIL for most of its time, and
running it during the paint made a switch ≈50 ms slower.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from vonapp.domain.periods import Period
from vonapp.ui.operations import Worker
from vonapp.ui.overview.data import OverviewData, load_overview
from vonapp.ui.overview.page import OverviewPage

if TYPE_CHECKING:
    from vonapp.store.database import Database

Key = tuple[str, Period]
CACHE_SIZE = 24
AHEAD_FALLBACK_MS = 300  # fetch ahead anyway when the charts do not paint (another area shown, scrolled away)
AFTER_PAINT_MS = 40  # pyqtgraph repaints once more when the axes follow the new ranges


class OverviewLoader(QObject):
    """Loads OverviewData for the page; `shown` fires when the page shows the newest choice."""

    shown = Signal()

    def __init__(self, worker: Worker, page: OverviewPage, error_text, *, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.worker, self.page, self._error_text = worker, page, error_text
        self.database: Database | None = None
        self._cache: OrderedDict[Key, OverviewData] = OrderedDict()
        self._wanted: Key | None = None
        self._neighbours: list[Key] = []
        self._busy = False
        self._generation = 0
        self._fresh: Key | None = None  # shown from data loaded since the last reset
        self.shown_key: Key | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # changes made in one go (unit and period) become one load
        self._timer.timeout.connect(self._next)
        self._painted_watch: QObject | None = None  # the chart whose paint starts fetching ahead
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(AHEAD_FALLBACK_MS)
        self._fallback.timeout.connect(self._after_paint)
        self._awaiting_paint = False

    def reset(self, database: Database | None, *, keep_shown: bool = False) -> None:
        """A new database, or new data in it: forget every cached figure.

        keep_shown: the page is hidden and reloads before it is shown again (MainWindow marks it
        stale), so `shown_key` keeps naming the choice it shows.
        """
        self.database = database
        self._generation += 1
        self._cache.clear()
        self._neighbours = []
        self._busy = False
        self._fresh: Key | None = None
        if not keep_shown:
            self.shown_key = None  # what the page shows may be out of date until the next load

    def prime(self, key: Key, data: OverviewData) -> None:
        """Data loaded elsewhere (at start-up) for key, as if this loader had fetched it."""
        self._cache[key] = data

    def cached(self, key: Key) -> bool:
        return key in self._cache

    @property
    def idle(self) -> bool:
        """Nothing loading and nothing left to fetch ahead."""
        return (not self._busy and not self._timer.isActive() and not self._fallback.isActive()
                and all(k in self._cache for k in self._neighbours))

    def request(self, unit: str, period: Period, neighbours: list[Key]) -> None:
        """Show (unit, period) as soon as it is loaded; then fetch the neighbours, in order, ahead."""
        self._wanted = (unit, period)
        self._neighbours = list(neighbours)
        if (cached := self._cache.get(self._wanted)) is not None:
            self._show(self._wanted, cached)
            return
        self._timer.start()

    def show_message(self, key: Key, message: str) -> None:
        self._wanted = None
        self.page.show_error(message)
        self.shown_key = key
        self.shown.emit()

    def _next(self) -> None:
        """Start the newest wanted load, else one neighbour, when the worker has no load of ours."""
        if self._busy or self.database is None:
            return
        if self._wanted is not None and self._wanted not in self._cache and self._fresh != self._wanted:
            self._start(self._wanted, show=True)
            return
        if self._fallback.isActive():  # the new figures are being painted: fetch ahead after that
            return
        while self._neighbours:
            key = self._neighbours.pop(0)
            if key not in self._cache:
                self._start(key, show=False)
                return

    def _start(self, key: Key, *, show: bool) -> None:
        self._busy = True
        database, generation, (unit, period) = self.database, self._generation, key
        self.worker.submit(lambda: load_overview(database, unit, period),
                           lambda data: self._done(generation, key, data, None),
                           lambda exc: self._done(generation, key, None, exc))

    def _done(self, generation: int, key: Key, data: OverviewData | None, error: BaseException | None) -> None:
        if generation != self._generation:
            self._next()
            return
        self._busy = False
        if data is not None:
            self._cache[key] = data
            self._cache.move_to_end(key)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        if key == self._wanted:
            if data is not None:
                self._show(key, data)
            else:
                self.page.show_error(self._error_text(error))
                self.shown_key = self._fresh = key
                self.shown.emit()
        self._next()

    def _show(self, key: Key, data: OverviewData) -> None:
        if self.page.data is not data:  # start-up's first figures are on the page already (MainWindow.set_database)
            self.page.show_data(data)
        self.shown_key = self._fresh = key
        self.shown.emit()
        self._fetch_ahead_after_paint()

    def _fetch_ahead_after_paint(self) -> None:
        """Fetch the neighbours once the last chart has painted the new figures (or after a moment)."""
        if self._painted_watch is None:
            self._painted_watch = self.page.first_charts()[-1]
            self._painted_watch.installEventFilter(self)
        self._awaiting_paint = True
        self._fallback.start(AHEAD_FALLBACK_MS)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self._painted_watch and event.type() == QEvent.Type.Paint and self._awaiting_paint:
            self._awaiting_paint = False
            self._fallback.start(AFTER_PAINT_MS)
        return False

    def _after_paint(self) -> None:
        self._awaiting_paint = False
        self._timer.start()
