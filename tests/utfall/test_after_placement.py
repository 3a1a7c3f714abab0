"""The re-read after a placement (vonapp.store.utfall.load_after_placement) gives what whole reads give.

Översikt's resurspass part is computed from the shown overview's inputs with only the edited day's
daily rows read again; it must equal, value for value, a fresh `load_overview` (the window) and the
summary of `vonapp summary --json` — and the Utfall page's patched data a fresh `load_utfall`.
"""

from __future__ import annotations

from dataclasses import asdict

import pandas as pd
import pytest

from vonapp.domain.periods import parse_period
from vonapp.domain.series import WEEK
from vonapp.store.database import Database
from vonapp.store.edits_utfall import place_resurspasses
from vonapp.store.figures import load_summary
from vonapp.store.row_changes import revert
from vonapp.store.utfall import changes_hours, load_after_placement, load_utfall
from vonapp.ui.overview.data import load_overview, with_resurspass

UNIT = "Stortorp"


@pytest.mark.parametrize("period_text", ["2024", "2023-Q1"])
def test_after_a_placement_and_its_undo_the_reread_equals_fresh_reads(demo_db: Database, period_text: str) -> None:
    period = parse_period(period_text)
    shown = load_utfall(demo_db, UNIT, period)
    overview = load_overview(demo_db, UNIT, period)
    reg = shown.register
    # An unplaced pass with its recorded row on a day substitutes were hired.
    target = reg[(reg["placement"] == "ej placerad") & reg["entry_id"].notna() & (reg["day_missed"] > 0)].iloc[0]
    day = pd.Timestamp(target["date"]).date()
    changes = place_resurspasses(demo_db, unit=UNIT, placements=[(day, target["employment_number"], "egen enhet")])
    assert not changes_hours(changes)  # the pass had its row: only where it went changed
    for step in ("edit", "undo"):
        after = load_after_placement(demo_db, UNIT, [day], shown=shown, day=None, overview=period,
                                     hours_changed=changes_hours(changes), overview_inputs=overview.inputs)
        fresh = load_overview(demo_db, UNIT, period)
        assert after.overview is not None
        assert after.overview.figures == fresh.summary.resurspass
        assert asdict(after.overview.figures) == asdict(load_summary(demo_db, UNIT, period).resurspass)
        pd.testing.assert_frame_equal(after.overview.series[WEEK], fresh.resurspass)
        patched = with_resurspass(overview, after.overview.figures, after.overview.series[WEEK],
                                  after.overview.inputs)
        assert patched.summary == fresh.summary  # every other figure stands
        pd.testing.assert_frame_equal(patched.inputs.daily, fresh.inputs.daily)
        whole = load_utfall(demo_db, UNIT, period)
        assert after.patched is not None
        pd.testing.assert_frame_equal(after.patched.days, whole.days)
        pd.testing.assert_frame_equal(after.patched.weeks, whole.weeks)
        pd.testing.assert_frame_equal(after.patched.register, whole.register)
        if step == "edit":
            used = fresh.summary.resurspass.used_hours
            assert used == pytest.approx(overview.summary.resurspass.used_hours + target["hours"])
            changes = revert(demo_db, changes)
    assert fresh.summary == overview.summary  # the undo restored every figure


def test_a_placement_that_adds_the_passes_row_changes_hours(demo_db: Database) -> None:
    period = parse_period("2024")
    reg = load_utfall(demo_db, UNIT, period).register
    target = reg[reg["entry_id"].isna()].iloc[0]
    day = pd.Timestamp(target["date"]).date()
    changes = place_resurspasses(demo_db, unit=UNIT, placements=[(day, target["employment_number"], "egen enhet")])
    assert changes_hours(changes) and changes_hours(changes.inverse())
    after = load_after_placement(demo_db, UNIT, [day], shown=None, day=None, overview=period, hours_changed=True)
    assert after.overview is None and after.patched is None  # every tile reloads instead
