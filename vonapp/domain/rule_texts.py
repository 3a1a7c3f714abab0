"""Working-time findings in words, as the window and the command line show them (Swedish)."""

from __future__ import annotations

from datetime import date

from vonapp.domain.formatting import fmt_number
from vonapp.domain.rules import DYGNSVILA, VECKOARBETSTID, VECKOVILA, Finding

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
SHORT_WEEKDAYS = ("må", "ti", "on", "to", "fr", "lö", "sö")
RULE_TITLES = {DYGNSVILA: "Dygnsvila", VECKOVILA: "Veckovila", VECKOARBETSTID: "Veckoarbetstid",
               "sysselsättning": "Sysselsättning"}


def where(f: Finding, start: date) -> str:
    """Where a finding is, in words: 'dag 9 (tisdag v. 2)', 'vecka 3' or 'snitt över cykeln'."""
    if f.cycle_day is not None:
        weekday = WEEKDAYS[(start.weekday() + f.cycle_day - 1) % 7]
        return f"dag {f.cycle_day} ({weekday} v. {(f.cycle_day - 1) // 7 + 1})"
    if f.week is not None:
        return f"vecka {f.week}"
    return "snitt över cykeln"


def finding_text(f: Finding) -> str:
    """The hours found against the limit, as a sentence part."""
    if f.rule == DYGNSVILA:
        return f"vila {fmt_number(f.hours, 1)} h, minst {fmt_number(f.limit)} h"
    if f.rule == VECKOVILA:
        return f"längsta vila {fmt_number(f.hours, 1)} h, minst {fmt_number(f.limit)} h"
    if f.rule == VECKOARBETSTID:
        return f"{fmt_number(f.hours, 1)} h/vecka, högst {fmt_number(f.limit)} h"
    return f"{fmt_number(f.hours, 1)} h/vecka, sysselsättningen ger {fmt_number(f.limit, 1)} h"
