"""GET /healthz: is the database reachable and at the right schema, and which reference data is loaded."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from nonpro import __version__
from nonpro.api.deps import ControlListsDep, DatabaseDep, RegistryDep
from nonpro.core.errors import DatabaseUnavailableError
from nonpro.registry.state_public import DatasetVersionPublic
from nonpro.store.engine import check_reachable
from nonpro.store.migrate import current_revision, head_revision

router = APIRouter(tags=["health"])


class DatabaseHealth(BaseModel):
    """Whether the database answers, and the schema revision it is at."""

    reachable: bool
    backend: str
    revision: str | None
    expected_revision: str
    error: str | None = None


class Health(BaseModel):
    """The service's health: `ok` is true only when the database is reachable and current."""

    ok: bool
    version: str
    database: DatabaseHealth
    reference_data: list[DatasetVersionPublic]


@router.get("/healthz", summary="Health", responses={503: {"model": Health, "description": "Unhealthy"}})
def health(database: DatabaseDep, registry: RegistryDep, controls: ControlListsDep) -> JSONResponse:
    """Database reachability and schema revision, and the versions of the loaded reference data."""
    backend = database.engine.url.get_backend_name()
    try:
        check_reachable(database.engine)
        db = DatabaseHealth(
            reachable=True,
            backend=backend,
            revision=current_revision(database.engine),
            expected_revision=head_revision(),
        )
    except DatabaseUnavailableError as exc:
        db = DatabaseHealth(
            reachable=False,
            backend=backend,
            revision=None,
            expected_revision=head_revision(),
            error=exc.message,
        )
    body = Health(
        ok=db.reachable and db.revision == db.expected_revision,
        version=__version__,
        database=db,
        reference_data=[DatasetVersionPublic.of(v) for v in (*registry.versions, *controls.versions)],
    )
    return JSONResponse(body.model_dump(mode="json"), status_code=200 if body.ok else 503)
