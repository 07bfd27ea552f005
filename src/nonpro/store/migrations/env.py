"""Alembic environment: runs migrations on the engine nonpro hands over, one transaction per migration."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from nonpro.assessment import models as _assessment_models  # noqa: F401 - registers the tables
from nonpro.store.models import Base

engine = context.config.attributes["engine"]
assert isinstance(engine, Engine)

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        transaction_per_migration=True,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
