"""What the demo units are: kinds, codes, shifts, staffing per weekday and budget settings.

The seven named units and their 2023 åtgärdskrav come from seed 000; everything else (codes,
shift times, head counts, costs) is invented but plausible for a Swedish municipality.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vonapp.domain.glossary import UnitKind

YEARS = (2022, 2023, 2024)
FIRST_DAY = date(2022, 1, 1)
LAST_RECORDED = date(2024, 8, 31)  # the seed's interim report ends with August 2024
SCHEDULE_START = date(2022, 1, 3)  # a Monday
NEW_STORTORP_SCHEDULE = date(2023, 5, 1)
# Boendestöd Norr's compensation model 2023 (seed 003): paid by the old model, 80 % ÷ 50 % of granted time.
# The new model pays 50 % ÷ 50 %; difference = granted × (80/50 − 50/50) × cost
# = (250 000/3) h × 0,6 × 400 kr = 20 000 000 kr, and the personnel budget is the old model's
# budget kr = (250 000/3) × 1,6 × 400 = 53 333 333 kr (the unit staffs for it, as the seed says).
BOENDESTOD_GRANTED_HOURS = 250_000 / 3
BOENDESTOD_HOURLY_COST = 400.0
BOENDESTOD_BUDGET_2023 = BOENDESTOD_GRANTED_HOURS * 80.0 / 50.0 * BOENDESTOD_HOURLY_COST  # seed 000: "Det nya schemat förväntas börja gälla från 1 maj 2023"
CYCLE_WEEKS = 6


@dataclass(frozen=True)
class Shift:
    """A shift code: start/end as HH:MM, break in minutes, resurspass or not."""

    code: str
    start: str
    end: str
    break_min: int = 0
    is_resource: bool = False

    @property
    def start_min(self) -> int:
        h, m = self.start.split(":")
        return int(h) * 60 + int(m)

    @property
    def end_min(self) -> int:
        h, m = self.end.split(":")
        return int(h) * 60 + int(m)

    @property
    def hours(self) -> float:
        length = (self.end_min - self.start_min) % 1440 or 1440
        return (length - self.break_min) / 60.0


@dataclass(frozen=True)
class Staffing:
    """Staff per shift code on weekdays (Mon–Fri) and on weekend days."""

    weekday: dict[str, int]
    weekend: dict[str, int]

    def on(self, weekday: int) -> dict[str, int]:
        return self.weekday if weekday < 5 else self.weekend


@dataclass(frozen=True)
class SchedulePlan:
    name: str
    start: date
    staffing: Staffing


@dataclass(frozen=True)
class UnitSpec:
    name: str
    kind: UnitKind
    ansvar: str
    activity_code: str
    places: int | None
    shifts: tuple[Shift, ...]
    schedules: tuple[SchedulePlan, ...]
    role: str
    requirement_tkr: dict[int, float | None]
    occupancy_budget_pct: dict[int, float] = field(default_factory=dict)
    hourly_cost: dict[int, float] = field(default_factory=lambda: {2022: 352.0, 2023: 364.0, 2024: 377.0})
    # Budget i timmar as a share of the planned hours: below 1 means the schedule costs more than the budget.
    budget_share: dict[int, float] = field(default_factory=lambda: {2022: 0.97, 2023: 0.975, 2024: 0.985})
    # Share of resurspass placed (used) before / after the story's turning point (see hours.py).
    placed_share: tuple[float, float] = (0.8, 0.8)
    substitute_pool: int = 4
    partner: str | None = None  # the unit a resurspass goes to when it is not needed at home
    budget_kr: dict[int, float] = field(default_factory=dict)  # a personnel budget set, not derived from the schedule
    full_time_hours: float = 40.0

    @property
    def full_time_cycle_hours(self) -> float:
        return self.full_time_hours * CYCLE_WEEKS


BOENDE_SHIFTS = (
    Shift("D", "07:00", "15:30", 30),
    Shift("K", "13:30", "21:30", 30),
    Shift("N", "21:15", "07:15", 0),
    Shift("R", "07:00", "15:30", 30, True),
    Shift("RK", "13:30", "21:30", 30, True),
)


def seven_units() -> list[UnitSpec]:
    """The seven units of the unit-scale demo, names exactly as the seed and the tests use them."""
    return [
        UnitSpec(
            name="Stortorp", kind=UnitKind.SARSKILT_BOENDE, ansvar="4711", activity_code="51310", places=60,
            shifts=BOENDE_SHIFTS,
            schedules=(
                SchedulePlan("Stortorp schema 2022", date(2022, 1, 3),
                             Staffing({"D": 9, "K": 7, "N": 4, "R": 2}, {"D": 8, "K": 6, "N": 4})),
                SchedulePlan("Stortorp nytt schema maj 2023", NEW_STORTORP_SCHEDULE,
                             Staffing({"D": 9, "K": 7, "N": 4, "R": 3, "RK": 1}, {"D": 8, "K": 6, "N": 4, "R": 1})),
            ),
            role="undersköterska",
            requirement_tkr={2022: 6900.0, 2023: 8300.0, 2024: 5100.0},
            occupancy_budget_pct={2022: 99.0, 2023: 98.0, 2024: 98.0},
            budget_share={2022: 0.93, 2023: 0.93, 2024: 0.95},
            placed_share=(0.15, 0.92),
            substitute_pool=12,
            partner="Korttidsboende Stortorp",
        ),
        UnitSpec(
            name="Korttidsboende Stortorp", kind=UnitKind.KORTTIDSBOENDE, ansvar="4712", activity_code="51320",
            places=14, shifts=BOENDE_SHIFTS[:3],
            schedules=(SchedulePlan("Korttids schema 2022", SCHEDULE_START,
                                    Staffing({"D": 3, "K": 3, "N": 2}, {"D": 3, "K": 2, "N": 2})),),
            role="undersköterska",
            requirement_tkr={2022: 2500.0, 2023: 3200.0, 2024: 2100.0},
            occupancy_budget_pct={2022: 90.0, 2023: 88.0, 2024: 90.0},
            substitute_pool=5,
        ),
        UnitSpec(
            name="Hemtjänst Centrum", kind=UnitKind.HEMTJANST, ansvar="4721", activity_code="51410", places=None,
            shifts=(Shift("D", "07:00", "16:00", 60), Shift("K", "14:00", "22:00", 30),
                    Shift("R", "07:00", "16:00", 60, True)),
            schedules=(SchedulePlan("Hemtjänst Centrum schema", SCHEDULE_START,
                                    Staffing({"D": 14, "K": 6, "R": 1}, {"D": 9, "K": 5})),),
            role="undersköterska",
            requirement_tkr={2022: 3600.0, 2023: 4200.0, 2024: 3000.0},
            substitute_pool=8,
        ),
        UnitSpec(
            name="Boendestöd Norr", kind=UnitKind.BOENDESTOD, ansvar="4731", activity_code="52130", places=None,
            shifts=(Shift("D", "08:00", "17:00", 60), Shift("K", "12:00", "20:00", 30)),
            # ≈ 137 000 planned hours a year: what the old model's 53,3 Mkr pays for at 400 kr/h (seed 003).
            schedules=(SchedulePlan("Boendestöd Norr schema", SCHEDULE_START,
                                    Staffing({"D": 40, "K": 16}, {"D": 17, "K": 11})),),
            role="boendestödjare",
            requirement_tkr={2022: 500.0, 2023: 700.0, 2024: 900.0},
            hourly_cost={2022: 386.0, 2023: BOENDESTOD_HOURLY_COST, 2024: 414.0},
            budget_kr={2023: BOENDESTOD_BUDGET_2023},
            substitute_pool=10,
        ),
        UnitSpec(
            name="Dagverksamhet Ekbacken", kind=UnitKind.DAGVERKSAMHET, ansvar="4741", activity_code="51350",
            places=30, shifts=(Shift("D", "08:00", "16:30", 30),),
            schedules=(SchedulePlan("Ekbacken schema", SCHEDULE_START, Staffing({"D": 7}, {})),),
            role="aktivitetsledare",
            requirement_tkr={2022: 3500.0, 2023: 3200.0, 2024: 1800.0},
        ),
        UnitSpec(
            name="Daglig verksamhet Verkstan", kind=UnitKind.DAGLIG_VERKSAMHET_LSS, ansvar="4751",
            activity_code="52330", places=None, shifts=(Shift("D", "08:00", "16:30", 30),),
            schedules=(SchedulePlan("Verkstan schema", SCHEDULE_START, Staffing({"D": 12}, {})),),
            role="stödassistent",
            requirement_tkr={2022: 3000.0, 2023: 4100.0, 2024: 2600.0},
        ),
        UnitSpec(
            name="Personlig assistans", kind=UnitKind.PERSONLIG_ASSISTANS, ansvar="4761", activity_code="52510",
            places=None,
            shifts=(Shift("D", "07:00", "15:00", 0), Shift("K", "15:00", "22:00", 0), Shift("N", "22:00", "07:00", 0)),
            schedules=(SchedulePlan("Assistansgrupper schema", SCHEDULE_START,
                                    Staffing({"D": 6, "K": 6, "N": 4}, {"D": 6, "K": 6, "N": 4})),),
            role="personlig assistent",
            requirement_tkr={2022: 1800.0, 2023: 2300.0, 2024: 2000.0},
            substitute_pool=8,
        ),
    ]


# The förvaltning's avdelningar as the seeds name them ("avdelning hemtjänst", "avdelning personlig
# assistans", funktionshinderområdet), and the kinds of unit each one leads.
AVDELNINGAR: tuple[tuple[str, tuple[UnitKind, ...]], ...] = (
    ("Vård- och omsorgsboende", (UnitKind.SARSKILT_BOENDE, UnitKind.KORTTIDSBOENDE, UnitKind.DAGVERKSAMHET)),
    ("Hemtjänst", (UnitKind.HEMTJANST,)),
    ("Funktionshinder", (UnitKind.LSS_BOENDE, UnitKind.DAGLIG_VERKSAMHET_LSS, UnitKind.BOENDESTOD)),
    ("Personlig assistans", (UnitKind.PERSONLIG_ASSISTANS,)),
)
