"""The fixed vocabularies of DESIGN.md's glossary, as code names with their Swedish labels."""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    SARSKILT_BOENDE = "särskilt boende"
    KORTTIDSBOENDE = "korttidsboende"
    HEMTJANST = "hemtjänst"
    BOENDESTOD = "boendestöd"
    DAGVERKSAMHET = "dagverksamhet"
    DAGLIG_VERKSAMHET_LSS = "daglig verksamhet LSS"
    PERSONLIG_ASSISTANS = "personlig assistans"
    LSS_BOENDE = "LSS-boende"


class Category(StrEnum):
    """Category of a time entry; all but FRANVARO are worked time."""

    ORDINARIE = "ordinarie"
    RESURSPASS = "resurspass"
    VIKARIE = "vikarie"
    MERTID = "mertid"
    OVERTID = "övertid"
    INHYRD = "inhyrd"
    FRANVARO = "frånvaro"


WORKED_CATEGORIES: tuple[Category, ...] = (
    Category.ORDINARIE,
    Category.RESURSPASS,
    Category.VIKARIE,
    Category.MERTID,
    Category.OVERTID,
    Category.INHYRD,
)
# Hours that replace missing staff: what an unused resurspass should have covered.
SUBSTITUTE_CATEGORIES: tuple[Category, ...] = (
    Category.VIKARIE,
    Category.MERTID,
    Category.OVERTID,
    Category.INHYRD,
)


class AbsenceType(StrEnum):
    SJUK = "sjuk"
    SEMESTER = "semester"
    VAB = "vab"
    FORALDRALEDIG = "föräldraledig"
    TJANSTLEDIG = "tjänstledig"
    OVRIGT = "övrigt"


class Placement(StrEnum):
    """Where a resurspass was used: own unit, another unit, or not placed at all."""

    OWN = "egen enhet"
    OTHER = "annan enhet"
    UNPLACED = "ej placerad"


class EmploymentForm(StrEnum):
    MONTHLY = "månadsavlönad"
    HOURLY = "timavlönad"


class Assessment(StrEnum):
    NOT_MET = "Ej uppfyllt"
    PARTLY_MET = "Delvis uppfyllt"
    LARGELY_MET = "I hög grad uppfyllt"
    MET = "Helt uppfyllt"
    NOT_EVALUATED = "Ej utvärderad"


class FinanceCategory(StrEnum):
    """Finance line categories in the order of the seed's tables."""

    INTAKTER = "intäkter"
    PERSONALKOSTNADER = "personalkostnader"
    LOKALHYROR = "lokalhyror"
    KOP_AV_TJANSTER = "köp av tjänster"
    OVRIGA_KOSTNADER = "övriga kostnader"


class OccupancyEvent(StrEnum):
    MOVE_IN = "inflytt"
    MOVE_OUT = "utflytt"
