"""A few SVG drawing helpers for the report's charts: bars, lines, cells, axes and legends.

The charts are drawn as SVG text, not rendered by a plotting library: a report of a year draws
in milliseconds (matplotlib took half a second for the four charts of one year, which a run
over a ten-year archive paid for every year), the text stays sharp and selectable, and the
reader's own fonts draw the Vietnamese letters.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass, field
from html import escape

FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif"
CHAR_WIDTH = 0.56  # of the font size: a generous average for Vietnamese text in a sans face
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)


def text_width(text: str, *, size: float) -> float:
    """An estimate of the width of `text` at font size `size` (no font metrics at hand)."""
    return len(text) * size * CHAR_WIDTH


@dataclass
class Drawing:
    """An SVG picture built element by element."""

    width: float
    height: float
    elements: list[str] = field(default_factory=list)

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str) -> None:
        self.elements.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}" '
            f'fill="{fill}"/>'
        )

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        stroke: str = "#9e9e9e",
        dash: bool = False,
    ) -> None:
        pattern = ' stroke-dasharray="5 4"' if dash else ""
        self.elements.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{stroke}" '
            f'stroke-width="1"{pattern}/>'
        )

    def polyline(self, points: list[tuple[float, float]], *, stroke: str) -> None:
        coordinates = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        self.elements.append(
            f'<polyline points="{coordinates}" fill="none" stroke="{stroke}" stroke-width="2"/>'
        )
        for x, y in points:
            self.elements.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{stroke}"/>')

    def text(
        self,
        x: float,
        y: float,
        content: str,
        *,
        size: float = 12,
        anchor: str = "start",
        bold: bool = False,
        fill: str = "#212121",
    ) -> None:
        weight = ' font-weight="bold"' if bold else ""
        self.elements.append(
            f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'fill="{fill}"{weight}>{escape(content)}</text>'
        )

    def legend(
        self, x: float, y: float, entries: list[tuple[str, str]], *, size: float = 11
    ) -> None:
        """Colour keys side by side from (x, y), wrapping at the drawing's width."""
        left = x
        for label, colour in entries:
            step = 18 + text_width(label, size=size) + 14
            if left + step > self.width and left > x:
                left, y = x, y + size + 8
            self.rect(left, y - size + 2, 12, 12, fill=colour)
            self.text(left + 17, y, label, size=size)
            left += step

    def to_svg(self) -> str:
        body = "\n".join(self.elements)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width:.0f}" '
            f'height="{self.height:.0f}" viewBox="0 0 {self.width:.0f} {self.height:.0f}" '
            f'font-family="{FONT}">\n<rect width="100%" height="100%" fill="white"/>\n{body}\n</svg>'
        )

    def to_data_uri(self) -> str:
        """The picture as a `data:` address for an <img> (what the report pages embed)."""
        encoded = base64.b64encode(self.to_svg().encode("utf-8")).decode("ascii")
        return f"data:image/svg+xml;base64,{encoded}"


def nice_ticks(top: float, *, count: int = 5, integer: bool = False) -> list[float]:
    """Round tick values from 0 to at least `top`."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if integer:
        step = max(1.0, float(math.ceil(step)))
    ticks = [0.0]
    while ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks
