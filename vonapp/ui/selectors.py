"""The unit selector and the period selector (År / Kvartal / Månad, with ◀ ▶ to step)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from vonapp.domain.periods import Period, month, parse_period, quarter, year
from vonapp.ui.i18n import Words

if TYPE_CHECKING:
    from vonapp.store.queries import UnitInfo

# vonapp.store.queries.ALL_UNITS, without loading SQLAlchemy before the window's first paint (tested equal).
ALL_UNITS = "all"

KINDS = ("year", "quarter", "month")


class UnitSelector(QComboBox):
    """Every unit by name, and "Alla enheter" (unit "all") for the sum of them."""

    unit_changed = Signal(str)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(18)
        self.setToolTip(self.tr("Enheten som siffrorna gäller (Alla enheter = summan av alla)"))
        self.currentIndexChanged.connect(self._emit)

    def set_units(self, units: list[UnitInfo], *, keep: str | None = None) -> None:
        """Fill the list; keep the named unit selected when it is still there, else the first unit."""
        wanted = keep if keep is not None else self.unit()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Alla enheter"), ALL_UNITS)
        for u in units:
            self.addItem(u.name, u.name)
            self.setItemData(self.count() - 1, f"{u.name} – {u.kind}", Qt.ItemDataRole.ToolTipRole)
        index = self.findData(wanted) if wanted else -1
        if index < 0:
            index = 1 if units else 0
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def unit(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def neighbours(self) -> list[str]:
        """The units below and above the chosen one in the list."""
        index = self.currentIndex()
        return [str(self.itemData(i)) for i in (index + 1, index - 1) if 0 <= i < self.count()]

    def select(self, unit: str) -> bool:
        index = self.findData(unit)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    def _emit(self) -> None:
        unit = self.unit()
        if unit is not None:
            self.unit_changed.emit(unit)


def period_text(kind: str, period: Period, locale: QLocale) -> str:
    """The label a Swedish reader expects: 2023, Kv 1 2023, mars 2023."""
    if kind == "quarter":
        return _quarter(period)
    if kind == "month":
        name = locale.standaloneMonthName(period.start.month, QLocale.FormatType.LongFormat)
        return f"{QCoreApplication.translate('dates', name)} {period.start.year}"
    return str(period.start.year)


MONTH_TITLES = Words("dates", ("Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti", "September",
                               "Oktober", "November", "December"))


def _quarter(period: Period) -> str:
    return QCoreApplication.translate("PeriodSelector", "Kv {0} {1}").format(
        (period.start.month - 1) // 3 + 1, period.start.year)


def period_title(period: Period) -> str:
    """A heading in the selector's words: `År 2023`, `Kv 1 2023`, `Mars 2023`; a range as its dates."""
    kind = kind_of(period)
    if kind == "quarter":
        return _quarter(period)
    if kind == "month":
        return f"{MONTH_TITLES[period.start.month - 1]} {period.start.year}"
    if period == year(period.start.year):
        return QCoreApplication.translate("PeriodSelector", "År {0}").format(period.start.year)
    return f"{period.start.isoformat()} – {period.end.isoformat()}"


def periods_of(kind: str, first_year: int, last_year: int, years: tuple[int, ...] | None = None) -> list[Period]:
    """The periods of a kind in the given years (else every year from first to last)."""
    years = years if years is not None else tuple(range(first_year, last_year + 1))
    if kind == "quarter":
        return [quarter(y, q) for y in years for q in range(1, 5)]
    if kind == "month":
        return [month(y, m) for y in years for m in range(1, 13)]
    return [year(y) for y in years]


def usable_saved_period(saved: tuple[str, str], years: tuple[int, ...]) -> bool:
    """A remembered (kind, label) is shown again when its year has data (or the database has none)."""
    if not years:
        return True
    try:
        period = parse_period(saved[1])
    except ValueError:
        return False
    return any(y in years for y in period.years())


def kind_of(period: Period) -> str:
    if "-Q" in period.label:
        return "quarter"
    return "month" if len(period.label) == 7 else "year"


