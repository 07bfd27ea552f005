"""The store: SQLAlchemy models, engines, Alembic migrations and the append-only audit log."""
