"""Server-rendered SVG charts of a sequence of balances: MUF with its ±2 sigma band, and Page's statistic.

Pure functions returning SVG text (no script, nothing fetched); every label is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from nonpro.safeguards.statistics.page_on_sitmuf import PeriodPublic

WIDTH, HEIGHT = 720, 260
STYLE = (
    "<style>.axis{stroke:#57606a}.tick,.label{font:11px system-ui,sans-serif;fill:#1b1f24}"
    ".band{fill:#0b5394;fill-opacity:.15}.series{fill:none;stroke:#0b5394;stroke-width:1.5}"
    ".point{fill:#0b5394}.zero{stroke:#57606a;stroke-dasharray:2 3}"
    ".threshold{stroke:#a40e26;stroke-dasharray:6 4}.alarm{fill:none;stroke:#a40e26;stroke-width:2}</style>"
)
LEFT, RIGHT, TOP, BOTTOM = 84, 16, 28, 36


@dataclass(frozen=True, slots=True)
class _Frame:
    """Maps periods and values to SVG coordinates."""

    periods: int
    low: float
    high: float

    def x(self, period: float) -> float:
        span = max(self.periods - 1, 1)
        return LEFT + (period - 1) / span * (WIDTH - LEFT - RIGHT)

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        return TOP + (self.high - value) / span * (HEIGHT - TOP - BOTTOM)


def muf_chart(periods: Sequence[PeriodPublic], unit: str, title: str) -> str:
    """MUF per period as points joined by a line, inside a shaded band of ±2 sigma, with the zero line."""
    if not periods:
        return ""
    upper = [p.muf + 2 * p.sigma for p in periods]
    lower = [p.muf - 2 * p.sigma for p in periods]
    frame = _Frame(len(periods), min(*lower, 0.0), max(*upper, 0.0))
    band = [f"{frame.x(p.period):.1f},{frame.y(u):.1f}" for p, u in zip(periods, upper, strict=True)]
    band += [
        f"{frame.x(p.period):.1f},{frame.y(v):.1f}"
        for p, v in reversed(list(zip(periods, lower, strict=True)))
    ]
    line = " ".join(f"{frame.x(p.period):.1f},{frame.y(p.muf):.1f}" for p in periods)
    body = [
        f'<polygon class="band" points="{" ".join(band)}"/>',
        _horizontal(frame, 0.0, "zero"),
        f'<polyline class="series" points="{line}"/>',
        *(
            f'<circle class="point" cx="{frame.x(p.period):.1f}" cy="{frame.y(p.muf):.1f}" r="2.5"/>'
            for p in periods
        ),
    ]
    description = f"MUF of {len(periods)} balance periods in {unit}, with a band of plus or minus two sigma."
    return _svg(title, description, frame, unit, body)


def page_chart(periods: Sequence[PeriodPublic], h: float, alarm_at: int | None, title: str) -> str:
    """Page's statistic per period against the decision threshold h; the first alarm is marked."""
    if not periods:
        return ""
    frame = _Frame(len(periods), 0.0, max(max(p.page for p in periods), h) * 1.1)
    line = " ".join(f"{frame.x(p.period):.1f},{frame.y(p.page):.1f}" for p in periods)
    body = [
        _horizontal(frame, h, "threshold", f"h = {h:.2f}"),
        f'<polyline class="series" points="{line}"/>',
    ]
    if alarm_at is not None:
        alarm = periods[alarm_at - 1]
        body.append(
            f'<circle class="alarm" cx="{frame.x(alarm.period):.1f}" cy="{frame.y(alarm.page):.1f}" r="5"/>'
            f'<text class="label" x="{frame.x(alarm.period) + 8:.1f}" y="{frame.y(alarm.page):.1f}">'
            f"alarm, period {alarm_at}</text>"
        )
    verdict = f"first exceeds it in period {alarm_at}" if alarm_at else "never exceeds it"
    description = f"Page's statistic on SITMUF over {len(periods)} periods against h = {h:.2f}; it {verdict}."
    return _svg(title, description, frame, "standard deviations", body)


def _horizontal(frame: _Frame, value: float, css: str, label: str = "") -> str:
    y = frame.y(value)
    text = _text("label", WIDTH - RIGHT - 4, y - 4, label, "end")
    return f'<line class="{css}" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>' + (
        text if label else ""
    )


def _svg(title: str, description: str, frame: _Frame, unit: str, body: list[str]) -> str:
    ticks = []
    for i in range(5):
        value = frame.low + (frame.high - frame.low) * i / 4
        label = f"{value:,.0f}" if abs(frame.high - frame.low) >= 20 else f"{value:.2f}"
        ticks.append(_text("tick", LEFT - 6, frame.y(value) + 4, label, "end"))
    step = max(1, frame.periods // 13)
    for period in range(1, frame.periods + 1, step):
        ticks.append(_text("tick", frame.x(period), HEIGHT - BOTTOM + 16, str(period), "middle"))
    axes = (
        f'<line class="axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{HEIGHT - BOTTOM}"/>'
        f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{HEIGHT - BOTTOM}" y2="{HEIGHT - BOTTOM}"/>'
        + _text("label", LEFT, TOP - 10, unit, "start")
        + _text("label", WIDTH - RIGHT, HEIGHT - 4, "balance period", "end")
    )
    key = _id(title)
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" xmlns="http://www.w3.org/2000/svg" '
        f'aria-labelledby="{key}-t {key}-d">'
        f'<title id="{key}-t">{escape(title)}</title><desc id="{key}-d">{escape(description)}</desc>'
        f"{STYLE}{axes}{''.join(ticks)}{''.join(body)}</svg>"
    )


def _text(css: str, x: float, y: float, content: str, anchor: str) -> str:
    return f'<text class="{css}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">{escape(content)}</text>'


def _id(title: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in title.lower())
