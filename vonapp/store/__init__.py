"""Storage: SQLAlchemy models, the engine, queries that return frames, backup and lock. No Qt."""
