"""`nonpro controls lists|show|tree|import-ccl`: the control lists, one entry, one list as a tree."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from nonpro.cli.output import emit_json
from nonpro.controls.context import entry_context
from nonpro.controls.control_lists import ControlLists
from nonpro.controls.kept_imports import import_list, keep, with_kept_imports
from nonpro.controls.loader import control_lists
from nonpro.controls.public import ControlListPublic, EntryContextPublic, ImportSummaryPublic
from nonpro.registry.state_public import DatasetVersionPublic

controls_app = typer.Typer(
    help="Browse the control lists (NSG, CWC, ...) and import national lists.", no_args_is_help=True
)
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def served_lists() -> ControlLists:
    """The shipped lists and the official files kept in NONPRO_DATA_DIR, as the API serves them."""
    from nonpro.settings import load_settings

    return with_kept_imports(load_settings().data_dir, control_lists())


@controls_app.command("lists")
def lists_command(as_json: JsonOption = False) -> None:
    """List the loaded control lists with their edition, source and size.

    Example: nonpro controls lists
    """
    lists = served_lists()
    if as_json:
        emit_json(
            [ControlListPublic.of(lst, with_entries=False).model_dump(mode="json") for lst in lists.lists]
        )
        return
    for lst in lists.lists:
        typer.echo(f"{lst.id:<8} {lst.edition:<12} {len(lst.entries):>5} entries  {lst.title}")
        typer.echo(f"         source: {lst.source.cite()} ({lst.source.revision[:80]})")


@controls_app.command("show")
def show(
    entry_id: Annotated[
        str, typer.Argument(help="An entry id in any spelling: nsg2:3.A.1, 3A225, cwc:1.A.1.")
    ],
    as_json: JsonOption = False,
) -> None:
    """Show one entry with its thresholds, correspondences, parents, siblings and applicable guidelines.

    Example: nonpro controls show nsg2:3.A.1 --json
    """
    lists = served_lists()
    context = entry_context(lists, lists.entry(entry_id))
    if as_json:
        emit_json(EntryContextPublic.of(context))
        return
    entry = context.entry
    typer.echo(f"{entry.id}  {entry.title}")
    for parent in context.parents:
        typer.echo(f"  within {parent.id}: {parent.title}")
    for parameter in entry.parameters:
        typer.echo(f"  threshold: {parameter.describe()} ({parameter.quantity})")
    if entry.cas:
        typer.echo(f"  CAS: {', '.join(entry.cas)}")
    if entry.eu or entry.us_eccn:
        typer.echo(f"  EU Annex I: {', '.join(entry.eu) or '-'}   US ECCN: {', '.join(entry.us_eccn) or '-'}")
    for line in (entry.notes, entry.decontrols and f"Not controlled: {entry.decontrols}"):
        if line:
            typer.echo(f"  {line}")
    typer.echo(f"  regime {entry.regime}; guidelines: {'; '.join(context.guidelines)}")
    typer.echo(f"  source: {entry.source.cite()}, verified {entry.source.verified_on}")


@controls_app.command("tree")
def tree(
    list_id: Annotated[str, typer.Argument(help="A list id, e.g. cwc or nsg2.")],
    as_json: JsonOption = False,
) -> None:
    """Show every entry of a list; with --json a flat list of entries, each with `id` and `parent`.

    Example: nonpro controls tree cwc --json
    """
    lists = served_lists()
    control_list = lists.control_list(list_id)
    if as_json:
        emit_json(ControlListPublic.of(control_list))
        return
    for entry in control_list.entries:
        depth = len(lists.parents(entry))
        typer.echo(f"{'  ' * depth}{entry.code}  {entry.title}")


@controls_app.command("import-ccl")
def import_ccl(
    path: Annotated[Path, typer.Argument(help="The eCFR XML of 15 CFR part 774 Supplement No. 1.")],
    edition: Annotated[str, typer.Option(help="The edition the file represents, e.g. 2026-06.")],
    keep_file: Annotated[
        bool, typer.Option("--keep", help="Keep the file in NONPRO_DATA_DIR so that every door serves it.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Read the US Commerce Control List from eCFR XML and report what it holds (and keep it with --keep).

    Example: nonpro controls import-ccl us-ccl-supp1-2026-06.xml --edition 2026-06 --keep
    """
    imported = import_list("us-ccl", path, edition)
    if keep_file:
        from nonpro.settings import load_settings

        kept = keep(load_settings().data_dir, imported, path)
        if not as_json:
            typer.echo(f"kept as {kept}")
    entries = imported.control_list.entries
    reasons = Counter(reason for entry in entries for reason in entry.reasons)
    summary = ImportSummaryPublic(
        list=ControlListPublic.of(imported.control_list, with_entries=False),
        reasons_for_control=dict(reasons.most_common()),
        warnings=[str(w) for w in imported.warnings],
        version=DatasetVersionPublic.of(imported.version),
    )
    if as_json:
        emit_json(summary)
        return
    eccns = sum(1 for e in entries if e.parent is None)
    typer.echo(f"{eccns} ECCNs and {len(entries) - eccns} items read from {path.name}")
    typer.echo("reasons for control: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    for warning in imported.warnings:
        typer.echo(f"warning: {warning}")
