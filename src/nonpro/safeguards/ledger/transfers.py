"""Domestic transfers between MBAs: shipments matched with receipts, and shipper/receiver differences.

A shipment (SD) from MBA A to MBA B of batch X is matched with the receipt (RD) in B from A of the same
batch, in date order when a batch travels the same way more than once. The difference (SRD) is the
shipper's declared minus the receiver's measured weight, tested against the measurement uncertainty of both
sides; a shipment without a receipt (or the reverse) is listed with the missing side empty.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import zip_longest

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from nonpro.safeguards.ledger.inventory import effective_lines
from nonpro.safeguards.ledger.registry import mba_by_code, method_of
from nonpro.safeguards.models import Batch, IcrLine, MaterialBalanceArea, MeasurementMethodRecord
from nonpro.safeguards.statistics.measurement import Method
from nonpro.safeguards.statistics.transfers import shipper_receiver_test

UNMEASURED = Method("declared, not measured", random=0.0, systematic=0.0)


class TransferPublic(BaseModel):
    """One domestic transfer seen from both sides; missing sides are null."""

    model_config = ConfigDict(frozen=True)

    batch: str
    shipper: str
    receiver: str
    shipped_on: date | None
    received_on: date | None
    shipped_g: int | None
    received_g: int | None
    difference_g: int | None
    sigma_g: float | None
    significant: bool | None


def transfers_of(session: Session, mba_code: str, alpha: float = 0.05) -> list[TransferPublic]:
    """Every domestic transfer into or out of the MBA, matched by batch and counterpart."""
    mba = mba_by_code(session, mba_code)
    lines = effective_lines().subquery()
    line = aliased(IcrLine, lines)
    method = aliased(MeasurementMethodRecord)
    owner = aliased(MaterialBalanceArea)
    rows = session.execute(
        select(line, Batch.name, owner.code, method)
        .join(Batch, line.batch_id == Batch.id)
        .join(owner, line.mba_id == owner.id)
        .outerjoin(method, line.method_id == method.id)
        .where(
            line.code.in_(("SD", "RD")),
            (line.mba_id == mba.id) | (line.counterpart == mba_code),
        )
        .order_by(line.change_date, line.id)
    ).all()
    shipments: dict[tuple[str, str, str], list[tuple[IcrLine, Method]]] = defaultdict(list)
    receipts: dict[tuple[str, str, str], list[tuple[IcrLine, Method]]] = defaultdict(list)
    for found, batch, at, measured in rows:
        counterpart = found.counterpart or ""
        side = method_of(measured) if measured is not None else UNMEASURED
        if found.code == "SD":
            shipments[(batch, at, counterpart)].append((found, side))
        else:
            receipts[(batch, counterpart, at)].append((found, side))
    return [
        _pair(key, out, into, alpha)
        for key in sorted(set(shipments) | set(receipts))
        for out, into in zip_longest(shipments[key], receipts[key])
    ]


def _pair(
    key: tuple[str, str, str],
    shipped: tuple[IcrLine, Method] | None,
    received: tuple[IcrLine, Method] | None,
    alpha: float,
) -> TransferPublic:
    batch, shipper, receiver = key
    difference = sigma = significant = None
    if shipped is not None and received is not None:
        (out, out_method), (into, into_method) = shipped, received
        if out_method.random or out_method.systematic or into_method.random or into_method.systematic:
            test = shipper_receiver_test(
                [(out.element_g, out_method)], [(into.element_g, into_method)], alpha
            )
            sigma, significant = test.sigma, test.significant
        difference = shipped[0].element_g - received[0].element_g
    return TransferPublic(
        batch=batch,
        shipper=shipper,
        receiver=receiver,
        shipped_on=shipped[0].change_date if shipped else None,
        received_on=received[0].change_date if received else None,
        shipped_g=shipped[0].element_g if shipped else None,
        received_g=received[0].element_g if received else None,
        difference_g=difference,
        sigma_g=sigma,
        significant=significant,
    )
