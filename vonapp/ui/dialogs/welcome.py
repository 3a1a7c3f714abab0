"""The first start: no database yet, so offer the demo or an empty database."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vonapp.ui.style import set_role

DEMO, EMPTY = "demo", "empty"


class WelcomeDialog(QDialog):
    """Two sentences on what vonapp does and two ways to begin; closing it quits."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Välkommen till vonapp"))
        self.choice: str | None = None
        title = QLabel(f"<h2>{self.tr('Välkommen till vonapp')}</h2>", self)
        text = QLabel(self.tr(
            "vonapp hjälper dig som enhetschef att följa budget i timmar, resurspass, beläggning och "
            "åtgärdsplan – och att se var året landar innan det är slut. Allt sparas i en fil på din "
            "egen dator, och uppföljningsfilen till ekonomi skapas med ett klick."), self)
        text.setWordWrap(True)
        hint = QLabel(self.tr(
            "Exempeldata är påhittade enheter som visar hur allt fungerar. Med en tom databas börjar du "
            "med att importera en budgetfil (Arkiv → Importera…)."), self)
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self.demo_button = QPushButton(self.tr("Öppna exempeldata"), self)
        self.empty_button = QPushButton(self.tr("Börja med en tom databas"), self)
        self.demo_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for w in (title, text, hint):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
