"""The summary figures every export carries, with their Swedish labels and kinds of number."""

from __future__ import annotations

from dataclasses import dataclass

from vonapp.domain.glossary import WORKED_CATEGORIES
from vonapp.domain.summary import Summary

HOURS, KR, PCT, TKR = "h", "kr", "%", "tkr"


@dataclass(frozen=True)
class Figure:
    label: str
    key: str  # a dotted path into Summary.to_json_dict()
    kind: str


FIGURES: list[Figure] = [
    Figure("Budget i timmar", "budget_hours", HOURS),
    Figure("Arbetade timmar (utfall)", "worked_hours", HOURS),
    *[Figure(f"  varav {c.value}", f"worked_by_category.{c.value}", HOURS) for c in WORKED_CATEGORIES],
    Figure("Avvikelse timmar (budget − utfall)", "deviation_hours", HOURS),
    Figure("Planerade timmar (schema)", "planned_hours", HOURS),
    Figure("Frånvarotimmar", "absence_hours", HOURS),
    Figure("Budget kr", "budget_kr", KR),
    Figure("Utfall kr", "outcome_kr", KR),
    Figure("Avvikelse kr (budget − utfall)", "deviation_kr", KR),
    Figure("Budget helår timmar", "budget_year_hours", HOURS),
    Figure("Prognos helår timmar", "forecast_year_hours", HOURS),
    Figure("Budget helår kr", "budget_year_kr", KR),
    Figure("Prognos helår kr", "forecast_year_kr", KR),
    Figure("Beläggning", "occupancy_pct", PCT),
    Figure("Budgeterad beläggning", "occupancy_budget_pct", PCT),
    Figure("Resurspass planerade timmar", "resurspass.planned_hours", HOURS),
    Figure("Resurspass använda timmar", "resurspass.used_hours", HOURS),
    Figure("Resurspass nyttjandegrad", "resurspass.usage_pct", PCT),
    Figure("Missade resurspass timmar", "resurspass.missed_hours", HOURS),
    Figure("Missade resurspass kr", "resurspass.missed_kr", KR),
    Figure("Åtgärdskrav tkr", "measures.requirement_tkr", TKR),
    Figure("Åtgärder effekt i år tkr", "measures.effect_year_tkr", TKR),
    Figure("Åtgärder helårseffekt tkr", "measures.full_year_effect_tkr", TKR),
    Figure("Kvar till åtgärdskrav tkr", "measures.gap_tkr", TKR),
    Figure("Utförandegrad", "kpi.execution_rate", PCT),
    Figure("Bomtid", "kpi.idle_rate", PCT),
    Figure("Avböjda besök", "kpi.declined_rate", PCT),
    Figure("Sjukfrånvaro", "kpi.sick_rate", PCT),
    Figure("Andel timavlönade", "kpi.hourly_paid_share", PCT),
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
