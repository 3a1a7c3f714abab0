"""The Linux bundle against a bare PySide6 + pyqtgraph bundle built in the same run (packaging/build.sh):
size unpacked and packed (target ≤ 1,3×) and frozen start until the window's first paint (≤ 1,5×).

Building both bundles takes a few minutes (PyInstaller); `run()` skips with a line saying so when
PyInstaller cannot be installed here.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _start(exe: Path, db: Path | None, rounds: int = 5) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VONAPP_SMOKE_AT="paint")
    args = [str(exe)] + (["--db", str(db)] if db else [])
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)  # warm the file cache
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run(demo_db: Path, forvaltning_db: Path) -> list[str]:
    built = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT, env=dict(os.environ, BARE="1"),
                           capture_output=True, text=True, timeout=1800)
    if built.returncode != 0:
        tail = (built.stderr or built.stdout).strip().splitlines()[-1:] or ["?"]
        return [f"bundle: FAILED to build ({tail[0]})"]
    version = next(DIST.glob("vonapp-*-linux-*.tar.gz"))
    bare_tar = next(DIST.glob("bare-linux-*.tar.gz"))
    ours, bare = _size(DIST / "vonapp"), _size(DIST / "bare")
    packed, bare_packed = version.stat().st_size, bare_tar.stat().st_size
    mb = 1024 * 1024
    copy = demo_db.parent / "bundle-start.sqlite"
    copy.write_bytes(demo_db.read_bytes())
    start, bare_start = _start(DIST / "vonapp" / "vonapp", copy), _start(DIST / "bare" / "bare", None)
    return [
        f"bundle size unpacked: {ours / mb:.0f} MB (ratio {ours / bare:.2f}× vs bare PySide6 + pyqtgraph bundle "
        f"{bare / mb:.0f} MB, target ≤ 1.3×)",
        f"bundle size packed (.tar.gz): {packed / mb:.0f} MB (ratio {packed / bare_packed:.2f}× vs bare "
        f"{bare_packed / mb:.0f} MB, target ≤ 1.3×)",
        f"frozen start to first paint (demo): {start * 1000:.0f} ms (ratio {start / bare_start:.2f}× vs bare "
        f"bundle {bare_start * 1000:.0f} ms, target ≤ 1.5×)",
    ]
