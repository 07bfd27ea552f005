"""A world map as SVG paths, drawn server-side from Natural Earth's world-atlas TopoJSON (an npm package).

The geometry is installed by `make` from the npm registry into node_modules/ and read once; nothing is fetched
at run time. Countries are keyed by their ISO 3166-1 numeric code, as world-atlas ids them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

WORLD_ATLAS = Path(__file__).resolve().parents[3] / "node_modules" / "world-atlas" / "countries-50m.json"
WIDTH, HEIGHT = 1000.0, 480.0
NORTH, SOUTH = 84.0, -60.0  # the band shown: Antarctica is left out so the inhabited world fills the frame

Point = tuple[float, float]


def _decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Absolute longitude/latitude points of every arc (TopoJSON stores quantised deltas)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[Point]], indices: Sequence[int]) -> list[Point]:
    points: list[Point] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _project(lon: float, lat: float) -> tuple[int, int]:
    """Equirectangular projection onto the SVG frame, in whole units (enough at this scale)."""
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (NORTH - max(min(lat, NORTH), SOUTH)) / (NORTH - SOUTH) * HEIGHT
    return round(x), round(y)


def _unwrapped(ring: list[Point]) -> Iterator[Point]:
    """The ring with longitudes kept continuous across the antimeridian (the frame clips the overhang)."""
    shift = 0.0
    previous: float | None = None
    for lon, lat in ring:
        if previous is not None and abs(lon + shift - previous) > 180.0:
            shift += 360.0 if previous > lon + shift else -360.0
        previous = lon + shift
        yield previous, lat


def _path(rings: Iterator[list[Point]]) -> str:
    parts = []
    for ring in rings:
        projected: list[tuple[int, int]] = []
        for lon, lat in _unwrapped(ring):
            point = _project(lon, lat)
            if not projected or projected[-1] != point:
                projected.append(point)
        if len(projected) > 2:
            parts.append("M" + "L".join(f"{x},{y}" for x, y in projected) + "Z")
    return "".join(parts)


@cache
def country_paths(atlas: Path = WORLD_ATLAS) -> dict[str, str]:
    """SVG path data keyed by ISO numeric code ('276'); empty when the atlas is not installed."""
    if not atlas.is_file():
        logger.warning("world-atlas geometry not found at %s; maps are disabled (run make)", atlas)
        return {}
    topology = json.loads(atlas.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    paths: dict[str, str] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        if code is None:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        data = _path(_ring(arcs, ring) for polygon in polygons for ring in polygon)
        if data:
            paths[str(code)] = paths.get(str(code), "") + data
    return paths
