"""Build the state table from ISO 3166-1 (pycountry), UN data (country_converter) and our membership file.

Each package is pinned in pyproject.toml, so the facts change only when we decide to upgrade; the loader
checks the sources against each other (admission year against admission date) and refuses to load when
they disagree.
"""

from __future__ import annotations

import csv
import importlib.util
from datetime import date
from functools import cache
from importlib.metadata import version
from pathlib import Path

import pycountry

from nonpro.core.datasets import DatasetVersion, digest_files
from nonpro.core.errors import ReferenceDataError
from nonpro.core.sources import Source
from nonpro.core.yaml_files import load_yaml_model
from nonpro.registry.state import M49Area, State, UnStatus
from nonpro.registry.state_table import StateTable
from nonpro.registry.un_membership import UN_MEMBERSHIP_FILE, UnMembershipFile

VERIFIED_ON = date(2026, 11, 28)

# M49 groups some sub-regions into intermediate regions; country_converter gives the finest level only.
_M49_INTERMEDIATE_PARENT = {
    "Caribbean": "Latin America and the Caribbean",
    "Central America": "Latin America and the Caribbean",
    "South America": "Latin America and the Caribbean",
    "Eastern Africa": "Sub-Saharan Africa",
    "Middle Africa": "Sub-Saharan Africa",
    "Southern Africa": "Sub-Saharan Africa",
    "Western Africa": "Sub-Saharan Africa",
}
_M49_REGION_NAMES = {
    "America": "Americas",
    "Africa": "Africa",
    "Asia": "Asia",
    "Europe": "Europe",
    "Oceania": "Oceania",
}


def _converter_table() -> tuple[Path, dict[str, dict[str, str]]]:
    """country_converter's data file, keyed by alpha-2, read without importing the package (and pandas)."""
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise ReferenceDataError("the country_converter package is not installed", where="dependencies")
    path = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["ISO2"].split("|")[0].strip("^$")
            if len(code) == 2 and not row["obsolete"]:
                rows[code] = row
    return path, rows


def _m49(row: dict[str, str] | None) -> M49Area:
    if row is None:
        return M49Area(None, None, None)
    region = _M49_REGION_NAMES.get(row["continent"])
    finest = row["UNregion"] or None
    if finest in _M49_INTERMEDIATE_PARENT:
        return M49Area(region, _M49_INTERMEDIATE_PARENT[finest], finest)
    return M49Area(region, finest if region else None, None)


def load_state_table(un_membership_path: Path = UN_MEMBERSHIP_FILE) -> StateTable:
    """Build and cross-check the table; any inconsistency raises ReferenceDataError naming its place."""
    membership = load_yaml_model(un_membership_path, UnMembershipFile)
    converter_path, converter = _converter_table()
    iso_source = Source(
        document=f"ISO 3166-1, as packaged in pycountry {version('pycountry')}",
        url=f"https://pypi.org/project/pycountry/{version('pycountry')}/",
        verified_on=VERIFIED_ON,
    )
    converter_version = version("country_converter")
    un_source = Source(
        document=f"UN membership and M49 regions, as packaged in country_converter {converter_version}",
        url=f"https://pypi.org/project/country_converter/{converter_version}/",
        verified_on=VERIFIED_ON,
    )
    states = [
        _state(country, converter.get(country.alpha_2), membership, un_membership_path, iso_source, un_source)
        for country in pycountry.countries
    ]
    members = sum(1 for s in states if s.un_status is UnStatus.MEMBER)
    if members != 193:
        raise ReferenceDataError(f"{members} UN members found, but the UN has 193", where=str(converter_path))
    versions = [
        DatasetVersion(
            "iso-3166-1",
            f"pycountry {version('pycountry')}",
            digest_files([Path(pycountry.DATABASE_DIR) / "iso3166-1.json"]),
        ),
        DatasetVersion(
            "un-membership",
            f"country_converter {version('country_converter')} + un_membership.yaml "
            f"(verified {membership.source.verified_on})",
            digest_files([converter_path, un_membership_path]),
        ),
    ]
    return StateTable(states, versions)


def _state(
    country: object,
    row: dict[str, str] | None,
    membership: UnMembershipFile,
    path: Path,
    iso_source: Source,
    un_source: Source,
) -> State:
    alpha2: str = getattr(country, "alpha_2")  # noqa: B009 - pycountry records are untyped
    year_text = (row or {}).get("UNmember", "")
    year = int(year_text) if year_text.isdigit() else None
    admitted = membership.admissions.get(alpha2)
    if admitted is not None and admitted.year != year:
        raise ReferenceDataError(
            f"admission date {admitted} disagrees with country_converter's year {year}",
            where=f"{path}: admissions.{alpha2}",
            expected=f"a date in {year}" if year else "no entry (not a member)",
        )
    observer = membership.observers.get(alpha2)
    sources = {"iso": iso_source, "m49": un_source}
    if year is not None:
        status, since = UnStatus.MEMBER, admitted
        sources["un"] = membership.source if admitted else un_source
    elif observer is not None:
        status, since = UnStatus.OBSERVER, observer.since
        sources["un"] = observer.source
    else:
        status, since = UnStatus.NONE, None
    return State(
        alpha2=alpha2,
        alpha3=getattr(country, "alpha_3"),  # noqa: B009
        numeric=getattr(country, "numeric"),  # noqa: B009
        name=getattr(country, "common_name", None) or getattr(country, "name"),  # noqa: B009
        iso_name=getattr(country, "name"),  # noqa: B009
        official_name=getattr(country, "official_name", None),
        un_status=status,
        un_since=since,
        un_admission_year=year,
        m49=_m49(row),
        sources=sources,
    )


@cache
def state_table() -> StateTable:
    """The process-wide state table, loaded once on first use."""
    return load_state_table()
