"""A tile: title, big value, a line below, the verdict as colour and word, the formula on hover."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from vonapp.ui.overview.palette import STATUS_COLOURS, Status
from vonapp.ui.overview.tile_texts import TileContent, status_label

# The manual's section about each tile (by TileContent.key; vonapp.ui.dialogs.handbook.SECTIONS).
HANDBOOK_SECTIONS = {"budget": "budget", "forecast": "prognos", "occupancy": "belaggning", "resurspass": "resurspass",
                     "sick": "sjukfranvaro", "hourly": "sjukfranvaro", "measures": "atgarder"}


class Tile(QFrame):
    """One figure of the overview; show() a TileContent to fill it."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(150)
        self.title = QLabel(self)
        self.title.setObjectName("tileTitle")
        self.title.setWordWrap(True)
        self.badge = QLabel(self)
        self.badge.setObjectName("tileBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.value = QLabel("–", self)
        self.value.setObjectName("tileValue")
        self.caption = QLabel(self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        head = QHBoxLayout()
        head.setSpacing(4)
        head.addWidget(self.title, 1)
        head.addWidget(self.badge, 0)
        # The verdict's colours on a backdrop behind the labels: a new style sheet there polishes one
        # widget, on the tile it polished the tile and all its labels (≈1.5 ms a switch for 7 tiles).
        self.backdrop = QFrame(self)
        self.backdrop.setObjectName("tileBackdrop")
        self.backdrop.lower()
        layout = QVBoxLayout(self)
        # The backdrop's borders (6 px on the left, 1 px elsewhere) inside the margins.
        layout.setContentsMargins(12 + 6, 6 + 1, 8 + 1, 6 + 1)
        layout.setSpacing(1)
        layout.addLayout(head)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.content: TileContent | None = None
        self._status: Status | None = None

    def show_content(self, content: TileContent) -> None:
        """Set the texts, tooltip and verdict colours of the tile."""
        self.content = content
        self.title.setText(content.title)
        self.value.setText(content.value)
        self.caption.setText(content.caption)
        self.detail.setText(content.detail)
        self.badge.setText(status_label(content.status))
        self.setToolTip(content.tooltip + "<br><br><i>" + self.tr("Högerklicka för att läsa mer i handboken.") + "</i>")
        self.setAccessibleName(f"{content.title}: {content.value}, {status_label(content.status)}")
        if content.status is not self._status:  # a style sheet re-polishes its widget: only when it changes
            self._status = content.status
            stripe, background, text = STATUS_COLOURS[content.status]
            self.backdrop.setStyleSheet(
                f"#tileBackdrop {{ background: {background}; border: 1px solid #D0D0D0;"
                f" border-left: 6px solid {stripe}; border-radius: 4px; }}")
            self.badge.setStyleSheet(f"font-weight: bold; color: {text};")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt name)
        menu = QMenu(self)
        menu.addAction(self.tr("Läs mer i handboken"), self.open_handbook)
        menu.exec(event.globalPos())

    def open_handbook(self) -> None:
        """The manual at this figure's section."""
        from vonapp.ui.dialogs.handbook import open_handbook

        open_handbook(self, HANDBOOK_SECTIONS.get(self.content.key if self.content else "", ""))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        self.backdrop.setGeometry(self.rect())
        super().resizeEvent(event)
