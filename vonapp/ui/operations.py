"""One worker thread for all database work; results come back on the GUI thread.

Like Anki's `aqt/operations`: the window submits small functions, they run in order on a
single background thread (SQLite wants one writer), and `on_done`/`on_error` are called on the
GUI thread through queued signals, so the window never freezes and never touches a Session.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Runner(QObject):
    """Lives on the worker thread and runs each job it is handed.

    Only job ids cross the thread boundary in signals; the callables and their results wait
    in dictionaries under a lock (queued signals carrying arbitrary Python objects, None in
    particular, have upset reference counts in some PySide6 releases).
    """

    finished = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.Lock()
        self.jobs: dict[int, Callable[[], Any]] = {}
        self.results: dict[int, tuple[bool, Any]] = {}

    @Slot(int)
    def run(self, job_id: int) -> None:
        with self.lock:
            fn = self.jobs.pop(job_id)
        try:
            outcome: tuple[bool, Any] = (True, fn())
        except Exception as exc:  # handed to on_error on the GUI thread, never lost
            if not _is_user_error(exc):
                traceback.print_exc(file=sys.stderr)
            outcome = (False, exc)
        with self.lock:
            self.results[job_id] = outcome
        self.finished.emit(job_id)


def _is_user_error(exc: BaseException) -> bool:
    from vonapp.domain.periods import PeriodError
    from vonapp.io.export import ExportError
    from vonapp.store.errors import StoreError

    return isinstance(exc, StoreError | PeriodError | ExportError)


class Worker(QObject):
    """submit(fn, on_done, on_error): run fn on the one worker thread, call back on the GUI thread."""

    busy_changed = Signal(bool)
    _submit = Signal(int)

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("vonapp-worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.finished.connect(self._finished)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._next_id = 0
        self._thread.start()

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> int:
        """Queue fn; jobs run one at a time in the order they were submitted."""
        self._next_id += 1
        self._callbacks[self._next_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._queue(self._next_id, fn)
        return self._next_id

    def _queue(self, job_id: int, fn: Callable[[], Any]) -> None:
        with self._runner.lock:
            self._runner.jobs[job_id] = fn
        self._submit.emit(job_id)

    @Slot(int)
    def _finished(self, job_id: int) -> None:
        with self._runner.lock:
            ok, value = self._runner.results.pop(job_id)
        if job_id not in self._callbacks:  # a run_blocking job: its caller already has the result
            return
        on_done, on_error = self._callbacks.pop(job_id)
        try:
            if ok:
                if on_done is not None:
                    on_done(value)
            elif on_error is not None:
                on_error(value)
            else:
                print(f"vonapp: fel i bakgrundsjobb: {value}", file=sys.stderr)
        finally:
            if not self._callbacks:
                self.busy_changed.emit(False)

    def run_blocking(self, fn: Callable[[], Any]) -> Any:
        """Run fn on the worker after everything queued and wait for it (for shutdown and start-up)."""
        box: dict[str, Any] = {}
        ready = threading.Event()

        def job() -> None:
            try:
                box["result"] = fn()
            except BaseException as exc:
                box["error"] = exc
            finally:
                ready.set()

        self._next_id += 1
        self._queue(self._next_id, job)
        ready.wait()
        if "error" in box:
            raise box["error"]
        return box.get("result")

    def shutdown(self) -> None:
        """Finish the queued jobs and stop the thread."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()


class Progress(QObject):
    """A progress callback for worker code that a dialog on the GUI thread can watch and cancel."""

    changed = Signal(int, str)

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, percent: int, text: str = "") -> bool:
        """Called on the worker: pass the step on; True means go on, False means stop."""
        self.changed.emit(int(percent), text)
        return not self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()
