"""Measures (seed 000's action plan) and key figures (seed 004's goal follow-up), as the seeds print them."""

from __future__ import annotations

from dataclasses import dataclass

from vonapp.domain.glossary import Assessment


@dataclass(frozen=True)
class MeasureRow:
    """A measure of the seed's table; `note` is its status column's text, a follow-up of 31 March 2023."""

    name: str
    description: str
    effect_year_tkr: float
    full_year_effect_tkr: float
    note: str
    status: str = "pågår"
    responsible: str | None = None


# Year 2023, per unit name, in the order of the seed's tables.
MEASURES_2023: dict[str, list[MeasureRow]] = {
    "Hemtjänst Centrum": [
        MeasureRow("Utförandegraden", "Verksamheten har som åtgärd att uppnå 70 % i utförandegrad.",
                   2750, 2750, "Utförandegraden till och med mars uppgår till 64,6 %"),
        MeasureRow("Bomtid och avböjda besök",
                   "Genom god planering och schemaläggning minska bomtiden (mål under 5 %) och avböjda besök "
                   "(mål under 1 % av arbetstiden).",
                   0, 0, "Bomtiden och avböjda besök uppgår till 3,5 % och 1,4 % till och med mars."),
        MeasureRow("Schema och resurspass",
                   "Kontinuerlig schemaläggning för en bemanning som matchar volymerna.",
                   0, 0, "Svårt att avgöra effekten i kronor, men verksamheten bedrivs kostnadseffektivt."),
    ],
    "Personlig assistans": [
        MeasureRow("Ny ledningsstruktur", "En enhetschef mindre från april 2022.", 177, 532, "Nya ledningsstrukturen infördes 2022.", "genomförd", "Avdelningschef"),
        MeasureRow("Lokalhyra", "Hyresfria 2022 och 2023 genom hyreskompensation.", 300, 300, "Hyresfritt även 2023.", "genomförd", "Avdelningschef"),
        MeasureRow("Ansökt om förhöjd timersättning/arbetsrutin",
                   "Ansökt om förhöjd timersättning för 4 nya brukare.", 540, 888, "Ansökan för 4 nya brukare är inskickad.", "pågår", "Enhetschef"),
        MeasureRow("Ansökt om utökad assistans",
                   "Brukare har fått hjälp att ansöka om fler timmar för 2 assistansgrupper.", 222, 443,
                   "Beslut väntas i juli 2023"),
        MeasureRow("Löpartjänster", "Säkra bemanningen för att minska vikariebehov och övertid.", 0, 0,
                   "Effekten följs upp under året"),
    ],
    "Daglig verksamhet Verkstan": [
        MeasureRow("Flytt till ny lokal", "Flytt till Björnkullaringen från april 2023.", 68, 270, "Flytten planeras till april 2023.", "pågår", "Enhetschef"),
        MeasureRow("Synergier till följd av flytten till nya lokalen",
                   "Personalgruppen minskas med två heltidstjänster efter flytten i april 2023.", 629, 943, "Två heltidstjänster dras ner efter flytten.", "pågår", "Enhetschef"),
        MeasureRow("Löpartjänster och övriga personalåtgärder",
                   "Löpartjänster för att bemanna verksamheten kostnadseffektivt.", 0, 0,
                   "Effekten följs upp under året."),
        MeasureRow("Stödassistent som går på stödpedagoguppdraget",
                   "Stödassistenten täcker tillfälligt behovet av stödpedagog under året.", 84, 84, "Stödassistenten täcker uppdraget.", "genomförd", "Enhetschef"),
    ],
    "Stortorp": [
        MeasureRow("Stortorpsmodellen: resurspass",
                   "Resurspass täcker frånvaro i stället för inhyrda vikarier; budget i timmar följs upp.", 0, 0,
                   "Resurspassen har inte nyttjats fullt ut; vikarier har tagits in"),
        MeasureRow("Nytt schema från 1 maj 2023",
                   "Heltid som norm: resurspassen används inom Stortorp och korttidsboendet.", 0, 0,
                   "Förslag presenterat för de anställda"),
    ],
    "Korttidsboende Stortorp": [
        MeasureRow("Resurspass och heltid som norm", "Korttidsboendet ingår i åtgärdsarbetet inom Stortorp.",
                   0, 0, "Resurspassen från Stortorp bemannar korttidsboendet."),
        MeasureRow("Anslag i stället för dygnsersättning", "Anslag på 41,6 miljoner kronor från 2023.", 0, 0,
                   "Infört 1 januari 2023.", "genomförd"),
    ],
    "Dagverksamhet Ekbacken": [
        MeasureRow("Antalet platser", "Se över behovet av platser inom social- och demensdagverksamheten.", 0, 0,
                   "Utreds under våren.", "ej påbörjad"),
        MeasureRow("Lokaler på eftermiddagen", "Dela lokalerna med andra verksamheter på eftermiddagen.", 0, 0,
                   "Utreds under våren.", "ej påbörjad"),
        MeasureRow("Schemaplanering", "Se över personalbehovet och bemanna kostnadseffektivt.", 0, 0,
                   "Schemat ses över under året."),
    ],
    "Boendestöd Norr": [
        MeasureRow("Löpartjänster och rekrytering",
                   "Personal när behovet är störst; en ny rekrytering på 75 % från april 2023.", 0, 0,
                   "Rekryteringen på 75 % är klar från april.", "pågår", "Enhetschef"),
        MeasureRow("Team runt brukarna", "Arbeta bort personcentrerat stöd och arbeta i team runt brukarna.",
                   0, 0, "Teamen bildas under hösten."),
    ],
}


