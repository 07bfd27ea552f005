"""The shape of the human-edited list files: `list.yaml` (what the list is) and entry files (what it holds).

A list lives in `data/<list>/<edition>/`: `list.yaml` names the list, its regime and its source, and every
other `*.yaml` file in the folder holds `entries:` in the list's own numbering.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from nonpro.controls.parameters import Parameter
from nonpro.core.sources import Source

LIST_ID_PATTERN = r"^[a-z][a-z0-9-]*$"
EU_CODE_PATTERN = r"^\d[A-E]\d{3}(\.[a-z0-9]+)*$"
ECCN_PATTERN = r"^\d[A-E]\d{3}(\.[a-z0-9]+)*$"


class ListSource(Source):
    """The document a list is transcribed from, with the revision that fixes its content."""

    revision: str = Field(min_length=1)


class ListHeader(BaseModel):
    """`list.yaml`: one list in one edition."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    list_id: str = Field(alias="list", pattern=LIST_ID_PATTERN)
    edition: str = Field(min_length=1)
    title: str = Field(min_length=1)
    regime: str = Field(min_length=1)
    effective: date | None = Field(
        description="When this edition took effect; null when no date could be verified"
    )
    source: ListSource
    guidelines: list[str] = Field(min_length=1, description="The regime guidelines that govern transfers")
    notes: str = Field(min_length=1, description="What the list covers and what is left out, and why")


class EntryRecord(BaseModel):
    """One entry as written in an entry file; `code` and `parent` use the list's own numbering."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9.\-]*$")
    parent: str | None = None
    title: str = Field(min_length=1)
    category: str | None = None
    cas: list[str] = Field(default_factory=list)
    parameters: list[Parameter] = Field(default_factory=list)
    eu: list[Annotated[str, Field(pattern=EU_CODE_PATTERN)]] = Field(default_factory=list)
    us_eccn: list[Annotated[str, Field(pattern=ECCN_PATTERN)]] = Field(default_factory=list)
    corresponds_to: list[str] = Field(
        default_factory=list, description="Ids of entries in other lists this entry corresponds to"
    )
    notes: str = ""
    decontrols: str = ""


class EntryFile(BaseModel):
    """An entry file: a list of entries, in order (a parent comes before its children)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    entries: list[EntryRecord] = Field(min_length=1)
