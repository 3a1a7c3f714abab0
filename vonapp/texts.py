"""The command line's language: Swedish as written, English from resources/translations/vonapp_en.ts.

No Qt here: the command line must not load it. `t("… {unit} …", unit=name)` returns the Swedish text, or
its English translation when the language is English, with the named fields filled in (so a translation
may put them in any order). `N_("…")` only marks a text for the catalogue where it is kept in a constant
and translated with `t(CONSTANT)` when shown. packaging/translations.py collects both kinds of literal
(context "cli" for vonapp/cli, "messages" elsewhere) into the same .ts file the window reads.

The language: VONAPP_LANGUAGE (sv|en), else the window's Visa → Språk choice (set_language() by the
window, or read from its settings file), else the system's locale (LC_ALL, LC_MESSAGES, LANG: sv… is
Swedish, any other language English; unset, C and POSIX Swedish).
"""

from __future__ import annotations

import configparser
import os
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

LANGUAGES = {"sv": "Svenska", "en": "English"}
CLI_CONTEXT = "cli"

_chosen: str | None = None  # set by the window once it has decided


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation of every finished message in a .ts file."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not (translation.text or "").strip():
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            found[(name, source)] = translation.text or ""
    return found


@cache
def _english() -> dict[str, str]:
    """Source → English; a text of the command line's context wins over the same text elsewhere."""
    from vonapp.assets import resource

    try:
        exact = read_catalogue(resource("translations", "vonapp_en.ts"))
    except (OSError, ET.ParseError, FileNotFoundError):
        return {}
    english = {source: text for (ctx, source), text in exact.items() if ctx != CLI_CONTEXT}
    english.update({source: text for (ctx, source), text in exact.items() if ctx == CLI_CONTEXT})
    return english


def set_language(language: str | None) -> None:
    """The window's language, for the texts it shows from below ui (None: decide as the command line)."""
    global _chosen
    _chosen = language if language in LANGUAGES else None


def system_language(environ: dict[str, str] | os._Environ[str] | None = None) -> str:
    """Swedish for a Swedish locale and for none (unset, C, POSIX), English for any other."""
    env = os.environ if environ is None else environ
    value = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    code = value.split(".")[0].split("@")[0].lower()
    return "sv" if code in ("", "c", "posix") or code.startswith("sv") else "en"


@cache
def saved_language() -> str:
    """The window's Visa → Språk choice ("sv", "en" or "" for the system's) from its QSettings store,
    read without Qt: the registry on Windows, the plist on macOS, the ini file elsewhere."""
    try:
        if sys.platform == "win32":
            import winreg

            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\vonapp\vonapp\ui") as key:
                value = str(winreg.QueryValueEx(key, "language")[0])
        elif sys.platform == "darwin":
            import plistlib

            with (Path.home() / "Library" / "Preferences" / "com.vonapp.vonapp.plist").open("rb") as f:
                value = str(plistlib.load(f).get("ui.language", ""))
        else:
            config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
            parser = configparser.ConfigParser(interpolation=None, strict=False)
            parser.read(config / "vonapp" / "vonapp.conf", encoding="utf-8")
            value = parser.get("ui", "language", fallback="")
    except Exception:  # noqa: BLE001 - no setting (or an unreadable one) is the system's language
        return ""
    return value if value in LANGUAGES else ""


def language() -> str:
    """ "sv" or "en" for the texts of the command line (and of the store's messages)."""
    forced = os.environ.get("VONAPP_LANGUAGE", "")
    if forced in LANGUAGES:
        return forced
    return _chosen or saved_language() or system_language()


def t(text: str, /, **fields: object) -> str:
    """`text` in the current language, its {named} fields filled in."""
    shown = _english().get(text, text) if language() == "en" else text
    if not fields:
        return shown
    try:
        return shown.format(**fields)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: the Swedish is still right
        return text.format(**fields)


def N_(text: str) -> str:  # noqa: N802 - gettext's name for a marked, not yet translated text
    """Mark a text kept in a constant for the catalogue; show it with t(CONSTANT)."""
    return text
