"""Colours of the overview: the Okabe–Ito palette (told apart with any colour vision) and tile states."""

from __future__ import annotations

from enum import Enum

BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#8C8C8C"
LIGHT_GREY = "#D9D9D9"

# Worked categories from the bottom of the stack up: the own staff in calm blues, substitutes warm.
CATEGORY_COLOURS: dict[str, str] = {
    "ordinarie": BLUE,
    "resurspass": SKY_BLUE,
    "vikarie": ORANGE,
    "mertid": YELLOW,
    "overtid": VERMILLION,
    "inhyrd": REDDISH_PURPLE,
}


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
