"""What each overview tile says: value, lines below it, verdict and the formula on hover (no widgets).

Thresholds (also written in each tooltip):
- Budget i timmar: Bra when worked ≤ budget; Bevaka up to 2 % over; Åtgärda beyond.
- Prognos helår: Bra when forecast ≤ budget for the year; Bevaka up to 2 % over; Åtgärda beyond.
- Beläggning: Bra at or above the budgeted %; Bevaka within 1.5 percentage points below; Åtgärda beyond.
- Resurspass: Bra when ≥ 90 % are used; Bevaka from 70 %; Åtgärda below.
- Sjukfrånvaro: Bra up to 6 %; Bevaka up to 8 %; Åtgärda above.
- Andel timavlönade: Bra up to 10 %; Bevaka up to 15 %; Åtgärda above.
- Åtgärdsplan: Bra when the gap is ≤ 0; Bevaka while it is at most 25 % of the requirement; Åtgärda beyond.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from vonapp.domain.formatting import (
    DASH,
    fmt_hours,
    fmt_kr,
    fmt_kr_as_tkr,
    fmt_number,
    fmt_pct,
    fmt_tkr,
)
from vonapp.domain.periods import parse_period
from vonapp.domain.summary import Summary
from vonapp.ui.overview.charts.axes import MONTHS
from vonapp.ui.overview.data import OverviewData
from vonapp.ui.overview.palette import Status
from vonapp.ui.selectors import period_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewTiles", text)


def status_label(status: Status) -> str:
    return {
        Status.GOOD: _tr("✓ Bra"),
        Status.WATCH: _tr("! Bevaka"),
        Status.ACT: _tr("✕ Åtgärda"),
        Status.NONE: _tr("Ingen data"),
    }[status]


@dataclass(frozen=True)
class TileContent:
    """One tile's texts; tooltip is rich text with the formula, the inputs and the thresholds."""

    key: str
    title: str
    value: str
    caption: str
    detail: str
    status: Status
    tooltip: str


def _signed_pct(value: float) -> str:
    return ("+" if value > 0 else "") + fmt_pct(value)


def _no_data(key: str, title: str, reason: str, tooltip: str = "") -> TileContent:
    tip = f"<b>{title}</b><br>{reason}" + (f"<br><br>{tooltip}" if tooltip else "")
    return TileContent(key, title, DASH, _tr("ingen data"), reason, Status.NONE, tip)


def _words(label: str) -> str:
    """A period label (`2023-Q1`, `2024-01-01..2024-08-31`) in the selector's words (`Kv 1 2023`)."""
    try:
        period = parse_period(label)
    except ValueError:
        return label
    return period_title(period)


def _no_time(data: OverviewData) -> bool:
    """No time is recorded in the period (a future period): its rates have nothing to measure yet."""
    return data.last_recorded is None or data.last_recorded < data.period.start or not data.summary.worked_hours


def _until(s: Summary) -> str:
    """` t.o.m. 31 aug` for the figures of a period under way (as summary and the files say), else ""."""
    if s.through is None:
        return ""
    last = date.fromisoformat(s.through)
    return _tr(" t.o.m. {0}").format(f"{last.day} {MONTHS[last.month - 1]}")


def _recorded_until(s: Summary) -> list[str]:
    if s.through is None:
        return []
    return [_tr("Tid är registrerad till och med {0}; talen gäller dagarna dit.").format(s.through)]


