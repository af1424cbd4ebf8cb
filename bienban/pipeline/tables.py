"""Ruled tables made readable: the roll-call table of a degraded scan is often lost by OCR.

Tesseract's page layout takes a ruled grid on a noisy page for pictures and separators: the
head of the table comes out as fragments and the row of numbers ("18  17  1  0", digits far
apart between rules) is often dropped as noise. Read cell by cell the same pixels read well.

`tidy_tables` finds each grid (two or more long horizontal rules of one width, with vertical
rules at both ends of every row between them), turns the page level by the rules (they give
its residual skew exactly, which deskewing leaves when under 2°), and rewrites each row: the
rules are erased and the cells' contents set one after another from the left, a quarter inch
apart, as one line of text would be. Word boxes of a rewritten table are not where the scan
has them; the page is marked as changed in geometry like a deskewed one.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

INK_LEVEL = 128
# A rule is a horizontal stroke at least this long (inches); the rules of one table span the
# same width (SAME_SPAN) and follow each other within MAX_ROW_HEIGHT; a row's vertical rules
# at its ends lie within EDGE_TOLERANCE of the table's.
MIN_RULE_INCHES = 2.5
MIN_STROKE_INCHES = 1.0  # a rule of a degraded scan comes in pieces: merged when in line
MAX_BREAK_INCHES = 1.0
EDGE_TOLERANCE_INCHES = 0.15
MAX_ROW_HEIGHT_INCHES = 1.2
SAME_SPAN = 0.8
CELL_GAP_INCHES = 0.25
RULE_ROWS = 8
MIN_GLYPH_PIXELS_AT_200_DPI = 40  # a "1" at 10 pt is about 3 × 25 px
THIN_INCHES = 0.03  # a rule has no ink this far above and below it (letters do)
DASH_GAP_INCHES = 0.08  # gaps of a dashed rule closed
V_GAP_INCHES = 0.03  # (smaller for a vertical rule: a row is barely taller than its text)
MIN_LEVEL_DEGREES = 0.1
MAX_LEVEL_DEGREES = 3.0


@dataclass(frozen=True)
class Rule:
    left: int
    right: int
    top: int
    bottom: int


@dataclass(frozen=True)
class Row:
    top: int  # first pixel row below the rule above (rules are at most RULE_ROWS thick)
    bottom: int  # last pixel row above the rule below
    columns: list[tuple[int, int]]  # each cell's inner x range, left to right


def tidy_tables(pixels: np.ndarray, *, dpi: float) -> tuple[np.ndarray, int]:
    """The page with each ruled table rewritten as lines of text, and how many there were."""
    strokes = _long_strokes(pixels, dpi=dpi)
    if not strokes:
        return pixels, 0
    angle = _rule_angle(strokes)
    if MIN_LEVEL_DEGREES <= abs(angle) <= MAX_LEVEL_DEGREES:
        pixels = _rotate(pixels, angle)
        strokes = _long_strokes(pixels, dpi=dpi)
    ink = pixels < INK_LEVEL
    rules = [_exact(rule, ink) for rule in _rules(strokes, dpi=dpi)]
    tables = [
        (group, rows)
        for group in _rule_groups(rules, dpi=dpi)
        if (rows := _rows(ink, group, dpi=dpi))
    ]
    if not tables:
        return pixels, 0
    out = pixels.copy()
    for group, rows in tables:
        _rewrite(out, pixels, rows, top=group[0].top, bottom=group[-1].bottom, dpi=dpi)
    return out, len(tables)


def _exact(rule: Rule, ink: np.ndarray) -> Rule:
    """The rule's own rows on the full page: near where the half-size copy found it, the run
    of rows around the most inked one that are inked over a third of the rule's length (a
    line of bold text next to it is not)."""
    top, bottom = max(0, rule.top - RULE_ROWS), rule.bottom + RULE_ROWS
    cover = ink[top : bottom + 1, rule.left : rule.right + 1].mean(axis=1)
    core = int(np.argmax(cover))
    if cover[core] < 1 / 3:
        return rule
    first = last = core
    while first > 0 and cover[first - 1] >= 1 / 3:
        first -= 1
    while last + 1 < len(cover) and cover[last + 1] >= 1 / 3:
        last += 1
    return Rule(rule.left, rule.right, top + first, top + last)


def _rule_mask(ink: np.ndarray, *, dpi: float) -> tuple[np.ndarray, np.ndarray]:
    """Thin horizontal strokes at least 0.4 inch long (thickened, so a slightly slanted rule
    keeps long straight runs), and the thin ink they are made of: ink with none a little above
    and below it (a rule, not the body of a letter), its dashes closed (a worn or despeckled
    rule comes in dashes)."""
    shift = max(2, round(dpi * THIN_INCHES))
    above, below = np.zeros_like(ink), np.zeros_like(ink)
    above[shift:], below[:-shift] = ink[:-shift], ink[shift:]
    thin = (ink & ~above & ~below).astype(np.uint8)
    gap = cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, round(dpi * DASH_GAP_INCHES)), 1))
    thin = cv2.morphologyEx(thin, cv2.MORPH_CLOSE, gap)
    thick = cv2.dilate(thin, np.ones((3, 1), np.uint8))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (max(8, round(dpi * 0.4)), 1))
    return cv2.morphologyEx(thick, cv2.MORPH_OPEN, kernel), thin


def _long_strokes(pixels: np.ndarray, *, dpi: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """(x, y) pixels of each horizontal stroke longer than a rule, found on a half-size copy
    (each of its pixels as dark as the darkest of the four it stands for: thin rules
    survive)."""
    small = cv2.erode(pixels, np.ones((2, 2), np.uint8))[::2, ::2] < INK_LEVEL
    mask, thin = _rule_mask(small, dpi=dpi / 2)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    strokes = []
    for label in range(1, count):
        w, h = stats[label, cv2.CC_STAT_WIDTH], stats[label, cv2.CC_STAT_HEIGHT]
        if w >= dpi / 2 * MIN_STROKE_INCHES and h <= w * 0.06 + 6:
            x, y = stats[label, cv2.CC_STAT_LEFT], stats[label, cv2.CC_STAT_TOP]
            box = (labels[y : y + h, x : x + w] == label) & (thin[y : y + h, x : x + w] > 0)
            ys, xs = np.nonzero(box)
            if xs.size:
                strokes.append((2 * (xs + x), 2 * (ys + y)))
    return strokes


def _rule_angle(strokes: list[tuple[np.ndarray, np.ndarray]]) -> float:
    """The slant of the page's rules in degrees (the median of their fitted lines)."""
    angles = []
    for xs, ys in strokes:
        slope = np.polyfit(xs.astype(np.float64), ys.astype(np.float64), 1)[0]
        angles.append(float(np.degrees(np.arctan(slope))))
    return float(np.median(angles))


