"""The förvaltning-scale demo: the seven seed units plus generated units of every kind."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from vonapp.db.demo.build import Built, Writer, write_demo
from vonapp.db.demo.spec import (
    BOENDE_SHIFTS,
    SCHEDULE_START,
    SchedulePlan,
    Shift,
    Staffing,
    UnitSpec,
    seven_units,
)
from vonapp.domain.glossary import UnitKind

GENERATED = 160  # 167 units in all
PLACES = (
    "Björkhagen", "Ekåsen", "Solbacken", "Lindgården", "Tallbo", "Granliden", "Ängslyckan", "Kvarnbacken",
    "Brogården", "Stadsskogen", "Nolhaga", "Hjelmåsen", "Sörhaga", "Noltorp", "Kristineholm", "Ginstgården",
    "Bjärke", "Gräfsnäs", "Sollebrunn", "Ingared", "Hemsjö", "Long", "Rödbo", "Lövekulle", "Mjörn", "Bälinge",
    "Östlyckan", "Västerbo", "Norrmalm", "Söderbo", "Åkerlyckan", "Hagalund", "Backa", "Fridhem", "Rosendal",
    "Vallby", "Klockaregården", "Skogsbrynet", "Sjöstugan", "Äppelgården", "Kastanjen", "Lärkan",
)
KIND_MIX = (  # kind, share of the generated units, name prefix, activity code
    (UnitKind.SARSKILT_BOENDE, 0.24, "Vårdboende", "51310"),
    (UnitKind.KORTTIDSBOENDE, 0.05, "Korttidsboende", "51320"),
    (UnitKind.HEMTJANST, 0.24, "Hemtjänst", "51410"),
    (UnitKind.BOENDESTOD, 0.07, "Boendestöd", "52130"),
    (UnitKind.DAGVERKSAMHET, 0.06, "Dagverksamhet", "51350"),
    (UnitKind.DAGLIG_VERKSAMHET_LSS, 0.12, "Daglig verksamhet", "52330"),
    (UnitKind.PERSONLIG_ASSISTANS, 0.08, "Assistansgrupp", "52510"),
    (UnitKind.LSS_BOENDE, 0.14, "LSS-boende", "52210"),
)
ROLES = {
    UnitKind.SARSKILT_BOENDE: "undersköterska", UnitKind.KORTTIDSBOENDE: "undersköterska",
    UnitKind.HEMTJANST: "undersköterska", UnitKind.BOENDESTOD: "boendestödjare",
    UnitKind.DAGVERKSAMHET: "aktivitetsledare", UnitKind.DAGLIG_VERKSAMHET_LSS: "stödassistent",
    UnitKind.PERSONLIG_ASSISTANS: "personlig assistent", UnitKind.LSS_BOENDE: "stödassistent",
}


def _staffing(kind: UnitKind, rng: random.Random) -> tuple[tuple[Shift, ...], Staffing, Staffing | None, int | None]:
    """(shifts, first staffing, a later staffing with more resurspass or None, places)."""
    r = rng.randint
    if kind is UnitKind.SARSKILT_BOENDE:
        places = rng.choice((40, 48, 54, 60, 72, 80))
        d, k, n = round(places * 0.16), round(places * 0.12), max(2, round(places / 14))
        first = Staffing({"D": d, "K": k, "N": n, "R": max(1, places // 30)}, {"D": d - 1, "K": k - 1, "N": n})
        later = Staffing({"D": d, "K": k, "N": n, "R": max(2, places // 20), "RK": 1},
                         {"D": d - 1, "K": k - 1, "N": n, "R": 1}) if rng.random() < 0.5 else None
        return BOENDE_SHIFTS, first, later, places
    if kind is UnitKind.KORTTIDSBOENDE:
        return BOENDE_SHIFTS[:3], Staffing({"D": 4, "K": 3, "N": 2}, {"D": 3, "K": 3, "N": 2}), None, r(12, 20)
    if kind is UnitKind.LSS_BOENDE:
        return BOENDE_SHIFTS[:3], Staffing({"D": 4, "K": 4, "N": 2}, {"D": 4, "K": 4, "N": 2}), None, r(5, 8)
    if kind is UnitKind.HEMTJANST:
        shifts = (Shift("D", "07:00", "16:00", 60), Shift("K", "14:00", "22:00", 30), Shift("R", "07:00", "16:00", 60, True))
        return shifts, Staffing({"D": r(16, 26), "K": r(6, 9), "R": r(1, 2)}, {"D": r(10, 14), "K": r(5, 7)}), None, None
    if kind is UnitKind.BOENDESTOD:
        shifts = (Shift("D", "08:00", "17:00", 60), Shift("K", "12:00", "20:00", 30))
        return shifts, Staffing({"D": r(8, 14), "K": r(3, 5)}, {"D": r(3, 5), "K": 2}), None, None
    if kind is UnitKind.PERSONLIG_ASSISTANS:
        shifts = (Shift("D", "07:00", "15:00"), Shift("K", "15:00", "22:00"), Shift("N", "22:00", "07:00"))
        d, n = r(6, 10), r(3, 5)
        return shifts, Staffing({"D": d, "K": d, "N": n}, {"D": d, "K": d, "N": n}), None, None
    day = Shift("D", "08:00", "16:30", 30)
    count = r(8, 14) if kind is UnitKind.DAGVERKSAMHET else r(14, 24)
    return (day,), Staffing({"D": count}, {}), None, (r(20, 40) if kind is UnitKind.DAGVERKSAMHET else None)


def generated_units(rng: random.Random, count: int, taken: set[str]) -> list[UnitSpec]:
    specs = []
    kinds = [k for k, share, _, _ in KIND_MIX for _ in range(round(share * count))][:count]
    while len(kinds) < count:
        kinds.append(UnitKind.HEMTJANST)
    prefix = {k: (p, code) for k, _, p, code in KIND_MIX}
    for i, kind in enumerate(kinds):
        name = f"{prefix[kind][0]} {rng.choice(PLACES)}"
        while name in taken:
            name = f"{prefix[kind][0]} {rng.choice(PLACES)} {rng.randint(2, 9)}"
        taken.add(name)
        shifts, first, later, places = _staffing(kind, rng)
        plans = [SchedulePlan(f"{name} schema", SCHEDULE_START, first)]
        if later is not None:
            monday = date(2023, 1, 2) + timedelta(weeks=rng.randint(0, 40))
            plans.append(SchedulePlan(f"{name} nytt schema", monday, later))
        before = rng.uniform(0.2, 0.6) if later is not None else rng.uniform(0.6, 0.9)
        specs.append(UnitSpec(
            name=name, kind=kind, ansvar=str(5000 + i), activity_code=prefix[kind][1], places=places,
            shifts=shifts, schedules=tuple(plans), role=ROLES[kind],
            requirement_tkr={y: float(rng.randrange(0, 4000, 100)) for y in (2022, 2023, 2024)},
            occupancy_budget_pct={y: float(rng.choice((95, 96, 97, 98))) for y in (2022, 2023, 2024)}
            if places and kind is not UnitKind.DAGVERKSAMHET else {},
            budget_share={y: rng.uniform(0.94, 1.0) for y in (2022, 2023, 2024)},
            placed_share=(before, rng.uniform(0.8, 0.95) if later is not None else before),
            substitute_pool=rng.randint(4, 10),
        ))
    # Boenden working with resurspass lend spare ones to a korttidsboende, as Stortorp does.
    short_stay = [s.name for s in specs if s.kind is UnitKind.KORTTIDSBOENDE]
    for i, s in enumerate(specs):
        if short_stay and s.kind is UnitKind.SARSKILT_BOENDE and len(s.schedules) > 1:
            specs[i] = replace(s, partner=rng.choice(short_stay))
    return specs


def write_forvaltning(writer: Writer, seed: int, generated: int = GENERATED) -> Built:
    """More than 100 units, 3 000 employees and 3 million time rows, 2022–2024 (with the default count)."""
    rng = random.Random(seed + 1)
    seven = seven_units()
    specs = seven + generated_units(rng, generated, {s.name for s in seven})
    return write_demo(writer, specs, seed)