class PeriodSelector(QWidget):
    """Kind (År/Kvartal/Månad), ◀, the period, ▶; `period_changed` fires with the new Period."""

    period_changed = Signal(object)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
        self._years: tuple[int, ...] = (date.today().year,)
        self._latest: date | None = None
        self.kind_combo = QComboBox(self)
        for kind, text in zip(KINDS, (self.tr("År"), self.tr("Kvartal"), self.tr("Månad")), strict=True):
            self.kind_combo.addItem(text, kind)
        self.kind_combo.setToolTip(self.tr("Visa ett år, ett kvartal eller en månad"))
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Föregående period (Alt+Vänster)"))
        self.value_combo = QComboBox(self)
        self.value_combo.setMinimumContentsLength(14)
        self.value_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.value_combo.setToolTip(self.tr("Perioden som siffrorna gäller"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Nästa period (Alt+Höger)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for w in (self.kind_combo, self.prev_button, self.value_combo, self.next_button):
            layout.addWidget(w)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._fill("year", year(self._years[0]))
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.value_combo.currentIndexChanged.connect(self._value_chosen)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))

    def set_span(self, first_year: int, last_year: int, latest: date | None) -> None:
        """Every year from first to last, and the last recorded day (where a finer kind lands by default)."""
        self.set_years(range(first_year, max(first_year, last_year) + 1), latest)

    def set_years(self, years: Iterable[int], latest: date | None) -> None:
        """The years to offer (those with data or a budget, and this year) and the last recorded day."""
        self._years = tuple(sorted(set(years))) or (date.today().year,)
        self._latest = latest
        self._fill(self.kind(), self.period())

    def years(self) -> tuple[int, ...]:
        return self._years

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def period(self) -> Period:
        return self.value_combo.currentData()

    def set_period(self, period: Period, kind: str | None = None) -> None:
        """Show this period (widening the years on offer if needed); emits period_changed on a change."""
        before = self.period()
        kind = kind or kind_of(period)
        self._years = tuple(sorted({*self._years, *period.years()}))
        self._fill(kind, period)
        if self.period() != before:
            self.period_changed.emit(self.period())

    def restore(self, kind: str, label: str) -> bool:
        """Select a remembered (kind, label); False when the label is not a period."""
        try:
            period = parse_period(label)
        except ValueError:
            return False
        if kind not in KINDS or kind_of(period) != kind:
            return False
        self.set_period(period, kind)
        return True

    def neighbours(self) -> list[Period]:
        """The periods ◀ and ▶ lead to (the next first: stepping forward is the common move)."""
        index = self.value_combo.currentIndex()
        return [self.value_combo.itemData(i) for i in (index + 1, index - 1) if 0 <= i < self.value_combo.count()]

    def step(self, delta: int) -> None:
        index = self.value_combo.currentIndex() + delta
        if 0 <= index < self.value_combo.count():
            self.value_combo.setCurrentIndex(index)

    def _fill(self, kind: str, anchor: Period) -> None:
        periods = periods_of(kind, self._years[0], self._years[-1], self._years)
        day = anchor.start
        if kind_of(anchor) != kind and self._latest is not None and anchor.start <= self._latest:
            day = min(anchor.end, self._latest)  # a year opened as quarters lands where the data ends
        for w in (self.kind_combo, self.value_combo):
            w.blockSignals(True)
        self.kind_combo.setCurrentIndex(KINDS.index(kind))
        self.value_combo.clear()
        chosen = -1
        for i, p in enumerate(periods):
            self.value_combo.addItem(period_text(kind, p, self._locale), p)
            if p.start <= day <= p.end:
                chosen = i
        if chosen < 0:  # the anchor's year is not on offer: the nearest year that is
            chosen = min(range(len(periods)), key=lambda i: abs(periods[i].start - day))
        self.value_combo.setCurrentIndex(chosen)
        for w in (self.kind_combo, self.value_combo):
            w.blockSignals(False)
        self._update_buttons()

    def _kind_chosen(self) -> None:
        before = self.period()
        self._fill(self.kind(), before)
        self.period_changed.emit(self.period())

    def _value_chosen(self) -> None:
        self._update_buttons()
        self.period_changed.emit(self.period())

    def _update_buttons(self) -> None:
        index = self.value_combo.currentIndex()
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.value_combo.count() - 1)
