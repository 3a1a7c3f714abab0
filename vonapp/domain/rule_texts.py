"""Working-time findings in words, as the window and the command line show them (through vonapp.texts)."""

from __future__ import annotations

from datetime import date

from vonapp.domain.formatting import fmt_number
from vonapp.domain.rules import DYGNSVILA, VECKOARBETSTID, VECKOVILA, Finding
from vonapp.texts import N_, t

WEEKDAYS = (N_("måndag"), N_("tisdag"), N_("onsdag"), N_("torsdag"), N_("fredag"), N_("lördag"), N_("söndag"))
SHORT_WEEKDAYS = ("må", "ti", "on", "to", "fr", "lö", "sö")
RULE_TITLES = {DYGNSVILA: N_("Dygnsvila"), VECKOVILA: N_("Veckovila"), VECKOARBETSTID: N_("Veckoarbetstid"),
               "sysselsättning": N_("Sysselsättning")}  # shown as t(RULE_TITLES[rule])


def where(f: Finding, start: date) -> str:
    """Where a finding is, in words: 'dag 9 (tisdag v. 2)', 'vecka 3' or 'snitt över cykeln'."""
    if f.cycle_day is not None:
        weekday = t(WEEKDAYS[(start.weekday() + f.cycle_day - 1) % 7])
        return t("dag {day} ({weekday} v. {week})", day=f.cycle_day, weekday=weekday, week=(f.cycle_day - 1) // 7 + 1)
    if f.week is not None:
        return t("vecka {week}", week=f.week)
    return t("snitt över cykeln")


def finding_text(f: Finding) -> str:
    """The hours found against the limit, as a sentence part."""
    if f.rule == DYGNSVILA:
        return t("vila {hours} h, minst {limit} h", hours=fmt_number(f.hours, 1), limit=fmt_number(f.limit))
    if f.rule == VECKOVILA:
        return t("längsta vila {hours} h, minst {limit} h", hours=fmt_number(f.hours, 1), limit=fmt_number(f.limit))
    if f.rule == VECKOARBETSTID:
        return t("{hours} h/vecka, högst {limit} h", hours=fmt_number(f.hours, 1), limit=fmt_number(f.limit))
    return t("{hours} h/vecka, sysselsättningen ger {limit} h", hours=fmt_number(f.hours, 1),
             limit=fmt_number(f.limit, 1))
