"""A proposed transfer as an officer or exporter describes it (docs/assessment.md documents every field)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class TransferKind(StrEnum):
    """How the items move or the technology passes."""

    EXPORT = "export"
    RE_EXPORT = "re_export"
    TRANSIT = "transit"
    TRANSSHIPMENT = "transshipment"
    BROKERING = "brokering"
    TECHNICAL_ASSISTANCE = "technical_assistance"
    INTANGIBLE_TRANSFER = "intangible_transfer"


class PartyRole(StrEnum):
    """The part a party plays in the transfer."""

    CONSIGNEE = "consignee"
    INTERMEDIATE_CONSIGNEE = "intermediate_consignee"
    END_USER = "end_user"
    BROKER = "broker"
    FREIGHT_FORWARDER = "freight_forwarder"
    CARRIER = "carrier"
    VESSEL = "vessel"
    FINANCIAL_INSTITUTION = "financial_institution"


class Strict(BaseModel):
    """Input models refuse unknown keys, so a misspelt field is an error rather than silently ignored."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Money(Strict):
    """An amount in an ISO 4217 currency."""

    amount: Decimal = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")


class Item(Strict):
    """One item, identified by control-list entries, a CAS number, or neither (unlisted)."""

    description: str = Field(min_length=1, max_length=1000)
    control_entries: list[str] = Field(default_factory=list)
    cas: str | None = None
    quantity: Decimal | None = Field(default=None, gt=0)
    unit: str | None = None
    value: Money | None = None


class Party(Strict):
    """A company, person, vessel or bank involved in the transfer."""

    role: PartyRole
    name: str = Field(min_length=1, max_length=300)
    country: str | None = None
    date_of_birth: date | None = None
    identifiers: list[str] = Field(default_factory=list)


class EndUse(Strict):
    """The stated end use."""

    description: str = Field(min_length=1, max_length=2000)
    category: str | None = None


class ExporterKnowledge(Strict):
    """What the exporter has been told, knows or suspects about a WMD or military end use."""

    informed_wmd: bool = False
    aware_wmd: bool = False
    suspects_wmd: bool = False
    informed_military: bool = False


class Assurances(Strict):
    """Assurances obtained from the recipient or its government."""

    government_to_government: bool = False
    iaea_safeguards: bool = False
    physical_protection: bool = False
    no_explosive_use: bool = False
    retransfer_consent: bool = False
    end_use_certificate: bool = False


class Transfer(Strict):
    """A proposed transfer on a date, from a state to a destination, with items and parties."""

    date: date
    kind: TransferKind
    exporting_state: str
    destination: str
    route: list[str] = Field(default_factory=list)
    items: list[Item] = Field(min_length=1)
    parties: list[Party] = Field(default_factory=list)
    end_use: EndUse | None = None
    exporter_knowledge: ExporterKnowledge = Field(default_factory=ExporterKnowledge)
    assurances: Assurances = Field(default_factory=Assurances)
