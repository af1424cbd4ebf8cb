"""Lay marked-up minutes out on A4 pages: positioned text runs and rules, in points.

Both renderers (raster images and the text-layer PDF) draw the same `Page`s, so what is
printed and the per-page plain text (the OCR ground truth) always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PIL import ImageFont

from bienban.corpus.markup import Block, BlockKind, parse_markup

PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89  # A4 in points
_FONT_DIRS = {
    "Noto": "/usr/share/fonts/truetype/noto/",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/",
}
FONT_FILES: dict[str, dict[str, str]] = {
    "NotoSerif": {
        s: f"{_FONT_DIRS['Noto']}NotoSerif-{s}.ttf" for s in ("Regular", "Bold", "Italic")
    },
    "NotoSans": {s: f"{_FONT_DIRS['Noto']}NotoSans-{s}.ttf" for s in ("Regular", "Bold", "Italic")},
    "DejaVuSerif": {
        "Regular": f"{_FONT_DIRS['DejaVu']}DejaVuSerif.ttf",
        "Bold": f"{_FONT_DIRS['DejaVu']}DejaVuSerif-Bold.ttf",
        "Italic": f"{_FONT_DIRS['DejaVu']}DejaVuSerif-Italic.ttf",
    },
    "DejaVuSans": {
        "Regular": f"{_FONT_DIRS['DejaVu']}DejaVuSans.ttf",
        "Bold": f"{_FONT_DIRS['DejaVu']}DejaVuSans-Bold.ttf",
        "Italic": f"{_FONT_DIRS['DejaVu']}DejaVuSans-Oblique.ttf",
    },
}
FONT_FAMILIES = tuple(FONT_FILES)
_MEASURE_SIZE = 100


@dataclass(frozen=True)
class Run:
    """One piece of text: left end of its baseline at (x, y) from the page's top-left, in points."""

    x: float
    y: float
    text: str
    font: str
    size: float