def _rotate(pixels: np.ndarray, degrees: float) -> np.ndarray:
    height, width = pixels.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(pixels, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)


def _rules(strokes: list[tuple[np.ndarray, np.ndarray]], *, dpi: float) -> list[Rule]:
    """The page's (level) rules: strokes in line with each other and less than an inch apart
    joined, those at least MIN_RULE_INCHES long kept, top to bottom."""
    pieces = sorted(
        (Rule(int(xs.min()), int(xs.max()) + 1, int(ys.min()), int(ys.max()) + 1)
         for xs, ys in strokes),
        key=lambda r: (r.top, r.left),
    )  # fmt: skip
    rules: list[Rule] = []
    for piece in pieces:
        for index, rule in enumerate(rules):
            in_line = abs((piece.top + piece.bottom) - (rule.top + rule.bottom)) <= 8
            apart = max(piece.left - rule.right, rule.left - piece.right)
            if in_line and apart <= dpi * MAX_BREAK_INCHES:
                rules[index] = Rule(
                    min(rule.left, piece.left),
                    max(rule.right, piece.right),
                    min(rule.top, piece.top),
                    max(rule.bottom, piece.bottom),
                )
                break
        else:
            rules.append(piece)
    long_enough = [r for r in rules if r.right - r.left >= dpi * MIN_RULE_INCHES]
    return sorted(long_enough, key=lambda r: r.top)


def _rule_groups(rules: list[Rule], *, dpi: float) -> list[list[Rule]]:
    """Runs of rules of one width, each close below the one before."""
    groups: list[list[Rule]] = []
    gap = dpi * MAX_ROW_HEIGHT_INCHES
    for rule in rules:
        last = groups[-1][-1] if groups else None
        if last is not None and _same_span(rule, last) and rule.top - last.bottom <= gap:
            groups[-1].append(rule)
        else:
            groups.append([rule])
    return [group for group in groups if len(group) >= 2]


def _same_span(one: Rule, other: Rule) -> bool:
    """Whether two rules span the same width (a piece of a broken rule may be missing at
    either end): they overlap by SAME_SPAN of the longer one."""
    overlap = min(one.right, other.right) - max(one.left, other.left)
    return overlap >= SAME_SPAN * max(one.right - one.left, other.right - other.left)


