"""The English catalogue resources/translations/vonapp_en.ts: update it from the code.

    python packaging/translations.py          update the .ts (pyside6-lupdate, then the strings it
                                              cannot see), keeping every translation already made
    python packaging/translations.py --check  list the strings without an English translation

pyside6-lupdate finds `self.tr("…")`, `QCoreApplication.translate("ctx", "…")` and
`QT_TRANSLATE_NOOP("ctx", "…")`. Read here with `ast`, as lupdate cannot: the modules that wrap
translate in a `_tr(text)` helper (under the helper's context), `tr("ctx", "…")` of plan_common,
`Words("ctx", ("…", …))` (word lists translated when read) and the titles and tooltips of
`Column(...)` specs (FrameTableModel translates them when it shows them, context "Column").
lupdate reads `tr("ctx", "…")` as a source "ctx" with a comment; those messages are dropped.
The command line's texts and the messages of the layers below the window go through vonapp/texts.py:
`t("…")` and `N_("…")` literals outside vonapp/ui, in context "cli" (vonapp/cli) or "messages".
Translate in Qt Linguist (`pyside6-linguist resources/translations/vonapp_en.ts`) or in the XML.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "vonapp" / "ui"
VONAPP = ROOT / "vonapp"
CATALOGUE = ROOT / "resources" / "translations" / "vonapp_en.ts"


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level `def _tr(text): return QCoreApplication.translate("ctx", text)` (or plan_common's
    `tr("ctx", text)`) → {"_tr": "ctx"}."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and _name(call.func) in ("translate", "tr") and len(call.args) >= 2
                        and _literal(call.args[0]) is not None and _literal(call.args[1]) is None):
                    found[node.name] = call.args[0].value  # type: ignore[attr-defined]
    return found


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _column_texts(call: ast.Call) -> list[str]:
    """The literal title (second argument or title=) and tooltip= of a Column(...) spec."""
    texts = [_literal(call.args[1])] if len(call.args) >= 2 else []
    texts += [_literal(k.value) for k in call.keywords if k.arg in ("title", "tooltip")]
    return [t for t in texts if t]


def _scan(root: Path) -> tuple[set[tuple[str, str]], set[str]]:
    """(context, source) of every literal string the window translates, and the contexts named in
    two-argument `tr("ctx", …)` calls (lupdate mistakes them for sources)."""
    found: set[tuple[str, str]] = set()
    contexts: set[str] = set()
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _helper_contexts(tree)
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            name, args = _name(call.func), call.args
            literal = [_literal(a) for a in args]
            two = len(args) >= 2 and literal[0] is not None
            if name in ("translate", "QT_TRANSLATE_NOOP") and two and literal[1] is not None:
                found.add((literal[0], literal[1]))  # type: ignore[arg-type]
            elif name == "tr" and isinstance(call.func, ast.Name) and two:
                contexts.add(literal[0])  # type: ignore[arg-type]
                if literal[1] is not None:
                    found.add((literal[0], literal[1]))  # type: ignore[arg-type]
            elif name in ("tr", "QT_TR_NOOP") and literal[0] is not None:
                found.add(("", literal[0]))
            elif name in helpers and literal[0] is not None:
                found.add((helpers[name], literal[0]))
            elif name == "Words" and two and isinstance(args[1], ast.Tuple | ast.List):
                found.update((literal[0], w) for w in map(_literal, args[1].elts) if w)  # type: ignore[misc]
            elif name == "Column":
                found.update(("Column", text) for text in _column_texts(call))
        for node in ast.walk(tree):  # `tr("ctx", text)` helpers name a context too
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr" \
                    and len(node.args) >= 2 and _literal(node.args[0]) is not None:
                contexts.add(node.args[0].value)  # type: ignore[attr-defined]
    return {(ctx, text) for ctx, text in found if text.strip()}, contexts


def text_strings(root: Path = VONAPP) -> set[tuple[str, str]]:
    """(context, source) of every literal `t("…")` and `N_("…")` of vonapp/texts.py outside vonapp/ui."""
    found: set[tuple[str, str]] = set()
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts
        if parts[0] == "ui":
            continue
        context = "cli" if parts[0] == "cli" else "messages"
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in ("t", "N_") \
                    and call.args and (text := _literal(call.args[0])) is not None and text.strip():
                found.add((context, text))
    return found


def ui_strings(root: Path = UI) -> set[tuple[str, str]]:
    """(context, source) of every literal string the window translates."""
    return _scan(root)[0]


def misread_contexts(root: Path = UI) -> set[str]:
    """Context names that lupdate reads as source texts (from `tr("ctx", …)` calls)."""
    return _scan(root)[1]


def catalogue(path: Path = CATALOGUE) -> dict[str, str]:
    """Source text → finished English translation (empty when unfinished)."""
    result: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        done = translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")
        text = (translation.text or "") if done and translation is not None else ""
        result[source] = text if text.strip() else result.get(source, "")
    return result


def missing(path: Path = CATALOGUE, root: Path = UI) -> list[str]:
    """Strings of the window with no English translation in the catalogue."""
    known = catalogue(path) if path.is_file() else {}
    return sorted({text for _ctx, text in ui_strings(root) | text_strings() if not known.get(text)})


def lupdate() -> str:
    exe = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    return exe


def update(path: Path = CATALOGUE) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    previous = catalogue(path) if path.is_file() else {}  # lupdate drops the strings it cannot see
    found, misread = _scan(UI)  # before lupdate rewrites the file: a module that does not parse stops here
    found |= text_strings()
    sources = [str(p) for p in sorted(UI.rglob("*.py"))]
    subprocess.run([lupdate(), *sources, "-no-obsolete", "-target-language", "en_GB", "-ts", str(path)],
                   check=True, capture_output=True)
    tree = ET.parse(path)
    root = tree.getroot()
    for context in root.iter("context"):
        for message in list(context.iter("message")):
            if message.findtext("source") in misread:
                context.remove(message)
    for message in root.iter("message"):  # a string that moved to another context keeps its translation
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished" and previous.get(source):
            translation.text = previous[source]
            del translation.attrib["type"]
    # By context and source: the same text in another context is another message (a compiled .qm
    # looks a message up by its context; only the catalogue reader falls back to the source alone).
    have = {(c.findtext("name") or "", m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    added = 0
    for ctx, text in sorted(found):
        if (ctx, text) in have:
            continue
        context = contexts.get(ctx)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = ctx
            contexts[ctx] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        if previous.get(text):
            ET.SubElement(message, "translation").text = previous[text]
        else:
            ET.SubElement(message, "translation", type="unfinished")
        have.add((ctx, text))
        added += 1
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path.relative_to(ROOT)}: {len(have)} strings ({added} found outside lupdate); "
          f"{len(missing(path))} without English")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        gaps = missing()
        print("\n".join(gaps) or "every string has an English translation")
        sys.exit(1 if gaps else 0)
    sys.exit(update())
