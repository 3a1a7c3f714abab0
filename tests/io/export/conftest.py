"""A small imported database for the export tests, built once and copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.io.export.build import build


@pytest.fixture(scope="session")
def small_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("export") / "small.sqlite")


@pytest.fixture
def small_path(small_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "small.sqlite"
    shutil.copy(small_file, target)
    return target
