"""Pseudonyms for files that leave the unit: every employee's number and name become "Anställd N".

N is stable within one file (employees in the order of their numbers), so rows of one person
still add up, but neither the employment number nor the name reaches finance. Columns that
name a person in other frames (a measure's responsible, say) are replaced the same way.
"""

from __future__ import annotations

import pandas as pd

PERSON_COLUMNS = ("responsible", "ansvarig", "display_name", "employee_name")
PSEUDONYM = "Anställd {0}"


def pseudonymize_people(hourly: pd.DataFrame) -> pd.DataFrame:
    """The hourly-paid frame with employment_number and name both replaced by a pseudonym."""
    out = hourly.copy()
    if out.empty or "employment_number" not in out:
        return out
    numbers = sorted({str(n) for n in out["employment_number"].dropna()})
    alias = {n: PSEUDONYM.format(i) for i, n in enumerate(numbers, start=1)}
    pseudo = out["employment_number"].map(lambda n: None if pd.isna(n) else alias[str(n)])
    out["employment_number"] = pseudo
    if "name" in out:
        out["name"] = pseudo.where(pseudo.notna(), "Inhyrd personal")
    return out


def pseudonymize_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Any column that names a person replaced by "Person N" (measures, notes)."""
    cols = [c for c in frame.columns if str(c).lower() in PERSON_COLUMNS]
    if not cols or frame.empty:
        return frame
    out = frame.copy()
    for c in cols:
        names = sorted({str(v) for v in out[c].dropna() if str(v).strip()})
        alias = {n: f"Person {i}" for i, n in enumerate(names, start=1)}
        out[c] = out[c].map(lambda v, a=alias: a.get(str(v), v) if v is not None and not pd.isna(v) else v)
    return out


def pseudonymize_plan(plan: object) -> object:
    """The plan areas' extras (io.export.plan_data.PlanExtras) with a measure's responsible replaced."""
    from dataclasses import replace

    view = getattr(plan, "plan", None)
    if view is None or getattr(view, "measures", None) is None:
        return plan
    return replace(plan, plan=replace(view, measures=pseudonymize_frame(view.measures)))  # type: ignore[type-var]
