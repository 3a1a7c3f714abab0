"""The import templates in resources/templates: a CSV and an xlsx per kind, two example rows each.

Regenerate with `python -m vonapp.io.imports.templates`; the files are committed because people
open them. The examples fit together and import cleanly into the demo database (`vonapp demo`):
budget adds the year 2025 to Stortorp and Korttidsboende Stortorp (their codes as the demo has
them) and a new unit Hemtjänst Norr; tid (a resurspass placed in Korttidsboende Stortorp),
belaggning, atgarder, ekonomi and schema (from Monday 2025-03-03) go into Stortorp, utforande into
Hemtjänst Centrum (or Hemtjänst Norr in a new database). tests/io/test_templates.py imports each.
"""

from __future__ import annotations

import csv
import sys
from datetime import date, time
from pathlib import Path

from vonapp.assets import resource

TEMPLATE_DIR = resource("templates")

Sheet = tuple[str, list[tuple[object, ...]]]

TEMPLATES: dict[str, list[Sheet]] = {
    "budget": [("budget", [
        ("enhet", "verksamhet", "ansvar", "verksamhetskod", "platser", "år", "personalbudget kr", "timkostnad kr",
         "budgeterad beläggning %", "åtgärdskrav tkr", "heltidsmått"),
        ("Stortorp", "särskilt boende", "4711", "51310", 60, 2025, 22_800_000, 370, 98, 4200, 40),
        ("Korttidsboende Stortorp", "korttidsboende", "4712", "51320", 14, 2025, 9_600_000, 372, 95, 700, 40),
        ("Hemtjänst Norr", "hemtjänst", "4722", "51420", None, 2025, 18_300_000, 495.5, None, 8300, 38.25),
    ])],
    "tid": [("tid", [
        ("datum", "anställningsnummer", "namn", "kategori", "frånvarotyp", "placering", "timmar"),
        (date(2025, 3, 3), "1001", "Anna Andersson", "ordinarie", None, None, 8),
        (date(2025, 3, 3), "1002", "Bo Berg", "resurspass", None, "Korttidsboende Stortorp", 7.5),
    ])],
    "belaggning": [("belaggning", [
        ("datum", "platser", "belagda"),
        (date(2025, 3, 3), 60, 59),
        (date(2025, 3, 4), 60, 58),
    ])],
    "utforande": [("utforande", [
        ("år", "månad", "arbetad tid", "tid hos kund", "bomtid", "avböjd tid"),
        (2025, 1, 10_000, 6460, 350, 140),
        (2025, 2, 9500.5, 6100, 330, 130.25),
    ])],
    "atgarder": [("atgarder", [
        ("år", "åtgärd", "beskrivning", "ansvarig", "effekt år tkr", "helårseffekt tkr", "status"),
        (2025, "Resurspass före vikarier", "Resurspassen placeras innan vikarie tas in", "Enhetschef", 1200, 1500,
         "pågår"),
        (2025, "Schemaöversyn", "Nytt schema från 3 mars", None, 800.5, 1200, "ej påbörjad"),
    ])],
    "indikatorer": [("indikatorer", [
        ("år", "målområde", "indikator", "kolada-id", "måttenhet", "målvärde", "utfall", "preliminärt", "bedömning"),
        (2025, "Mål 2 – God service och gott bemötande", "Brukarbedömning särskilt boende – möjlighet att framföra "
         "synpunkter och klagomål, andel (%)", "U23516", "%", 44, None, "ja", "Ej utvärderad"),
        (2025, "Mål 1 – Delaktighet i samhället", "Personer från daglig verksamhet till studier eller arbete", None,
         "antal", 3, 4, "ja", "Helt uppfyllt"),
    ])],
    "ekonomi": [("ekonomi", [
        ("år", "månad", "kategori", "budget kr", "utfall kr"),
        (2025, 1, "intäkter", 150_000, 148_200.5),
        (2025, 1, "personalkostnader", -1_790_000, -1_835_000),
    ])],
    "schema": [
        ("passkoder", [
            ("passkod", "start", "slut", "rast min", "resurspass"),
            ("D", time(7, 0), time(15, 30), 30, "nej"),
            ("R", time(7, 0), time(15, 30), 30, "ja"),
        ]),
        ("schema", [
            ("anställningsnummer", "namn", "sysselsättningsgrad", 1, 2, 3, 4, 5, 6, 7),
            ("1001", "Anna Andersson", 75, "D", "D", None, "D", None, None, "D"),
            ("1002", "Bo Berg", 100, "R", None, "D", "D", "D", "R", None),
        ]),
    ],
}


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return f"{value}".replace(".", ",")
    return str(value)


def write_csv(path: Path, rows: list[tuple[object, ...]]) -> None:
    """Semicolons, decimal comma, UTF-8 with BOM: what Swedish Excel writes and opens."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows([[_csv_cell(c) for c in r] for r in rows])


def write_xlsx(path: Path, sheets: list[Sheet]) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # text that looks like a formula stays text
                elif isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(cell.value, time):
                    cell.number_format = "hh:mm"
    wb.save(path)


def write_all(folder: Path = TEMPLATE_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, sheets in TEMPLATES.items():
        write_csv(folder / f"{kind}.csv", sheets[-1][1])
        write_xlsx(folder / f"{kind}.xlsx", sheets)
        written += [folder / f"{kind}.csv", folder / f"{kind}.xlsx"]
    return written


if __name__ == "__main__":
    for p in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATE_DIR):
        print(p)
