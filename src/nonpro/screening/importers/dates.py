"""Dates as list publishers write them: ISO, US month/day/year, "12 Jan 1970", "Nov. 1973", "circa 1960"."""

from __future__ import annotations

import re
from datetime import date, datetime

from nonpro.screening.entry import BirthDate

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.? (\d{4})$")
_ISO_PARTIAL = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_YEAR_RANGE = re.compile(r"^(\d{4}) ?(?:to|-) ?(\d{4})$")
_APPROXIMATE = re.compile(r"^(?:circa|approximately|approx\.?|ca\.?)\s+", re.IGNORECASE)


def iso_date(text: str) -> date:
    """Read `YYYY-MM-DD` (a time part is ignored) or `MM/DD/YYYY`; raise ValueError otherwise."""
    cleaned = text.strip()
    if "/" in cleaned:
        return datetime.strptime(cleaned, "%m/%d/%Y").date()  # noqa: DTZ007 - a calendar date, no time
    return date.fromisoformat(cleaned[:10])


def birth_date(text: str) -> BirthDate | None:
    """A date of birth in any of the forms lists use, or None when `text` is not one of them."""
    cleaned = text.strip().rstrip(".").strip()
    approximate = bool(_APPROXIMATE.match(cleaned))
    cleaned = _APPROXIMATE.sub("", cleaned)
    if re.fullmatch(r"\d{4}", cleaned):
        return BirthDate(cleaned, approximate=approximate)
    if match := _ISO_PARTIAL.fullmatch(cleaned):
        year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
        try:
            date(year, month, day)
        except ValueError:
            return None
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if match[3] else "")
        return BirthDate(value, approximate=approximate)
    if match := _YEAR_RANGE.match(cleaned):
        low, high = int(match[1]), int(match[2])
        return BirthDate(from_year=low, to_year=high, approximate=approximate) if low <= high else None
    if match := _DAY_MONTH_YEAR.match(cleaned):
        named_month = _MONTHS.get(match[2].lower())
        if named_month is None:
            return None
        try:
            born = date(int(match[3]), named_month, int(match[1]))
        except ValueError:
            return None
        return BirthDate(born.isoformat(), approximate=approximate)
    if match := _MONTH_YEAR.match(cleaned):
        named_month = _MONTHS.get(match[1].lower())
        return (
            None
            if named_month is None
            else BirthDate(f"{match[2]}-{named_month:02d}", approximate=approximate)
        )
    return None
