"""QA: Schema with "Alla enheter" chosen shows no unit's schedule, so nothing typed there edits a hidden unit."""

from __future__ import annotations

from tests.store.test_edits_schema import dump
from tests.ui.schema.test_schema_page import cell_text
from vonapp.domain.periods import parse_period
from vonapp.ui.schema.page import SchemaPage


def test_all_units_hides_the_last_schedule_and_refuses_edits(qtbot, page: SchemaPage) -> None:  # noqa: ANN001
    """Solbacken's grid stayed on screen (title "Solbacken · Vår 2024") under Alla enheter, editable: a
    code typed there, or a passkod or bemanningsbehov, was written to Solbacken."""
    db = page.context.database
    before = dump(db)
    assert cell_text(page, 0, "d5") == ""
    page.show_for("all", parse_period("2024-01"))
    qtbot.wait(20)
    assert page.empty.isVisible() and not page.tabs.isVisible()
    assert "Solbacken" not in page.title.text()
    assert page.data is None and page.loaded is None
    page.model.request_edits([(0, page.model.column_index("d5"), "N")])
    qtbot.waitUntil(lambda: page.context.worker.pending == 0, timeout=10_000)
    assert page.context.undo_stack.count() == 0
    assert dump(db) == before
    # Back on the unit: its schedule again, editable.
    page.show_for("Solbacken", parse_period("2024-01"))
    qtbot.waitUntil(lambda: page.data is not None and page.tabs.isVisible(), timeout=10_000)
    assert "Solbacken" in page.title.text()
