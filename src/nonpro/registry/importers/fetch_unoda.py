"""Fetching a treaty's actions from the UNODA data portal's API, when the machine is online."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

from nonpro.core.errors import DatabaseUnavailableError, InvalidInputError

UNODA_API = "https://gql-api-dataportal.unoda.org"
QUERY = """query Treaty($input: TreatyRequestInput_) {
  treaty_(input: $input) { ... on ReadResponse { data { ... on Treaty_ {
    actions_ { date action_type_ state { name } depositary { short_name } } } } } }
}"""
# nonpro ids of the treaties whose UNODA short names differ from ours.
UNODA_SHORT_NAMES = {"geneva-protocol-1925": "1925"}


class OfflineError(DatabaseUnavailableError):
    """The UNODA service cannot be reached from this machine."""

    title = "Offline"


def fetch_actions(instrument_id: str, out: Path, timeout: float = 30.0) -> int:
    """Save the treaty's actions as the API's JSON answer in `out`; return how many actions it holds."""
    short_name = UNODA_SHORT_NAMES.get(instrument_id, instrument_id)
    payload = {
        "query": QUERY,
        "variables": {"input": {"id": None, "short_name": short_name, "type": "GET_TREATY"}},
    }
    request = urllib.request.Request(
        UNODA_API,
        data=json.dumps(payload).encode(),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = json.loads(response.read())
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise OfflineError(
            f"cannot reach {UNODA_API} ({getattr(exc, 'reason', exc)})",
            where="network",
            hint="This machine looks offline: download the records elsewhere and run "
            "`nonpro registry import-unoda` on the file",
        ) from None
    try:
        actions = body["data"]["treaty_"]["data"]["actions_"]
    except (KeyError, TypeError):
        raise InvalidInputError(
            f"UNODA has no treaty called {short_name!r}",
            where="instrument",
            expected="a treaty UNODA records, e.g. npt, ctbt, bwc, tpnw",
        ) from None
    out.write_text(json.dumps(body, indent=1), encoding="utf-8")
    return len(actions)
