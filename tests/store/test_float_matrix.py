"""dialect.float_matrix: the same numbers as the ordinary rows on both backends (packed on PostgreSQL)."""

from __future__ import annotations

import math

from tests.backends import Backend
from vonapp.store import dialect

# Three rows by hand: the float sums and integer ids must come back exactly, in any row order.
_ROWS = "SELECT 1 AS a, 2.5 AS b UNION ALL SELECT 3, -0.125 UNION ALL SELECT :n, 1e300"


def test_float_matrix_equals_the_rows(backend: Backend) -> None:
    db = backend.open(backend.target())
    with db.engine.connect() as conn:
        values = dialect.float_matrix(conn, _ROWS, {"n": 7}, 2)
    assert values.dtype.name == "float64" and values.shape == (3, 2)
    assert sorted(map(tuple, values.tolist())) == [(1.0, 2.5), (3.0, -0.125), (7.0, 1e300)]


def test_a_null_keeps_its_row_as_nan(backend: Backend) -> None:
    # string_agg would skip a row with a NULL: the ordinary read takes over and NULL becomes NaN.
    db = backend.open(backend.target())
    with db.engine.connect() as conn:
        values = dialect.float_matrix(conn, "SELECT 1 AS a, 2.0 AS b UNION ALL SELECT 2, NULL", None, 2)
    rows = sorted(values.tolist())
    assert rows[0] == [1.0, 2.0] and rows[1][0] == 2.0 and math.isnan(rows[1][1])


def test_no_rows(backend: Backend) -> None:
    db = backend.open(backend.target())
    with db.engine.connect() as conn:
        values = dialect.float_matrix(conn, "SELECT 1 AS a, 2.0 AS b WHERE 1 = 0", None, 2)
    assert values.shape == (0, 2)
