"""Reading the numbers an analyst types or files: comma-separated values and a covariance matrix in JSON."""

from __future__ import annotations

import json
import math
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.material import MaterialKind


def parse_values(text: str, where: str) -> list[float]:
    """`1.2,-0.4,3` as floats; an empty or non-numeric item is refused with its position."""
    values: list[float] = []
    for position, item in enumerate(text.split(","), start=1):
        try:
            value = float(item.strip())
        except ValueError:
            raise InvalidInputError(
                f"item {position} ({item.strip()!r}) is not a number",
                where=where,
                expected="numbers separated by commas, e.g. 0.4,-1.2,2.5",
            ) from None
        if not math.isfinite(value):
            raise InvalidInputError(
                f"item {position} is {item.strip()!r}", where=where, expected="finite numbers"
            )
        values.append(value)
    return values


def read_matrix(path: Path) -> list[list[float]]:
    """A square matrix stored as a JSON array of rows, e.g. [[2, -1], [-1, 2]]."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInputError("the file does not exist", where=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"the file cannot be read ({exc})", where=str(path)) from None
    except json.JSONDecodeError as exc:
        raise InvalidInputError(f"not valid JSON ({exc.msg} at line {exc.lineno})", where=str(path)) from None
    expected = "a JSON array of rows of numbers, e.g. [[2, -1], [-1, 2]]"
    if not isinstance(data, list) or not all(isinstance(row, list) for row in data):
        raise InvalidInputError("the JSON is not an array of rows", where=str(path), expected=expected)
    rows: list[list[float]] = []
    for i, row in enumerate(data, start=1):
        if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in row):
            raise InvalidInputError(f"row {i} holds something other than numbers", where=str(path))
        rows.append([float(x) for x in row])
    return rows


def parse_number(text: str, where: str) -> float:
    """One finite number, e.g. `0.5`."""
    try:
        value = float(text.strip())
    except ValueError:
        raise InvalidInputError(
            f"{text!r} is not a number", where=where, expected="a number, e.g. 0.5"
        ) from None
    if not math.isfinite(value):
        raise InvalidInputError(f"{text!r} is not a finite number", where=where, expected="a finite number")
    return value


def parse_count(text: str, where: str) -> int:
    """One whole number, e.g. `100`."""
    try:
        return int(text.strip())
    except ValueError:
        raise InvalidInputError(
            f"{text!r} is not a whole number", where=where, expected="a whole number, e.g. 100"
        ) from None


def parse_material(text: str) -> MaterialKind:
    """`pu`, `u233` or `u`, any letter case."""
    try:
        return MaterialKind(text.strip().lower())
    except ValueError:
        choices = ", ".join(kind.value for kind in MaterialKind)
        raise InvalidInputError(f"unknown material {text!r}", where="--material", expected=choices) from None


EnumT = TypeVar("EnumT", bound=StrEnum)


def parse_choice(text: str, choices: type[EnumT], where: str) -> EnumT:
    """One of an enumeration's values, any letter case."""
    try:
        return choices(text.strip().lower())
    except ValueError:
        allowed = ", ".join(choice.value for choice in choices)
        raise InvalidInputError(f"{text!r} is not a choice", where=where, expected=allowed) from None
