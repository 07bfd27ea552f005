"""/api/v1/safeguards: the analyst's calculators, and an MBA's reports, balances, transfers and tests."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from nonpro.api.deps import DatabaseDep
from nonpro.api.problems import problem_responses
from nonpro.safeguards.calculators_public import CategoryPublic, PagePublic, SampleSizePublic, SitmufPublic
from nonpro.safeguards.categorisation import categorise as categorise_material
from nonpro.safeguards.ledger.closing import close_balances
from nonpro.safeguards.ledger.icr import submit_icr
from nonpro.safeguards.ledger.inventory import ICR, PIL
from nonpro.safeguards.ledger.pil import submit_pil
from nonpro.safeguards.ledger.reading import read_mbr
from nonpro.safeguards.ledger.registry import list_mbas
from nonpro.safeguards.ledger.sequence import balance_covariance, closed_balances, muf_values
from nonpro.safeguards.ledger.submissions import IcrSubmission, PilSubmission
from nonpro.safeguards.ledger.transfers import TransferPublic, transfers_of
from nonpro.safeguards.material import MaterialKind
from nonpro.safeguards.mbr_public import MbrPublic
from nonpro.safeguards.requests_public import (
    DetectionRequest,
    MbaPublic,
    PageRequest,
    RecordedPublic,
    SitmufRequest,
)
from nonpro.safeguards.sampling import sample_size as plan_sample
from nonpro.safeguards.significant_quantities import SignificantQuantitiesFile
from nonpro.safeguards.significant_quantities import significant_quantities as significant_quantities_table
from nonpro.safeguards.statistics.page import page_test
from nonpro.safeguards.statistics.page_on_sitmuf import SequentialTestPublic, page_on_sitmuf
from nonpro.safeguards.statistics.scenarios import DetectionPublic, detection_of
from nonpro.safeguards.statistics.sequential import sitmuf as transform

router = APIRouter(prefix="/safeguards", tags=["safeguards"])
ACTOR = "api"
MbaCode = Annotated[str, Path(max_length=20, description="MBA code", examples=["XA01"])]


@router.post("/page", summary="Page's test", responses=problem_responses(422))
def page(request: PageRequest) -> PagePublic:
    """S_i = max(0, S_(i-1) + x_i - k); `alarm_at` is the first period (1-based) with S_i > h, or null."""
    result = page_test(request.values, k=request.k, h=request.h)
    return PagePublic(statistic=list(result.statistic), alarm_at=result.alarm_at)


@router.post("/sitmuf", summary="SITMUF", responses=problem_responses(422))
def sitmuf(request: SitmufRequest) -> SitmufPublic:
    """Standardised independently transformed MUF, L^-1 MUF with Cov(MUF) = L L^T."""
    return SitmufPublic(sitmuf=[float(v) for v in transform(request.muf, request.covariance)])


@router.post("/detection", summary="Detection probability", responses=problem_responses(422))
def detection(request: DetectionRequest) -> DetectionPublic:
    """Monte Carlo probability that the test, its threshold set for alpha, detects the diversion."""
    return detection_of(
        request.covariance,
        request.total,
        request.pattern,
        request.test,
        period=request.period,
        k=request.k,
        alpha=request.alpha,
        sequences=request.sequences,
    )


@router.get("/sample-size", summary="Attribute sampling plan", responses=problem_responses(422))
def sample_size(
    population: Annotated[int, Query(ge=1, description="Items N in the stratum")],
    defects: Annotated[int, Query(ge=1, description="Defective items r to detect")],
    non_detection: Annotated[float, Query(gt=0, lt=1, description="Acceptable non-detection probability")],
) -> SampleSizePublic:
    """Exact hypergeometric sample size and the approximation N(1 - beta^(1/r))."""
    size = plan_sample(population, defects, non_detection)
    return SampleSizePublic(exact=size.exact, approximate=size.approximate)


@router.get("/categorise", summary="Physical-protection category", responses=problem_responses(422))
def categorise(
    material: Annotated[MaterialKind, Query(description="pu, u233 or u")],
    mass_g: Annotated[float, Query(ge=0, description="Grams of Pu, of U-233, or of U-235 contained")],
    enrichment: Annotated[float | None, Query(ge=0, le=100, description="U-235 weight percent")] = None,
    irradiated: Annotated[bool, Query(description="Irradiated fuel above 1 Gy/h at 1 m")] = False,
) -> CategoryPublic:
    """Category I, II, III or null per INFCIRC/225/Rev.5 Table 1."""
    return CategoryPublic(
        category=categorise_material(material, mass_g, enrichment, irradiated=irradiated).category
    )


@router.get(
    "/significant-quantities", summary="IAEA significant quantities", responses=problem_responses(500)
)
def significant_quantities() -> SignificantQuantitiesFile:
    """Significant quantities of the IAEA Safeguards Glossary (2001 Edition), with their source."""
    return significant_quantities_table()


@router.get("/mbas", summary="Material balance areas", responses=problem_responses(503))
def mbas(database: DatabaseDep) -> list[MbaPublic]:
    """Every MBA with its facility and how many balances have been closed."""
    with database.transaction() as session:
        return [
            MbaPublic(code=m.code, name=m.name, facility=f.code, balances_closed=n)
            for m, f, n in list_mbas(session)
        ]


@router.post(
    "/icr",
    summary="Record an ICR",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(422, 503),
)
def record_icr(database: DatabaseDep, report: IcrSubmission) -> RecordedPublic:
    """Record an inventory change report whole, or refuse it whole with every faulty line and the reason."""
    with database.transaction() as session:
        submit_icr(session, report, actor=ACTOR)
    return RecordedPublic(mba=report.mba, kind=ICR, number=report.number)


@router.post(
    "/pil", summary="Record a PIL", status_code=status.HTTP_201_CREATED, responses=problem_responses(422, 503)
)
def record_pil(database: DatabaseDep, report: PilSubmission) -> RecordedPublic:
    """Record a physical inventory listing whole, or refuse it whole with every faulty line and the reason."""
    with database.transaction() as session:
        submit_pil(session, report, actor=ACTOR)
    return RecordedPublic(mba=report.mba, kind=PIL, number=report.number)


@router.post("/mbas/{mba}/close", summary="Close balances", responses=problem_responses(404, 422, 503))
def close(database: DatabaseDep, mba: MbaCode) -> list[MbrPublic]:
    """Close every period between PILs not yet closed; the new MBRs in the standard order."""
    with database.transaction() as session:
        numbers = [report.number for report, _ in close_balances(session, mba, actor=ACTOR)]
        return [read_mbr(session, mba, n) for n in numbers]


@router.get("/mbas/{mba}/mbr/{number}", summary="One MBR", responses=problem_responses(404))
def mbr(
    database: DatabaseDep,
    mba: MbaCode,
    number: Annotated[int, Path(ge=1, description="The MBR's sequential report number")],
) -> MbrPublic:
    """A stored material balance report: PB, increases, decreases, BA, PE, MF with sigma-MUF."""
    with database.transaction() as session:
        return read_mbr(session, mba, number)


@router.get("/mbas/{mba}/transfers", summary="Domestic transfers", responses=problem_responses(404))
def transfers(database: DatabaseDep, mba: MbaCode) -> list[TransferPublic]:
    """Shipments matched with receipts, with shipper/receiver differences and their significance."""
    with database.transaction() as session:
        return transfers_of(session, mba)


@router.get("/mbas/{mba}/test", summary="Page's test on SITMUF", responses=problem_responses(404, 422))
def sequential_test(
    database: DatabaseDep,
    mba: MbaCode,
    material: Annotated[str, Query(max_length=10, description="Material type")] = "EU",
    k: Annotated[float, Query(ge=0, description="Reference value in standard deviations")] = 0.5,
    alpha: Annotated[float, Query(gt=0, lt=1, description="False-alarm probability")] = 0.05,
) -> SequentialTestPublic:
    """Page's test on the SITMUF of every closed balance, h set for the false-alarm probability."""
    with database.transaction() as session:
        balances = closed_balances(session, mba, material.upper())
    return page_on_sitmuf(muf_values(balances), balance_covariance(balances), k=k, alpha=alpha)
