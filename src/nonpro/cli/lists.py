"""`nonpro lists import|status|diff`: the sanctions and denied-party lists screening uses."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from nonpro.cli.output import EXIT_ENVIRONMENT_ERROR, emit_json
from nonpro.core.errors import InvalidInputError
from nonpro.screening.list_fetch import OFFICIAL_ADDRESSES, ListUnreachableError, fetch_list
from nonpro.screening.list_sources import SOURCES, read_list
from nonpro.screening.list_store import diff_versions, import_list, serving_versions, versions_of
from nonpro.screening.public import ListDiffPublic, ListVersionPublic
from nonpro.settings import load_settings
from nonpro.store import migrate
from nonpro.store.database import Database

lists_app = typer.Typer(
    help="Import sanctions and denied-party lists and see which versions serve.", no_args_is_help=True
)


def open_current_database() -> Database:
    """The configured database, refused unless its schema is at this code's head."""
    database = Database.open(load_settings())
    migrate.require_current(database.engine)
    return database


@lists_app.command("import")
def import_command(
    source: Annotated[str, typer.Argument(help=", ".join(SOURCES) + ".")],
    path: Annotated[Path, typer.Argument(help="The list file (or, for OFAC, the folder of its CSV files).")],
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD, if the file has none.")
    ] = None,
    actor: Annotated[
        str, typer.Option("--by", help="Who imports, for the audit log.")
    ] = "nonpro lists import",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Validate a list file and make it the serving version of its list, all or nothing.

    A file with any fault is refused with every fault's line or element; the previous version keeps serving.

    Example: nonpro lists import un consolidated.xml
    """
    when = None
    if published:
        try:
            when = datetime.strptime(published, "%Y-%m-%d").date()  # noqa: DTZ007 - a calendar date
        except ValueError:
            raise InvalidInputError(
                f"{published!r} is not a date", where="--published", expected="YYYY-MM-DD"
            ) from None
    parsed, files = read_list(source, path, when)
    database = open_current_database()
    try:
        version = import_list(database, parsed, files, actor)
    finally:
        database.close()
    if as_json:
        emit_json(ListVersionPublic.of(version))
        return
    counts = ", ".join(f"{count} {kind}" for kind, count in sorted(version.counts.items()))
    typer.echo(f"{version.source}: version {version.id} serving, {version.entry_count} entries ({counts})")


@lists_app.command("status")
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Show the version of each list now serving: source, publication date, checksum, counts.

    Example: nonpro lists status --json
    """
    database = open_current_database()
    try:
        with database.transaction() as session:
            versions = serving_versions(session)
    finally:
        database.close()
    if as_json:
        emit_json([ListVersionPublic.of(version).model_dump(mode="json") for version in versions])
        return
    if not versions:
        typer.echo("no list imported yet: nonpro lists import un FILE")
    for v in versions:
        typer.echo(
            f"{v.source:<18} version {v.id:<5} published {v.published or 'unknown'!s:<10}  "
            f"{v.entry_count:>6} entries  sha256 {v.checksum[:12]}  "
            f"imported {v.imported_at:%Y-%m-%d %H:%M} by {v.imported_by}"
        )


@lists_app.command("diff")
def diff(
    source: Annotated[str, typer.Argument(help=", ".join(SOURCES) + ".")],
    old: Annotated[
        int | None, typer.Option("--from", help="Older version id (default: the one before).")
    ] = None,
    new: Annotated[
        int | None, typer.Option("--to", help="Newer version id (default: the serving one).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Show entries added, removed and changed between two versions of a list.

    Example: nonpro lists diff ofac-sdn
    """
    database = open_current_database()
    try:
        with database.transaction() as session:
            ids = [version.id for version in versions_of(session, source)]
            if len(ids) < 2 and (old is None or new is None):
                raise InvalidInputError(
                    f"{source} has {len(ids)} version(s)", where="source", expected="two imports to compare"
                )
            found = diff_versions(
                session, old if old is not None else ids[-2], new if new is not None else ids[-1]
            )
    finally:
        database.close()
    if as_json:
        emit_json(ListDiffPublic.of(found))
        return
    typer.echo(f"{source}: version {found.old.id} -> {found.new.id}")
    for label, items in (("added", found.added), ("removed", found.removed), ("changed", found.changed)):
        typer.echo(f"{len(items)} {label}")
        for entry_id, name in items:
            typer.echo(f"  {entry_id}  {name}")


@lists_app.command("update")
def update(
    sources: Annotated[
        list[str] | None,
        typer.Argument(help="Lists to fetch (default: " + ", ".join(OFFICIAL_ADDRESSES) + ")."),
    ] = None,
    actor: Annotated[
        str, typer.Option("--by", help="Who updates, for the audit log.")
    ] = "nonpro lists update",
) -> None:
    """Fetch lists from their publishers and import them; says plainly when the machine is offline.

    Files are kept under NONPRO_DATA_DIR/lists/SOURCE/DATE/. A download that fails or is not in the
    expected format changes nothing: the serving version stays.

    Example: nonpro lists update un ofac-sdn
    """
    chosen = sources or list(OFFICIAL_ADDRESSES)
    unknown = [source for source in chosen if source not in OFFICIAL_ADDRESSES]
    if unknown:
        raise InvalidInputError(
            f"cannot fetch {', '.join(unknown)}", where="sources", expected=", ".join(OFFICIAL_ADDRESSES)
        )
    settings = load_settings()
    database = open_current_database()
    try:
        for source in chosen:
            try:
                downloaded = fetch_list(source, settings.data_dir / "lists")
            except ListUnreachableError as error:
                typer.echo(f"offline: {error.message}", err=True)
                sys.exit(EXIT_ENVIRONMENT_ERROR)
            parsed, files = read_list(source, downloaded)
            version = import_list(database, parsed, files, actor)
            typer.echo(f"{source}: version {version.id} serving, {version.entry_count} entries")
    finally:
        database.close()
