"""Occupancy, time breakdown and finance lines of the demo units, with the seeds' figures pinned."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from vonapp.domain.glossary import FinanceCategory, UnitKind

# Stortorp: Q1 2023 occupancy 96,3 % and the whole of 2022 97,2 % (seed 000).
# 60 places × 90 days = 5 400 place-days; 5 200 occupied ÷ 5 400 = 96,296 % → 96,3 %.
# 60 places × 365 days = 21 900 place-days; 21 287 occupied ÷ 21 900 = 97,201 % → 97,2 %.
STORTORP_OCCUPIED = {(date(2022, 1, 1), date(2022, 12, 31)): 21_287, (date(2023, 1, 1), date(2023, 3, 31)): 5_200}
# Hemtjänst Centrum Jan–Mar 2023 (seed 000): utförandegrad 64,6 %, bomtid 3,5 %, avböjda 1,4 % of worked time.
HEMTJANST_Q1_2023 = (0.646, 0.035, 0.014)


def days_between(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def occupancy(rng: np.random.Generator, places: int, days: list[date], level: float,
              pinned: dict[tuple[date, date], int] | None = None) -> np.ndarray:
    """Occupied places per day: a slow wander around `level` of the places, with pinned period sums."""
    n = len(days)
    wander = np.cumsum(rng.normal(0, 0.35, n))
    wander -= np.convolve(wander, np.ones(15) / 15, mode="same")
    occupied = np.clip(np.round(places * level + wander + rng.normal(0, 0.6, n)), 0, places).astype(np.int64)
    for (start, end), total in (pinned or {}).items():
        idx = np.array([i for i, d in enumerate(days) if start <= d <= end])
        _fix_sum(rng, occupied, idx, total, places)
    return occupied


def _fix_sum(rng: np.random.Generator, values: np.ndarray, idx: np.ndarray, total: int, top: int) -> None:
    """Move single units up or down on random days of idx until their sum is `total`."""
    while (diff := total - int(values[idx].sum())) != 0:
        step = 1 if diff > 0 else -1
        room = idx[(values[idx] < top) if step > 0 else (values[idx] > 0)]
        if len(room) == 0:
            raise ValueError("pinned occupancy outside the places")
        chosen = rng.choice(room, size=min(abs(diff), len(room)), replace=False)
        values[chosen] += step


def breakdown(rng: np.random.Generator, worked_by_month: dict[tuple[int, int], float], kind: UnitKind,
              pin_q1_2023: bool) -> list[tuple[int, int, float, float, float, float]]:
    """(year, month, worked, client, idle, declined) hours; hemtjänst improves towards 70 % over time."""
    rows = []
    for (y, m), worked in sorted(worked_by_month.items()):
        t = (y - 2022) * 12 + m
        if kind is UnitKind.BOENDESTOD:
            rates = (0.295 + 0.0004 * t, 0.06, 0.05)  # seed 003: only 30 % with the client
        else:
            rates = (0.655 + 0.0012 * t, 0.034, 0.013)
        noisy = [max(0.0, r + rng.normal(0, 0.006 if i == 0 else 0.003)) for i, r in enumerate(rates)]
        w = round(worked)
        rows.append([y, m, float(w), *(float(round(w * r)) for r in noisy)])
    if pin_q1_2023:
        _pin_quarter(rows, rng)
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _pin_quarter(rows: list[list], rng: np.random.Generator) -> None:
    """Make Jan–Mar 2023 give exactly 64,6 % / 3,5 % / 1,4 % as a ratio of sums.

    The quarter's worked hours are rounded to a multiple of 1 000 (through March), so that
    646, 35 and 14 per mille of them are whole hours; March takes what January and February leave.
    """
    q = [r for r in rows if r[0] == 2023 and r[1] in (1, 2, 3)]
    total = sum(r[2] for r in q)
    q[2][2] += round(total, -3) - total
    total = sum(r[2] for r in q)
    for col, share in zip((3, 4, 5), HEMTJANST_Q1_2023, strict=True):
        target = round(total * share)
        for r in q[:2]:
            r[col] = float(round(r[2] * (share + rng.normal(0, 0.004 if col == 3 else 0.002))))
        q[2][col] = float(target - q[0][col] - q[1][col])


# Yearly budgets (kr) of the other finance categories per unit kind: intäkter, lokalhyror, köp av tjänster, övriga.
OTHER_BUDGETS: dict[UnitKind, tuple[float, float, float, float]] = {
    UnitKind.SARSKILT_BOENDE: (2_100_000, 5_000_000, 1_300_000, 900_000),
    UnitKind.KORTTIDSBOENDE: (41_600_000, 1_400_000, 600_000, 300_000),
    UnitKind.HEMTJANST: (24_000_000, 650_000, 400_000, 700_000),
    UnitKind.BOENDESTOD: (9_000_000, 420_000, 150_000, 250_000),
    UnitKind.DAGVERKSAMHET: (900_000, 950_000, 250_000, 220_000),
    UnitKind.DAGLIG_VERKSAMHET_LSS: (300_000, 1_500_000, 300_000, 350_000),
    UnitKind.PERSONLIG_ASSISTANS: (28_000_000, 0, 500_000, 400_000),
    UnitKind.LSS_BOENDE: (1_200_000, 2_400_000, 300_000, 300_000),
}


def _month_share(year_kr: float, month: int) -> float:
    """A twelfth of the year's budget in whole kronor, December taking the rest: the months sum to the year."""
    twelfth = round(year_kr / 12)
    return float(twelfth if month < 12 else round(year_kr) - 11 * twelfth)


def finance(rng: np.random.Generator, kind: UnitKind, personnel_budget: dict[int, float],
            personnel_outcome: dict[tuple[int, int], float], last: date) -> list[tuple]:
    """(year, month, category, budget kr, outcome kr or None): intäkter positive, costs negative."""
    income, rent, services, other = OTHER_BUDGETS[kind]
    rows = []
    for y, budget in sorted(personnel_budget.items()):
        for m in range(1, 13):
            done = (y, m) <= (last.year, last.month)
            lines = [
                (FinanceCategory.INTAKTER, _month_share(income, m), 0.04),
                (FinanceCategory.PERSONALKOSTNADER, -_month_share(budget, m), None),
                (FinanceCategory.LOKALHYROR, -_month_share(rent, m), 0.01),
                (FinanceCategory.KOP_AV_TJANSTER, -_month_share(services, m), 0.15),
                (FinanceCategory.OVRIGA_KOSTNADER, -_month_share(other, m), 0.12),
            ]
            for cat, b, spread in lines:
                if not done:
                    outcome = None
                elif spread is None:
                    outcome = -round(personnel_outcome.get((y, m), 0.0))
                else:
                    outcome = round(b * (1 + rng.normal(0.02, spread)))
                rows.append((y, m, cat.value, float(round(b)), None if outcome is None else float(outcome)))
    return rows
