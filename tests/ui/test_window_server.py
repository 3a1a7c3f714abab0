"""The window on a shared PostgreSQL database: it opens, switches units and shows the same figures."""

from __future__ import annotations

from pathlib import Path

from tests.backends import Server
from tests.ui.test_window import DEMO_UNITS, combo_items, settle
from vonapp.domain.periods import year
from vonapp.store.database import open_database
from vonapp.store.figures import load_summary


def test_the_window_on_a_server(qtbot, open_window, pg_server: Server, demo_file: Path) -> None:  # noqa: ANN001
    url = pg_server.new_database(template=pg_server.demo_template())
    window = open_window(url)
    assert combo_items(window.unit_selector) == ["Alla enheter", *sorted(DEMO_UNITS)]
    assert window.database.path is None
    window.unit_selector.select("Stortorp")
    settle(qtbot, window)
    assert window.shown_key == ("Stortorp", year(2024))
    lite = open_database(demo_file, lock=False)
    try:
        expected = load_summary(lite, "Stortorp", year(2024))
    finally:
        lite.close()
    assert window.overview.data.summary.to_json_dict() == expected.to_json_dict()
    shots = Path("/tmp/shots/server")
    shots.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(shots / "window-on-server.png"))
