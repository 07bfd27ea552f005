"""Reading human-edited YAML reference files, with errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from nonpro.core.errors import ReferenceDataError

ModelT = TypeVar("ModelT", bound=BaseModel)
# libyaml's parser when PyYAML was built with it (the wheels are): several times faster on large files.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml_model(path: Path, model: type[ModelT]) -> ModelT:
    """Parse `path` into `model`; any fault raises ReferenceDataError naming the file and key path."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except FileNotFoundError:
        raise ReferenceDataError("the file is missing", where=str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise ReferenceDataError(f"not valid YAML ({getattr(exc, 'problem', exc)})", where=place) from None
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ReferenceDataError(f"{first['msg']}{more}", where=f"{path}: {key}") from None
