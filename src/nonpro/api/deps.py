"""Dependencies the routes declare: the store and the reference data, held on the application."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from nonpro.controls.control_lists import ControlLists
from nonpro.registry.registry_model import Registry
from nonpro.registry.state_table import StateTable
from nonpro.store.database import Database


def get_database(request: Request) -> Database:
    """The application's database."""
    database: Database = request.app.state.database
    return database


def get_states(request: Request) -> StateTable:
    """The application's state table."""
    states: StateTable = request.app.state.states
    return states


def get_registry(request: Request) -> Registry:
    """The application's registry of instruments and statuses."""
    registry: Registry = request.app.state.registry
    return registry


def get_control_lists(request: Request) -> ControlLists:
    """The application's control lists (shipped, plus national lists imported into the data folder)."""
    lists: ControlLists = request.app.state.controls
    return lists


ControlListsDep = Annotated[ControlLists, Depends(get_control_lists)]
DatabaseDep = Annotated[Database, Depends(get_database)]
RegistryDep = Annotated[Registry, Depends(get_registry)]
StatesDep = Annotated[StateTable, Depends(get_states)]
