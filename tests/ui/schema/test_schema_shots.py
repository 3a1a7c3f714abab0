"""Screenshots of the Schema area on the demo (Stortorp) at 1366×768 and 1920×1080 with findings shown,
its side tabs and the heltid som norm dialog, saved to be looked at (tests/shots.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from tests.shots import SHOTS
from tests.ui.schema.conftest import Errors, settle
from vonapp.domain.periods import parse_period
from vonapp.store.database import Database
from vonapp.ui.area_page import AreaContext
from vonapp.ui.operations import Worker

OUT = SHOTS / "schema"
OUT.mkdir(parents=True, exist_ok=True)


@pytest.fixture
def demo_page(qtbot, demo_db: Database):  # noqa: ANN001, ANN201
    from vonapp.ui.schema.page import SchemaPage

    errors = Errors()
    context = AreaContext(worker=Worker(), undo_stack=QUndoStack(), database=lambda: demo_db, error=errors)
    page = SchemaPage(context)
    qtbot.addWidget(page)
    yield page, errors
    context.worker.run_blocking(lambda: None)
    context.worker.shutdown()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_schema_area_shots(qtbot, demo_page, size: tuple[int, int]) -> None:  # noqa: ANN001
    page, errors = demo_page
    page.resize(*size)
    page.show()
    page.show_for("Stortorp", parse_period("2023-06"))
    settle(qtbot, page)
    assert errors == []
    assert page.data is not None and page.data.start_date == date(2023, 5, 1)  # seed: new schedule from 1 May
    assert page.found and page.findings.rowCount() == len(page.found)
    page.findings.selectRow(1)
    page.select_cell(*page.findings.targets[1])
    qtbot.wait(50)
    path: Path = OUT / f"schema_{size[0]}x{size[1]}.png"
    assert page.grab().save(str(path))
    page.tabs.setCurrentIndex(1)
    qtbot.wait(20)
    assert page.grab().save(str(OUT / f"schema_codes_{size[0]}.png"))
    page.tabs.setCurrentIndex(2)
    qtbot.wait(20)
    assert page.grab().save(str(OUT / f"schema_need_{size[0]}.png"))


def test_heltid_dialog_shot(qtbot, demo_page) -> None:  # noqa: ANN001
    from vonapp.ui.schema.dialogs import HeltidDialog
    from vonapp.ui.schema.page import _scenario

    page, _errors = demo_page
    page.resize(1366, 768)
    page.show()
    page.show_for("Stortorp", parse_period("2024-05"))
    settle(qtbot, page)
    db = page.context.database
    unit_id = page.loaded.unit_id
    dialog = HeltidDialog("Stortorp", date(2024, 5, 6),
                          lambda start, rate, done: done(_scenario(db, unit_id, "Stortorp", start, rate)),
                          lambda *_a: None, parent=page)
    dialog.show()
    qtbot.wait(20)
    assert "Tillagda timmar per vecka" in dialog.result.text()
    assert dialog.grab().save(str(OUT / "heltid_dialog.png"))
    dialog.close()
