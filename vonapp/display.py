"""Before Qt loads: is there a screen to draw on, and are the system libraries Qt needs there?

Without them Qt aborts with an English message that names only one of the missing libraries
(exit 134). Checked here first, so that the user gets one Swedish line with the command that
installs all of them.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from vonapp.texts import t

# Shared libraries Qt's platform plugins load, and the Debian/Ubuntu package of each.
COMMON_LIBS = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
}
XCB_LIBS = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None,
                    loads: Callable[[str], bool] = _loads) -> str | None:
    """One line (vonapp.texts) saying why the window cannot start here, or None when it can."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux":
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    wayland = bool(env.get("WAYLAND_DISPLAY")) and chosen in ("", "wayland")
    if not chosen and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return t("Ingen skärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt), så fönstret kan inte visas. "
                 "Starta vonapp från skrivbordet, eller använd kommandona utan fönster (vonapp summary, "
                 "vonapp export …; se vonapp --help).")
    needed = dict(COMMON_LIBS)
    if chosen == "xcb" or (not chosen and not wayland):
        needed.update(XCB_LIBS)
    elif chosen in HEADLESS_PLATFORMS:
        needed = {k: v for k, v in COMMON_LIBS.items() if k != "libGL.so.1"}
    missing = sorted({package for lib, package in needed.items() if not loads(lib)})
    if not missing:
        return None
    return t("Fönstret kan inte starta: systembibliotek som Qt behöver saknas ({packages}). Installera dem med: "
             "sudo apt-get install {install}", packages=", ".join(missing), install=" ".join(missing))
