"""Start-up costs that are not the figures' own: PySide6 reading the source of every module imported
after it, and the garbage collector's passes over the objects start-up makes.

PySide6 (shibokensupport.feature) looks at each module imported after it for `from __feature__
import snake_case/true_property`, by reading the module's whole source text (inspect.getsource).
vonapp uses no such feature; pandas, SQLAlchemy, numpy and the standard library bring about 500
modules that load on the worker after the first paint, and reading their sources cost ≈ 80 ms of
CPU between the first paint and the figures. Modules of packages that never import PySide6 are
answered at once ("does not use PySide"); every other module is still read as PySide6 does.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from types import ModuleType

# Top-level packages that never import PySide6 (third-party ones vonapp loads after the first paint).
NO_QT_PACKAGES = frozenset({
    "numpy", "pandas", "sqlalchemy", "alembic", "mako", "dateutil", "pytz", "tzdata", "six", "platformdirs",
    "typing_extensions", "greenlet", "xlsxwriter", "openpyxl", "et_xmlfile",
})
# vonapp's own layers without Qt (import-linter keeps Qt out of them).
NO_QT_PREFIXES = ("vonapp.domain", "vonapp.store", "vonapp.db")

_MARK = "_vonapp_quick"


def uses_no_qt(name: str) -> bool:
    top = name.partition(".")[0]
    if top in NO_QT_PACKAGES or top in sys.stdlib_module_names:
        return True
    return any(name == p or name.startswith(p + ".") for p in NO_QT_PREFIXES)


def skip_pyside_source_scan() -> bool:
    """Answer PySide6's "does this module use PySide?" for modules known not to; True when installed."""
    feature = sys.modules.get("shibokensupport.feature")
    scan: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or not callable(scan):
        return False  # another PySide6 version: nothing to do
    if getattr(scan, _MARK, False):
        return True

    def quick(module: ModuleType) -> bool:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and uses_no_qt(name):
            return False
        return scan(module)

    setattr(quick, _MARK, True)
    feature._mod_uses_pyside = quick  # type: ignore[union-attr]
    return True


class CollectorPause:
    """The cyclic garbage collector held off from start until the first figures are painted.

    Start-up makes some 300 000 objects that live as long as the program (PySide6, pyqtgraph, then
    pandas and SQLAlchemy on a thread): the collector made several full passes over them on the way
    (≈ 110 ms of CPU of the ≈ 1.2 s to the figures, by the benchmark's children). Once the figures are
    on screen, what exists then is frozen out of its passes and it runs again as usual.
    """

    def __init__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.paused = True

    def resume(self) -> None:
        if not self.paused:
            return
        self.paused = False
        if self.was_enabled:
            gc.freeze()
            gc.enable()
