"""The ASGI application: API under /api/v1, /healthz, and the web pages, over one library core."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles

from nonpro import __version__
from nonpro.api.problems import install_problem_handlers
from nonpro.api.routes import assessments, controls, health, registry, safeguards, screenings, states
from nonpro.controls.kept_imports import with_kept_imports
from nonpro.controls.loader import control_lists
from nonpro.registry.registry_loader import registry as load_registry
from nonpro.registry.registry_model import Registry
from nonpro.registry.state_loader import state_table
from nonpro.settings import Settings, load_settings
from nonpro.store.database import Database
from nonpro.web import (
    assessment_pages,
    controls_pages,
    pages,
    registry_pages,
    safeguards_pages,
    screening_pages,
)
from nonpro.web.rendering import STATIC_DIR, render_error_page

API_PREFIX = "/api/v1"


def create_app(
    settings: Settings | None = None, database: Database | None = None, registry_data: Registry | None = None
) -> FastAPI:
    """Build the application; the database is opened lazily and checked by /healthz."""
    settings = settings or load_settings()
    database = database or Database.open(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    app = FastAPI(
        title="nonpro",
        version=__version__,
        summary="Non-proliferation control: registry, control lists, screening, assessment, safeguards.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # Swagger UI would load scripts from a CDN; nothing is fetched at run time.
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = database
    app.state.states = state_table()
    app.state.registry = registry_data or load_registry()
    app.state.controls = with_kept_imports(settings.data_dir, control_lists())
    install_problem_handlers(app, render_error_page)
    api = APIRouter(prefix=API_PREFIX)
    api.include_router(states.router)
    api.include_router(registry.router)
    api.include_router(controls.router)
    api.include_router(assessments.router)
    api.include_router(safeguards.router)
    api.include_router(screenings.router)
    app.include_router(api)
    app.include_router(health.router)
    app.include_router(pages.router)
    app.include_router(registry_pages.router)
    app.include_router(controls_pages.router)
    app.include_router(assessment_pages.router)
    app.include_router(safeguards_pages.router)
    app.include_router(screening_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
