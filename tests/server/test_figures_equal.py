"""The figures on PostgreSQL equal SQLite's to the öre: the same demo, every unit, several periods.

No second code path: the same store/domain code reads both; only vonapp.store.dialect differs.
"""

from __future__ import annotations

import math
from pathlib import Path

from tests.backends import Server
from vonapp.domain.periods import parse_period
from vonapp.store.database import open_database
from vonapp.store.figures import load_summary
from vonapp.store.queries import list_units

PERIODS = ("2022", "2023", "2024", "2023-Q1", "2024-08", "2023-05-01..2024-02-29")


def _rounded(value: object) -> object:
    """Numbers to the öre (2 decimals): the sums differ only in float addition order, if at all."""
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 2)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def test_every_unit_and_period_is_equal_to_the_ore(demo_file: Path, pg_server: Server) -> None:
    lite = open_database(demo_file, lock=False)
    server = open_database(pg_server.new_database(template=pg_server.demo_template()))
    try:
        with lite.session() as s:
            names = [u.name for u in list_units(s)]
        compared = 0
        for period in map(parse_period, PERIODS):
            for name in [*names, "all"]:
                a = load_summary(lite, name, period).to_json_dict()
                b = load_summary(server, name, period).to_json_dict()
                assert _rounded(a) == _rounded(b), (name, period.label)
                compared += 1
        assert compared == len(PERIODS) * 8
    finally:
        lite.close()
        server.close()
