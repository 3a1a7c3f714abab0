"""vonapp: staffing, budget i timmar, occupancy and follow-up for unit managers in Swedish care."""

import importlib.util as _util
import sys as _sys
from pathlib import Path as _Path

__version__ = "0.1.0"


def _checkout_packages() -> None:
    """A source checkout keeps db/ and resources/ beside this package (the project's layout); an
    installed vonapp has them inside it as vonapp.db and vonapp.resources (setup.py maps them).
    In a checkout, register the two folders under those names (both __init__ files are empty)."""
    checkout = _Path(__file__).resolve().parent.parent
    if not (checkout / "pyproject.toml").is_file() or (_Path(__file__).parent / "db").is_dir():
        return
    for name in ("db", "resources"):
        init = checkout / name / "__init__.py"
        full = f"{__name__}.{name}"
        if full in _sys.modules or not init.is_file():
            continue
        spec = _util.spec_from_file_location(full, init, submodule_search_locations=[str(init.parent)])
        if spec is None or spec.loader is None:
            continue
        module = _util.module_from_spec(spec)
        _sys.modules[full] = module
        spec.loader.exec_module(module)
        globals()[name] = module


_checkout_packages()
