"""The areas of the window and the pages of those not built yet, which say what they will hold."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vonapp.ui.style import set_role


def _tr(text: str) -> str:
    return QCoreApplication.translate("areas", text)


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    summary: str
    points: tuple[str, ...] = ()


def areas() -> list[Area]:
    """The seven areas in the order the navigation shows them."""
    return [
        Area("oversikt", _tr("Översikt"), _tr("Budget i timmar, prognos, beläggning och resurspass på en sida.")),
        Area("schema", _tr("Schema"),
             _tr("Här planerar du schemat mot budget i timmar."),
             (_tr("Rullande schema (t.ex. sex veckor) med passkoder, raster och resurspass"),
              _tr("Bemanningsbehov per veckodag och tid, jämfört med vilka som är i tjänst"),
              _tr("Planerade timmar mot budget i timmar redan innan perioden börjar"),
              _tr("Nytt schema från ett visst datum, utan att det gamla försvinner"))),
        Area("utfall", _tr("Utfall"),
             _tr("Här ser du de registrerade timmarna dag för dag."),
             (_tr("Ordinarie, resurspass, vikarie, mertid, övertid och inhyrd personal per dag och vecka"),
              _tr("Var resurspassen placerades: egen enhet, annan enhet eller ej placerade"),
              _tr("Frånvaro per typ: sjuk, semester, vab, föräldraledig, tjänstledig"),
              _tr("Dagar där vikarier togs in trots att resurspass stod oanvända"))),
        Area("belaggning", _tr("Beläggning"),
             _tr("Här följer du beläggningen mot budget och mot förra året."),
             (_tr("In- och utflyttningar per lägenhet, eller belagda platser per dag"),
              _tr("Beläggning per dag, vecka och månad mot budgeterad beläggning"),
              _tr("Samma period förra året som jämförelse"))),
        Area("atgarder", _tr("Åtgärder"),
             _tr("Här för du åtgärdsplanen mot årets åtgärdskrav."),
             (_tr("Varje åtgärd med beskrivning, effekt i år och helårseffekt i tkr"),
              _tr("Status och uppföljning av varje åtgärd"),
              _tr("Summa och gap mot åtgärdskravet"))),
        Area("nyckeltal", _tr("Nyckeltal"),
             _tr("Här följer du nyckeltal och indikatorer med mål och utfall."),
             (_tr("Utförandegrad, bomtid och avböjda besök (hemtjänst och boendestöd)"),
              _tr("Sjukfrånvaro och andel timavlönade"),
              _tr("Indikatorer med Kolada-id och bedömning: Ej uppfyllt … Helt uppfyllt"))),
        Area("ekonomi", _tr("Ekonomi"),
             _tr("Här jämför du budget och utfall i kronor."),
             (_tr("Intäkter, personalkostnader, lokalhyror, köp av tjänster och övriga kostnader per månad"),
              _tr("Helårsprognos i kronor"),
              _tr("Ersättningsmodellen för hemtjänst och boendestöd: gammal och ny modell sida vid sida"))),
    ]


class PlaceholderPage(QScrollArea):
    """An area not built yet: its name, what it will hold, and where its data comes from today."""

    def __init__(self, area: Area, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps instead
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        title = QLabel(f"<h2>{area.title}</h2>", body)
        summary = QLabel(area.summary, body)
        summary.setWordWrap(True)
        items = "".join(f"<li>{p}</li>" for p in area.points)
        points = QLabel(f"<p>{self.tr('Här kommer du att se:')}</p><ul>{items}</ul>", body)
        points.setWordWrap(True)
        note = QLabel(
            self.tr("Den här delen kommer i en senare version. Data du importerar redan nu "
                    "(Arkiv → Importera…) sparas och visas här när delen är klar."), body)
        note.setWordWrap(True)
        set_role(note, "hint")
        for w in (title, summary, points, note):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(w)
        layout.addStretch(1)
        self.setWidget(body)
        self.text = "\n".join([area.title, area.summary, *area.points])


class Navigation(QListWidget):
    """The list of areas on the left."""

    def __init__(self, items: list[Area], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaNavigation")  # the style sheet's padding of the items
        # Polished now: the items are laid out before the window is shown, and a size measured
        # without the sheet's padding would stay.
        self.ensurePolished()
        for i, area in enumerate(items, start=1):
            item = QListWidgetItem(area.title, self)
            item.setToolTip(f"{area.summary} (Ctrl+{i})")
        self.setMinimumWidth(120)
        self.setCurrentRow(0)
