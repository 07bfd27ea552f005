"""Wire shapes of the control lists and of classification results, shared by the CLI's --json and the API."""

from __future__ import annotations

import builtins

from pydantic import BaseModel, ConfigDict, Field

from nonpro.controls.classify import Classification
from nonpro.controls.context import EntryContext
from nonpro.controls.control_lists import ControlLists
from nonpro.controls.entry import ControlEntry, ControlList
from nonpro.controls.list_file import ListSource
from nonpro.controls.parameters import Comparison
from nonpro.controls.thresholds import Outcome, ThresholdCheck, Verdict
from nonpro.registry.state_public import DatasetVersionPublic


class ParameterPublic(BaseModel):
    """A published threshold: machine name, what it measures, comparison, value and unit."""

    model_config = ConfigDict(frozen=True)

    name: str
    quantity: str
    comparison: Comparison
    value: float
    unit: str


class CorrespondencesPublic(BaseModel):
    """Codes of the same item elsewhere: EU Annex I, US ECCN, and entries of other regime lists."""

    model_config = ConfigDict(frozen=True)

    eu: list[str]
    us_eccn: list[str]
    lists: list[str] = Field(description="Ids of corresponding entries in other loaded lists")


class EntryPublic(BaseModel):
    """One control-list entry with its thresholds, correspondences and source."""

    model_config = ConfigDict(frozen=True)

    id: str
    list: str
    edition: str
    code: str
    title: str
    parent: str | None
    regime: str
    category: str | None = Field(
        description="MTCR category (I/II) or CWC schedule (1/2/3), when the list has one"
    )
    parameters: builtins.list[ParameterPublic]
    cas: builtins.list[str]
    correspondences: CorrespondencesPublic
    reasons_for_control: builtins.list[str]
    notes: str
    decontrols: str
    source: ListSource

    @classmethod
    def of(cls, entry: ControlEntry) -> EntryPublic:
        """The public view of an entry."""
        return cls(
            id=entry.id,
            list=entry.list_id,
            edition=entry.edition,
            code=entry.code,
            title=entry.title,
            parent=entry.parent,
            regime=entry.regime,
            category=entry.category,
            parameters=[ParameterPublic(**p.model_dump()) for p in entry.parameters],
            cas=list(entry.cas),
            correspondences=CorrespondencesPublic(
                eu=list(entry.eu), us_eccn=list(entry.us_eccn), lists=list(entry.corresponds_to)
            ),
            reasons_for_control=list(entry.reasons),
            notes=entry.notes,
            decontrols=entry.decontrols,
            source=entry.source,
        )


class EntryRefPublic(BaseModel):
    """A short reference to an entry: id, parent and title."""

    model_config = ConfigDict(frozen=True)

    id: str
    parent: str | None
    title: str

    @classmethod
    def of(cls, entry: ControlEntry) -> EntryRefPublic:
        """The reference to an entry."""
        return cls(id=entry.id, parent=entry.parent, title=entry.title)


class EntryContextPublic(BaseModel):
    """An entry and its setting: parents (nearest first), children, siblings, correspondences, guidelines."""

    entry: EntryPublic
    parents: list[EntryRefPublic]
    children: list[EntryRefPublic]
    siblings: list[EntryRefPublic]
    corresponding: list[EntryRefPublic]
    guidelines: list[str]

    @classmethod
    def of(cls, context: EntryContext) -> EntryContextPublic:
        """The public view of an entry's context."""
        refs = EntryRefPublic.of
        return cls(
            entry=EntryPublic.of(context.entry),
            parents=[refs(e) for e in context.parents],
            children=[refs(e) for e in context.children],
            siblings=[refs(e) for e in context.siblings],
            corresponding=[refs(e) for e in context.corresponding],
            guidelines=list(context.guidelines),
        )


class ControlListPublic(BaseModel):
    """A list's identity, source and coverage notes; `entries` is every entry, flat, with id and parent."""

    id: str
    edition: str
    title: str
    regime: str
    source: ListSource
    guidelines: list[str]
    notes: str
    count: int
    entries: list[EntryRefPublic]

    @classmethod
    def of(cls, control_list: ControlList, with_entries: bool = True) -> ControlListPublic:
        """The public view of a list, with or without its entries."""
        return cls(
            id=control_list.id,
            edition=control_list.edition,
            title=control_list.title,
            regime=control_list.regime,
            source=control_list.source,
            guidelines=list(control_list.guidelines),
            notes=control_list.notes,
            count=len(control_list.entries),
            entries=[EntryRefPublic.of(e) for e in control_list.entries] if with_entries else [],
        )


class CandidatePublic(BaseModel):
    """A candidate entry, its score and why it was found."""

    id: str
    score: float
    why: list[str]
    title: str
    regime: str


class ThresholdPublic(BaseModel):
    """One threshold judged: the published value and the item's value, and whether it is met."""

    name: str
    quantity: str
    comparison: Comparison
    threshold: float
    unit: str
    value: float | None
    outcome: Outcome


class ClassificationPublic(BaseModel):
    """Classification results: the query and candidate entries, best first, with the data versions used."""

    query: str
    candidates: list[CandidatePublic]
    verdict: Verdict | None = Field(default=None, description="Only for a check of technical parameters")
    thresholds: list[ThresholdPublic] = Field(default_factory=list)
    versions: list[DatasetVersionPublic]

    @classmethod
    def of(cls, result: Classification, lists: ControlLists) -> ClassificationPublic:
        """The public view of an id, CAS or free-text classification."""
        return cls(
            query=result.query,
            candidates=[
                CandidatePublic(
                    id=c.entry.id, score=c.score, why=list(c.why), title=c.entry.title, regime=c.entry.regime
                )
                for c in result.candidates
            ],
            versions=[DatasetVersionPublic.of(v) for v in lists.versions],
        )

    @classmethod
    def of_check(cls, check: ThresholdCheck, query: str, lists: ControlLists) -> ClassificationPublic:
        """The public view of a threshold check: one candidate scored by the share of thresholds met."""
        met = check.named(Outcome.MET)
        why = [f"{r.parameter.describe()}: {r.outcome.value}" for r in check.results]
        return cls(
            query=query,
            candidates=[
                CandidatePublic(
                    id=check.entry.id,
                    score=round(len(met) / len(check.results), 3),
                    why=why,
                    title=check.entry.title,
                    regime=check.entry.regime,
                )
            ],
            verdict=check.verdict,
            thresholds=[
                ThresholdPublic(
                    name=r.parameter.name,
                    quantity=r.parameter.quantity,
                    comparison=r.parameter.comparison,
                    threshold=r.parameter.value,
                    unit=r.parameter.unit,
                    value=r.value,
                    outcome=r.outcome,
                )
                for r in check.results
            ],
            versions=[DatasetVersionPublic.of(v) for v in lists.versions],
        )


class ImportSummaryPublic(BaseModel):
    """What an import read: the list, counts per reason for control, and faults found in the file."""

    list: ControlListPublic
    reasons_for_control: dict[str, int]
    warnings: builtins.list[str]
    version: DatasetVersionPublic
