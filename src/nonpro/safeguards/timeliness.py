"""IAEA timeliness detection goals by category of nuclear material, loaded once from the cited data file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from nonpro.core.sources import Source
from nonpro.core.yaml_files import load_yaml_model
from nonpro.safeguards.lookup import row_by

TIMELINESS_GOALS_FILE = Path(__file__).parent / "data" / "timeliness_goals.yaml"


class TimelinessGoal(BaseModel):
    """How soon the IAEA aims to detect the diversion of a significant quantity of a material category."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    category: str
    label: str
    months: int = Field(gt=0)


class TimelinessGoalsFile(BaseModel):
    """The timeliness goals with their source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: Source
    goals: tuple[TimelinessGoal, ...]

    def of(self, category: str) -> TimelinessGoal:
        """The goal for a category: unirradiated_direct_use, irradiated_direct_use or indirect_use."""
        return row_by(self.goals, "category", category, "timeliness goal")


@cache
def timeliness_goals() -> TimelinessGoalsFile:
    """The shipped table, loaded once."""
    return load_yaml_model(TIMELINESS_GOALS_FILE, TimelinessGoalsFile)
