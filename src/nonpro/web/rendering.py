"""Jinja2 templates and the shared page context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from nonpro import __version__
from nonpro.web.navigation import PILLARS

STATIC_DIR = Path(__file__).parent / "static"
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a page with the navigation and version every page shows."""
    return templates.TemplateResponse(
        request,
        template,
        {"pillars": PILLARS, "version": __version__, **context},
        status_code=status_code,
    )


def render_error_page(request: Request, status: int, title: str, detail: str) -> Response:
    """An error as a page a person can read, with a way back."""
    return render(request, "error.html", status_code=status, title=title, detail=detail, status=status)
