"""The reference datasets this installation serves, gathered from every pillar that ships some."""

from __future__ import annotations

from nonpro.controls.loader import control_lists
from nonpro.core.datasets import DatasetVersion
from nonpro.registry.registry_loader import registry


def reference_versions() -> tuple[DatasetVersion, ...]:
    """Versions of the states, the registry and the control lists, as loaded in this process."""
    return (*registry().versions, *control_lists().versions)
