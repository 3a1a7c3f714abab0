"""The compensation model of boendestöd and hemtjänst (seed 003)."""

from __future__ import annotations


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
