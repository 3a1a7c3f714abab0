"""The command line's one catalogue (vonapp/texts.py): every text translated, no Swedish literal left outside
it in vonapp/cli, the language rule, and `vonapp` itself in English and in Swedish (no Qt needed)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.translations_tool import translations_tool
from vonapp import texts
from vonapp.texts import read_catalogue, t

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "vonapp" / "cli"
CATALOGUE = ROOT / "resources" / "translations" / "vonapp_en.ts"

# A literal reads as Swedish when it has å, ä or ö or one of these words.
SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(och|eller|inte|inget|ingen|inga|finns|skriv|ange|välj|med|har|är|för|"
                     r"visa|kör|fil|enhet|enheten|enhetens|databasen|datum|timmar|avvikelse|schema|schemat|"
                     r"namn|rad|rader|till|från|totalt|mått|värde|varav)\b", re.IGNORECASE)
# Swedish-looking literals in vonapp/cli that are not text for people, each with its reason.
NOT_TEXT = {
    "alla": "an input: `--unit alla` means every unit",
    "alla enheter": "an input, as above",
    "ö": "an input: `export uppföljning` is read as uppfoljning",
    "manuell": "the backup's reason, stored in its file name",
    "%Y-%m-%d %H:%M": "a date format",
}


_tool = translations_tool


def test_every_catalogue_text_of_the_command_line_has_english() -> None:
    tool = _tool()
    found = tool.text_strings()
    assert len({text for ctx, text in found if ctx == "cli"}) > 150
    english = {source: text for (_ctx, source), text in read_catalogue(CATALOGUE).items()}
    assert sorted(text for _ctx, text in found if not english.get(text)) == []
    # A translation keeps every {field} of its source, so t() fills it in whatever the order.
    fields = re.compile(r"\{[a-z_]*\}")
    for _ctx, source in found:
        assert sorted(set(fields.findall(source))) == sorted(set(fields.findall(english[source]))), source


def _calls(tree: ast.AST, names: tuple[str, ...]) -> set[int]:
    """ids of the nodes inside calls to these names (and of docstrings)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
            inside.update(id(n) for arg in node.args for n in ast.walk(arg))
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and ast.get_docstring(node) is not None:
            inside.add(id(node.body[0].value))  # type: ignore[attr-defined]
    return inside


