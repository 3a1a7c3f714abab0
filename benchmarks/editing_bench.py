"""Editing speed: pasting 1 000 cells from the clipboard until the table shows them.

    run(demo_db: Path, forvaltning_db: Path) -> list[str]     (the databases are not used)
    python benchmarks/editing_bench.py

- `editing paste 1 000 cells`: 100 rows × 10 columns of Swedish numbers ("1 234,5") put on the
  clipboard as Excel does (tabs, \\r\\n); from Ctrl+V on an ExcelTableView over a FrameTableModel
  (sort proxy, Column specs, parsing, validation, the one edits_requested batch) to the view
  repainted with the new values. Baseline: a QTableView over a QStandardItemModel whose 1 000 items
  get the same values with setData (the text split and read as floats), repainted the same way.
  Median of 15 each, alternating two clipboards so every cell changes; target ≤ 300 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROWS, COLS, RUNS = 100, 10, 15


def _texts() -> tuple[str, str]:
    def grid(offset: float) -> str:
        return "".join("\t".join(f"{(r * COLS + c) * 10 + offset:,.1f}".replace(",", " ").replace(".", ",")
                                 for c in range(COLS)) + "\r\n" for r in range(ROWS))
    return grid(1000.5), grid(2000.25)


def measure() -> tuple[float, float]:
    """(median seconds for our paste, median seconds for the bare baseline)."""
    import pandas as pd
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTableView

    from vonapp.ui.editing import Column, ExcelTableView, FrameTableModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    columns = [Column(f"c{c}", f"Kolumn {c}", "hours", editable=True) for c in range(COLS)]
    frame = pd.DataFrame({"id": range(ROWS), **{f"c{c}": [0.0] * ROWS for c in range(COLS)}})
    model = FrameTableModel(columns, key="id", frame=frame)
    batches: list[int] = []
    model.edits_requested.connect(lambda edits: batches.append(len(edits)))
    view = ExcelTableView()
    view.set_source_model(model)
    view.resize(1366, 768)
    view.show()

    bare = QStandardItemModel(ROWS, COLS)
    for r in range(ROWS):
        for c in range(COLS):
            bare.setItem(r, c, QStandardItem("0"))
    bare_view = QTableView()
    bare_view.setModel(bare)
    bare_view.resize(1366, 768)
    bare_view.show()
    app.processEvents()
    texts = _texts()
    clipboard = QGuiApplication.clipboard()

    def ours(text: str) -> float:
        clipboard.setText(text)
        view.setCurrentIndex(view.proxy.index(0, 0))
        view.setFocus()
        app.processEvents()
        start = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        view.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - start

    def baseline(text: str) -> float:
        clipboard.setText(text)
        app.processEvents()
        start = time.perf_counter()
        rows = clipboard.text().rstrip("\r\n").split("\r\n")
        for r, line in enumerate(rows):
            for c, cell in enumerate(line.split("\t")):
                bare.setData(bare.index(r, c), float(cell.replace(" ", "").replace(",", ".")),
                             Qt.ItemDataRole.DisplayRole)
        bare_view.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - start

    ours(texts[1])  # warm-up: imports, first paint
    baseline(texts[1])
    mine, base = [], []
    for i in range(RUNS):
        mine.append(ours(texts[i % 2]))
        base.append(baseline(texts[i % 2]))
    if batches[-1] != ROWS * COLS or model.value(ROWS - 1, COLS - 1) is None:
        raise RuntimeError(f"the paste did not change {ROWS * COLS} cells: {batches[-3:]}")
    view.close()
    bare_view.close()
    return statistics.median(mine), statistics.median(base)


def run(demo_db: Path | None = None, forvaltning_db: Path | None = None) -> list[str]:
    mine, base = measure()
    return [f"editing paste 1 000 cells: {mine * 1000:.0f} ms (ratio {mine / base:.1f}× vs QStandardItemModel "
            f"setData of the same 1 000 values, {base * 1000:.0f} ms; target ≤ 300 ms)"]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout's vonapp
    for text in run():
        print(text)
