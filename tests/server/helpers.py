"""What the server tests share: the test logins and running the command line in-process."""

from __future__ import annotations

import pytest

from vonapp.cli import main

ANNA, BO, CARL, DORA = "vonapp_test_anna", "vonapp_test_bo", "vonapp_test_carl", "vonapp_test_dora"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
