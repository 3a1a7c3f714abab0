"""Renders resources/icons/vonapp.svg to the PNG sizes and the Windows .ico the packages use.

Run after changing the SVG: `python packaging/make_icons.py` (needs PySide6).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "vonapp.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        render(size).save(str(ICONS / f"vonapp-{size}.png"))
    write_ico(ICONS / "vonapp.ico", [ICONS / f"vonapp-{size}.png" for size in (16, 24, 32, 48, 256)])
    return 0


def write_ico(path: Path, pngs: list[Path]) -> None:
    """A Windows icon holding the PNGs as they are (Vista+ reads PNG entries; Qt writes one size)."""
    blobs = [p.read_bytes() for p in pngs]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for png, blob in zip(pngs, blobs, strict=True):
        size = int(png.stem.rsplit("-", 1)[1])
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))


if __name__ == "__main__":
    sys.exit(main())
