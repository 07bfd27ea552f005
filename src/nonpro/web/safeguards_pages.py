"""The safeguards pages: the MBAs, and one MBA with its MBR, transfers and charts of its balances."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from nonpro.api.deps import DatabaseDep
from nonpro.core.errors import InvalidInputError
from nonpro.safeguards.charts import muf_chart, page_chart
from nonpro.safeguards.ledger.inventory import MBR
from nonpro.safeguards.ledger.reading import read_mbr, report_numbers
from nonpro.safeguards.ledger.registry import list_mbas, mba_by_code
from nonpro.safeguards.ledger.sequence import balance_covariance, closed_balances, muf_values
from nonpro.safeguards.ledger.transfers import transfers_of
from nonpro.safeguards.statistics.page_on_sitmuf import SequentialTestPublic, page_on_sitmuf
from nonpro.web.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/safeguards", response_class=HTMLResponse)
def mbas_page(request: Request, database: DatabaseDep) -> HTMLResponse:
    """Every material balance area and how many balances it has closed."""
    with database.transaction() as session:
        found = list_mbas(session)
    return render(request, "safeguards.html", mbas=found)


@router.get("/safeguards/mbas/{code}", response_class=HTMLResponse)
def mba_page(
    request: Request,
    database: DatabaseDep,
    code: str,
    material: Annotated[str, Query(max_length=10)] = "EU",
    mbr: Annotated[int | None, Query(ge=1)] = None,
) -> HTMLResponse:
    """One MBA: a material balance report, the MUF ± 2 sigma and Page charts, and its transfers."""
    material = material.upper()
    with database.transaction() as session:
        mba = mba_by_code(session, code)
        numbers = report_numbers(session, code, MBR)
        shown = read_mbr(session, code, mbr or numbers[-1]) if numbers else None
        transfers = transfers_of(session, code)
        test: SequentialTestPublic | None = None
        if numbers:
            try:
                balances = closed_balances(session, code, material)
            except InvalidInputError:
                balances = []
            if balances:
                test = page_on_sitmuf(muf_values(balances), balance_covariance(balances))
    charts = (
        (
            muf_chart(test.periods, "grams", f"MUF of {material} with ±2 sigma, MBA {code}"),
            page_chart(test.periods, test.h, test.alarm_at, f"Page's statistic on SITMUF, MBA {code}"),
        )
        if test is not None
        else None
    )
    return render(
        request,
        "safeguards_mba.html",
        mba=mba,
        material=material,
        numbers=numbers,
        shown=shown,
        transfers=transfers,
        test=test,
        charts=charts,
    )