@dataclass(frozen=True)
class IndicatorRow:
    """A key figure; unit None = the whole förvaltning. values: year -> (target, value, preliminary, assessment)."""

    unit: str | None
    name: str
    kolada_id: str | None
    measure_unit: str
    higher_is_better: bool
    values: dict[int, tuple[float | None, float | None, bool, str | None]]


_IU = None  # "IU." in the seed: no outcome yet

# The nämnd's goals (seed 004) that the indicators are grouped under, in INDICATORS' order.
GOAL_1 = ("Mål 1 – Främja jämlikhet i levnadsvillkor och full delaktighet i samhället för personer med "
          "funktionsnedsättning")
GOAL_2 = "Mål 2 – Alingsåsarna har inflytande, får god service och ett gott bemötande från nämndens verksamheter"
GOAL_3 = ("Mål 3 – Nämnden tillgodoser behovet av rätt insats, vid rätt tidpunkt, och tillräckligt med boenden "
          "och lokaler")
GOAL_WORK = "Arbetsmiljömål – Delaktighet och kunskap om målstyrning ska öka i verksamheten"
GOAL_STAFF = "Personaluppföljning"
INDICATOR_GOALS = [GOAL_1, *[GOAL_2] * 5, *[GOAL_3] * 3, GOAL_WORK, *[GOAL_STAFF] * 3]
_NE = Assessment.NOT_EVALUATED.value

INDICATORS: list[IndicatorRow] = [
    IndicatorRow("Daglig verksamhet Verkstan",
                 "Antal personer som gått från daglig verksamhet till studier eller lönearbete", None, "antal",
                 True, {2022: (None, 4, False, None), 2023: (None, 4, False, None),
                        2024: (3, 4, True, Assessment.MET.value)}),
    IndicatorRow("Stortorp", "Brukarbedömning särskilt boende äldreomsorg – möjlighet att framföra synpunkter "
                 "och klagomål, andel (%)", "U23516", "%", True,
                 {2022: (None, 46, False, None), 2023: (None, 42, False, None), 2024: (44, _IU, True, _NE)}),
    IndicatorRow(None, "Brukarbedömning servicebostad LSS – personalen pratar så att brukaren förstår, andel (%)",
                 "U28528", "%", True,
                 {2022: (None, 73, False, None), 2023: (None, 73, False, None), 2024: (74, _IU, True, _NE)}),
    IndicatorRow("Daglig verksamhet Verkstan", "Brukarbedömning daglig verksamhet LSS – personalen pratar så att "
                 "brukaren förstår, andel (%)", "U28535", "%", True,
                 {2022: (None, 75, False, None), 2023: (None, 75, False, None), 2024: (84, _IU, True, _NE)}),
    IndicatorRow(None, "Brukarbedömning boende LSS totalt – brukaren får bestämma saker som är viktiga hemma, "
                 "andel (%)", "U28663", "%", True,
                 {2022: (None, 74, False, None), 2023: (None, 76, False, None), 2024: (81, _IU, True, _NE)}),
    IndicatorRow(None, "Personcentrerad kommunal hälso- och sjukvård enligt PERCCI, 18 år och äldre i ordinärt "
                 "boende", None, "poäng", True,
                 {2022: (None, 39.0, False, None), 2023: (None, 38.6, False, None), 2024: (39.1, _IU, True, _NE)}),
    IndicatorRow(None, "Väntetid i antal dagar från ansökan till erbjudet inflyttningsdatum, särskilt boende",
                 "U23401", "dagar", False,
                 {2022: (None, 74, False, None), 2023: (None, 65, False, None), 2024: (65, _IU, True, _NE)}),
    IndicatorRow(None, "Väntetid i antal dagar från beslut till erbjudet inflyttningsdatum, boende enl. LSS § 9.9",
                 "U28418", "dagar", False,
                 {2022: (None, _IU, False, None), 2023: (None, _IU, False, None), 2024: (90, _IU, True, _NE)}),
    IndicatorRow(None, "Antal personer i bostad med särskild service som flyttat till egen bostad", None, "antal",
                 True, {2022: (None, _IU, False, None), 2023: (None, 1, False, None), 2024: (1, 0, True, _NE)}),
    IndicatorRow(None, "Vi har mål som följs upp och utvärderas kontinuerligt, andel (%)", None, "%", True,
                 {2023: (None, 63, False, None), 2024: (70, 80, True, Assessment.MET.value)}),
    IndicatorRow(None, "Total sjukfrånvaro (1 januari–31 juli)", None, "%", False,
                 {2023: (None, 8.3, False, None), 2024: (None, 8.0, True, None)}),
    IndicatorRow(None, "Andel arbetad tid utförd av timanställda", None, "%", False,
                 {2023: (None, 14, False, None), 2024: (None, 15, True, None)}),
    IndicatorRow(None, "Extern personalomsättning (juli)", None, "%", False,
                 {2023: (None, 8.3, False, None), 2024: (None, 6.4, True, None)}),
]
