"""Employees and rotating schedules of a demo unit: a greedy roster over one cycle."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from vonapp.db.demo.spec import CYCLE_WEEKS, SchedulePlan, UnitSpec

FIRST_NAMES = (
    "Anna", "Maria", "Karin", "Sara", "Emma", "Lena", "Kerstin", "Eva", "Ingrid", "Elin", "Johanna", "Linnea",
    "Fatima", "Amina", "Sofia", "Hanna", "Ida", "Malin", "Birgitta", "Marie", "Camilla", "Jenny", "Nadia",
    "Erik", "Lars", "Johan", "Anders", "Per", "Mikael", "Ahmed", "Omar", "Jonas", "Oskar", "Ali", "Daniel",
    "Mohammed", "Peter", "Fredrik", "Niklas", "Leila", "Yasmin", "Tove", "Frida", "Ebba", "Saga", "Wilma",
)
LAST_NAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
    "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson",
    "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg",
    "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Ali",
    "Mohammed", "Hussein", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson", "Lundin",
)
RATES = (1.0, 1.0, 1.0, 0.9, 0.8, 0.75)


@dataclass
class Person:
    """An employee as the demo writes it; `id` is the database id it will get."""

    id: int
    number: str
    name: str
    role: str
    form: str  # EmploymentForm value
    rate: float | None  # employment rate in %


@dataclass
class Roster:
    """One schedule of a unit: cells (employee id, day index, shift code)."""

    plan: SchedulePlan
    cells: list[tuple[int, int, str]] = field(default_factory=list)


class People:
    """Hands out employee ids, employment numbers and names, deterministically."""

    def __init__(self, rng: random.Random, first_id: int = 1, first_number: int = 10001) -> None:
        self.rng = rng
        self.next_id = first_id
        self.next_number = first_number
        self.all: list[tuple[int | None, Person]] = []  # (unit index, person)

    def new(self, unit: int | None, role: str, form: str, rate: float | None) -> Person:
        name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
        p = Person(self.next_id, str(self.next_number), name, role, form, rate)
        self.next_id += 1
        self.next_number += 1
        self.all.append((unit, p))
        return p


def _needed_hours(spec: UnitSpec, plan: SchedulePlan) -> float:
    hours = {s.code: s.hours for s in spec.shifts}
    return sum(n * hours[c] for d in range(7 * CYCLE_WEEKS) for c, n in plan.staffing.on(d % 7).items())


def build_rosters(spec: UnitSpec, unit_index: int, people: People, rng: random.Random) -> tuple[list[Person], list[Roster]]:
    """The unit's monthly staff and one roster per schedule plan (same staff, grown when needed)."""
    staff: list[Person] = []
    rates: dict[int, float] = {}
    rosters = []
    for n, plan in enumerate(spec.schedules):
        need = _needed_hours(spec, plan)
        # A later plan follows "heltid som norm": part-timers are offered full time.
        if n > 0:
            for p in staff:
                if rates[p.id] < 1.0 and rng.random() < 0.6:
                    rates[p.id] = 1.0
        capacity = sum(rates.values()) * spec.full_time_cycle_hours if staff else 0.0
        missing = max(0, math.ceil((need * 1.04 - capacity) / (0.9 * spec.full_time_cycle_hours)))
        for _ in range(missing):
            rate = rng.choice(RATES)
            p = people.new(unit_index, spec.role, "månadsavlönad", rate * 100)
            staff.append(p)
            rates[p.id] = rate
        rosters.append(Roster(plan, _assign(spec, plan, staff, rates, rng)))
    for p in staff:
        p.rate = rates[p.id] * 100
    return staff, rosters


def _assign(spec: UnitSpec, plan: SchedulePlan, staff: list[Person], rates: dict[int, float],
            rng: random.Random) -> list[tuple[int, int, str]]:
    """Greedy: each day, each slot goes to the free employee with the most hours left this cycle."""
    hours = {s.code: s.hours for s in spec.shifts}
    left = {p.id: rates[p.id] * spec.full_time_cycle_hours for p in staff}
    night_before: set[int] = set()
    cells = []
    order = sorted(hours, key=lambda c: (c != "N", c))
    for day in range(7 * CYCLE_WEEKS):
        busy: set[int] = set()
        tonight: set[int] = set()
        wanted = plan.staffing.on(day % 7)
        luck = {p.id: rng.random() for p in staff}  # ties go to a different person each day
        for code in order:
            for _ in range(wanted.get(code, 0)):
                free = [p.id for p in staff if p.id not in busy and (code == "N" or p.id not in night_before)]
                if not free:
                    free = [p.id for p in staff if p.id not in busy]
                pick = max(free, key=lambda i: (left[i], luck[i]))
                busy.add(pick)
                left[pick] -= hours[code]
                if code == "N":
                    tonight.add(pick)
                cells.append((pick, day, code))
        night_before = tonight
    return cells
