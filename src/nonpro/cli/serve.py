"""`nonpro serve`: the web app and the API, after bringing the database up to date."""

from __future__ import annotations

from typing import Annotated

import typer


def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on (default NONPRO_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default NONPRO_PORT).")] = None,
) -> None:
    """Upgrade the database, then serve the web app and the API.

    Example: nonpro serve --port 8000   (then open http://127.0.0.1:8000)
    """
    import uvicorn

    from nonpro.api.app import create_app
    from nonpro.cli.prepare import prepare_database
    from nonpro.settings import load_settings

    settings = load_settings()
    prepare_database()
    uvicorn.run(
        create_app(settings),
        host=host or settings.host,
        port=port or settings.port,
        log_level=settings.log_level.lower(),
    )
