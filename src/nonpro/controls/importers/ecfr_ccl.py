"""The US Commerce Control List (15 CFR part 774, Supplement No. 1) read from eCFR XML, element by element.

The eCFR file is flat: an ECCN starts at a bold `FP-2` heading, its reasons for control follow in an
`FP-1` line and a table, and its items (`a.`, `b.1.` ...) follow the `Items:` marker as `P` paragraphs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from nonpro.controls.cas import cas_problem
from nonpro.controls.entry import ControlEntry, ControlList
from nonpro.controls.importers.protocol import ImportedList
from nonpro.controls.list_file import ListSource
from nonpro.core.datasets import DatasetVersion, digest_files
from nonpro.core.errors import InvalidInputError, Problem

LIST_ID = "us-ccl"
REGIME = "US EAR"
CCL_URL = (
    "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-774/"
    "appendix-Supplement%20No.%201%20to%20Part%20774"
)
_HEADING = re.compile(r"^\s*(\d[A-E]\d{3})\s+(.*)$", re.S)
_REASON = re.compile(r"\b([A-Z]{2}\d?)\b")
# `b.1.` and `a.` as published; a few deeper items lack the final dot (`a.1.a Alloys`).
_ITEM = re.compile(r"^\s*([a-z]{1,2}(?:\.(?:\d{1,2}|[a-z]{1,2}))+\.?|[a-z]{1,2}\.)\s+(.*)$", re.S)
_NOT_ITEMS = frozenset({"e.g", "i.e"})
_CAS = re.compile(r"C\.A\.S\.\s*#?\s*(\d{2,7}-\d{2}-\d)")
_SPACE = re.compile(r"\s+")


def _text(element: ET.Element) -> str:
    return _SPACE.sub(" ", "".join(element.itertext())).strip()


@dataclass
class _Eccn:
    """One ECCN while it is being read."""

    code: str
    heading: str
    reasons: list[str] = field(default_factory=list)
    controls: list[str] = field(default_factory=list)
    items: dict[str, str] = field(default_factory=dict)
    in_items: bool = False


class EcfrCclImporter:
    """Reads the eCFR XML of the Commerce Control List into ECCN entries and their lettered items."""

    list_id = LIST_ID

    def read(self, path: Path, edition: str) -> ImportedList:
        """Stream the file; every ECCN and item becomes an entry `us-ccl:<ECCN>[.<item>]`."""
        eccns: list[_Eccn] = []
        try:
            for element in _top_level_elements(path):
                _take(element, eccns)
        except ET.ParseError as error:
            line, _column = error.position
            raise InvalidInputError(
                f"not well-formed XML ({error})",
                where=f"{path}:{line}",
                expected="the eCFR XML of 15 CFR part 774 Supplement No. 1",
            ) from None
        except FileNotFoundError:
            raise InvalidInputError("the file does not exist", where=str(path)) from None
        if not eccns:
            raise InvalidInputError(
                "no ECCN headings found", where=str(path), expected="FP-2 headings like `<B>0A002 ...</B>`"
            )
        source = ListSource(
            document="US Export Administration Regulations, 15 CFR part 774, Supplement No. 1 "
            "(Commerce Control List), eCFR XML",
            revision=f"eCFR {edition}",
            url=CCL_URL,
            verified_on=datetime.now(UTC).date(),
        )
        warnings: list[Problem] = []
        entries = [e for eccn in eccns for e in _entries(eccn, edition, source, path, warnings)]
        items = len(entries) - len(eccns)
        control_list = ControlList(
            id=LIST_ID,
            edition=edition,
            title="US Commerce Control List (EAR Supplement No. 1 to part 774)",
            regime=REGIME,
            effective=None,
            source=source,
            guidelines=("US Export Administration Regulations, 15 CFR parts 730-774",),
            notes=f"Imported from {path.name}: {len(eccns)} ECCNs and {items} lettered items; titles as "
            "published. Reasons for control are those of each ECCN's License Requirements.",
            entries=tuple(entries),
        )
        version = DatasetVersion(f"controls:{LIST_ID}", edition, digest_files([path]))
        return ImportedList(control_list, version, tuple(warnings))


def _top_level_elements(path: Path) -> Iterator[ET.Element]:
    """The root's children in document order; each is dropped from the tree once it has been handled."""
    depth = 0
    root: ET.Element | None = None
    for event, element in ET.iterparse(path, events=("start", "end")):
        if event == "start":
            depth += 1
            root = element if root is None else root
            continue
        depth -= 1
        if depth == 1:
            yield element
            if root is not None:
                root.clear()


def _take(element: ET.Element, eccns: list[_Eccn]) -> None:
    text = _text(element)
    if element.tag == "FP-2":
        heading = _HEADING.match(text)
        if heading:
            eccns.append(_Eccn(heading[1], heading[2]))
        return
    if not eccns or element.tag == "HD1":
        return
    current = eccns[-1]
    if text.startswith("Reason for Control:"):
        current.reasons = list(dict.fromkeys(_REASON.findall(text.removeprefix("Reason for Control:"))))
    elif element.tag == "DIV":
        current.controls += [_text(row[0]) for row in element.iter("TR") if row.find("TD") is not None]
    elif text.startswith("Items:"):
        current.in_items = True
        _item(current, text.removeprefix("Items:"))
    elif current.in_items and element.tag == "P":
        _item(current, text)
    elif element.tag == "P" and re.match(r"^[A-Z]{2} applies", text):
        current.controls.append(text)


def _item(eccn: _Eccn, text: str) -> None:
    match = _ITEM.match(text)
    if match is None:
        return
    code = match[1].rstrip(".")
    if code not in _NOT_ITEMS and "[Reserved]" not in match[2] and code not in eccn.items:
        eccn.items[code] = match[2].strip()


def _entries(
    eccn: _Eccn, edition: str, source: ListSource, path: Path, warnings: list[Problem]
) -> list[ControlEntry]:
    made = [_entry(eccn.code, None, eccn.heading, edition, source, "; ".join(eccn.controls), eccn.reasons)]
    for item, text in eccn.items.items():
        code = f"{eccn.code}.{item}"
        parent = code.rpartition(".")[0]
        while parent != eccn.code and parent.removeprefix(eccn.code + ".") not in eccn.items:
            parent = parent.rpartition(".")[0]
        cas = tuple(dict.fromkeys(_CAS.findall(text)))
        for number in cas:
            problem = cas_problem(number)
            if problem:
                warnings.append(Problem(f"{path}: {code}", problem, "a CAS number with a valid check digit"))
        made.append(_entry(code, parent, text, edition, source, "", [], cas))
    return made


def _entry(
    code: str,
    parent: str | None,
    title: str,
    edition: str,
    source: ListSource,
    notes: str,
    reasons: list[str],
    cas: tuple[str, ...] = (),
) -> ControlEntry:
    return ControlEntry(
        id=f"{LIST_ID}:{code}",
        list_id=LIST_ID,
        edition=edition,
        code=code,
        parent=f"{LIST_ID}:{parent}" if parent else None,
        title=title,
        regime=REGIME,
        category=None,
        cas=tuple(c for c in cas if cas_problem(c) is None),
        parameters=(),
        eu=(),
        us_eccn=(code,),
        corresponds_to=(),
        notes=notes,
        decontrols="",
        source=source,
        reasons=tuple(reasons),
    )