def _rows(ink: np.ndarray, group: list[Rule], *, dpi: float) -> list[Row]:
    """The rows between the rules of `group`, each with its cells; none unless every row has
    vertical rules at both ends (a grid, not two lines under a heading). In a table of two
    rows or more a vertical rule must cross another row too (a letter's stem does not)."""
    left = min(r.left for r in group)
    right = max(r.right for r in group)
    edge = round(dpi * EDGE_TOLERANCE_INCHES)
    offset = max(0, left - edge)
    bands, found = [], []
    for above, below in zip(group, group[1:], strict=False):
        top, bottom = above.bottom + 1, below.top - 1
        if bottom - top < dpi * 0.08:
            return []
        bands.append((top, bottom))
        verticals = _verticals(ink[top : bottom + 1, offset : right + edge + 1], dpi=dpi)
        found.append([(a + offset, b + offset) for a, b in verticals])
    rows = []
    for index, (top, bottom) in enumerate(bands):
        others = [v for i, row in enumerate(found) if i != index for v in row]
        verticals = [v for v in found[index] if not others or _crosses(v, others, dpi=dpi)]
        if len(verticals) < 2 or verticals[0][0] > left + edge or verticals[-1][1] < right - edge:
            return []
        columns = [(a[1] + 1, b[0] - 1) for a, b in zip(verticals, verticals[1:], strict=False)]
        rows.append(Row(top, bottom, [c for c in columns if c[1] - c[0] > dpi * 0.05]))
    return rows


def _crosses(vertical: tuple[int, int], others: list[tuple[int, int]], *, dpi: float) -> bool:
    """Whether a vertical rule of one row lines up with one of another row's."""
    middle = sum(vertical) / 2
    return any(abs(middle - sum(other) / 2) <= dpi * 0.05 for other in others)


def _verticals(band: np.ndarray, *, dpi: float) -> list[tuple[int, int]]:
    """x ranges of the vertical rules crossing a row from top to bottom (nearly: 85%, once
    the gaps of a dashed rule are closed)."""
    gap = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, round(dpi * V_GAP_INCHES))))
    closed = cv2.morphologyEx(band.astype(np.uint8), cv2.MORPH_CLOSE, gap)
    inked = closed.mean(axis=0) >= 0.85
    runs: list[tuple[int, int]] = []
    for x in np.flatnonzero(inked):
        if runs and x - runs[-1][1] <= 2:
            runs[-1] = (runs[-1][0], int(x))
        else:
            runs.append((int(x), int(x)))
    return runs


def _rewrite(
    out: np.ndarray, source: np.ndarray, rows: list[Row], *, top: int, bottom: int, dpi: float
) -> None:
    """Erase the table in `out` (from `top` of its first rule to `bottom` of its last) and set
    each row's cells from `source` one after another from the left."""
    left = min(a for row in rows for a, _ in row.columns)
    right = max(b for row in rows for _, b in row.columns)
    edge = round(dpi * EDGE_TOLERANCE_INCHES)
    slack = RULE_ROWS // 2  # a rule that is not quite straight
    out[max(0, top - slack) : bottom + slack + 1, max(0, left - edge) : right + edge] = 255
    gap = round(dpi * CELL_GAP_INCHES)
    for row in rows:
        x = left
        for a, b in row.columns:
            cell = _cell_ink(source[row.top : row.bottom + 1, a : b + 1])
            span = _text_span(cell, dpi=dpi)
            if span is None:
                continue
            cell = cell[:, span[0] : span[1] + 1]
            width = min(cell.shape[1], right - x)
            if width <= 0:
                break
            out[row.top : row.bottom + 1, x : x + width] = cell[:, :width]
            x += width + gap


def _cell_ink(cell: np.ndarray) -> np.ndarray:
    """A cell's pixels with what is left of its rules whitened: lines along its top and
    bottom inked over 30% of their length (text comes close to those), and lines along its
    sides inked over a sixth (text keeps a margin from them; a dashed rule's remnant is
    sparse)."""
    cell = cell.copy()
    ink = cell < INK_LEVEL
    height, width = cell.shape
    for y in [*range(min(RULE_ROWS, height)), *range(max(0, height - RULE_ROWS), height)]:
        if ink[y].mean() > 0.3:
            cell[y] = 255
    for x in [*range(min(RULE_ROWS, width)), *range(max(0, width - RULE_ROWS), width)]:
        if ink[:, x].mean() > 1 / 6:
            cell[:, x] = 255
    return cell


def _text_span(cell: np.ndarray, *, dpi: float) -> tuple[int, int] | None:
    """The x range of a cell's text: of its ink blots the size of a "1" or larger (specks
    and what is left of a dashed rule are smaller), or None in an empty cell."""
    ink = (cell < INK_LEVEL).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    smallest = MIN_GLYPH_PIXELS_AT_200_DPI * (dpi / 200) ** 2
    glyphs = [i for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= smallest]
    if not glyphs:
        return None
    lefts = [stats[i, cv2.CC_STAT_LEFT] for i in glyphs]
    rights = [stats[i, cv2.CC_STAT_LEFT] + stats[i, cv2.CC_STAT_WIDTH] - 1 for i in glyphs]
    return int(min(lefts)), int(max(rights))
