"""`nonpro lists update`'s download step: plain words when offline, the importer's checks when not."""

from __future__ import annotations

import io
import urllib.error
from pathlib import Path
from typing import IO

import pytest

from nonpro.core.errors import InvalidInputError
from nonpro.screening.list_fetch import ListUnreachableError, fetch_list
from nonpro.screening.list_sources import read_list
from tests.screening.conftest import OFAC_2021, UN_XML


def offline(url: str, timeout: float) -> IO[bytes]:
    raise urllib.error.URLError("Name or service not known")


def test_offline_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(ListUnreachableError) as refused:
        fetch_list("un", tmp_path, opener=offline)
    assert refused.value.message.startswith(
        "un: could not download https://scsanctions.un.org/resources/xml/en/consolidated.xml "
        "(Name or service not known): the machine is offline or the address failed."
    )
    assert "the serving version stays" in refused.value.message


def test_a_downloaded_list_goes_through_the_importer(tmp_path: Path) -> None:
    served = {"consolidated.xml": UN_XML, "sdn.csv": OFAC_2021 / "sdn.csv"}
    served |= {"alt.csv": OFAC_2021 / "alt.csv", "add.csv": OFAC_2021 / "add.csv"}

    def mirror(url: str, timeout: float) -> IO[bytes]:
        return io.BytesIO(served[url.rsplit("/", 1)[1]].read_bytes())

    parsed, _ = read_list("un", fetch_list("un", tmp_path, opener=mirror))
    assert len(parsed.entries) == 1003
    folder = fetch_list("ofac-sdn", tmp_path, opener=mirror)
    assert sorted(path.name for path in folder.iterdir()) == ["add.csv", "alt.csv", "sdn.csv"]
    assert len(read_list("ofac-sdn", folder)[0].entries) == 8976


def test_a_web_page_instead_of_the_list_is_refused(tmp_path: Path) -> None:
    def homepage(url: str, timeout: float) -> IO[bytes]:
        return io.BytesIO(b"<!doctype html><html><body>Welcome</body></html>")

    with pytest.raises(InvalidInputError):
        read_list("un", fetch_list("un", tmp_path, opener=homepage))
