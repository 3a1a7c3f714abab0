"""The compensation model of boendestöd and hemtjänst (seed 003), and models compared side by side."""

from __future__ import annotations

from dataclasses import dataclass

from vonapp.domain.totals import ratio_pct


def compensation_budget_kr(
    granted_hours: float, execution_share_pct: float, client_time_share_pct: float, hourly_cost: float
) -> float:
    """Budget kr = granted hours × budgeted execution share ÷ client-time share of worked time × hourly cost.

    The seed's old model pays for 80 % of granted time at 50 % client time (80 ÷ 50), the new one
    for 50 % at 50 % (50 ÷ 50).
    """
    if client_time_share_pct <= 0:
        raise ValueError("client-time share must be positive")
    return granted_hours * (execution_share_pct / client_time_share_pct) * hourly_cost


@dataclass(frozen=True)
class ModelInputs:
    """One model's inputs: what it pays for (shares in percent) and at which hourly cost."""

    name: str
    granted_hours: float
    execution_share_pct: float
    client_time_share_pct: float
    hourly_cost: float
    id: int | None = None

    @property
    def budget_kr(self) -> float:
        return compensation_budget_kr(self.granted_hours, self.execution_share_pct, self.client_time_share_pct,
                                      self.hourly_cost)

    @property
    def worked_hours(self) -> float:
        """The worked hours the model pays for: granted × execution share ÷ client-time share."""
        return self.granted_hours * self.execution_share_pct / self.client_time_share_pct


@dataclass(frozen=True)
class ActualShares:
    """The unit's own shares from its recorded months: delivered share of granted time
    (client hours ÷ granted hours of those months) and client-time share of worked time."""

    months: int
    worked_hours: float
    client_hours: float
    granted_hours: float  # the granted hours of the recorded months (the year's × months ÷ 12)
    execution_share_pct: float | None
    client_time_share_pct: float | None

    def budget_kr(self, granted_year_hours: float, hourly_cost: float) -> float | None:
        """What the year's granted hours would earn at the unit's own shares."""
        if self.execution_share_pct is None or not self.client_time_share_pct:
            return None
        return compensation_budget_kr(granted_year_hours, self.execution_share_pct, self.client_time_share_pct,
                                      hourly_cost)


def actual_shares(granted_year_hours: float, months: int, worked_hours: float, client_hours: float) -> ActualShares:
    """Ratios of sums over the recorded months; None where a denominator is missing."""
    granted = granted_year_hours * months / 12.0
    return ActualShares(months, worked_hours, client_hours, granted,
                        ratio_pct(client_hours if months else None, granted or None),
                        ratio_pct(client_hours if months else None, worked_hours or None))


@dataclass(frozen=True)
class Comparison:
    """Models side by side: each model's budget and its difference from the first (the one in force)."""

    models: list[ModelInputs]
    actual: ActualShares | None

    @property
    def difference_kr(self) -> float | None:
        """First model − last model (the seed's 80 ÷ 50 against 50 ÷ 50: 20 000 tkr)."""
        if len(self.models) < 2:
            return None
        return self.models[0].budget_kr - self.models[-1].budget_kr

    def difference_from_first(self, i: int) -> float:
        return self.models[i].budget_kr - self.models[0].budget_kr

    @property
    def actual_budget_kr(self) -> float | None:
        if self.actual is None or not self.models:
            return None
        first = self.models[0]
        return self.actual.budget_kr(first.granted_hours, first.hourly_cost)
