"""The pages of the PDF report: what goes where, in millimetres on an A4 page."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPdfWriter, QPen

from vonapp.domain import daily as d
from vonapp.domain.formatting import fmt_kr_as_tkr, fmt_number, fmt_through, fmt_tkr
from vonapp.domain.glossary import WORKED_CATEGORIES
from vonapp.domain.palette import CATEGORY_COLOURS, SERIES_COLOURS
from vonapp.domain.periods import period_words
from vonapp.io.export.data import Report
from vonapp.io.export.figures import UNIT_COLUMNS, figure, show, value_of
from vonapp.io.export.finance import finance_table
from vonapp.io.export.pdf_charts import Chart, Series, draw_chart
from vonapp.io.export.pdf_charts import font as _font
from vonapp.io.export.pdf_layout import DPI, MARGIN_MM, header_lines, overview_rows
from vonapp.io.export.plan_pdf import draw_plan_page, has_plan_page

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
# The window's colours (vonapp.domain.palette), category by category and series by series.
CATEGORY_COLORS = {column: QColor(colour) for column, colour in CATEGORY_COLOURS.items()}
C = {name: QColor(colour) for name, colour in SERIES_COLOURS.items()}
HEADER_BG = QColor("#DDE6F0")
Column = tuple[str, float, Qt.AlignmentFlag]  # title, width mm, alignment



def _nums(series: pd.Series) -> list[float | None]:
    return [None if pd.isna(v) else float(v) for v in series]


def _month_labels(starts: pd.Series) -> list[str]:
    many_years = starts.dt.year.nunique() > 1
    return [f"{MONTHS[s.month - 1]}{f' {s.year % 100:02d}' if many_years else ''}" for s in starts]


def _week_labels(starts: pd.Series) -> list[str]:
    return [f"v. {s.isocalendar().week}" for s in starts]


def budget_chart(report: Report) -> Chart:
    """The window's budget chart: the period's months, then the forecast months to 31 December.

    The same frame as the window's (Report.budget_chart, vonapp.store.series.SeriesSpec.chart_budget):
    worked hours by category up to the last recorded day, the schedule's hours after it as hatched
    grey bars (the window's "prognos (schemalagt)"), the budget line over every month.
    """
    f = report.budget_chart
    worked = f["worked_hours"].fillna(0.0)
    # A forecast month has no outcome (NaN): no category bar, only the schedule's hours, hatched.
    stacks = [Series(c.value.capitalize(), _nums(f[col]), CATEGORY_COLORS[col])
              for c, col in zip(WORKED_CATEGORIES, d.WORKED_COLUMNS, strict=True) if f[col].sum() > 0]
    extra = (f["forecast_hours"] - worked).clip(lower=0.0)
    if (extra > 0.5).any():
        stacks.append(Series("Prognos (schemalagt)", _nums(extra), C["forecast"], hatched=True))
    lines = [Series("Budget i timmar", _nums(f["budget_hours_period"]), C["budget"])]
    recorded_to = report.summary.through or (report.period.end if report.summary.worked_hours else None)
    if f["is_forecast"].any():
        done = f"utfall {fmt_through(recorded_to)}, " if recorded_to is not None else ""
        title = f"Budget i timmar per månad ({done}sedan prognos enligt schema)"
    else:
        title = "Budget i timmar per månad"
    return Chart(title, _month_labels(f["start"]), lambda v: fmt_number(v), "timmar", stacks, lines)


def occupancy_chart(report: Report) -> Chart:
    daily = report.period.days <= 62
    occ = report.occupancy_day if daily else report.occupancy_month
    cur, last = occ.current, occ.last_year
    earlier = _nums(last["occupancy_pct"]) if len(last) == len(cur) else [None] * len(cur)
    labels = [f"{s.day}/{s.month}" for s in cur["start"]] if daily else _month_labels(cur["start"])
    # This year is drawn last so that it stays visible where the lines meet.
    lines = [Series("Föregående år", earlier, C["occupancy_last_year"]),
             Series("Budgeterad beläggning", _nums(cur["budget_pct"]), C["occupancy_budget"], dashed=True),
             Series("Beläggning", _nums(cur["occupancy_pct"]), C["occupancy"])]
    return Chart(f"Beläggning per {'dag' if daily else 'månad'}", labels, lambda v: fmt_number(v, 1), "%",
                 lines=lines, zero_based=False, empty_text="Ingen beläggning registrerad för perioden.")


def resurspass_chart(report: Report) -> Chart:
    f = report.resurspass_week
    stacks = [Series("Använda i egen enhet", _nums(f["used_own_hours"]), C["resurspass_used"]),
              Series("Använda i annan enhet", _nums(f["used_other_hours"]), C["resurspass_used_other"]),
              Series("Ej placerade", _nums(f["unplaced_hours"]), C["resurspass_unplaced"])]
    # A week with nothing recorded yet has no bar; its planned resurspass is the forecast, dashed as the
    # window draws it, joined to the last recorded week.
    planned = _nums(f["planned_hours_period"])
    forecast = f["is_forecast"].to_numpy(dtype=bool)
    recorded = int((~forecast).sum())
    done = [v if not forecast[i] else None for i, v in enumerate(planned)]
    ahead = [v if forecast[i] or (i == recorded - 1) else None for i, v in enumerate(planned)]
    lines = [Series("Planerade", done, C["resurspass_planned"])] if recorded else []
    if forecast.any():
        lines.append(Series("Planerade, prognos", ahead, C["resurspass_planned"], dashed=True))
    lines.append(Series("Missade (vikarie i stället)", _nums(f["missed_hours"]), C["resurspass_missed"], dashed=True))
    through = fmt_through(report.summary.through)
    return Chart("Resurspass per vecka" + (f" (använda {through})" if through else ""), _week_labels(f["start"]),
                 lambda v: fmt_number(v), "timmar", stacks, lines)


class Pages:
    """Draws every page; page 1 overview and budget, 2 occupancy and resurspass, 3 action plan and finance."""

    def __init__(self, painter: QPainter, writer: QPdfWriter, report: Report,
                 step: Callable[[str], None] | None) -> None:
        self.p, self.writer, self.report, self.step = painter, writer, report, step
        self.mm = DPI / 25.4
        self.width = 210.0 - 2 * MARGIN_MM
        self.pages = (4 if report.all_units else 3) + int(has_plan_page(report))
        self.page = 1

    def r(self, x: float, y: float, w: float, h: float) -> QRectF:
        """A rectangle given in millimetres from the top-left margin corner."""
        m = self.mm
        return QRectF((MARGIN_MM + x) * m, (MARGIN_MM + y) * m, w * m, h * m)

    def tick(self, text: str) -> None:
        if self.step is not None:
            self.step(text)

    def draw(self) -> None:
        self.page_one()
        self.next_page()
        self.page_two()
        self.tick("Diagram ritade")
        self.next_page()
        self.page_three()
        if self.report.all_units:
            self.next_page()
            self.page_units()
        if has_plan_page(self.report):
            self.next_page()
            draw_plan_page(self)
        self.footer()

    def next_page(self) -> None:
        self.footer()
        self.writer.newPage()
        self.page += 1

    def footer(self) -> None:
        p = self.p
        p.setFont(_font(7.5))
        p.setPen(QColor("#606060"))
        rect = self.r(0, 297 - 2 * MARGIN_MM + 4, self.width, 6)
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft, f"vonapp · {self.report.unit_label} · {period_words(self.report.period)}")
        p.drawText(rect, Qt.AlignmentFlag.AlignRight, f"Sida {self.page} av {self.pages}")

    def heading(self, y: float, text: str, size: float = 12) -> float:
        self.p.setFont(_font(size, bold=True))
        self.p.setPen(QColor("#000000"))
        self.p.drawText(self.r(0, y, self.width, size * 0.6), Qt.AlignmentFlag.AlignLeft, text)
        return y + size * 0.6 + 1.5

    def page_one(self) -> None:
        title, sub = header_lines(self.report)
        y = self.heading(0, title, 18)
        self.p.setFont(_font(9))
        period, _, rest = sub.partition(" · ")  # the period on its own line, the codes and date below
        self.p.drawText(self.r(0, y + 1, self.width, 5), Qt.AlignmentFlag.AlignLeft, period)
        self.p.drawText(self.r(0, y + 5.5, self.width, 5), Qt.AlignmentFlag.AlignLeft, rest)
        self.p.setPen(QPen(QColor("#0072B2"), 0.6 * self.mm))
        self.p.drawLine(QPointF(self.r(0, y + 12, 0, 0).topLeft()), QPointF(self.r(self.width, y + 12, 0, 0).topLeft()))
        y = self.heading(y + 15, "Översikt", 12)
        col_w = (self.width - 6) / 2
        row_h = 4.3
        bottom = y
        for n, (heading, rows) in enumerate(overview_rows(self.report)):
            x = 0 if n == 0 else col_w + 6
            self.p.setFont(_font(9, bold=True))
            self.p.setPen(QColor("#000000"))
            self.p.drawText(self.r(x, y, col_w, 5), Qt.AlignmentFlag.AlignLeft, heading)
            self.p.setFont(_font(8.5))
            yy = y + 5.5
            for i, (label, value) in enumerate(rows):
                if i % 2 == 0:
                    self.p.fillRect(self.r(x, yy, col_w, row_h), QColor("#F2F5F9"))
                self.p.setPen(QColor("#000000"))
                self.p.drawText(self.r(x + 1, yy, col_w - 26, row_h), Qt.AlignmentFlag.AlignVCenter, label)
                self.p.drawText(self.r(x + col_w - 27, yy, 26, row_h),
                                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, value)
                yy += row_h
            bottom = max(bottom, yy)
        y = bottom + 5
        draw_chart(self.p, self.r(0, y, self.width, 297 - 2 * MARGIN_MM - y - 2), budget_chart(self.report), self.mm)

    def page_two(self) -> None:
        h = (297 - 2 * MARGIN_MM - 10) / 2
        draw_chart(self.p, self.r(0, 0, self.width, h), occupancy_chart(self.report), self.mm)
        draw_chart(self.p, self.r(0, h + 8, self.width, h), resurspass_chart(self.report), self.mm)

    def table(self, y: float, columns: list[Column], rows: list[list[str]], *, bold_last: bool = False,
              bottom: float | None = None) -> tuple[float, int]:
        """Draw a table with wrapped cells from y; returns (y after it, rows drawn)."""
        p, mm = self.p, self.mm
        font, bold = _font(8), _font(8, bold=True)
        limit = bottom if bottom is not None else 297 - 2 * MARGIN_MM - 4

        def height(cells: list[str], f: QFont) -> float:
            fm = QFontMetricsF(f, self.writer)
            tallest = 0.0
            for (_, w, _), text in zip(columns, cells, strict=True):
                box = fm.boundingRect(QRectF(0, 0, (w - 2) * mm, 1e6), Qt.TextFlag.TextWordWrap, text)
                tallest = max(tallest, box.height() / mm)
            return tallest + 2

        def draw_row(cells: list[str], f: QFont, yy: float, bg: QColor | None) -> float:
            h = height(cells, f)
            if bg is not None:
                p.fillRect(self.r(0, yy, sum(c[1] for c in columns), h), bg)
            p.setFont(f)
            p.setPen(QColor("#000000"))
            x = 0.0
            for (_, w, align), text in zip(columns, cells, strict=True):
                p.drawText(self.r(x + 1, yy + 1, w - 2, h - 2), int(align | Qt.TextFlag.TextWordWrap), text)
                x += w
            p.setPen(QPen(QColor("#C8C8C8"), 0.15 * mm))
            p.drawLine(self.r(0, yy + h, 0, 0).topLeft(), self.r(x, yy + h, 0, 0).topLeft())
            return yy + h

        y = draw_row([c[0] for c in columns], bold, y, HEADER_BG)
        drawn = 0
        for i, cells in enumerate(rows):
            last = bold_last and i == len(rows) - 1
            if y + height(cells, font) > limit:
                break
            y = draw_row(cells, bold if last else font, y, None)
            drawn += 1
        return y, drawn

    def page_three(self) -> None:
        rep = self.report
        y = self.heading(0, "Åtgärdsplan (tkr)")
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        lead: list[Column] = [("Enhet", 28, left)] if rep.all_units else []
        desc_w = self.width - 36 - 18 - 22 - 38 - sum(c[1] for c in lead)
        cols: list[Column] = [*lead, ("Åtgärd", 36, left), ("Beskrivning", desc_w, left),
                              (f"Effekt {rep.year}", 18, right), ("Helårseffekt", 22, right), ("Status", 38, left)]
        m = rep.measures
        rows = [[*([str(r.unit)] if rep.all_units else []), str(r.name), str(r.description),
                 fmt_number(r.effect_year_tkr), fmt_number(r.full_year_effect_tkr),
                 str(r.status)] for r in m.itertuples(index=False)]
        total = [*([""] if rep.all_units else []), "Totalt", "", fmt_number(m["effect_year_tkr"].sum()),
                 fmt_number(m["full_year_effect_tkr"].sum()), ""]
        # One unit: the plan and the finance table share the page; all units: the plan has the page.
        bottom = 297 - 2 * MARGIN_MM - 16 if rep.all_units else 170
        y, drawn = self.table(y, cols, [*rows, total], bold_last=True, bottom=bottom)
        self.p.setFont(_font(8.5))
        self.p.setPen(QColor("#000000"))
        ms = rep.summary.measures
        more = len(rows) + 1 - drawn
        lines = [f"Åtgärdskrav: {fmt_tkr(ms.requirement_tkr)} · Effekt i år: {fmt_tkr(ms.effect_year_tkr)} · "
                 f"Kvar att hitta: {fmt_tkr(ms.gap_tkr)}"]
        if more > 0:
            lines.append(f"… och {more} rader till, se uppföljningsfilen (xlsx).")
        for text in lines:
            self.p.drawText(self.r(0, y + 2, self.width, 5), Qt.AlignmentFlag.AlignLeft, text)
            y += 5
        if not rep.all_units:
            self.finance(y + 8)

    def finance(self, y: float) -> None:
        rep = self.report
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        y = self.heading(y, f"Ekonomi {rep.year} (tkr)")
        fin = finance_table(rep.finance, rep.period)
        w = (self.width - 52) / 4
        cols = [("Kategori", 52, left), ("Budget helår", w, right), ("Utfall perioden", w, right),
                ("Prognos helår (ekonomi)", w, right), ("Avvikelse helår (ekonomi)", w, right)]

        def tkr(v: float) -> str:
            return fmt_kr_as_tkr(None if pd.isna(v) else float(v)).replace("\u00a0tkr", "")

        frows = [[r.label, tkr(r.budget_year_kr), tkr(r.outcome_kr), tkr(r.forecast_kr), tkr(r.forecast_deviation_kr)]
                 for r in fin.itertuples(index=False)]
        if frows:
            y, _ = self.table(y, cols, frows)
            self.p.setFont(_font(7.5))
            self.p.setPen(QColor("#404040"))
            self.p.drawText(self.r(0, y + 2, self.width, 10), int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                            "Prognos helår (ekonomi) = bokfört utfall hittills i år + budget för årets "
                            "återstående månader, per kategori i ekonomins rader. Den skiljer sig från "
                            "Prognos helår i översikten, som är budget i timmar: utfall t.o.m. senaste "
                            "registrerade dag + schemalagda timmar därefter. Kostnader är negativa.")
        else:
            self.p.setFont(_font(8.5))
            self.p.drawText(self.r(0, y, self.width, 5), Qt.AlignmentFlag.AlignLeft, "Inga ekonomirader för året.")

    def page_units(self) -> None:
        y = self.heading(0, "Enheterna jämförda")
        keys = ["budget_hours", "worked_hours", "deviation_kr", "occupancy_pct", "resurspass.missed_kr",
                "measures.gap_tkr"]
        assert set(keys) <= set(UNIT_COLUMNS)
        through = fmt_through(self.report.summary.through)
        if through:
            y = self.heading(y - 1, f"Budget, utfall och resurspass {through}, varje enhet t.o.m. sin sista "
                                    "registrerade dag", 9)
        names = ["Budget h", "Arbetade h", "Avvikelse tkr", "Beläggning", "Missade resurspass tkr", "Kvar åtg.krav"]
        w = (self.width - 50) / len(keys)
        right = Qt.AlignmentFlag.AlignRight
        cols: list[Column] = [("Enhet", 50, Qt.AlignmentFlag.AlignLeft), *[(n, w, right) for n in names]]
        rows = []
        for s in [*self.report.unit_rows, self.report.summary]:
            data = s.to_json_dict()
            rows.append([s.unit, *[show(figure(k).kind, value_of(data, k)).replace("\u00a0tkr", "") for k in keys]])
        y, drawn = self.table(y, cols, rows, bold_last=True, bottom=180)
        if drawn < len(rows):
            self.p.setFont(_font(8.5))
            self.p.setPen(QColor("#000000"))
            self.p.drawText(self.r(0, y + 2, self.width, 5), Qt.AlignmentFlag.AlignLeft,
                            f"… och {len(rows) - drawn} rader till, se uppföljningsfilen (xlsx).")
            y += 5
        self.finance(y + 8)
