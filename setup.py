"""Package layout: db/ and resources/ live beside vonapp/ in the repository and are installed
as vonapp.db and vonapp.resources (the rest of the metadata is in pyproject.toml)."""

from setuptools import find_packages, setup

MAPPED = {"vonapp.db": "db", "vonapp.resources": "resources"}

packages = find_packages(include=["vonapp", "vonapp.*"])
for name, folder in MAPPED.items():
    packages += [name] + [f"{name}.{sub}" for sub in find_packages(folder)]

setup(
    packages=packages,
    package_dir=MAPPED,
    package_data={
        "vonapp.db": ["migrations/*.py", "migrations/*.mako", "migrations/versions/*.py"],
        "vonapp.resources": ["**/*"],
    },
)