def _swedish_literals(path: Path) -> list[str]:
    """Literals (and f-string parts) of a module that read as Swedish and do not go through t() or N_()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    translated = _calls(tree, ("t", "N_"))
    found: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if id(node) in translated or not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if SWEDISH.search(node.value) and node.value not in NOT_TEXT:
            found.append((node.lineno, node.col_offset, f"{path.name}:{node.lineno}: {node.value!r}"))
    return [line for _row, _col, line in sorted(found, key=lambda f: f[:2])]  # f-string parts: walk order


def test_no_swedish_literal_in_the_command_line_bypasses_the_catalogue() -> None:
    left = [line for path in sorted(CLI.glob("*.py")) for line in _swedish_literals(path)]
    assert left == []


def test_the_scan_sees_a_bypassing_literal(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text('"""Ett docstring är ingen text."""\nprint(t("Inga importer ännu."))\n'
                      'print(f"Databasen {x} är hel.")\nraise UserError("Välj en fil.")\n', encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in _swedish_literals(module)] == [
        "'Databasen '", "' är hel.'", "'Välj en fil.'"]


def test_the_language_rule(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert texts.system_language({}) == "sv"
    assert texts.system_language({"LANG": "C.UTF-8"}) == "sv"
    assert texts.system_language({"LANG": "POSIX"}) == "sv"
    assert texts.system_language({"LANG": "sv_SE.UTF-8"}) == "sv"
    assert texts.system_language({"LANG": "en_GB.UTF-8"}) == "en"
    assert texts.system_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert texts.system_language({"LANG": "sv_SE.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}) == "en"
    assert texts.system_language({"LANG": "en_US.UTF-8", "LC_ALL": "sv_FI.UTF-8"}) == "sv"
    # The window's Visa → Språk, from its QSettings ini file (Linux), read without Qt.
    (tmp_path / "vonapp").mkdir()
    (tmp_path / "vonapp" / "vonapp.conf").write_text("[General]\nversion=1\n\n[ui]\nlanguage=en\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("VONAPP_LANGUAGE")
    texts.saved_language.cache_clear()
    texts.set_language(None)  # a window opened by an earlier test in this process chose its language
    try:
        if sys.platform not in ("win32", "darwin"):
            assert texts.saved_language() == "en"
            assert texts.language() == "en"
            assert t("Inga importer ännu.") == "No imports yet."
        monkeypatch.setenv("VONAPP_LANGUAGE", "sv")  # IT's setting wins over the user's
        assert texts.language() == "sv" and t("Inga importer ännu.") == "Inga importer ännu."
        monkeypatch.delenv("VONAPP_LANGUAGE")
        texts.set_language("sv")  # the window decided: the store's messages follow it
        assert texts.language() == "sv"
    finally:
        texts.set_language(None)
        texts.saved_language.cache_clear()


def test_fields_are_filled_in_the_translation(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "{file}: {count} fel på {rows} rader; inget importerades."
    assert t(text, file="tid.csv", count=3, rows=2) == "tid.csv: 3 fel på 2 rader; inget importerades."
    monkeypatch.setenv("VONAPP_LANGUAGE", "en")
    assert t(text, file="tid.csv", count=3, rows=2) == "tid.csv: 3 errors on 2 rows; nothing was imported."
    assert t("en text som inte finns i katalogen {x}", x=1) == "en text som inte finns i katalogen 1"


def _vonapp(*args: str, language: str | None, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VONAPP_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(tmp_path / "config"), LANG="C.UTF-8")
    if language is not None:
        env["VONAPP_LANGUAGE"] = language
    return subprocess.run([sys.executable, "-m", "vonapp", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


@pytest.mark.parametrize("language", ["en", "sv", None])
def test_vonapp_speaks_the_language(demo_path: Path, tmp_path: Path, language: str | None) -> None:
    english = language == "en"
    helped = _vonapp("--help", language=language, tmp_path=tmp_path)
    assert helped.returncode == 0 and helped.stderr == ""
    if english:
        assert helped.stdout.startswith("usage: vonapp") and "\noptions:\n" in helped.stdout
        assert "the key figures for a unit and period" in helped.stdout and "show this help and exit" in helped.stdout
    else:  # Swedish, also with no language set at all (LANG=C)
        assert helped.stdout.startswith("användning: vonapp") and "\nflaggor:\n" in helped.stdout
        assert "nyckeltalen för en enhet och period" in helped.stdout
    assert not SWEDISH.search(helped.stdout.replace("vonapp", "")) if english else True

    db = ["--db", str(demo_path)]
    summary = _vonapp("summary", "--unit", "Stortorp", "--period", "2023", *db, language=language, tmp_path=tmp_path)
    assert summary.returncode == 0 and summary.stderr == ""
    lines = summary.stdout.splitlines()
    assert lines[0] == "Stortorp, 2023 (2023-01-01 – 2023-12-31)"
    labels = [line.rsplit("  ", 1)[0].strip() for line in lines[4:]]
    if english:
        assert lines[2].split() == ["Measure", "Value"]
        for label in ("Budget in hours", "Hours worked (actual)", "of which resource shifts", "Occupancy",
                      "Sickness absence", "Resource shifts, hours used", "Missed resource shifts kr"):
            assert label in labels, label
        assert [label for label in labels if SWEDISH.search(label)] == []
    else:
        assert lines[2].split() == ["Mått", "Värde"]
        for label in ("Budget i timmar", "Arbetade timmar (utfall)", "varav resurspass", "Beläggning",
                      "Sjukfrånvaro", "Resurspass använda timmar", "Missade resurspass kr"):
            assert label in labels, label
    # The figures themselves are the same in both languages (Swedish number formats).
    values = [line.rsplit("  ", 1)[1] for line in lines[4:]]
    assert "h" in values[0] and "," in next(v for v in values if v.endswith("%"))

    unknown = _vonapp("summary", "--unit", "Ingenstans", "--period", "2023", *db, language=language,
                      tmp_path=tmp_path)
    assert unknown.returncode == 2 and unknown.stdout == "" and len(unknown.stderr.splitlines()) == 1
    if english:
        assert unknown.stderr.startswith("vonapp: The unit 'Ingenstans' does not exist. Known units: ")
        assert unknown.stderr.rstrip().endswith("(or all).")
    else:
        assert unknown.stderr.startswith("vonapp: Enheten 'Ingenstans' finns inte. Kända enheter: ")
        assert unknown.stderr.rstrip().endswith("(eller all).")

    bad = _vonapp("summary", "--unit", "Stortorp", language=language, tmp_path=tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith(
        "vonapp: the following arguments are required: --period (see `vonapp summary --help`)" if english
        else "vonapp: dessa argument krävs: --period (se `vonapp summary --help`)")


def test_the_summary_json_keys_do_not_change_with_the_language(demo_path: Path, tmp_path: Path) -> None:
    args = ("summary", "--unit", "Stortorp", "--period", "2023-Q2", "--json", "--db", str(demo_path))
    sv, en = (_vonapp(*args, language=lang, tmp_path=tmp_path) for lang in ("sv", "en"))
    assert sv.returncode == en.returncode == 0
    assert sv.stdout == en.stdout


def test_every_summary_label_has_english() -> None:
    """The labels of io.export.figures (the `varav` rows are made from the categories) are all in the catalogue."""
    from vonapp.io.export.figures import FIGURES

    english = {source: text for (_ctx, source), text in read_catalogue(CATALOGUE).items()}
    assert [f.label.strip() for f in FIGURES if not english.get(f.label.strip())] == []
