"""The finance table of the follow-up file, in the order of the seed's tables (costs negative)."""

from __future__ import annotations

import pandas as pd

from vonapp.domain.glossary import FinanceCategory as F
from vonapp.domain.periods import Period, months_overlapping

COSTS = [F.PERSONALKOSTNADER, F.LOKALHYROR, F.KOP_AV_TJANSTER, F.OVRIGA_KOSTNADER]
ROWS: list[tuple[str, list[F], bool]] = [
    ("Verksamhetens intäkter", [F.INTAKTER], False),
    ("Personalkostnader", [F.PERSONALKOSTNADER], False),
    ("Lokalhyror", [F.LOKALHYROR], False),
    ("Köp av tjänster", [F.KOP_AV_TJANSTER], False),
    ("Övriga kostnader", [F.OVRIGA_KOSTNADER], False),
    ("Verksamhetens kostnader", COSTS, True),
    ("Verksamhetens nettokostnader", [F.INTAKTER, *COSTS], True),
]
COLUMNS = ["label", "budget_year_kr", "budget_kr", "outcome_kr", "deviation_kr", "forecast_kr",
           "forecast_deviation_kr", "is_total"]
FORECAST_LABEL = "Prognos helår (ekonomi)"
NOTE = ("Prognos helår (ekonomi) = bokfört utfall hittills i år (till och med {month}) + budget för årets "
        "återstående månader. Den skiljer sig från Prognos helår på bladet Sammanfattning, som gäller budget i "
        "timmar (utfall t.o.m. senaste registrerade dag + schemats timmar därefter). "
        "Kostnader är negativa; avvikelse = utfall − budget, så en positiv avvikelse är bättre än budget.")


def last_outcome_month(lines: pd.DataFrame, period: Period) -> int | None:
    """The last month of the period's end year, not after the period, with a booked outcome."""
    y = period.end.year
    booked = lines[(lines["year"] == y) & lines["outcome_kr"].notna() & (lines["month"] <= period.end.month)]
    return int(booked["month"].max()) if not booked.empty else None


def finance_table(lines: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Budget, outcome and forecast per category; forecast = outcome up to the last booked month + budget after.

    Deviation = outcome − budget (costs are negative, so positive is better than budget).
    """
    if lines.empty:
        return pd.DataFrame(columns=COLUMNS)
    y = period.end.year
    lines = lines[lines["year"] == y]
    in_period = lines["month"].isin([m for yy, m in months_overlapping(period) if yy == y])
    last = last_outcome_month(lines, period) or 0
    parts = pd.DataFrame({
        "category": lines["category"],
        "budget_year_kr": lines["budget_kr"],
        "budget_kr": lines["budget_kr"].where(in_period),
        "outcome_kr": lines["outcome_kr"].where(in_period),
        "forecast_kr": lines["outcome_kr"].fillna(0.0).where(lines["month"] <= last, lines["budget_kr"]),
    })
    by_category = parts.groupby("category").sum(min_count=1)
    out = []
    for label, cats, is_total in ROWS:
        here = by_category.reindex([c.value for c in cats])
        row = {col: here[col].sum(min_count=1) for col in ("budget_year_kr", "budget_kr", "outcome_kr", "forecast_kr")}
        out.append({
            "label": label, **row, "deviation_kr": row["outcome_kr"] - row["budget_kr"],
            "forecast_deviation_kr": row["forecast_kr"] - row["budget_year_kr"], "is_total": is_total,
        })
    return pd.DataFrame(out, columns=COLUMNS)
