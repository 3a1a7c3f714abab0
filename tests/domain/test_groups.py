"""Per-unit sums in numpy must behave as the pandas sums they replace (NaN skipped, unknown costs kept)."""

from __future__ import annotations

import numpy as np

from vonapp.domain.groups import Groups


def test_sums_per_unit_skip_nan_like_pandas() -> None:
    g = Groups(np.array([7, 3, 7, 7]))
    # unit 3: 2.0; unit 7: 1.0 + NaN (skipped) + 4.0 = 5.0
    sums = g.sum(np.array([1.0, 2.0, np.nan, 4.0]))
    assert g.get(sums, 3) == 2.0
    assert g.get(sums, 7) == 5.0
    assert g.get(sums, 99) is None  # a unit without rows has no sum, not 0


def test_an_unknown_cost_on_a_needed_row_makes_the_unit_sum_unknown() -> None:
    g = Groups(np.array([1, 1, 2, 2]))
    values = np.array([10.0, np.nan, 5.0, np.nan])
    needed = np.array([True, True, True, False])  # unit 2's NaN row had no hours: it costs nothing
    sums = g.sum_or_nan(values, needed)
    assert g.get(sums, 1) is None
    assert g.get(sums, 2) == 5.0


def test_no_rows_gives_empty_float_sums() -> None:
    g = Groups(np.array([], dtype=np.int64))
    assert g.sum_or_nan(np.array([]), np.array([], dtype=bool)).shape == (0,)
    assert 1 not in g


def test_max_per_unit_with_a_default_for_rows_left_out() -> None:
    g = Groups(np.array([1, 2, 1]))
    # unit 1: max(3, 9) = 9; unit 2's only row is masked to -inf, so it keeps the default
    assert list(g.max(np.array([3.0, -np.inf, 9.0]), empty=-np.inf)) == [9.0, -np.inf]
