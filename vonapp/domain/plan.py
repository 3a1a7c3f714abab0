"""Action plan, key-figure targets and the manager's finance prognos: pure rules over frames."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from vonapp.domain.glossary import FinanceCategory
from vonapp.texts import N_

# A measure's status (issue 13): the four words of the window's choice list.
STATUSES = (N_("ej påbörjad"), N_("pågår"), N_("genomförd"), N_("avbruten"))  # stored as written
DEFAULT_STATUS = "pågår"


def normalize_status(text: object) -> str | None:
    """The status word for text in any case ('Pågår', ' GENOMFÖRD '); None if it is not one of them."""
    if text is None:
        return None
    folded = " ".join(str(text).split()).casefold()
    # Words people write in their own action plans for the same four states.
    aliases = {"ej paborjad": "ej påbörjad", "ej påbörjat": "ej påbörjad", "inte påbörjad": "ej påbörjad",
               "planerad": "ej påbörjad", "ny": "ej påbörjad", "pagar": "pågår", "pågående": "pågår",
               "startad": "pågår", "påbörjad": "pågår", "genomford": "genomförd", "klar": "genomförd",
               "avslutad": "genomförd", "klart": "genomförd", "utförd": "genomförd", "avbruten": "avbruten",
               "stoppad": "avbruten", "struken": "avbruten"}
    folded = aliases.get(folded, folded)
    return folded if folded in STATUSES else None


def status_problem(text: object) -> str | None:
    """A Swedish reason when text is not a status, else None."""
    if normalize_status(text) is not None:
        return None
    return f"Status {text!r} finns inte; välj {', '.join(STATUSES[:-1])} eller {STATUSES[-1]}."


@dataclass(frozen=True)
class PlanTotals:
    """Totals of a unit's (or all units') measures against åtgärdskrav; gap = krav − effekt i år."""

    requirement_tkr: float | None
    effect_year_tkr: float
    full_year_effect_tkr: float
    gap_tkr: float | None
    measures: int

    @property
    def verdict(self) -> str:
        """'good' when the gap is ≤ 0, 'watch' up to 25 % of the requirement, 'act' beyond, 'none' without krav
        (the Översikt tile's thresholds)."""
        if self.gap_tkr is None or self.requirement_tkr is None:
            return "none"
        if self.gap_tkr <= 0:
            return "good"
        return "watch" if self.gap_tkr <= 0.25 * self.requirement_tkr else "act"


def plan_totals(measures: pd.DataFrame, requirement_tkr: float | None) -> PlanTotals:
    effect = float(measures["effect_year_tkr"].fillna(0.0).sum()) if not measures.empty else 0.0
    full = float(measures["full_year_effect_tkr"].fillna(0.0).sum()) if not measures.empty else 0.0
    gap = None if requirement_tkr is None else requirement_tkr - effect
    return PlanTotals(requirement_tkr, effect, full, gap, len(measures))


# --- Key-figure targets -------------------------------------------------------------------------

@dataclass(frozen=True)
class KpiTargets:
    """Utförandegrad at least, bomtid and avböjda below (percent of worked time)."""

    execution_target_pct: float = 70.0
    idle_max_pct: float = 5.0
    declined_max_pct: float = 1.0
    stored: bool = False  # False: the defaults, nothing saved for the unit and year


TARGET_COLUMNS = ("execution_target_pct", "idle_max_pct", "declined_max_pct")


def kpi_verdicts(execution: float | None, idle: float | None, declined: float | None,
                 t: KpiTargets) -> dict[str, bool | None]:
    """Whether each figure meets its target (None without data)."""
    return {
        "execution_rate": None if execution is None else execution >= t.execution_target_pct,
        "idle_rate": None if idle is None else idle < t.idle_max_pct,
        "declined_rate": None if declined is None else declined < t.declined_max_pct,
    }


# --- Finance: the manager's prognos per category ------------------------------------------------

FINANCE_CATEGORIES = [c.value for c in FinanceCategory]
FINANCE_COLUMNS = ["category", "budget_year_kr", "outcome_kr", "last_month", "default_forecast_kr", "forecast_kr",
                   "forecast_made_on", "previous_forecast_kr", "previous_made_on", "change_kr", "deviation_kr",
                   "is_set"]


def last_booked_month(lines: pd.DataFrame) -> int:
    """The last month of the year's lines with an outcome booked (0: none yet)."""
    booked = lines[lines["outcome_kr"].notna()]
    return int(booked["month"].max()) if not booked.empty else 0


def finance_forecast_table(lines: pd.DataFrame, forecasts: pd.DataFrame) -> pd.DataFrame:
    """Per category: budget for the year, outcome so far, the manager's prognos (or its default:
    outcome up to the last booked month + budget of the months after), the prognos before it,
    the change since then, and deviation = prognos − budget (signed amounts: costs are negative,
    so a positive deviation is better than budget, as the seed's "Avv. prognos/budget").

    lines: month, category, budget_kr, outcome_kr of one unit-year (or summed units);
    forecasts: category, forecast_kr, made_on, id — every prognos made, any order.
    """
    last = last_booked_month(lines) if not lines.empty else 0
    rows = []
    for cat in FINANCE_CATEGORIES:
        mine = lines[lines["category"] == cat] if not lines.empty else lines
        budget = float(mine["budget_kr"].sum()) if not mine.empty else None
        outcome = mine.loc[mine["month"] <= last, "outcome_kr"].sum(min_count=1) if not mine.empty else None
        outcome = None if outcome is None or pd.isna(outcome) else float(outcome)
        after = float(mine.loc[mine["month"] > last, "budget_kr"].sum()) if not mine.empty else 0.0
        default = None if budget is None else (outcome or 0.0) + after
        made = forecasts[forecasts["category"] == cat].sort_values(["made_on", "id"]) if not forecasts.empty else forecasts
        current = made.iloc[-1] if len(made) else None
        before = made.iloc[-2] if len(made) > 1 else None
        forecast = float(current["forecast_kr"]) if current is not None else default
        previous = float(before["forecast_kr"]) if before is not None else (default if current is not None else None)
        rows.append({
            "category": cat, "budget_year_kr": budget, "outcome_kr": outcome, "last_month": last,
            "default_forecast_kr": default, "forecast_kr": forecast,
            "forecast_made_on": None if current is None else current["made_on"],
            "previous_forecast_kr": previous,
            "previous_made_on": None if before is None else before["made_on"],
            "change_kr": None if current is None or previous is None else forecast - previous,
            "deviation_kr": None if forecast is None or budget is None else forecast - budget,
            "is_set": current is not None,
        })
    return pd.DataFrame(rows, columns=FINANCE_COLUMNS)


def with_last_year(table: pd.DataFrame, last_year_lines: pd.DataFrame) -> pd.DataFrame:
    """The seed's "Delårsbokslut" comparison: outcome of the same months a year earlier (through the
    table's last booked month) and the difference outcome − last year's, per category."""
    out = table.copy()
    last = int(out["last_month"].max()) if not out.empty else 0
    same = last_year_lines[last_year_lines["month"] <= last] if not last_year_lines.empty else last_year_lines
    before = same.groupby("category")["outcome_kr"].sum(min_count=1) if not same.empty else pd.Series(dtype=float)
    out["outcome_last_year_kr"] = [None if pd.isna(v := before.get(c)) else float(v) for c in out["category"]]
    out["outcome_change_kr"] = [None if a is None or pd.isna(b) or b is None else float(b) - a
                                for a, b in zip(out["outcome_last_year_kr"], out["outcome_kr"], strict=True)]
    return out
