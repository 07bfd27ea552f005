"""Fetch lists from their publishers' addresses, for `nonpro lists update`.

The addresses are those the publishers link to for their downloadable files, as widely used by public
screening tools; they could not be checked from the machine this was written on (it has no general
internet access), so a failed download says so plainly and changes nothing. The BIS Denied Persons List
is left out: its long-standing address (bis.doc.gov/dpl/dpl.txt) is reported to have moved with the BIS
website, and no current address could be confirmed; import a downloaded copy with `nonpro lists import`.
A download that is not the expected format (an HTML page, say) is refused by the importer like any file.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from nonpro.core.errors import NonproError

OFFICIAL_ADDRESSES: dict[str, tuple[str, ...]] = {
    "un": ("https://scsanctions.un.org/resources/xml/en/consolidated.xml",),
    "ofac-sdn": (
        "https://www.treasury.gov/ofac/downloads/sdn.csv",
        "https://www.treasury.gov/ofac/downloads/alt.csv",
        "https://www.treasury.gov/ofac/downloads/add.csv",
    ),
    "ofac-consolidated": (
        "https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv",
        "https://www.treasury.gov/ofac/downloads/consolidated/cons_alt.csv",
        "https://www.treasury.gov/ofac/downloads/consolidated/cons_add.csv",
    ),
    "us-csl": ("https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv",),
}

Opener = Callable[[str, float], IO[bytes]]


class ListUnreachableError(NonproError):
    """A list's publisher could not be reached: the machine is offline or the address failed."""

    title = "List unreachable"


def _open(url: str, timeout: float) -> IO[bytes]:
    response: IO[bytes] = urllib.request.urlopen(url, timeout=timeout)
    return response


def fetch_list(source: str, folder: Path, *, timeout: float = 30.0, opener: Opener = _open) -> Path:
    """Download a list's files into `folder/SOURCE/YYYY-MM-DD/`; return what to give the importer."""
    target = folder / source / datetime.now(UTC).date().isoformat()
    target.mkdir(parents=True, exist_ok=True)
    files = []
    for url in OFFICIAL_ADDRESSES[source]:
        path = target / url.rsplit("/", 1)[1]
        try:
            with opener(url, timeout) as response, path.open("wb") as handle:
                while block := response.read(1 << 20):
                    handle.write(block)
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise ListUnreachableError(
                f"could not download {url} ({reason}): the machine is offline or the address failed",
                where=source,
                hint="Nothing was changed: the serving version stays. Import a downloaded copy with "
                f"`nonpro lists import {source} FILE`",
            ) from None
        files.append(path)
    return files[0] if len(files) == 1 else target
