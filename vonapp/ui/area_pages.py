"""Which page each area shows. An area not listed here is still a placeholder page.

Each factory takes the window's AreaContext and returns an AreaPage; importing the page's
module is deferred to the factory so the window's first paint does not wait for it.
"""

from __future__ import annotations

from collections.abc import Callable

from vonapp.ui.area_page import AreaContext, AreaPage

PageFactory = Callable[[AreaContext], AreaPage]


def page_factories() -> dict[str, PageFactory]:
    """Area key (see vonapp.ui.areas) → a function making its page."""
    factories: dict[str, PageFactory] = {}
    # One line per area, e.g.:
    # factories["schema"] = lambda ctx: __import__("vonapp.ui.schema.page", fromlist=["x"]).SchemaPage(ctx)
    factories["schema"] = lambda ctx: __import__("vonapp.ui.schema.page", fromlist=["x"]).SchemaPage(ctx)
    factories["utfall"] = lambda ctx: __import__("vonapp.ui.utfall.page", fromlist=["x"]).UtfallPage(ctx)
    factories["belaggning"] = lambda ctx: __import__("vonapp.ui.belaggning.page", fromlist=["x"]).BelaggningPage(ctx)
    factories["atgarder"] = lambda ctx: __import__("vonapp.ui.atgarder.page", fromlist=["x"]).AtgarderPage(ctx)
    factories["nyckeltal"] = lambda ctx: __import__("vonapp.ui.nyckeltal.page", fromlist=["x"]).NyckeltalPage(ctx)
    factories["ekonomi"] = lambda ctx: __import__("vonapp.ui.ekonomi.page", fromlist=["x"]).EkonomiPage(ctx)
    return factories
