"""The summary of a unit (or all units) over a period: the figures of `vonapp summary`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from vonapp.domain.periods import Period
from vonapp.domain.totals import Totals, ratio_pct


@dataclass(frozen=True)
class ResurspassFigures:
    planned_hours: float | None = None
    used_hours: float | None = None
    usage_pct: float | None = None
    missed_hours: float | None = None
    missed_kr: float | None = None


@dataclass(frozen=True)
class MeasureFigures:
    requirement_tkr: float | None = None
    effect_year_tkr: float | None = None
    full_year_effect_tkr: float | None = None
    gap_tkr: float | None = None


@dataclass(frozen=True)
class KpiFigures:
    execution_rate: float | None = None
    idle_rate: float | None = None
    declined_rate: float | None = None
    sick_rate: float | None = None
    hourly_paid_share: float | None = None


@dataclass(frozen=True)
class Summary:
    """Every `*_pct`, `*_rate` and `*_share` is in percent; None means no data (never 0).

    A period under way (DESIGN.md) has `through`, its last recorded day (ISO date), and its comparison
    figures — budget, worked, outcome, deviation, planned, absence, resurspass, sick rate and
    hourly-paid share — are over `period_start..through`; `budget_*_period` are the whole period's.
    With nothing recorded in the period those figures are None and the forecast still stands.
    """

    unit: str
    period: str
    period_start: str
    period_end: str
    through: str | None
    budget_hours_period: float | None
    budget_kr_period: float | None
    budget_hours: float | None
    budget_kr: float | None
    worked_hours: float | None
    outcome_kr: float | None
    deviation_hours: float | None
    deviation_kr: float | None
    forecast_year_hours: float | None
    forecast_year_kr: float | None
    budget_year_hours: float | None
    budget_year_kr: float | None
    planned_hours: float | None
    absence_hours: float | None
    occupancy_pct: float | None
    occupancy_budget_pct: float | None
    worked_by_category: dict[str, float] = field(default_factory=dict)
    resurspass: ResurspassFigures = field(default_factory=ResurspassFigures)
    measures: MeasureFigures = field(default_factory=MeasureFigures)
    kpi: KpiFigures = field(default_factory=KpiFigures)

    @classmethod
    def from_totals(cls, unit: str, period: Period, t: Totals) -> Summary:
        return cls(
            unit=unit,
            period=period.label,
            period_start=period.start.isoformat(),
            period_end=period.end.isoformat(),
            through=t.through.isoformat() if t.under_way and t.through is not None else None,
            budget_hours_period=t.budget_hours_period,
            budget_kr_period=t.budget_kr_period,
            budget_hours=t.budget_hours,
            budget_kr=t.budget_kr,
            worked_hours=t.worked_hours,
            outcome_kr=t.outcome_kr,
            deviation_hours=t.deviation_hours,
            deviation_kr=t.deviation_kr,
            forecast_year_hours=t.forecast_year_hours,
            forecast_year_kr=t.forecast_year_kr,
            budget_year_hours=t.budget_year_hours,
            budget_year_kr=t.budget_year_kr,
            planned_hours=t.planned_hours,
            absence_hours=t.absence_hours,
            occupancy_pct=ratio_pct(t.occupied_days, t.place_days),
            occupancy_budget_pct=ratio_pct(t.budget_occupied_days, t.place_days),
            worked_by_category=dict(t.hours_by_category),
            resurspass=ResurspassFigures(
                planned_hours=t.res_planned_hours,
                used_hours=t.res_used_hours,
                usage_pct=ratio_pct(t.res_used_hours, t.res_planned_hours),
                missed_hours=t.res_missed_hours,
                missed_kr=t.res_missed_kr,
            ),
            measures=MeasureFigures(
                requirement_tkr=t.requirement_tkr,
                effect_year_tkr=t.effect_year_tkr,
                full_year_effect_tkr=t.full_year_effect_tkr,
                gap_tkr=t.gap_tkr,
            ),
            kpi=KpiFigures(
                execution_rate=ratio_pct(t.bd_client_hours, t.bd_worked_hours),
                idle_rate=ratio_pct(t.bd_idle_hours, t.bd_worked_hours),
                declined_rate=ratio_pct(t.bd_declined_hours, t.bd_worked_hours),
                sick_rate=ratio_pct(t.sick_hours, t.planned_hours),
                hourly_paid_share=ratio_pct(t.vikarie_hours, t.worked_hours),
            ),
        )

    @property
    def compared_end(self) -> str:
        """The last day the comparison figures cover: `through` when under way, else the period's end."""
        return self.through or self.period_end

    def to_json_dict(self) -> dict:
        """The `summary --json` object: DESIGN.md's keys, numbers unrounded, None as null."""
        return asdict(self)
