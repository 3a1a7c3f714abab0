"""The benchmark's baseline bundle: a bare PySide6 + pyqtgraph window that quits once painted."""

import os
import sys

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([1, 2, 3], [3, 1, 2])
window.setCentralWidget(plot)
window.show()
if os.environ.get("VONAPP_SMOKE_AT") == "paint":
    app.processEvents()  # the first paint, as vonapp's start() waits for it
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
