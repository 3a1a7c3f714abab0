"""vonapp: staffing, budget i timmar, occupancy and follow-up for unit managers in Swedish care."""

from pathlib import Path as _Path

__version__ = "0.1.0"

# A source checkout keeps db/ and resources/ beside this package (the project's layout); an
# installed vonapp has them inside it as vonapp.db and vonapp.resources (setup.py maps them).
# Let a checkout import them under the same names.
_checkout = _Path(__file__).resolve().parent.parent
if (_checkout / "pyproject.toml").is_file() and (_checkout / "db" / "__init__.py").is_file():
    __path__.append(str(_checkout))  # noqa: F821 - the package's own search path

