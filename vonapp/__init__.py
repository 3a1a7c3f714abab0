"""vonapp: staffing, budget i timmar, occupancy and follow-up for unit managers in Swedish care."""

__version__ = "0.1.0"
