"""A small database for the export tests, filled through the importers like a user would.

Stortorp (särskilt boende, 40 places) and Hemtjänst Norr, 2023 Q1 recorded, with one hourly-paid
employee whose name looks like a spreadsheet formula.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from tests.io.helpers import TID_HEADER, write_csv
from vonapp.io.imports import import_file
from vonapp.io.imports.templates import TEMPLATE_DIR
from vonapp.store.database import open_database
from vonapp.store.models import Indicator, IndicatorValue

EVIL_NAME = '=HYPERLINK("http://example.invalid","x")'
EVIL_NUMBER = "2001"


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def build(path: Path) -> Path:
    """Write the test database at path and close it."""
    folder = path.parent
    db = open_database(path)
    try:
        budget = [("enhet", "verksamhet", "ansvar", "verksamhetskod", "platser", "år", "personalbudget kr",
                   "timkostnad kr", "budgeterad beläggning %", "åtgärdskrav tkr", "heltidsmått")]
        budget += [
            ("Stortorp", "särskilt boende", "4110", "51020", 40, 2022, 20_800_000, 500, 99, 3000, 40),
            ("Stortorp", "särskilt boende", "4110", "51020", 40, 2023, 21_500_000, 520, 98, 4200, 40),
            ("Hemtjänst Norr", "hemtjänst", "4210", "51300", None, 2023, 18_300_000, 495.5, None, 8300, 38.25),
        ]
        import_file(db, "budget", write_csv(folder / "budget.csv", budget))
        import_file(db, "schema", TEMPLATE_DIR / "schema.xlsx", unit="Stortorp", start=date(2023, 1, 2))

        tid: list[tuple[object, ...]] = [TID_HEADER]
        for day in _days(date(2023, 1, 2), date(2023, 3, 31)):
            if day.weekday() < 5:
                tid.append((day, "1001", "Anna Andersson", "ordinarie", None, None, 8.0))
            if day.weekday() == 0:
                tid.append((day, "1002", "Bo Berg", "resurspass", None, "egen enhet", 6.0))
                tid.append((day, "1001", "Anna Andersson", "frånvaro", "sjuk", None, 4.0))
            if day.weekday() == 5:
                tid.append((day, "1002", "Bo Berg", "resurspass", None, "Hemtjänst Norr", 7.5))
            if day.weekday() == 2:
                tid.append((day, EVIL_NUMBER, EVIL_NAME, "vikarie", None, None, 7.5))
            if day.weekday() == 0:  # a substitute on a Monday with 1.5 resurspass hours unused: missed
                tid.append((day, "2002", "Cilla Ceder", "vikarie", None, None, 4.0))
        import_file(db, "tid", write_csv(folder / "tid.csv", tid), unit="Stortorp")

        occ: list[tuple[object, ...]] = [("datum", "platser", "belagda")]
        for day in _days(date(2022, 1, 1), date(2023, 3, 31)):
            occ.append((day, 40, 38 + (day.day % 3)))  # 38, 39 or 40 by day of month
        import_file(db, "belaggning", write_csv(folder / "belaggning.csv", occ), unit="Stortorp")

        plan = [("år", "åtgärd", "beskrivning", "effekt år tkr", "helårseffekt tkr", "status"),
                (2023, "Resurspass före vikarier", "Resurspassen placeras innan vikarie tas in", 1200, 1500, "pågår"),
                (2023, "Schemaöversyn", "Nytt schema från 1 maj", 800.5, 1200, "planerad"),
                (2023, "-Minus i namnet", "@ett snabel-a först", 100, 100, "klar")]
        import_file(db, "atgarder", write_csv(folder / "atgarder.csv", plan), unit="Stortorp")

        fin: list[tuple[object, ...]] = [("år", "månad", "kategori", "budget kr", "utfall kr")]
        for m in range(1, 13):
            done = m <= 3
            fin.append((2023, m, "intäkter", 150_000, 148_000 if done else None))
            fin.append((2023, m, "personalkostnader", -1_790_000, -1_835_000 if done else None))
            fin.append((2023, m, "lokalhyror", -200_000, -200_000 if done else None))
            fin.append((2023, m, "köp av tjänster", -50_000, -45_000 if done else None))
            fin.append((2023, m, "övriga kostnader", -30_000, -32_000 if done else None))
        import_file(db, "ekonomi", write_csv(folder / "ekonomi.csv", fin), unit="Stortorp")
        # the rows the utförande template had before it moved to 2025 (to import cleanly into the demo)
        utf = [("år", "månad", "arbetad tid", "tid hos kund", "bomtid", "avböjd tid"),
               (2023, 1, 10_000, 6460, 350, 140), (2023, 2, 9500.5, 6100, 330, 130.25)]
        import_file(db, "utforande", write_csv(folder / "utforande.csv", utf), unit="Hemtjänst Norr")

        with db.session() as s:
            unit_id = s.execute(text("SELECT id FROM unit WHERE name = 'Stortorp'")).scalar_one()
            ind = Indicator(unit_id=unit_id, name="Brukarbedömning särskilt boende – helhetssyn", kolada_id="U23516",
                            measure_unit="%", higher_is_better=True)
            s.add(ind)
            s.flush()
            s.add_all([
                IndicatorValue(indicator_id=ind.id, year=2021, target=85, value=82, assessment="Delvis uppfyllt"),
                IndicatorValue(indicator_id=ind.id, year=2022, target=85, value=84, assessment="Delvis uppfyllt"),
                IndicatorValue(indicator_id=ind.id, year=2023, target=85, value=86, preliminary=True,
                               assessment="Helt uppfyllt"),
            ])
            s.commit()
    finally:
        db.close()
    return path
