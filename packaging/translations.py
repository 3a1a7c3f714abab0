"""The English catalogue resources/translations/vonapp_en.ts: update it from the code.

    python packaging/translations.py          update the .ts (pyside6-lupdate, then the strings it
                                              cannot see), keeping every translation already made
    python packaging/translations.py --check  list the strings without an English translation

pyside6-lupdate finds `self.tr("…")` and `QCoreApplication.translate("ctx", "…")`; the modules that
wrap translate in a `_tr(text)` helper are read here with `ast`, under the helper's context.
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
CATALOGUE = ROOT / "resources" / "translations" / "vonapp_en.ts"


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level `def _tr(text): return QCoreApplication.translate("ctx", text)` → {"_tr": "ctx"}."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and _name(call.func) == "translate" and call.args
                        and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                    found[node.name] = call.args[0].value
    return found


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def ui_strings(root: Path = UI) -> set[tuple[str, str]]:
    """(context, source) of every literal string the window translates."""
    found: set[tuple[str, str]] = set()
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _helper_contexts(tree)
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            name, args = _name(call.func), call.args
            literal = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in args]
            if name == "translate" and len(args) >= 2 and literal[0] is not None and literal[1] is not None:
                found.add((literal[0], literal[1]))
            elif name == "tr" and literal[0] is not None:
                found.add(("", literal[0]))
            elif name in helpers and literal[0] is not None:
                found.add((helpers[name], literal[0]))
    return {(ctx, text) for ctx, text in found if text.strip()}


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
    return sorted({text for _ctx, text in ui_strings(root) if not known.get(text)})


def lupdate() -> str:
    exe = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    return exe


def update(path: Path = CATALOGUE) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in sorted(UI.rglob("*.py"))]
    subprocess.run([lupdate(), *sources, "-no-obsolete", "-target-language", "en_GB", "-ts", str(path)],
                   check=True, capture_output=True)
    tree = ET.parse(path)
    root = tree.getroot()
    have = {m.findtext("source") for m in root.iter("message")}
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    added = 0
    for ctx, text in sorted(ui_strings()):
        if text in have:
            continue
        context = contexts.get(ctx)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = ctx
            contexts[ctx] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")
        have.add(text)
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
