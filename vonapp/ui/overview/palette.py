"""Colours of the overview: the Okabe–Ito palette (told apart with any colour vision) and tile states."""

from __future__ import annotations

from enum import Enum

# The colours are shared with the PDF report (vonapp.domain.palette), so a file looks like the window.
from vonapp.domain.palette import (  # noqa: E402, F401 - re-exported for the charts
    BLACK,
    BLUE,
    BLUISH_GREEN,
    CATEGORY_COLOURS,
    GREY,
    LIGHT_GREY,
    ORANGE,
    REDDISH_PURPLE,
    SERIES_COLOURS,
    SKY_BLUE,
    VERMILLION,
    YELLOW,
)


class Status(Enum):
    """A tile's verdict; the label goes beside the colour so colour is never the only sign."""

    GOOD = "good"
    WATCH = "watch"
    ACT = "act"
    NONE = "none"


# (stripe colour, pale background, text colour) of each status.
STATUS_COLOURS: dict[Status, tuple[str, str, str]] = {
    Status.GOOD: (BLUISH_GREEN, "#E5F5F0", "#00664A"),
    Status.WATCH: (ORANGE, "#FDF3DF", "#8A5F00"),
    Status.ACT: (VERMILLION, "#FBEBE0", "#A34600"),
    Status.NONE: (GREY, "#F2F2F2", "#555555"),
}
