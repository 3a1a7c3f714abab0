#!/usr/bin/env bash
# Starts the frozen program on a copy of the demo database (offscreen), checks the window's title and a
# tile, runs `summary` and an export from the bundle. Exit 0 when all of it works.
set -euo pipefail
BUNDLE=${1:?usage: smoke_test.sh DIST/vonapp}
EXE="$BUNDLE/vonapp"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$WORK/home"
mkdir -p "$HOME"

"$EXE" --version
"$EXE" demo --db "$WORK/demo.sqlite" >/dev/null
cp "$WORK/demo.sqlite" "$WORK/copy.sqlite"
"$EXE" summary --unit Stortorp --period 2023-Q1 --db "$WORK/copy.sqlite" | tee "$WORK/summary.txt"
grep -q "Stortorp" "$WORK/summary.txt"
"$EXE" export uppfoljning --unit Stortorp --period 2023 --out "$WORK/uppfoljning.xlsx" --db "$WORK/copy.sqlite"
test -s "$WORK/uppfoljning.xlsx"
"$EXE" export pdf --unit Stortorp --period 2023 --out "$WORK/uppfoljning.pdf" --db "$WORK/copy.sqlite"
head -c 5 "$WORK/uppfoljning.pdf" | grep -q "%PDF"

VONAPP_SMOKE_REPORT="$WORK/window.json" timeout 120 "$EXE" --db "$WORK/copy.sqlite"
python3 - "$WORK/window.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
assert report["title"].startswith("vonapp – copy.sqlite"), report["title"]
values = [t["value"] for t in report["tiles"] if t["value"] not in ("", "–")]
assert values, report
print("window:", report["title"], "|", report["tiles"][0]["title"], report["tiles"][0]["value"])
PY
echo "smoke test passed"
