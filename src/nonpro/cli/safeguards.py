"""`nonpro safeguards ...`: the analyst's calculators and the ledger, as one command group."""

from __future__ import annotations

import typer

from nonpro.cli import safeguards_calculators as calculators
from nonpro.cli import safeguards_ledger as ledger

safeguards_app = typer.Typer(
    help="Safeguards accountancy: ledger, balances, sequential tests, sampling plans, material categories.",
    no_args_is_help=True,
)
safeguards_app.command("page")(calculators.page)
safeguards_app.command("sitmuf")(calculators.sitmuf)
safeguards_app.command("sample-size")(calculators.sample_size)
safeguards_app.command("categorise")(calculators.categorise)
safeguards_app.command("significant-quantities")(calculators.significant_quantities)
safeguards_app.command("timeliness-goals")(calculators.timeliness)
safeguards_app.command("detection")(calculators.detection)
safeguards_app.command("setup")(ledger.setup)
safeguards_app.command("import")(ledger.import_file)
safeguards_app.command("close")(ledger.close)
safeguards_app.command("mbr")(ledger.mbr)
safeguards_app.command("export")(ledger.export)
safeguards_app.command("transfers")(ledger.transfers)
safeguards_app.command("test")(ledger.sequential_test)
safeguards_app.command("simulate")(ledger.simulate)
