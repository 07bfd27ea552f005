"""How the CLI speaks: JSON for programs, plain lines for people, one line for an error."""

from __future__ import annotations

import json
from typing import Any

import typer
from pydantic import BaseModel

from nonpro.core.errors import (
    ConfigurationError,
    DatabaseUnavailableError,
    InvalidInputError,
    NonproError,
    NotFoundError,
)

EXIT_USER_ERROR = 2
EXIT_ENVIRONMENT_ERROR = 3
EXIT_INTERNAL_DATA_ERROR = 4


def emit_json(value: BaseModel | dict[str, Any] | list[Any]) -> None:
    """Print a value as indented JSON on standard output."""
    data = value.model_dump(mode="json") if isinstance(value, BaseModel) else value
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def exit_code_for(error: NonproError) -> int:
    """User mistakes exit 2, an unusable environment 3, broken shipped data 4."""
    if isinstance(error, InvalidInputError | NotFoundError):
        return EXIT_USER_ERROR
    if isinstance(error, ConfigurationError | DatabaseUnavailableError):
        return EXIT_ENVIRONMENT_ERROR
    return EXIT_INTERNAL_DATA_ERROR


def report_error(error: NonproError) -> int:
    """Print the error as one line (and any faults below it) on standard error; return the exit code."""
    typer.echo(f"error: {error.message}", err=True)
    for problem in getattr(error, "problems", ()):
        typer.echo(f"  - {problem}", err=True)
    return exit_code_for(error)
