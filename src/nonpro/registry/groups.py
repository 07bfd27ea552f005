"""Groups of states a gap query can ask about: the UN, the OSCE, the EU, a region, a regime, a custom list."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from nonpro.core.errors import InvalidInputError
from nonpro.core.sources import Source
from nonpro.core.yaml_files import load_yaml_model
from nonpro.registry.instrument import InstrumentKind
from nonpro.registry.registry_model import Registry
from nonpro.registry.state import State, UnStatus
from nonpro.registry.status import Status

GROUPS_DIR = Path(__file__).parent / "data" / "groups"
GROUP_FORMS = (
    "un, un+observers, osce, eu, a regime or commitment id (e.g. nsg, osce-athens-2009), "
    "m49:<region or sub-region> (e.g. m49:Western Asia), or a list of codes such as DE,FR,IT"
)


class GroupMember(BaseModel):
    """A state's membership of a group, from a date (and until a date, if it left)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    since: date
    until: date | None = None

    def on(self, day: date) -> bool:
        """Whether the state was a member on `day`."""
        return self.since <= day and (self.until is None or day < self.until)


class GroupFile(BaseModel):
    """A group of states that is not an instrument (e.g. the OSCE participating States), with its source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: str
    source: Source
    recorded_from: date | None = None
    members: dict[str, GroupMember]


def group_members(registry: Registry, group: str, day: date) -> tuple[str, list[State]]:
    """The group's display name and its member states on `day`."""
    key = group.strip()
    lowered = key.lower()
    states = list(registry.states)
    if lowered == "un":
        return "UN Member States", [s for s in states if s.un_status is UnStatus.MEMBER and _admitted(s, day)]
    if lowered == "un+observers":
        return "UN Member and observer States", [
            s for s in states if s.un_status is not UnStatus.NONE and _admitted(s, day)
        ]
    if lowered.startswith("m49:"):
        area = key[4:].strip().casefold()
        found = [
            s
            for s in states
            if area
            in {(x or "").casefold() for x in (s.m49.region, s.m49.subregion, s.m49.intermediate_region)}
        ]
        if not found:
            raise InvalidInputError(
                f"no M49 area is called {key[4:]!r}",
                where="group",
                expected="an M49 region or sub-region such as Europe or Western Asia",
            )
        return f"M49 {key[4:].strip()}", found
    group_file = GROUPS_DIR / f"{lowered}.yaml"
    if group_file.is_file():
        data = group_file_of(group_file)
        if data.recorded_from and day < data.recorded_from:
            raise InvalidInputError(
                f"{data.name} are recorded from {data.recorded_from} only",
                where="as-of date",
                expected=f"a date on or after {data.recorded_from} for group {lowered!r}",
            )
        return data.name, [s for s in states if s.alpha2 in data.members and data.members[s.alpha2].on(day)]
    if lowered in registry.instruments:
        instrument = registry.instrument(lowered)
        if instrument.kind in (InstrumentKind.TREATY, InstrumentKind.SAFEGUARDS_AGREEMENT):
            raise InvalidInputError(
                f"{lowered!r} is a treaty or agreement, not a group", where="group", expected=GROUP_FORMS
            )
        members = [s for s in states if registry.status(lowered, s, day).status is Status.MEMBER]
        return f"{instrument.short_name} members", members
    if "," in key or (len(key) in (2, 3) and key.isalpha()):
        return "custom list", [registry.states.get(code) for code in key.split(",") if code.strip()]
    raise InvalidInputError(f"unknown group {group!r}", where="group", expected=GROUP_FORMS)


@cache
def group_file_of(path: Path) -> GroupFile:
    """A group file, read once per process."""
    return load_yaml_model(path, GroupFile)


def _admitted(state: State, day: date) -> bool:
    return state.un_since is None or state.un_since <= day
