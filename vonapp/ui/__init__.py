"""The Qt window: main window, one view package per area, Qt models, pyqtgraph charts."""
