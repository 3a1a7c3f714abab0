"""The menus (Arkiv, Redigera, Visa, Hjälp), their actions and keyboard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenuBar


@dataclass
class Actions:
    new_database: QAction
    open_database: QAction
    backup: QAction
    restore: QAction
    import_file: QAction
    export: QAction
    imports_list: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    previous_period: QAction
    next_period: QAction
    areas: list[QAction]
    change_log: QAction
    about: QAction

    def database_actions(self) -> list[QAction]:
        """The actions that need an open database."""
        return [self.backup, self.restore, self.import_file, self.export, self.imports_list, self.previous_period,
                self.next_period, self.change_log]


def _action(window: QMainWindow, text: str, *keys: QKeySequence | str, tip: str = "") -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    if tip:
        action.setStatusTip(tip)
    window.addAction(action)  # shortcuts work even while the menu bar is hidden
    return action


def build_menus(window: QMainWindow, undo_stack: QUndoStack, area_titles: list[str]) -> Actions:
    tr = window.tr
    a = Actions(
        new_database=_action(window, tr("&Ny databas…"), QKeySequence.StandardKey.New,
                             tip=tr("Skapa en ny, tom databasfil")),
        open_database=_action(window, tr("&Öppna…"), QKeySequence.StandardKey.Open,
                              tip=tr("Öppna en annan databasfil")),
        backup=_action(window, tr("&Säkerhetskopiera"), "Ctrl+B",
                       tip=tr("Spara en säkerhetskopia av databasen nu")),
        restore=_action(window, tr("Å&terställ…"), "Ctrl+Shift+R",
                        tip=tr("Återställ databasen från en säkerhetskopia")),
        import_file=_action(window, tr("&Importera…"), "Ctrl+I",
                            tip=tr("Läs in budget, schema, tid, beläggning m.m. från en fil")),
        export=_action(window, tr("&Exportera…"), "Ctrl+E",
                       tip=tr("Skriv uppföljningsfil, CSV eller PDF")),
        imports_list=_action(window, tr("Im&porter…"),
                             tip=tr("Se importerade filer och ta bort en import")),
        quit=_action(window, tr("&Avsluta"), "Ctrl+Q", tip=tr("Stäng vonapp")),
        undo=undo_stack.createUndoAction(window, tr("Ångra")),
        redo=undo_stack.createRedoAction(window, tr("Gör om")),
        previous_period=_action(window, tr("&Föregående period"), "Alt+Left", "Ctrl+[",
                                tip=tr("Stega bakåt ett år, kvartal eller månad")),
        next_period=_action(window, tr("&Nästa period"), "Alt+Right", "Ctrl+]",
                            tip=tr("Stega framåt ett år, kvartal eller månad")),
        areas=[_action(window, title, f"Ctrl+{i}") for i, title in enumerate(area_titles, start=1)],
        change_log=_action(window, tr("Ä&ndringslogg"), "Ctrl+Shift+L",
                           tip=tr("Alla ändringar: när, vem, vad och varifrån (fönstret, import, kommandoraden)")),
        about=_action(window, tr("&Om vonapp"), "F1",
                      tip=tr("Version och kort om programmet")),
    )
    a.undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    a.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    window.addAction(a.undo)
    window.addAction(a.redo)
    bar: QMenuBar = window.menuBar()
    arkiv = bar.addMenu(tr("&Arkiv"))
    arkiv.addActions([a.new_database, a.open_database])
    arkiv.addSeparator()
    arkiv.addActions([a.backup, a.restore])
    arkiv.addSeparator()
    arkiv.addActions([a.import_file, a.imports_list, a.export])
    arkiv.addSeparator()
    arkiv.addAction(a.quit)
    redigera = bar.addMenu(tr("&Redigera"))
    redigera.addActions([a.undo, a.redo])
    visa = bar.addMenu(tr("&Visa"))
    visa.addActions([a.previous_period, a.next_period])
    visa.addSeparator()
    visa.addActions(a.areas)
    visa.addSeparator()
    visa.addAction(a.change_log)
    hjalp = bar.addMenu(tr("&Hjälp"))
    hjalp.addAction(a.about)
    return a
