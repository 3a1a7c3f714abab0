"""The PDF report's page of the plan areas: measures with status and latest follow-up, key figures
against their targets, the manager's prognos and the compensation comparison."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from vonapp.domain.formatting import fmt_kr_as_tkr, fmt_number, fmt_pct, fmt_tkr
from vonapp.domain.plan import kpi_verdicts
from vonapp.io.export.pdf_charts import font
from vonapp.io.export.plan_data import PlanExtras
from vonapp.io.export.plan_sheets import CATEGORY_LABELS, verdict_word

if TYPE_CHECKING:
    from vonapp.io.export.pdf_layout import PageDrawer as Pages

LEFT, RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight


def _v(x: object) -> float | None:
    return None if x is None or (isinstance(x, float) and pd.isna(x)) else float(x)  # type: ignore[arg-type]


def _tkr(kr: object) -> str:
    return fmt_kr_as_tkr(_v(kr)).replace("\u00a0tkr", "")


def has_plan_page(report: object) -> bool:
    return getattr(report, "plan", None) is not None


def draw_plan_page(pages: Pages) -> None:
    x: PlanExtras = pages.report.plan  # type: ignore[attr-defined]
    all_units = pages.report.all_units
    width = pages.width
    y = 0.0
    if x.by_unit is not None:
        y = pages.heading(y, f"Åtgärdsplan {x.year} – enheterna sida vid sida (tkr)")
        uw = (width - 50) / 4
        ucols = [("Enhet", 50.0, LEFT), ("Åtgärdskrav", uw, RIGHT), ("Effekt i år", uw, RIGHT),
                 ("Helårseffekt", uw, RIGHT), ("Kvar att hitta", uw, RIGHT)]
        urows = [[str(r.unit), fmt_number(_v(r.requirement_tkr)), fmt_number(r.effect_year_tkr),
                  fmt_number(r.full_year_effect_tkr), fmt_number(_v(r.gap_tkr))] for r in x.by_unit.itertuples()]
        y, _ = pages.table(y, ucols, urows, bottom=90)
        y += 4
    y = pages.heading(y, f"Åtgärder med uppföljning {x.year} (tkr)")
    lead = [("Enhet", 26.0, LEFT)] if all_units else []
    note_w = width - 40 - 16 - 18 - 20 - sum(c[1] for c in lead)
    cols = [*lead, ("Åtgärd", 40.0, LEFT), ("Effekt", 16.0, RIGHT), ("Helår", 18.0, RIGHT), ("Status", 20.0, LEFT),
            ("Senaste uppföljning", note_w, LEFT)]
    rows = []
    for r in x.plan.measures.itertuples(index=False):
        note = "" if r.latest_note is None or pd.isna(r.latest_note) else f"{r.latest_note_on}: {r.latest_note}"
        rows.append([*([str(r.unit)] if all_units else []), str(r.name), fmt_number(r.effect_year_tkr),
                     fmt_number(r.full_year_effect_tkr), str(r.status), note])
    t = x.plan.totals
    rows.append([*([""] if all_units else []), "Totalt", fmt_number(t.effect_year_tkr),
                 fmt_number(t.full_year_effect_tkr), "", f"Åtgärdskrav {fmt_tkr(t.requirement_tkr)}, "
                 f"kvar att hitta {fmt_tkr(t.gap_tkr)}"])
    y, drawn = pages.table(y, cols, rows, bold_last=True, bottom=110 if x.by_unit is None else 125)
    if drawn < len(rows):
        y = _line(pages, y, f"… och {len(rows) - drawn} rader till, se uppföljningsfilen (xlsx).")
    y = pages.heading(y + 5, f"Nyckeltal {x.year} mot mål")
    tg = x.kpi.targets
    k = x.kpi.year_row
    ok = kpi_verdicts(_v(k["execution_rate"]), _v(k["idle_rate"]), _v(k["declined_rate"]), tg)
    kcols = [("Nyckeltal", 60.0, LEFT), ("Helår", 30.0, RIGHT), ("Mål", 40.0, RIGHT), ("Bedömning", width - 130, LEFT)]
    krows = [["Utförandegrad", fmt_pct(_v(k["execution_rate"])), f"minst {fmt_pct(tg.execution_target_pct)}",
              verdict_word(ok["execution_rate"])],
             ["Bomtid", fmt_pct(_v(k["idle_rate"])), f"under {fmt_pct(tg.idle_max_pct)}", verdict_word(ok["idle_rate"])],
             ["Avböjda besök", fmt_pct(_v(k["declined_rate"])), f"under {fmt_pct(tg.declined_max_pct)}",
              verdict_word(ok["declined_rate"])],
             ["Sjukfrånvaro", fmt_pct(_v(k["sick_rate"])), "", ""],
             ["Andel timavlönade", fmt_pct(_v(k["hourly_paid_share"])), "", ""]]
    assessed = x.indicators[x.indicators["assessment"].notna() | x.indicators["target"].notna()]
    for r in assessed.itertuples(index=False):
        krows.append([str(r.name), fmt_number(_v(r.value), 1) if _v(r.value) is not None else "–",
                      fmt_number(_v(r.target), 1) if _v(r.target) is not None else "", str(r.assessment or "")])
    y, drawn = pages.table(y, kcols, krows, bottom=200)
    if drawn < len(krows):
        y = _line(pages, y, f"… och {len(krows) - drawn} indikatorer till, se uppföljningsfilen (xlsx).")
    y = pages.heading(y + 5, f"Prognos helår (ekonomi) {x.year} (tkr)")
    w = (width - 44) / 5
    fcols = [("Kategori", 44.0, LEFT), ("Budget helår", w, RIGHT), ("Utfall hittills", w, RIGHT),
             ("Prognos helår", w, RIGHT), ("Förändring", w, RIGHT), ("Avv. prognos/budget", w, RIGHT)]
    frows = [[CATEGORY_LABELS.get(r.category, r.category), _tkr(r.budget_year_kr), _tkr(r.outcome_kr),
              _tkr(r.forecast_kr) + ("" if r.is_set else " *"), _tkr(r.change_kr), _tkr(r.deviation_kr)]
             for r in x.finance.table.itertuples(index=False)]
    y, _ = pages.table(y, fcols, frows, bottom=250)
    y = _line(pages, y, "* utfall hittills + budget för resterande månader (ingen egen prognos satt).", 7.5)
    c = x.compensation
    if c is not None:
        y = pages.heading(y + 4, f"Ersättningsmodell {x.year}")
        mw = (width - 40) / 4
        ccols = [("Modell", 40.0, LEFT), ("Utförandegrad", mw, RIGHT), ("Brukartid", mw, RIGHT),
                 ("Budget", mw, RIGHT), (f"Skillnad mot {c.models[0].name}", mw, RIGHT)]
        crows = [[m.name, fmt_pct(m.execution_share_pct), fmt_pct(m.client_time_share_pct),
                  fmt_kr_as_tkr(m.budget_kr), fmt_kr_as_tkr(c.difference_from_first(i))]
                 for i, m in enumerate(c.models)]
        if c.actual is not None:
            crows.append([f"Egna andelar ({c.actual.months} mån)", fmt_pct(c.actual.execution_share_pct),
                          fmt_pct(c.actual.client_time_share_pct), fmt_kr_as_tkr(c.actual_budget_kr), ""])
        pages.table(y, ccols, crows, bottom=297 - 2 * 15.0 - 4)


def _line(pages: Pages, y: float, text: str, size: float = 8.5) -> float:
    pages.p.setFont(font(size))
    pages.p.setPen(QColor("#000000"))
    pages.p.drawText(pages.r(0, y + 1.5, pages.width, 5), Qt.AlignmentFlag.AlignLeft, text)
    return y + 6
