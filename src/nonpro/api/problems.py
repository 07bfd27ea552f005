"""RFC 9457 problem documents: the one error shape of the API, and the handlers that produce it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from nonpro.core.errors import (
    ConfigurationError,
    DatabaseUnavailableError,
    InvalidInputError,
    NonproError,
    NotFoundError,
    ReferenceDataError,
)

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://nonpro.dev/problems/"

STATUS_OF: dict[type[NonproError], int] = {
    NotFoundError: 404,
    InvalidInputError: 422,
    ConfigurationError: 500,
    ReferenceDataError: 500,
    DatabaseUnavailableError: 503,
}


class InputFault(BaseModel):
    """One fault in a request: where it is and what is wrong."""

    where: str = Field(
        description="Path of the faulty value, e.g. `query.q` or `items[1].control_entries[0]`"
    )
    what: str
    expected: str = ""


class Problem(BaseModel):
    """An RFC 9457 problem document; `errors` lists every input fault when there are several."""

    type: str = Field(description="URI identifying the kind of problem")
    title: str
    status: int
    detail: str
    instance: str | None = None
    hint: str | None = None
    errors: list[InputFault] = Field(default_factory=list)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries documenting the problem shape for each status."""
    described = {404: "Not found", 422: "Invalid input", 503: "Database unavailable", 500: "Server error"}
    return {
        status: {
            "model": Problem,
            "description": described.get(status, "Problem"),
            "content": {PROBLEM_MEDIA_TYPE: {}},
        }
        for status in statuses
    }


def problem_response(
    request: Request,
    status: int,
    title: str,
    detail: str,
    *,
    hint: str = "",
    errors: list[InputFault] | None = None,
) -> JSONResponse:
    """A problem document as a response."""
    slug = title.lower().replace(" ", "-")
    body = Problem(
        type=PROBLEM_TYPE_BASE + slug,
        title=title,
        status=status,
        detail=detail,
        instance=str(request.url.path),
        hint=hint or None,
        errors=errors or [],
    )
    return JSONResponse(body.model_dump(mode="json"), status_code=status, media_type=PROBLEM_MEDIA_TYPE)


def status_for(error: NonproError) -> int:
    """The HTTP status a domain error maps to."""
    for cls in type(error).__mro__:
        if cls in STATUS_OF:
            return STATUS_OF[cls]
    return 500


def nonpro_error_response(request: Request, error: NonproError) -> JSONResponse:
    """A domain error as a problem document."""
    faults = [
        InputFault(where=p.where, what=p.what, expected=p.expected) for p in getattr(error, "problems", ())
    ]
    return problem_response(
        request, status_for(error), error.title, error.summary, hint=error.hint, errors=faults
    )


HtmlErrorPage = Callable[[Request, int, str, str], Response]


def is_api_path(path: str) -> bool:
    """Whether a path belongs to the machine doors (API, health) rather than the web pages."""
    return path.startswith("/api/") or path == "/healthz"


def install_problem_handlers(app: FastAPI, html_error_page: HtmlErrorPage) -> None:
    """Make every API error a problem document, and every web error an HTML page."""

    async def on_nonpro_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, NonproError)
        if not is_api_path(request.url.path):
            return html_error_page(request, status_for(exc), exc.title, exc.message)
        return nonpro_error_response(request, exc)

    async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        faults = [InputFault(where=".".join(str(p) for p in e["loc"]), what=e["msg"]) for e in exc.errors()]
        detail = "; ".join(f"{f.where}: {f.what}" for f in faults)
        return problem_response(request, 422, "Invalid input", detail, errors=faults)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        title = "Not found" if exc.status_code == 404 else "HTTP error"
        detail = f"no resource at {request.url.path}" if exc.status_code == 404 else str(exc.detail)
        if not is_api_path(request.url.path):
            return html_error_page(request, exc.status_code, title, detail)
        return problem_response(
            request, exc.status_code, title, detail, hint="The API is described at /api/v1/openapi.json"
        )

    app.add_exception_handler(NonproError, on_nonpro_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
