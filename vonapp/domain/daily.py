"""The daily frame: one row per unit and day with recorded hours per category and planned hours.

Columns: `unit_id`, `date` (datetime64), one column per worked category (`ordinarie`,
`resurspass`, `vikarie`, `mertid`, `overtid`, `inhyrd`), `res_used` (resurspass hours with a
placement), `res_other` (of those, placed in another unit), `sick`, `absence` (all frånvaro), `planned`, `planned_res` (from the schedule).
"""

from __future__ import annotations

import pandas as pd

from vonapp.domain.glossary import SUBSTITUTE_CATEGORIES, WORKED_CATEGORIES, Category

CATEGORY_COLUMN: dict[Category, str] = {
    Category.ORDINARIE: "ordinarie",
    Category.RESURSPASS: "resurspass",
    Category.VIKARIE: "vikarie",
    Category.MERTID: "mertid",
    Category.OVERTID: "overtid",
    Category.INHYRD: "inhyrd",
}
WORKED_COLUMNS = [CATEGORY_COLUMN[c] for c in WORKED_CATEGORIES]
SUBSTITUTE_COLUMNS = [CATEGORY_COLUMN[c] for c in SUBSTITUTE_CATEGORIES]
RECORDED_COLUMNS = [*WORKED_COLUMNS, "res_used", "res_other", "sick", "absence"]
PLANNED_COLUMNS = ["planned", "planned_res"]
DAILY_COLUMNS = ["unit_id", "date", *RECORDED_COLUMNS, *PLANNED_COLUMNS]


def empty_daily() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="float64") for c in DAILY_COLUMNS})
    frame["unit_id"] = frame["unit_id"].astype("int64")
    frame["date"] = frame["date"].astype("datetime64[ns]")
    return frame


def combine(recorded: pd.DataFrame, planned: pd.DataFrame) -> pd.DataFrame:
    """Outer-join recorded and planned daily sums; a missing value is 0 hours that day."""
    if recorded.empty and planned.empty:
        return empty_daily()
    out = recorded.merge(planned, on=["unit_id", "date"], how="outer")
    for c in DAILY_COLUMNS:
        if c not in out:
            out[c] = 0.0
    values = RECORDED_COLUMNS + PLANNED_COLUMNS
    out[values] = out[values].astype("float64").fillna(0.0)
    out["date"] = pd.to_datetime(out["date"])
    return out[DAILY_COLUMNS].sort_values(["unit_id", "date"], ignore_index=True)


def worked(daily: pd.DataFrame) -> pd.Series:
    """Worked hours per row = Σ of the worked categories (absence is not worked time)."""
    return daily[WORKED_COLUMNS].sum(axis=1)


def substitute(daily: pd.DataFrame) -> pd.Series:
    """Substitute hours per row = vikarie + mertid + övertid + inhyrd."""
    return daily[SUBSTITUTE_COLUMNS].sum(axis=1)


def missed_resurspass(daily: pd.DataFrame) -> pd.Series:
    """Missed resurspass per day = min(max(planned − used resurspass, 0), substitute hours)."""
    unused = (daily["planned_res"] - daily["res_used"]).clip(lower=0.0)
    return pd.concat([unused, substitute(daily)], axis=1).min(axis=1)
