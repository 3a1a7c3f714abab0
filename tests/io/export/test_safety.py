"""All or nothing: a failed or cancelled export leaves nothing at the target; the CLI's exit codes and lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.io.export.helpers import run
from vonapp.domain.periods import parse_period
from vonapp.io.export import KINDS, ExportCancelled, ExportError, export
from vonapp.store.database import open_database


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("stop_at", [5, 80, 100])
def test_cancel_leaves_nothing_and_keeps_an_existing_file(small_path: Path, tmp_path: Path, kind: str,
                                                          stop_at: int) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / "fil"
    out.write_bytes(b"the file from last month")
    seen: list[int] = []

    def progress(percent: int, text: str) -> bool:
        seen.append(percent)
        return percent < stop_at

    with open_database(small_path) as db, pytest.raises(ExportCancelled) as caught:
        export(db, kind, "Stortorp", parse_period("2023-Q1"), out, progress=progress)
    assert str(caught.value) == "Exporten avbröts; ingen fil skrevs."
    assert out.read_bytes() == b"the file from last month"
    assert _leftovers(folder) == []
    assert seen == sorted(seen)


def test_an_error_while_writing_leaves_nothing(small_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "u.xlsx"

    def progress(percent: int, text: str) -> bool:
        if percent > 60:
            raise RuntimeError("the dialog went away")
        return True

    with open_database(small_path) as db, pytest.raises(RuntimeError):
        export(db, "uppfoljning", "Stortorp", parse_period("2023-Q1"), out, progress=progress)
    assert list(tmp_path.glob("*.xlsx")) == [] and _leftovers(tmp_path) == []


def test_progress_runs_to_100_and_the_file_is_the_owners(small_path: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, str]] = []
    out = tmp_path / "u.xlsx"
    with open_database(small_path) as db:
        written = export(db, "uppfoljning", "Stortorp", parse_period("2023-Q1"), out,
                         progress=lambda p, t: seen.append((p, t)) is None)
    assert written == out.resolve()
    assert seen[-1] == (100, "Sparar filen")
    assert out.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(("unit", "out", "message"), [
    ("Ingenstans", "u.xlsx", "Enheten 'Ingenstans' finns inte"),
    ("Stortorp", "saknas/u.xlsx", "finns inte; välj en befintlig mapp"),
    ("Stortorp", ".", "är en mapp; ange ett filnamn"),
])
def test_bad_targets_and_units_are_refused(small_path: Path, tmp_path: Path, unit: str, out: str,
                                           message: str) -> None:
    with open_database(small_path) as db, pytest.raises(ExportError, match=message):
        export(db, "uppfoljning", unit, parse_period("2023"), tmp_path / out)
    assert list(tmp_path.glob("*.xlsx")) == []


def test_cli_writes_and_names_the_file(capsys: pytest.CaptureFixture[str], small_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "stortorp.xlsx"
    code, stdout, err = run(capsys, "export", "uppfoljning", "--unit", "Stortorp", "--period", "2023-Q1",
                            "--out", out, "--db", small_path)
    assert (code, err) == (0, "")
    assert stdout == f"Skrev uppföljningsfil (xlsx) {out}\n"
    code, stdout, _ = run(capsys, "export", "csv", "--unit", "all", "--period", "2023", "--out",
                          tmp_path / "alla.txt", "--db", small_path)
    assert code == 0
    assert stdout.strip().endswith("(obs: filnamnet slutar inte på .csv, men filen är en CSV-fil)")


@pytest.mark.parametrize(("argv", "message"), [
    (["export", "excel", "--unit", "Stortorp", "--period", "2023"], "Okänd exporttyp 'excel'"),
    (["export", "pdf", "--unit", "Ingen", "--period", "2023"], "Enheten 'Ingen' finns inte"),
    (["export", "pdf", "--unit", "Stortorp", "--period", "2023-13"], "har ingen månad 13"),
])
def test_cli_bad_input_exit_2_with_one_swedish_line(capsys: pytest.CaptureFixture[str], small_path: Path,
                                                    tmp_path: Path, argv: list[str], message: str) -> None:
    code, stdout, err = run(capsys, *argv, "--out", tmp_path / "x.pdf", "--db", small_path)
    assert code == 2 and stdout == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_missing_folder(capsys: pytest.CaptureFixture[str], small_path: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", "uppfoljning", "--unit", "Stortorp", "--period", "2023", "--out",
                       tmp_path / "nej" / "u.xlsx", "--db", small_path)
    assert code == 2 and f"Mappen {tmp_path / 'nej'} finns inte" in err
