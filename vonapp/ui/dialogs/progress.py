"""Long work on the worker thread behind a progress dialog that can be cancelled."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from vonapp.ui.operations import Progress, Worker


def run_with_progress(
    parent: QWidget,
    worker: Worker,
    label: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    cancellable: bool = True,
    steps: bool = True,
) -> QProgressDialog:
    """Run fn(progress) on the worker behind a window-modal progress dialog; Avbryt cancels it."""
    dialog = QProgressDialog(label, parent.tr("Avbryt") if cancellable else None, 0, 100 if steps else 0, parent)
    dialog.setWindowTitle("vonapp")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    progress = Progress(parent=dialog)
    state = {"over": False}

    def changed(percent: int, text: str) -> None:
        if not state["over"] and not progress.cancelled:
            if steps:
                dialog.setValue(max(0, min(99, percent)))
            if text:
                dialog.setLabelText(text)

    def cancel() -> None:
        if not state["over"]:
            progress.cancel()
            dialog.setLabelText(parent.tr("Avbryter … inget ändras."))
            dialog.show()  # the button hides the dialog; keep it up until the work has stopped

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        state["over"] = True
        dialog.close()
        dialog.deleteLater()
        callback(value)

    progress.changed.connect(changed)
    dialog.canceled.connect(cancel)
    worker.submit(lambda: fn(progress), lambda r: finish(on_done, r), lambda e: finish(on_error, e))
    dialog.setValue(0)
    dialog.show()
    return dialog
