from __future__ import annotations

from datetime import date

import pytest

from vonapp.domain.periods import PeriodError, months_overlapping, parse_period, period_words


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("2023-Q1", date(2023, 1, 1), date(2023, 3, 31)),
        ("2024-q1", date(2024, 1, 1), date(2024, 3, 31)),
        ("2023-Q4", date(2023, 10, 1), date(2023, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
        ("2023-01-01..2023-03-31", date(2023, 1, 1), date(2023, 3, 31)),
    ],
)
def test_periods_parse_to_their_dates(text: str, start: date, end: date) -> None:
    p = parse_period(text)
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("text", ["", "23", "2023-13", "2023-Q5", "2023-02-30..2023-03-01",
                                  "2023-03-31..2023-01-01", "förra året", "2023/01"])
def test_malformed_periods_are_refused_with_a_swedish_hint(text: str) -> None:
    with pytest.raises(PeriodError) as err:
        parse_period(text)
    assert "2023-Q1" in str(err.value) or "finns" in str(err.value) or "före" in str(err.value)


def test_q1_has_90_days_and_three_months() -> None:
    # 31 + 28 + 31 = 90 days in Q1 2023
    q1 = parse_period("2023-Q1")
    assert q1.days == 90
    assert months_overlapping(q1) == [(2023, 1), (2023, 2), (2023, 3)]


@pytest.mark.parametrize(("text", "words"), [
    ("2023", "År 2023"),
    ("2023-Q1", "Kv 1 2023"),
    ("2024-q3", "Kv 3 2024"),
    ("2023-03", "Mars 2023"),
    ("2024-12", "December 2024"),
    # a range of days that is exactly a quarter is that quarter; any other range keeps its dates
    ("2023-04-01..2023-06-30", "Kv 2 2023"),
    ("2023-01-01..2023-03-15", "2023-01-01 – 2023-03-15"),
])
def test_the_files_name_a_period_in_the_selectors_words(text: str, words: str) -> None:
    assert period_words(parse_period(text)) == words
