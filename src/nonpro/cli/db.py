"""`nonpro db upgrade|downgrade|current`: the schema of the configured database."""

from __future__ import annotations

from typing import Annotated

import typer

db_app = typer.Typer(
    help="Manage the database schema (SQLite file or PostgreSQL server).", no_args_is_help=True
)


@db_app.command("upgrade")
def upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Bring the database schema up to date and record the reference-data versions in use.

    Example: NONPRO_DATABASE_URL=postgresql://nonpro@localhost/nonpro nonpro db upgrade
    """
    from nonpro.cli.prepare import prepare_database

    at = prepare_database(revision)
    typer.echo(f"database at revision {at}")


@db_app.command("downgrade")
def downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision: a revision id, -1, or base.")],
) -> None:
    """Take the database schema back to an earlier revision (data in dropped tables is lost).

    Example: nonpro db downgrade -1
    """
    from nonpro.settings import load_settings
    from nonpro.store import migrate
    from nonpro.store.database import Database

    database = Database.open(load_settings())
    try:
        typer.echo(f"database at revision {migrate.downgrade(database.engine, revision)}")
    finally:
        database.close()


@db_app.command("current")
def current() -> None:
    """Print the schema revision of the database and the one this nonpro expects.

    Example: nonpro db current
    """
    from nonpro.settings import load_settings
    from nonpro.store import migrate
    from nonpro.store.database import Database
    from nonpro.store.engine import check_reachable

    database = Database.open(load_settings())
    try:
        check_reachable(database.engine)
        typer.echo(
            f"database at {migrate.current_revision(database.engine)}; code expects {migrate.head_revision()}"
        )
    finally:
        database.close()
