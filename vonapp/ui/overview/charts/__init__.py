"""The overview's four charts, one module each, on a shared base (title, legend, crosshair, save)."""
