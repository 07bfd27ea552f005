"""ICR, PIL and MBR in nonpro's labelled format modelled on Code 10: writing them and reading them back.

The labels and layout are documented in docs/safeguards.md; a file holds one or more reports.
"""

from __future__ import annotations

from pydantic import ValidationError

from nonpro.core.errors import InvalidInputError, Problem
from nonpro.safeguards.ledger.submissions import IcrSubmission, LineRef, PilSubmission
from nonpro.safeguards.mbr_public import MbrPublic
from nonpro.safeguards.reports.labelled import LabelledReport, Record, read, write

Document = IcrSubmission | PilSubmission | MbrPublic


def write_icr(report: IcrSubmission) -> str:
    """An inventory change report as labelled text."""
    header = [
        ("REPORT", "ICR"),
        ("MBA", report.mba),
        ("NUMBER", str(report.number)),
        ("DATE", report.report_date),
    ]
    entries = [
        (
            line.line,
            [
                ("DATE", line.date),
                ("CODE", line.code),
                ("BATCH", line.batch),
                ("MATERIAL", line.material),
                ("ELEMENT-G", str(line.element_g)),
                ("ISOTOPE-G", str(line.isotope_g)),
                ("METHOD", line.method or ""),
                ("KMP", line.kmp or ""),
                ("OBLIGATION", line.obligation or ""),
                ("COUNTERPART", line.counterpart or ""),
                ("CORRECTS", f"{line.corrects.report}/{line.corrects.line}" if line.corrects else ""),
            ],
        )
        for line in report.lines
    ]
    return write(header, entries)


def write_pil(report: PilSubmission) -> str:
    """A physical inventory listing as labelled text."""
    header = [
        ("REPORT", "PIL"),
        ("MBA", report.mba),
        ("NUMBER", str(report.number)),
        ("DATE", report.inventory_date),
    ]
    entries = [
        (
            line.line,
            [
                ("BATCH", line.batch),
                ("MATERIAL", line.material),
                ("ELEMENT-G", str(line.element_g)),
                ("ISOTOPE-G", str(line.isotope_g)),
                ("METHOD", line.method or ""),
                ("KMP", line.kmp or ""),
                ("OBLIGATION", line.obligation or ""),
            ],
        )
        for line in report.lines
    ]
    return write(header, entries)


def write_mbr(report: MbrPublic) -> str:
    """A material balance report as labelled text, entries in the standard order."""
    header = [
        ("REPORT", "MBR"),
        ("MBA", report.mba),
        ("NUMBER", str(report.number)),
        ("PERIOD-START", report.period_start.isoformat()),
        ("PERIOD-END", report.period_end.isoformat()),
    ]
    entries = [
        (
            number,
            [
                ("MATERIAL", entry.material),
                ("BALANCE", entry.entry),
                ("ELEMENT-G", str(entry.element_g)),
                ("ISOTOPE-G", str(entry.isotope_g)),
                ("SIGMA-G", repr(entry.sigma_g) if entry.sigma_g is not None else ""),
            ],
        )
        for number, entry in enumerate(report.entries, start=1)
    ]
    return write(header, entries)


def write_document(document: Document) -> str:
    """Any of the three reports as labelled text."""
    if isinstance(document, IcrSubmission):
        return write_icr(document)
    if isinstance(document, PilSubmission):
        return write_pil(document)
    return write_mbr(document)


def read_documents(text: str, where: str) -> list[Document]:
    """Every report in a labelled file; any fault anywhere refuses the whole file with file:line reasons."""
    problems: list[Problem] = []
    documents: list[Document] = []
    for report in read(text, where):
        document = _document(report, where, problems)
        if document is not None:
            documents.append(document)
    if problems:
        raise InvalidInputError(f"{where} is not a valid report file", where=where, problems=problems)
    return documents