@dataclass(frozen=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class Page:
    runs: list[Run] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Style:
    family: str = "NotoSerif"
    size: float = 13.0
    margin_left: float = 85.0
    margin_right: float = 57.0
    margin_top: float = 57.0
    margin_bottom: float = 57.0
    leading: float = 1.35
    indent: float = 28.0
    justify: bool = True


@lru_cache(maxsize=32)
def _measure_font(path: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, _MEASURE_SIZE, layout_engine=ImageFont.Layout.BASIC)


@lru_cache(maxsize=65536)
def _unit_width(text: str, font: str) -> float:
    return float(_measure_font(font).getlength(text)) / _MEASURE_SIZE


def text_width(text: str, *, font: str, size: float) -> float:
    """Advance width of `text` in points, from the TTF's own metrics (same for both renderers)."""
    words = text.split(" ")
    spaces = (len(words) - 1) * _unit_width(" ", font)
    return (sum(_unit_width(word, font) for word in words) + spaces) * size


def wrap(
    text: str, *, font: str, size: float, width: float, first_indent: float = 0.0
) -> list[str]:
    """Greedy word wrap to `width` points; a word longer than the line stays on its own line."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        limit = width - (first_indent if not lines else 0.0)
        if current and text_width(candidate, font=font, size=size) > limit:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current or not lines:
        lines.append(current)
    return lines


class _Cursor:
    """Places lines top to bottom and opens a new page when one is full."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self.pages: list[Page] = [Page()]
        self.y = style.margin_top
        self.left = style.margin_left
        self.right = PAGE_WIDTH - style.margin_right

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def line_height(self) -> float:
        return self.style.size * self.style.leading

    def next_line(self, height: float | None = None) -> float:
        """Reserve one line; returns its baseline."""
        step = height or self.line_height
        if self.y + step > PAGE_HEIGHT - self.style.margin_bottom:
            self.pages.append(Page())
            self.y = self.style.margin_top
        self.y += step
        return self.y - step * 0.25

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` more points fit on this one."""
        if self.y + height > PAGE_HEIGHT - self.style.margin_bottom and self.page.runs:
            self.pages.append(Page())
            self.y = self.style.margin_top

    def new_page(self) -> None:
        """Start a new page unless this one is still empty."""
        if self.page.runs:
            self.pages.append(Page())
            self.y = self.style.margin_top

    def skip(self, points: float) -> None:
        self.y = min(self.y + points, PAGE_HEIGHT - self.style.margin_bottom)


def font_path(style: Style, weight: str) -> str:
    return FONT_FILES[style.family][weight]


def layout_markup(markup: str, *, style: Style) -> list[Page]:
    """Lay the whole document out; returns its pages (always at least one)."""
    cursor = _Cursor(style)
    blocks = parse_markup(markup)
    seen_title = False
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.TITLE:
            seen_title = True
            _place_centred(cursor, block.text, weight="Bold", size=style.size + 1.5)
        elif block.kind is BlockKind.COLUMNS:
            _place_columns(cursor, block, in_header=not seen_title, first=index == 0)
        elif block.kind is BlockKind.TABLE_ROW and not any(block.cells):
            cursor.skip(cursor.line_height)
        elif block.kind is BlockKind.TABLE_ROW:
            _place_table_row(
                cursor,
                block,
                is_header=index == 0 or blocks[index - 1].kind is not BlockKind.TABLE_ROW,
            )
        elif block.kind is BlockKind.SPACE:
            cursor.skip(cursor.line_height * 0.6)
        elif block.kind is BlockKind.PAGE_BREAK:
            cursor.new_page()
        else:
            _place_paragraph(cursor, block.text)
    return cursor.pages


def _place_centred(cursor: _Cursor, text: str, *, weight: str, size: float) -> None:
    path = font_path(cursor.style, weight)
    for line in wrap(text, font=path, size=size, width=cursor.right - cursor.left):
        y = cursor.next_line(size * cursor.style.leading)
        x = (cursor.left + cursor.right - text_width(line, font=path, size=size)) / 2
        cursor.page.runs.append(Run(x, y, line, path, size))
        cursor.page.lines.append(line)


def _is_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(text) < 80 and all(c.isupper() for c in letters)


def _place_paragraph(cursor: _Cursor, text: str) -> None:
    style = cursor.style
    heading = _is_heading(text)
    path = font_path(style, "Bold" if heading else "Regular")
    indent = 0.0 if heading or text[:1] in "-+" else style.indent
    width = cursor.right - cursor.left
    lines = wrap(text, font=path, size=style.size, width=width, first_indent=indent)
    for number, line in enumerate(lines):
        y = cursor.next_line()
        x = cursor.left + (indent if number == 0 else 0.0)
        last = number == len(lines) - 1
        if style.justify and not last and not heading:
            _place_justified(cursor, line, x=x, y=y, width=cursor.right - x, font=path)
        else:
            cursor.page.runs.append(Run(x, y, line, path, style.size))
        cursor.page.lines.append(line)


def _place_justified(
    cursor: _Cursor, line: str, *, x: float, y: float, width: float, font: str
) -> None:
    size = cursor.style.size
    words = line.split(" ")
    natural = sum(text_width(w, font=font, size=size) for w in words)
    gap = (width - natural) / max(len(words) - 1, 1)
    if gap > size * 1.2:
        cursor.page.runs.append(Run(x, y, line, font, size))
        return
    for word in words:
        cursor.page.runs.append(Run(x, y, word, font, size))
        x += text_width(word, font=font, size=size) + gap


def _place_columns(cursor: _Cursor, block: Block, *, in_header: bool, first: bool) -> None:
    style = cursor.style
    middle = cursor.left + (cursor.right - cursor.left) * (0.42 if in_header else 0.5)
    halves = ((cursor.left - 20, middle), (middle, cursor.right + 15))
    cells = [
        _wrap_cell(cursor, cell, bounds, in_header=in_header)
        for cell, bounds in zip(block.cells, halves, strict=True)
    ]
    rows = max(len(c) for c in cells)
    cursor.ensure(rows * cursor.line_height)
    baselines = [cursor.next_line() for _ in range(rows)]
    for column in cells:
        for (x, text, path), y in zip(column, baselines, strict=False):
            cursor.page.runs.append(Run(x, y, text, path, style.size))
            cursor.page.lines.append(text)
            if first and in_header and text == "ĐẢNG CỘNG SẢN VIỆT NAM":
                width = text_width(text, font=path, size=style.size)
                cursor.page.rules.append(Rule(x + width * 0.2, y + 4, x + width * 0.8, y + 4))


def _wrap_cell(
    cursor: _Cursor, text: str, bounds: tuple[float, float], *, in_header: bool
) -> list[tuple[float, str, str]]:
    if not text:
        return []
    weight = (
        "Bold" if _is_heading(text) else ("Italic" if in_header and "ngày" in text else "Regular")
    )
    path = font_path(cursor.style, weight)
    size = cursor.style.size
    lines = wrap(text, font=path, size=size, width=bounds[1] - bounds[0])
    return [
        ((bounds[0] + bounds[1] - text_width(line, font=path, size=size)) / 2, line, path)
        for line in lines
    ]


def _place_table_row(cursor: _Cursor, block: Block, *, is_header: bool) -> None:
    style = cursor.style
    size = style.size - 1.5
    path = font_path(style, "Bold" if is_header else "Regular")
    width = (cursor.right - cursor.left) / len(block.cells)
    wrapped = [wrap(cell, font=path, size=size, width=width - 6) for cell in block.cells]
    rows = max(len(w) for w in wrapped)
    line_height = size * style.leading
    cursor.ensure(rows * line_height + 3)
    top = cursor.y
    baselines = [cursor.next_line(line_height) for _ in range(rows)]
    bottom = cursor.y + 3
    cursor.skip(3)
    for column, lines in enumerate(wrapped):
        x0 = cursor.left + column * width
        for line, y in zip(lines, baselines, strict=False):
            cursor.page.runs.append(
                Run(x0 + (width - text_width(line, font=path, size=size)) / 2, y, line, path, size)
            )
        cursor.page.rules.append(Rule(x0, top, x0, bottom))
    cursor.page.lines.append(" ".join(block.cells))
    right = cursor.left + width * len(block.cells)
    cursor.page.rules += [
        Rule(cursor.left, top, right, top),
        Rule(cursor.left, bottom, right, bottom),
        Rule(right, top, right, bottom),
    ]
