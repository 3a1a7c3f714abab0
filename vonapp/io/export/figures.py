"""The summary figures every export and `vonapp summary` carry, with their Swedish labels and kinds of number.

A figure marked `compared` is taken over the recorded part of a period under way (DESIGN.md); its label
then ends in "t.o.m. 31 aug" wherever it is shown, so the window, the summary and every file say the
same thing about the same number.
"""

from __future__ import annotations

from dataclasses import dataclass

from vonapp.domain.formatting import (
    fmt_hours,
    fmt_kr_as_tkr,
    fmt_number,
    fmt_pct,
    fmt_through,
    fmt_tkr,
)
from vonapp.domain.glossary import WORKED_CATEGORIES
from vonapp.domain.periods import parse_period, period_words
from vonapp.domain.summary import Summary
from vonapp.texts import N_

HOURS, KR, PCT, TKR = "h", "kr", "%", "tkr"


@dataclass(frozen=True)
class Figure:
    label: str
    key: str  # a dotted path into Summary.to_json_dict()
    kind: str
    compared: bool = False  # over start..through of a period under way

    def label_for(self, summary: Summary | dict) -> str:
        """The label, with " t.o.m. 31 aug" for a compared figure of a period under way."""
        through = summary.get("through") if isinstance(summary, dict) else summary.through
        return f"{self.label} {fmt_through(through)}" if self.compared and through else self.label


# Labels marked N_ for the catalogue: `vonapp summary` shows them in the command line's language; the
# files keep them Swedish.
FIGURES: list[Figure] = [
    Figure(N_("Budget i timmar"), "budget_hours", HOURS, True),
    Figure(N_("Budget i timmar hela perioden"), "budget_hours_period", HOURS),
    Figure(N_("Arbetade timmar (utfall)"), "worked_hours", HOURS, True),
    *[Figure(f"  varav {c.value}", f"worked_by_category.{c.value}", HOURS, True) for c in WORKED_CATEGORIES],
    Figure(N_("Avvikelse timmar (budget − utfall)"), "deviation_hours", HOURS, True),
    Figure(N_("Planerade timmar (schema)"), "planned_hours", HOURS, True),
    Figure(N_("Frånvarotimmar"), "absence_hours", HOURS, True),
    Figure(N_("Budget kr"), "budget_kr", KR, True),
    Figure(N_("Budget kr hela perioden"), "budget_kr_period", KR),
    Figure(N_("Utfall kr"), "outcome_kr", KR, True),
    Figure(N_("Avvikelse kr (budget − utfall)"), "deviation_kr", KR, True),
    Figure(N_("Budget helår timmar"), "budget_year_hours", HOURS),
    Figure(N_("Prognos helår timmar"), "forecast_year_hours", HOURS),
    Figure(N_("Budget helår kr"), "budget_year_kr", KR),
    Figure(N_("Prognos helår kr"), "forecast_year_kr", KR),
    Figure(N_("Beläggning"), "occupancy_pct", PCT),
    Figure(N_("Budgeterad beläggning"), "occupancy_budget_pct", PCT),
    Figure(N_("Resurspass planerade timmar"), "resurspass.planned_hours", HOURS, True),
    Figure(N_("Resurspass använda timmar"), "resurspass.used_hours", HOURS, True),
    Figure(N_("Resurspass nyttjandegrad"), "resurspass.usage_pct", PCT, True),
    Figure(N_("Missade resurspass timmar"), "resurspass.missed_hours", HOURS, True),
    Figure(N_("Missade resurspass kr"), "resurspass.missed_kr", KR, True),
    Figure(N_("Åtgärdskrav tkr"), "measures.requirement_tkr", TKR),
    Figure(N_("Åtgärder effekt i år tkr"), "measures.effect_year_tkr", TKR),
    Figure(N_("Åtgärder helårseffekt tkr"), "measures.full_year_effect_tkr", TKR),
    Figure(N_("Kvar till åtgärdskrav tkr"), "measures.gap_tkr", TKR),
    Figure(N_("Utförandegrad"), "kpi.execution_rate", PCT),
    Figure(N_("Bomtid"), "kpi.idle_rate", PCT),
    Figure(N_("Avböjda besök"), "kpi.declined_rate", PCT),
    Figure(N_("Sjukfrånvaro"), "kpi.sick_rate", PCT, True),
    Figure(N_("Andel timavlönade"), "kpi.hourly_paid_share", PCT, True),
]

# The main figures of the side-by-side comparison of units.
UNIT_COLUMNS: list[str] = ["budget_hours", "worked_hours", "deviation_hours", "deviation_kr", "forecast_year_kr",
                           "budget_year_kr", "occupancy_pct", "resurspass.missed_hours", "resurspass.missed_kr",
                           "measures.requirement_tkr", "measures.gap_tkr", "kpi.sick_rate",
                           "kpi.hourly_paid_share"]


def figure(key: str) -> Figure:
    return next(f for f in FIGURES if f.key == key)


def value_of(summary: Summary | dict, key: str) -> float | None:
    """The figure at a dotted key; a category nobody worked counts as no data (None)."""
    data = summary.to_json_dict() if isinstance(summary, Summary) else summary
    node: object = data
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return None if node is None else float(node)  # type: ignore[arg-type]


def show(kind: str, value: float | None) -> str:
    """A figure as people read it: hours and percent as they are, kr in tkr."""
    if kind == HOURS:
        return fmt_hours(value)
    if kind == KR:
        return fmt_kr_as_tkr(value)
    if kind == PCT:
        return fmt_pct(value)
    if kind == TKR:
        return fmt_tkr(value)
    return fmt_number(value)


def shown_rows(summary: Summary) -> list[tuple[str, str]]:
    """(label, value as shown) of every figure: the PDF's overview and `vonapp summary`'s table."""
    data = summary.to_json_dict()
    return [(f.label_for(data).strip(), show(f.kind, value_of(data, f.key))) for f in FIGURES]


def period_line(summary: Summary) -> str:
    """`År 2024 (2024-01-01 – 2024-12-31), utfall t.o.m. 31 aug` (the part after the comma when under way);
    the period in the window selector's words."""
    text = f"{period_words(parse_period(summary.period))} ({summary.period_start} – {summary.period_end})"
    if summary.through:
        text += f", utfall {fmt_through(summary.through)}"
    elif summary.worked_hours is None:
        text += ", ingen tid registrerad"
    return text