def _document(report: LabelledReport, where: str, problems: list[Problem]) -> Document | None:
    header = report.header
    kind = header.take("REPORT", problems, where)
    data: dict[str, object] = {
        "mba": header.take("MBA", problems, where),
        "number": header.take("NUMBER", problems, where),
    }
    entries: list[dict[str, object]] = []
    model: type[Document]
    if kind == "ICR":
        model, data["report_date"] = IcrSubmission, header.take("DATE", problems, where)
        entries = [_icr_entry(entry, where, problems) for entry in report.entries]
    elif kind == "PIL":
        model, data["inventory_date"] = PilSubmission, header.take("DATE", problems, where)
        entries = [_pil_entry(entry, where, problems) for entry in report.entries]
    elif kind == "MBR":
        model = MbrPublic
        data["period_start"] = header.take("PERIOD-START", problems, where)
        data["period_end"] = header.take("PERIOD-END", problems, where)
        entries = [_mbr_entry(entry, where, problems) for entry in report.entries]
    else:
        problems.append(Problem(f"{where}:{header.line}", f"unknown report type {kind!r}", "ICR, PIL or MBR"))
        return None
    header.leftovers(problems, where)
    data["lines" if model is not MbrPublic else "entries"] = entries
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            place = ".".join(str(p) for p in error["loc"])
            problems.append(Problem(f"{where}:{header.line}", f"{place}: {error['msg']}"))
        return None


def _icr_entry(entry: Record, where: str, problems: list[Problem]) -> dict[str, object]:
    corrects = entry.take("CORRECTS", problems, where, required=False)
    values: dict[str, object] = {
        "line": entry.take("ENTRY", problems, where),
        "date": entry.take("DATE", problems, where),
        "code": entry.take("CODE", problems, where),
        "batch": entry.take("BATCH", problems, where),
        "material": entry.take("MATERIAL", problems, where),
        "element_g": entry.take("ELEMENT-G", problems, where),
        "isotope_g": entry.take("ISOTOPE-G", problems, where, required=False) or 0,
        "method": entry.take("METHOD", problems, where, required=False),
        "kmp": entry.take("KMP", problems, where, required=False),
        "obligation": entry.take("OBLIGATION", problems, where, required=False),
        "counterpart": entry.take("COUNTERPART", problems, where, required=False),
        "corrects": _line_ref(corrects, entry, where, problems) if corrects else None,
    }
    entry.leftovers(problems, where)
    return values


def _pil_entry(entry: Record, where: str, problems: list[Problem]) -> dict[str, object]:
    values: dict[str, object] = {
        "line": entry.take("ENTRY", problems, where),
        "batch": entry.take("BATCH", problems, where),
        "material": entry.take("MATERIAL", problems, where),
        "element_g": entry.take("ELEMENT-G", problems, where),
        "isotope_g": entry.take("ISOTOPE-G", problems, where, required=False) or 0,
        "method": entry.take("METHOD", problems, where, required=False),
        "kmp": entry.take("KMP", problems, where, required=False),
        "obligation": entry.take("OBLIGATION", problems, where, required=False),
    }
    entry.leftovers(problems, where)
    return values


def _mbr_entry(entry: Record, where: str, problems: list[Problem]) -> dict[str, object]:
    entry.take("ENTRY", problems, where)
    values: dict[str, object] = {
        "material": entry.take("MATERIAL", problems, where),
        "entry": entry.take("BALANCE", problems, where),
        "element_g": entry.take("ELEMENT-G", problems, where),
        "isotope_g": entry.take("ISOTOPE-G", problems, where),
        "sigma_g": entry.take("SIGMA-G", problems, where, required=False),
    }
    entry.leftovers(problems, where)
    return values


def _line_ref(text: str, entry: Record, where: str, problems: list[Problem]) -> LineRef | None:
    report, _, line = text.partition("/")
    if report.strip().isdigit() and line.strip().isdigit():
        return LineRef(report=int(report), line=int(line))
    problems.append(Problem(f"{where}:{entry.line}", f"CORRECTS {text!r}", "REPORT/LINE, e.g. 1/3"))
    return None
