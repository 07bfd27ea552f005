"""The command-line door: `nonpro`, a thin Typer layer over the library core."""
