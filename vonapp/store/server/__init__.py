"""The shared department database on PostgreSQL: connecting, the lock row, row-level security,
offline copies. Everything here runs only for a `postgresql+psycopg://` database; the figures and
the edits are the same code as on SQLite (dialect differences: vonapp.store.dialect)."""
