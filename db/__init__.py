"""Alembic migrations and the demo data, shipped inside the installed package."""
