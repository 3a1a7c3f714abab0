"""`vonapp summary`'s table in the command line's language: the PDF overview's labels and values.

The labels are io.export.figures' (marked for the catalogue there); the numbers keep the Swedish formats
of domain/formatting.py in either language, as the window does.
"""

from __future__ import annotations

from datetime import date

from vonapp.domain.periods import Period
from vonapp.domain.summary import Summary
from vonapp.io.export.figures import FIGURES, Figure, show, value_of
from vonapp.texts import N_, t

MONTHS = (N_("jan"), N_("feb"), N_("mar"), N_("apr"), N_("maj"), N_("jun"), N_("jul"), N_("aug"), N_("sep"),
          N_("okt"), N_("nov"), N_("dec"))
# The "  varav {category}" rows of io.export.figures, as the catalogue holds them.
WORKED_LABELS = (N_("varav ordinarie"), N_("varav resurspass"), N_("varav vikarie"), N_("varav mertid"),
                 N_("varav övertid"), N_("varav inhyrd"))
ALL_UNITS = ("all", "alla", "alla enheter")


def day_text(day: date | str) -> str:
    """`31 aug` (Swedish) or `31 Aug`."""
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{d.day} {t(MONTHS[d.month - 1])}"


def through_text(through: date | str) -> str:
    return t("t.o.m. {day}", day=day_text(through))


def figure_label(f: Figure, data: dict) -> str:
    """The figure's label, with "t.o.m. 31 aug" for a compared figure of a period under way."""
    indent = f.label[: len(f.label) - len(f.label.lstrip())]
    label = indent + t(f.label.strip())
    through = data.get("through")
    return f"{label} {through_text(through)}" if f.compared and through else label


def period_text(s: Summary) -> str:
    """`2024 (2024-01-01 – 2024-12-31), utfall t.o.m. 31 aug`."""
    text = f"{s.period} ({s.period_start} – {s.period_end})"
    if s.through:
        return text + ", " + t("utfall {through}", through=through_text(s.through))
    if s.worked_hours is None:
        return text + ", " + t("ingen tid registrerad")
    return text


def table(rows: list[tuple[str, ...]], right: set[int] | None = None) -> str:
    """Columns padded to their widest cell, a dashed line under the heading."""
    right = right or set()
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_summary(s: Summary) -> str:
    """The summary as a two-column table: the PDF overview's labels and values.

    A period under way says so in its heading and in the label of every figure compared up to its last
    recorded day ("Budget i timmar t.o.m. 31 aug"), as the window and the files do.
    """
    data = s.to_json_dict()
    rows = [(figure_label(f, data).strip(), show(f.kind, value_of(data, f.key))) for f in FIGURES]
    body = table([(t("Mått"), t("Värde")), *rows], right={1})
    return f"{s.unit}, {period_text(s)}\n\n{body}"


def no_data_line(unit: str, period: Period) -> str:
    who = t("Alla enheter") if unit.strip().lower() in ALL_UNITS else unit
    return t("{unit} har ingen registrerad tid, beläggning eller budget för {period} ({start} – {end}).",
             unit=who, period=period.label, start=period.start, end=period.end)