def budget_tile(data: OverviewData) -> TileContent:
    # A period under way is compared up to its last recorded day (the summary's through): against the
    # whole period's budget its first months would read as far under budget.
    s, title = data.summary, _tr("Budget i timmar")
    rule = _tr("Bra när utfallet ryms i budgeten, Bevaka upp till 2 % över, annars Åtgärda.")
    if s.budget_hours_period is None:
        return _no_data("budget", title, _tr("Ingen budget för perioden. Importera budgeten under Arkiv → Importera…"))
    if s.worked_hours is None or s.deviation_hours is None or s.budget_hours is None:
        return _no_data("budget", title, _tr("Ingen tid registrerad under perioden."),
                        _tr("Budget för perioden: {0}").format(fmt_hours(s.budget_hours_period)))
    dev = s.deviation_hours
    status = Status.GOOD if dev >= 0 else Status.WATCH if -dev <= 0.02 * s.budget_hours else Status.ACT
    side = _tr("under budget") if dev >= 0 else _tr("över budget")
    if s.through is None:
        caption = _tr("avvikelse, {0}").format(side)
        detail = _tr("Utfall {0} av {1}\nAvvikelse i kr: {2}").format(
            fmt_hours(s.worked_hours), fmt_hours(s.budget_hours), fmt_kr_as_tkr(s.deviation_kr))
    else:
        caption = _tr("avvikelse{0}, {1}").format(_until(s), side)
        detail = _tr("Utfall {0} av {1} hittills\nAvvikelse i kr: {2}").format(
            fmt_hours(s.worked_hours), fmt_hours(s.budget_hours), fmt_kr_as_tkr(s.deviation_kr))
    by_cat = " + ".join(f"{k} {fmt_hours(v)}" for k, v in s.worked_by_category.items())
    lines = [f"<b>{title}</b> ({_words(s.period)})"]
    if s.through is not None:
        lines += [*_recorded_until(s), _tr("Hela periodens budget är {0}.").format(fmt_hours(s.budget_hours_period))]
    lines += [
        _tr("Avvikelse = budget − utfall = {0} − {1} = {2}").format(
            fmt_hours(s.budget_hours), fmt_hours(s.worked_hours), fmt_hours(dev)),
        _tr("Avvikelse i kr = budget kr − utfall kr = {0} − {1} = {2}").format(
            fmt_kr(s.budget_kr), fmt_kr(s.outcome_kr), fmt_kr(s.deviation_kr)),
        _tr("Utfall = {0}").format(by_cat),
        _tr("Budget i timmar = personalbudget kr ÷ timkostnad × periodens andel av året."),
        rule,
    ]
    return TileContent("budget", title, fmt_hours(dev), caption, detail, status, "<br>".join(lines))


def forecast_tile(data: OverviewData) -> TileContent:
    s = data.summary
    y = data.period.end.year
    title = _tr("Prognos helår {0}").format(y)
    rule = _tr("Bra när prognosen ryms i årets budget, Bevaka upp till 2 % över, annars Åtgärda.")
    if s.forecast_year_kr is None:
        reason = (_tr("Ingen budget för {0}.").format(y) if s.budget_year_kr is None
                  else _tr("Inget registrerat och inget schema för {0}.").format(y))
        return _no_data("forecast", title, reason)
    known = (_tr("utfall t.o.m. {0}").format(data.last_recorded.isoformat()) if data.last_recorded
             else _tr("inget utfall ännu"))
    lines = [
        f"<b>{title}</b>",
        _tr("Prognos = utfall t.o.m. senaste registrerade dag + schemalagda timmar därefter till 31 december"),
        _tr("({0}) = {1} = {2}").format(known, fmt_hours(s.forecast_year_hours), fmt_kr(s.forecast_year_kr)),
        _tr("Budget helår = {0} = {1}").format(fmt_hours(s.budget_year_hours), fmt_kr(s.budget_year_kr)),
        _tr("Det här är prognosen för budget i timmar (personalkostnaden). Ekonomins rader har en egen "
            "Prognos helår (ekonomi): bokfört utfall hittills + budget för årets återstående månader."),
    ]
    if not s.budget_year_kr:
        return TileContent("forecast", title, fmt_kr_as_tkr(s.forecast_year_kr), _tr("prognos"),
                           _tr("Ingen budget att jämföra med"), Status.NONE, "<br>".join(lines))
    over = s.forecast_year_kr - s.budget_year_kr
    pct = over / s.budget_year_kr * 100.0
    status = Status.GOOD if over <= 0 else Status.WATCH if pct <= 2.0 else Status.ACT
    caption = _tr("prognos, över budget") if over > 0 else _tr("prognos, inom budget")
    detail = _tr("Budget {0} · {1}").format(fmt_kr_as_tkr(s.budget_year_kr), _signed_pct(pct))
    lines += [_tr("Prognos − budget = {0} ({1})").format(fmt_kr_as_tkr(over), _signed_pct(pct)), rule]
    return TileContent("forecast", title, fmt_kr_as_tkr(s.forecast_year_kr), caption, detail, status,
                       "<br>".join(lines))


