"""The window's remembered state in QSettings, typed and versioned (never pickled)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

VERSION = 1


class AppSettings:
    """Geometry, splitter, last unit and period, last folders; an ini file in tests, native otherwise."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._s = QSettings("vonapp", "vonapp")
        else:
            self._s = QSettings(str(path), QSettings.Format.IniFormat)
        if self._int("version") > VERSION:
            # Written by a newer vonapp: keep its file untouched and start from defaults here.
            self._s = QSettings(str(Path(self._s.fileName()).with_suffix(".v1.ini")), QSettings.Format.IniFormat)
        self._s.setValue("version", VERSION)

    def _int(self, key: str) -> int:
        try:
            return int(self._s.value(key, 0))
        except (TypeError, ValueError):
            return 0

    def _text(self, key: str) -> str | None:
        value = self._s.value(key)
        return str(value) if value not in (None, "") else None

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._s.setValue("window/splitter", value)

    @property
    def area(self) -> int:
        return self._int("window/area")

    @area.setter
    def area(self, value: int) -> None:
        self._s.setValue("window/area", int(value))

    @property
    def unit(self) -> str | None:
        return self._text("selection/unit")

    @unit.setter
    def unit(self, value: str) -> None:
        self._s.setValue("selection/unit", value)

    @property
    def period(self) -> tuple[str, str] | None:
        """(kind, label) such as ("quarter", "2023-Q1")."""
        kind, label = self._text("selection/period_kind"), self._text("selection/period")
        return (kind, label) if kind and label else None

    @period.setter
    def period(self, value: tuple[str, str]) -> None:
        self._s.setValue("selection/period_kind", value[0])
        self._s.setValue("selection/period", value[1])

    @property
    def language(self) -> str:
        """"sv", "en", or "" for the system's language (Visa → Språk)."""
        return self._text("ui/language") or ""

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    def folder(self, purpose: str) -> str:
        """The folder last used to pick a file for purpose ('import', 'export', 'database')."""
        return self._text(f"folders/{purpose}") or str(Path.home())

    def set_folder(self, purpose: str, folder: Path) -> None:
        self._s.setValue(f"folders/{purpose}", str(folder))

    def sync(self) -> None:
        self._s.sync()
