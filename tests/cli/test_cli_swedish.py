"""The command line speaks Swedish and ends cleanly: help and errors, a closed pipe, no data, --out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vonapp.cli import build_parser, main
from vonapp.cli.parser import swedish_message
from vonapp.io.imports.kinds.base import fmt_n

ENGLISH = ("usage:", "positional arguments", "options:", "optional arguments", "show this help",
           "show program's version", "the following arguments", "unrecognized", "invalid choice", "expected")
ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse's own exits (--help, bad arguments)
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("args", [["--help"], ["summary", "--help"], ["import", "--help"], ["export", "-h"]])
def test_help_is_swedish(capsys, args: list[str]) -> None:
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert out.startswith("användning: vonapp")
    assert out.count("flaggor:") == 1  # --db among the command's own options, not under a second heading
    assert "visa den här hjälpen och avsluta" in out
    assert not [word for word in ENGLISH if word in out]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["summary", "--unit", "Stortorp"], "vonapp: dessa argument krävs: --period (se `vonapp summary --help`)"),
        (["rapport"], "vonapp: argument KOMMANDO: ogiltigt val 'rapport' (välj bland 'summary', "),
        (["units", "--bogus"], "vonapp: okända argument: --bogus"),
        (["summary", "--unit"], "vonapp: argument --unit: ett värde behövs"),
        (["demo", "--scale", "stor"], "vonapp: argument --scale: ogiltigt val 'stor'"),
    ],
)
def test_argument_errors_are_one_swedish_line_with_exit_2(capsys, args: list[str], expected: str) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert err.startswith(expected)
    assert len(err.strip().splitlines()) == 1
    assert not [word for word in ENGLISH if word in err]


def test_an_unknown_argparse_text_is_kept() -> None:
    assert swedish_message("something new") == "something new"
    assert build_parser().prog == "vonapp"


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_summary_into_a_closed_pipe_ends_quietly(demo_path: Path) -> None:
    """`vonapp summary … | head -1`: the reader is gone before vonapp writes; no 'oväntat fel'."""
    proc = subprocess.Popen([sys.executable, "-m", "vonapp", "summary", "--unit", "all", "--period", "2023",
                             "--db", str(demo_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT, env=_env())
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # as head does once it has its lines
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""


def test_help_into_a_closed_pipe_ends_quietly() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "vonapp", "import", "--help"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=_env())
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "oväntat" not in err


def test_summary_of_a_period_without_data_says_so_in_one_line(demo_path: Path, capsys) -> None:
    # the demo holds 2022–2024; 2030 has no time, occupancy or budget
    code, out, err = run(capsys, "summary", "--unit", "Stortorp", "--period", "2030", "--db", str(demo_path))
    assert code == 0 and err == ""
    assert out.strip() == ("Stortorp har ingen registrerad tid, beläggning eller budget för 2030 "
                           "(2030-01-01 – 2030-12-31).")
    code, out, _ = run(capsys, "summary", "--unit", "all", "--period", "2031-Q2", "--db", str(demo_path))
    assert code == 0 and len(out.strip().splitlines()) == 1 and out.startswith("Alla enheter har ingen")
    # --json keeps the object (nulls) for scripts
    code, out, _ = run(capsys, "summary", "--unit", "Stortorp", "--period", "2030", "--json", "--db",
                       str(demo_path))
    assert code == 0 and out.lstrip().startswith("{")


def test_export_of_a_period_without_data_says_so(demo_path: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "tom.csv"
    code, out, err = run(capsys, "export", "csv", "--unit", "Stortorp", "--period", "2030", "--out", str(out_file),
                         "--db", str(demo_path))
    assert code == 0 and err == ""
    # one line: the file (which shows no figures either) and why
    assert out.strip() == (f"Skrev CSV-fil {out_file} (Stortorp har ingen registrerad tid, beläggning eller "
                           "budget för 2030 (2030-01-01 – 2030-12-31))")
    assert out_file.exists()


def test_export_refuses_another_kind_of_name_and_an_existing_file(demo_path: Path, tmp_path: Path, capsys) -> None:
    wrong = tmp_path / "stortorp.xlsx"
    code, _, err = run(capsys, "export", "csv", "--unit", "Stortorp", "--period", "2023-03", "--out", str(wrong),
                       "--db", str(demo_path))
    assert code == 2 and "slutar på .csv" in err and len(err.strip().splitlines()) == 1
    assert not wrong.exists()

    existing = tmp_path / "stortorp.csv"
    existing.write_text("mitt eget\n")
    code, _, err = run(capsys, "export", "csv", "--unit", "Stortorp", "--period", "2023-03", "--out",
                       str(existing), "--db", str(demo_path))
    assert code == 2 and "finns redan" in err and "--force" in err
    assert existing.read_text() == "mitt eget\n"

    code, out, _ = run(capsys, "export", "csv", "--unit", "Stortorp", "--period", "2023-03", "--out",
                       str(existing), "--force", "--db", str(demo_path))
    assert code == 0 and out.startswith("Skrev CSV-fil")
    assert existing.read_text() != "mitt eget\n"


def test_report_numbers_have_a_real_minus() -> None:
    assert fmt_n(-1234.5) == "\u22121\u00a0234,5"
    assert fmt_n(-3) == "\u22123"
    assert fmt_n(12345) == "12\u00a0345"