def occupancy_tile(data: OverviewData) -> TileContent:
    s, title = data.summary, _tr("Beläggning")
    rule = _tr("Bra vid budgeterad beläggning eller mer, Bevaka inom 1,5 procentenheter under, annars Åtgärda.")
    if s.occupancy_pct is None:
        return _no_data("occupancy", title, _tr("Ingen beläggning registrerad för perioden."),
                        _tr("Enheten har inga platser, eller ingen beläggning är importerad "
                            "(Arkiv → Importera… → beläggning)."))
    cur = data.occupancy.current
    occupied, places = float(cur["occupied_days"].sum()), float(cur["place_days"].sum())
    lines = [
        f"<b>{title}</b> ({_words(s.period)})",
        _tr("Beläggning = belagda platsdygn ÷ tillgängliga platsdygn = {0} ÷ {1} = {2}").format(
            fmt_number(occupied), fmt_number(places), fmt_pct(s.occupancy_pct)),
    ]
    if s.occupancy_budget_pct is None:
        lines.append(_tr("Ingen budgeterad beläggning att jämföra med."))
        return TileContent("occupancy", title, fmt_pct(s.occupancy_pct), _tr("beläggning"),
                           _tr("Ingen budget att jämföra med"), Status.NONE, "<br>".join(lines))
    diff = s.occupancy_pct - s.occupancy_budget_pct
    status = Status.GOOD if diff >= 0 else Status.WATCH if diff >= -1.5 else Status.ACT
    detail = _tr("Budget {0} · {1} procentenheter").format(
        fmt_pct(s.occupancy_budget_pct), ("+" if diff > 0 else "") + fmt_number(diff, 1))
    lines += [_tr("Budgeterad beläggning: {0}").format(fmt_pct(s.occupancy_budget_pct)), rule]
    return TileContent("occupancy", title, fmt_pct(s.occupancy_pct), _tr("beläggning"), detail, status,
                       "<br>".join(lines))


def resurspass_tile(data: OverviewData) -> TileContent:
    s = data.summary  # planned and used resurspass both up to the last recorded day of a period under way
    r, title = s.resurspass, _tr("Resurspass")
    rule = _tr("Bra när minst 90 % av resurspassen används, Bevaka från 70 %, annars Åtgärda.")
    if _no_time(data):  # nothing used yet is no data, not 0 % used (never red)
        planned = data.summary.resurspass.planned_hours
        return _no_data("resurspass", title, _tr("Ingen tid registrerad under perioden ännu."),
                        _tr("Planerade resurspass: {0}").format(fmt_hours(planned)) if planned else "")
    if r.usage_pct is None:
        reason = (_tr("Ingen tid registrerad under perioden.") if s.worked_hours is None
                  else _tr("Enheten har inget schema med resurspass.") if r.planned_hours is None
                  else _tr("Inga resurspass i schemat under perioden."))
        return _no_data("resurspass", title, reason)
    u = r.usage_pct
    status = Status.GOOD if u >= 90.0 else Status.WATCH if u >= 70.0 else Status.ACT
    detail = _tr("Missade {0} = {1}").format(fmt_hours(r.missed_hours), fmt_kr_as_tkr(r.missed_kr))
    tip = "<br>".join([
        f"<b>{title}</b> ({_words(s.period)})",
        *_recorded_until(s),
        _tr("Användning = använda ÷ planerade resurspass = {0} ÷ {1} = {2}").format(
            fmt_hours(r.used_hours), fmt_hours(r.planned_hours), fmt_pct(u)),
        _tr("Missade resurspass en dag = det minsta av (planerade − använda resurspass) och "
            "timmar för vikarie, mertid, övertid och inhyrd samma dag."),
        _tr("Missade = {0} × timkostnad = {1}").format(fmt_hours(r.missed_hours), fmt_kr(r.missed_kr)),
        rule,
    ])
    caption = _tr("av resurspassen användes") + _until(s)
    return TileContent("resurspass", title, fmt_pct(u), caption, detail, status, tip)


