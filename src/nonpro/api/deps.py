"""Dependencies the routes declare: the store and the reference data, held on the application."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

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


DatabaseDep = Annotated[Database, Depends(get_database)]
StatesDep = Annotated[StateTable, Depends(get_states)]
