"""The Registry: instruments and every state's events in them, immutable, loaded once."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from nonpro.core.datasets import DatasetVersion
from nonpro.core.errors import InvalidInputError, NotFoundError
from nonpro.registry.instrument import Instrument
from nonpro.registry.state import State
from nonpro.registry.state_table import StateTable
from nonpro.registry.status import StatusOnDate, status_on
from nonpro.registry.status_event import StateRecord

EARLIEST_COVERED = date(
    1925, 6, 17
)  # the 1925 Geneva Protocol, the oldest instrument encoded, was signed then


@dataclass(frozen=True)
class Registry:
    """Instruments by id, records by (instrument, state), the state table, and the data's as-of date."""

    instruments: Mapping[str, Instrument]
    records: Mapping[tuple[str, str], StateRecord]
    states: StateTable
    as_of: date
    versions: tuple[DatasetVersion, ...]

    def instrument(self, instrument_id: str) -> Instrument:
        """The instrument with this id; an unknown id lists the nearest valid ones."""
        key = instrument_id.strip().lower()
        found = self.instruments.get(key)
        if found is None:
            near = difflib.get_close_matches(key, list(self.instruments), n=3, cutoff=0.4)
            hint = f"Did you mean {', '.join(near)}? " if near else ""
            raise NotFoundError(
                f"no instrument has the id {instrument_id!r}",
                where="instrument",
                hint=f"{hint}Valid ids: {', '.join(sorted(self.instruments))}",
            )
        return found

    def check_date(self, day: date, today: date) -> date:
        """Refuse a date outside the covered range, naming the range."""
        if day < EARLIEST_COVERED or day > today:
            raise InvalidInputError(
                f"{day} is outside the dates the registry covers",
                where="as-of date",
                expected=f"a date from {EARLIEST_COVERED} to {today} (events recorded up to {self.as_of})",
            )
        return day

    def status(self, instrument_id: str, state: State, day: date) -> StatusOnDate:
        """The status of `state` in the instrument on `day`."""
        instrument = self.instrument(instrument_id)
        return status_on(instrument, self.records.get((instrument.id, state.alpha2)), day)

    def record(self, instrument_id: str, alpha2: str) -> StateRecord | None:
        """What is recorded for the state in the instrument, if anything."""
        return self.records.get((instrument_id, alpha2))
