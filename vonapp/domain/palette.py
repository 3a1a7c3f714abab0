"""The colours of every chart, in the window and in the PDF alike: the Okabe–Ito palette (told apart with
any colour vision). One constant per category and series, so a file never colours a figure differently."""

from __future__ import annotations

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

# The other series of the charts, by what they show.
SERIES_COLOURS: dict[str, str] = {
    "budget": BLACK,  # budget i timmar
    "forecast": GREY,  # the schedule's hours after the last recorded day
    "cumulative_deviation": BLUE,
    "occupancy": BLUE,
    "occupancy_budget": VERMILLION,
    "occupancy_last_year": GREY,
    "resurspass_planned": BLACK,
    "resurspass_used": BLUE,  # used in the own unit
    "resurspass_used_other": SKY_BLUE,  # used in another unit
    "resurspass_unplaced": LIGHT_GREY,
    "resurspass_missed": VERMILLION,
    "staff": BLUE,
    "need": BLACK,
}
