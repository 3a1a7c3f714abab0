"""The window paints before pandas and SQLAlchemy load: what that needs stays equal to the real thing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from vonapp.domain import daily, series
from vonapp.store import queries
from vonapp.store.database import resolve_target
from vonapp.ui import selectors
from vonapp.ui.app import _target
from vonapp.ui.overview import data
from vonapp.ui.overview.charts import budget


def test_the_window_modules_load_without_pandas_or_sqlalchemy() -> None:
    code = ("import sys, vonapp.ui.app, vonapp.ui.main_window, vonapp.ui.commands; "
            "print(sorted(m for m in ('pandas', 'sqlalchemy', 'alembic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "[]"


def test_copied_constants_equal_their_sources() -> None:
    assert selectors.ALL_UNITS == queries.ALL_UNITS
    assert (data.WEEK, data.MONTH, data.DAY) == (series.WEEK, series.MONTH, series.DAY)
    assert budget.WORKED_COLUMNS == daily.WORKED_COLUMNS
    assert budget.WORKED_LABELS == series.WORKED_LABELS
    assert tuple(tuple.__iter__(budget.CATEGORY_WORDS)) == tuple(budget.WORKED_LABELS.values())


def test_target_resolves_like_the_store(tmp_path: Path) -> None:
    for db in (str(tmp_path / "a.sqlite"), "~/vonapp-x.sqlite", f"sqlite:///{tmp_path / 'b.sqlite'}", None):
        assert _target(db) == resolve_target(db)
