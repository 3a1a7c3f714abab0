"""The window's dialogs: welcome, import, export, about, progress."""
