#!/usr/bin/env bash
# Builds the Linux bundle: dist/vonapp/ (PyInstaller one-folder) and dist/vonapp-VERSION-linux-ARCH.tar.gz,
# then runs the smoke test on it. Needs Python 3.11+ and the package registries (pip); nothing else.
#   packaging/build.sh            build and smoke-test
#   BARE=1 packaging/build.sh     also build the bare PySide6 + pyqtgraph baseline (benchmarks)
set -euo pipefail
cd "$(dirname "$0")/.."
unset PYTHONPATH  # the analysis must import the installed vonapp, never a checkout named on the path
ROOT=$PWD
BUILD=${BUILD_DIR:-$ROOT/build/bundle}
DIST=${DIST_DIR:-$ROOT/dist}
PY=${PYTHON:-python3}
mkdir -p "$BUILD" "$DIST"

# A clean environment with vonapp installed as a user gets it (not editable), plus PyInstaller.
if [ ! -x "$BUILD/venv/bin/python" ]; then
  "$PY" -m venv "$BUILD/venv"
fi
"$BUILD/venv/bin/pip" install -q --disable-pip-version-check --upgrade "$ROOT" "pyinstaller>=6.5,<7"
SITE=$("$BUILD/venv/bin/python" -c "import vonapp.resources, pathlib; print(pathlib.Path(vonapp.resources.__file__).parent)")

# Translations are compiled here, at build time (.qm files are never committed).
for ts in "$SITE"/translations/*.ts; do
  [ -e "$ts" ] || continue
  "$BUILD/venv/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

VERSION=$("$BUILD/venv/bin/python" -c "import vonapp; print(vonapp.__version__)")
ARCH=$(uname -m)
# Run from the build folder, so that PyInstaller's analysis imports the installed vonapp (with vonapp.db
# and vonapp.resources inside it), never this checkout's source folders.
(cd "$BUILD" && "$BUILD/venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$DIST" \
  --workpath "$BUILD/work" "$ROOT/packaging/vonapp.spec")
tar -C "$DIST" -czf "$DIST/vonapp-$VERSION-linux-$ARCH.tar.gz" vonapp
if [ "${BARE:-0}" = "1" ]; then
  (cd "$BUILD" && VONAPP_BARE_BUNDLE=1 VONAPP_BUNDLE_NAME=bare "$BUILD/venv/bin/pyinstaller" --noconfirm \
    --log-level WARN --distpath "$DIST" --workpath "$BUILD/work-bare" "$ROOT/packaging/vonapp.spec")
  tar -C "$DIST" -czf "$DIST/bare-linux-$ARCH.tar.gz" bare
fi
echo "Built $DIST/vonapp and $DIST/vonapp-$VERSION-linux-$ARCH.tar.gz"
"$ROOT/packaging/smoke_test.sh" "$DIST/vonapp"
