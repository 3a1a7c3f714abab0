"""A tile: title, big value, a line below, the verdict as colour and word, the formula on hover."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from vonapp.ui.overview.palette import STATUS_COLOURS, Status
from vonapp.ui.overview.tile_texts import TileContent, status_label


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
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
        self.setToolTip(content.tooltip)
        self.setAccessibleName(f"{content.title}: {content.value}, {status_label(content.status)}")
        if content.status is not self._status:  # a style sheet re-polishes the tile: only when it changes
            self._status = content.status
            stripe, background, text = STATUS_COLOURS[content.status]
            self.setStyleSheet(
                f"#overviewTile {{ background: {background}; border: 1px solid #D0D0D0;"
                f" border-left: 6px solid {stripe}; border-radius: 4px; }}"
                f" #tileTitle {{ font-weight: bold; color: #222222; }}"
                f" #tileBadge {{ font-weight: bold; color: {text}; }}"
                f" #tileValue {{ font-size: 18pt; font-weight: bold; color: #111111; }}"
                f" #tileCaption {{ color: #444444; }}"
                f" #tileDetail {{ color: #333333; font-size: 8.5pt; }}"
            )