def sick_tile(data: OverviewData) -> TileContent:
    s = data.summary  # scheduled and sick hours both up to the last recorded day of a period under way
    title = _tr("Sjukfrånvaro")
    rule = _tr("Bra upp till 6 %, Bevaka upp till 8 %, annars Åtgärda.")
    if _no_time(data):
        return _no_data("sick", title, _tr("Ingen tid registrerad under perioden ännu."))
    rate = s.kpi.sick_rate
    if rate is None:
        return _no_data("sick", title, _tr("Ingen tid registrerad under perioden.") if s.worked_hours is None
                        else _tr("Inget schema att räkna sjukfrånvaron mot under perioden."))
    planned = s.planned_hours or 0.0
    sick = rate * planned / 100.0
    status = Status.GOOD if rate <= 6.0 else Status.WATCH if rate <= 8.0 else Status.ACT
    tip = "<br>".join([
        f"<b>{title}</b> ({_words(s.period)})",
        *_recorded_until(s),
        _tr("Sjukfrånvaro = sjuktimmar ÷ schemalagda timmar = {0} ÷ {1} = {2}").format(
            fmt_hours(sick), fmt_hours(planned), fmt_pct(rate)),
        rule,
    ])
    detail = _tr("{0} sjuk av {1} schemalagda").format(fmt_hours(sick), fmt_hours(planned))
    caption = _tr("av schemalagd tid") + _until(s)
    return TileContent("sick", title, fmt_pct(rate), caption, detail, status, tip)


def hourly_tile(data: OverviewData) -> TileContent:
    s, title = data.summary, _tr("Andel timavlönade")
    rule = _tr("Bra upp till 10 %, Bevaka upp till 15 %, annars Åtgärda.")
    share = s.kpi.hourly_paid_share
    if share is None or _no_time(data):
        return _no_data("hourly", title, _tr("Ingen arbetad tid registrerad under perioden."))
    vikarie = s.worked_by_category.get("vikarie", 0.0)
    status = Status.GOOD if share <= 10.0 else Status.WATCH if share <= 15.0 else Status.ACT
    tip = "<br>".join([
        f"<b>{title}</b> ({_words(s.period)})",
        *_recorded_until(s),
        _tr("Andel timavlönade = vikarietimmar ÷ arbetade timmar = {0} ÷ {1} = {2}").format(
            fmt_hours(vikarie), fmt_hours(s.worked_hours), fmt_pct(share)),
        rule,
    ])
    detail = _tr("{0} vikarie av {1} arbetade").format(fmt_hours(vikarie), fmt_hours(s.worked_hours))
    return TileContent("hourly", title, fmt_pct(share), _tr("av arbetad tid") + _until(s), detail, status, tip)


def measures_tile(data: OverviewData) -> TileContent:
    m, title = data.summary.measures, _tr("Åtgärdsplan")
    rule = _tr("Bra när åtgärderna täcker kravet, Bevaka när högst 25 % av kravet saknas, annars Åtgärda.")
    if m.requirement_tkr is None or m.gap_tkr is None:
        return _no_data("measures", title, _tr("Inget åtgärdskrav i budgeten för perioden."))
    gap, req = m.gap_tkr, m.requirement_tkr
    status = Status.GOOD if gap <= 0 else Status.WATCH if gap <= 0.25 * req else Status.ACT
    caption = _tr("kvar att hitta") if gap > 0 else _tr("kravet är täckt")
    detail = _tr("Krav {0} · åtgärder {1}").format(fmt_tkr(req), fmt_tkr(m.effect_year_tkr))
    tip = "<br>".join([
        f"<b>{title}</b> ({_words(data.summary.period)})",
        _tr("Gap = åtgärdskrav − åtgärdernas effekt i år = {0} − {1} = {2}").format(
            fmt_tkr(req), fmt_tkr(m.effect_year_tkr or 0.0), fmt_tkr(gap)),
        _tr("Helårseffekt av åtgärderna: {0}").format(fmt_tkr(m.full_year_effect_tkr)),
        rule,
    ])
    return TileContent("measures", title, fmt_tkr(gap), caption, detail, status, tip)


TILE_BUILDERS = (budget_tile, forecast_tile, occupancy_tile, resurspass_tile, sick_tile, hourly_tile, measures_tile)


def tile_contents(data: OverviewData) -> list[TileContent]:
    """The seven tiles in reading order."""
    return [build(data) for build in TILE_BUILDERS]
