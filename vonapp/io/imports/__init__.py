"""Importing the files of DESIGN.md's "Import files": read, check every row, write all or nothing."""

from __future__ import annotations

from vonapp.io.imports.problems import ImportFailed, ImportRefused, Problem
from vonapp.io.imports.runner import Outcome, import_file, kind_named, list_batches, undo

__all__ = ["ImportFailed", "ImportRefused", "Outcome", "Problem", "import_file", "kind_named", "list_batches",
           "undo"]
