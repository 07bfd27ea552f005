"""A real server on a free local port, and headless Debian Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, sync_playwright

from nonpro.api.app import create_app
from nonpro.registry.registry_model import Registry
from nonpro.screening.importers.un_xml import read_un_xml
from nonpro.screening.list_store import import_list
from nonpro.settings import load_settings
from nonpro.store import migrate
from nonpro.store.database import Database
from tests.conftest import SHARED_DATA

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """Debian's Chromium; in CI its absence fails the run instead of skipping."""
    path = os.environ.get("NONPRO_CHROMIUM") or shutil.which("chromium")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but no chromium found: browser tests must not be skipped (make system-deps)")
        pytest.skip("chromium is not installed (make test installs it)")
    return path


def serve(folder: Path, registry_data: Registry | None) -> Iterator[str]:
    """The whole application served by uvicorn in a thread, on a migrated SQLite database."""
    settings = load_settings(
        {"NONPRO_DATABASE_URL": f"sqlite:///{folder / 'live.sqlite3'}", "NONPRO_DATA_DIR": str(folder)}
    )
    database = Database.open(settings)
    migrate.upgrade(database.engine)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, database, registry_data), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start in 10 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory, fixture_registry: Registry) -> Iterator[str]:
    """The application over the fixture registry (small, stable data for page journeys)."""
    yield from serve(tmp_path_factory.mktemp("live"), fixture_registry)


@pytest.fixture(scope="session")
def shipped_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The application over the shipped registry and control lists."""
    yield from serve(tmp_path_factory.mktemp("shipped"), None)


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """Headless Chromium with a fresh profile and no background network traffic."""
    executable = chromium_path()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def screening_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The application over the shipped data, with the real UN list imported."""
    folder = tmp_path_factory.mktemp("screening")
    settings = load_settings({"NONPRO_DATABASE_URL": f"sqlite:///{folder / 'live.sqlite3'}"})
    database = Database.open(settings)
    migrate.upgrade(database.engine)
    un_xml = SHARED_DATA / "sanctions" / "un" / "consolidated-2026-02-27.xml"
    import_list(database, read_un_xml(un_xml), [un_xml], actor="test")
    database.close()
    yield from serve(folder, None)
