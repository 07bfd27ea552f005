"""Law values the rules use, read from `parameters/*.yaml`: each value carries its provision and source."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from nonpro.core.errors import ReferenceDataError
from nonpro.core.sources import Source
from nonpro.core.yaml_files import load_yaml_model

PARAMETERS_DIR = Path(__file__).parent / "parameters"


class Parameter(BaseModel):
    """One value with the provision that sets it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: Any
    provision: str
    note: str | None = None


class ParameterFile(BaseModel):
    """A file of parameters from one instrument, with the instrument as their source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: Source
    values: dict[str, Parameter]


@cache
def parameter_file(name: str) -> ParameterFile:
    """The parameters of one instrument (`cwc` reads parameters/cwc.yaml)."""
    return load_yaml_model(PARAMETERS_DIR / f"{name}.yaml", ParameterFile)


def parameter(name: str, key: str) -> Parameter:
    """One parameter; a missing key is broken reference data, named with its file."""
    values = parameter_file(name).values
    if key not in values:
        raise ReferenceDataError(
            f"no parameter {key!r}",
            where=f"{PARAMETERS_DIR / name}.yaml: values",
            expected=f"one of {', '.join(values)}",
        )
    return values[key]


def date_parameter(name: str, key: str) -> date:
    """A parameter that is a date."""
    value = parameter(name, key).value
    if not isinstance(value, date):
        raise ReferenceDataError(
            f"{key} is not a date", where=f"{PARAMETERS_DIR / name}.yaml: values.{key}", expected="YYYY-MM-DD"
        )
    return value
