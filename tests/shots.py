"""Where screenshots and rendered PDF pages go to be looked at: a temporary folder (VONAPP_SHOTS to
choose another), never the checkout."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SHOTS = Path(os.environ.get("VONAPP_SHOTS") or Path(tempfile.gettempdir()) / "vonapp-shots")
SHOTS.mkdir(parents=True, exist_ok=True)
