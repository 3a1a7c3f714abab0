"""The shipped files (migrations, templates, icons, style sheet, manual, translations) are found the same way in a
source checkout, an installed package, an editable install and (packaging/smoke_test.sh) the bundle."""

from __future__ import annotations

import site
import subprocess
import sys
import venv
from pathlib import Path

import vonapp
from vonapp.assets import migrations_dir, resource

ROOT = Path(__file__).resolve().parents[1]
PROBE = ("import vonapp, vonapp.assets as a, vonapp.db.demo as d; "
         "print(vonapp.__file__); print(d.__file__); "
         "print(a.resource('templates', 'tid.csv').is_file(), a.resource('icons', 'vonapp.svg').is_file(), "
         "a.resource('manual', 'handbok.sv.html').is_file(), a.resource('translations', 'vonapp_en.ts').is_file(), "
         "a.resource('style', 'vonapp.qss').is_file(), "
         "(a.migrations_dir() / 'env.py').is_file())")


def test_a_checkout_finds_db_and_resources_at_the_top_level() -> None:
    assert Path(vonapp.__file__).parent == ROOT / "vonapp"
    assert migrations_dir() == ROOT / "db" / "migrations"
    assert resource("templates", "budget.csv") == ROOT / "resources" / "templates" / "budget.csv"
    assert sorted(p.name for p in resource("icons").glob("vonapp-*.png"))[:2] == ["vonapp-128.png", "vonapp-16.png"]


def _probe(python: str, cwd: Path) -> list[str]:
    r = subprocess.run([python, "-c", PROBE], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


def test_the_installed_package_carries_db_and_resources_inside_it(tmp_path: Path) -> None:
    # From an empty folder the installed vonapp (pip install ., not this checkout) is imported.
    package, demo, found = _probe(sys.executable, tmp_path)
    assert Path(package) != ROOT / "vonapp" / "__init__.py" and "site-packages" in Path(package).parts
    assert demo.startswith(str(Path(package).parent / "db"))  # vonapp/db inside the installed package
    assert found == "True True True True True True"


def test_an_editable_install_maps_db_and_resources_to_the_checkout(tmp_path: Path) -> None:
    # A new environment that sees this one's packages (pip, setuptools, PySide6 …) but not its vonapp,
    # through a folder of links and a .pth file, so that vonapp is installed editable into it alone.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = str(env_dir / "bin" / "python")
    own = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         capture_output=True, text=True, check=True).stdout.strip()
    others = tmp_path / "others"
    others.mkdir()
    for folder in map(Path, site.getsitepackages()):
        for entry in folder.iterdir():
            if not entry.name.startswith(("vonapp", "__editable__")) and not (others / entry.name).exists():
                (others / entry.name).symlink_to(entry)
    Path(own, "others.pth").write_text(f"{others}\n", encoding="utf-8")
    r = subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "-e", str(ROOT)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    package, demo, found = _probe(python, tmp_path)
    assert package == str(ROOT / "vonapp" / "__init__.py")
    assert demo == str(ROOT / "db" / "demo" / "__init__.py")
    assert found == "True True True True True True"
