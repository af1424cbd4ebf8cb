"""Dotted leaders erased: a printed form's "Tổng số đảng viên: ........ 17 ........ đ/c".

Tesseract reads a run of dots around a handwritten or typed value as noise, and often drops the
value with it (the count, the clock, the day between "ngày .." and ".. tháng"). The dots of a
leader are small round components of one size, on one baseline, evenly and closely spaced; the
dot of "ạ" or "ị" stands alone under its letter. `erase_leaders` finds runs of at least
MIN_DOTS such dots and paints them paper-white, leaving the value between two runs alone.
"""

from __future__ import annotations

import cv2
import numpy as np

# A leader's dot at 200 dpi: at most this many pixels wide or high (scaled with the resolution),
# no more than twice as wide as high; dots of one run lie within BASELINE_SLACK of one another's
# centre line and follow each other within MAX_GAP_DOTS dot widths.
MAX_DOT_AT_200_DPI = 6
MIN_DOT_AT_200_DPI = 1
BASELINE_SLACK = 0.6  # of a dot's height
MAX_GAP_DOTS = 4.0
MIN_DOTS = 4
COLON_SPAN = 4.0  # a colon's dots, one above the other, within this many dot heights


def erase_leaders(pixels: np.ndarray, *, dpi: float) -> tuple[np.ndarray, int]:
    """`pixels` (grey, ink dark) with its dotted leaders whitened, and how many runs there were."""
    level, _ = cv2.threshold(pixels, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink = (pixels < level).astype(np.uint8)
    _, _labels, stats, centres = cv2.connectedComponentsWithStats(ink, connectivity=8)
    scale = dpi / 200
    largest, smallest = MAX_DOT_AT_200_DPI * scale, MIN_DOT_AT_200_DPI * scale
    width, height = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    is_dot = (
        (width <= largest)
        & (height <= largest)
        & (np.maximum(width, height) >= smallest)
        & (width <= 2 * height)
        & (height <= 2 * width)
    )
    is_dot[0] = False  # the paper
    dots = np.flatnonzero(is_dot)
    if dots.size < MIN_DOTS:
        return pixels, 0
    dots = dots[np.argsort(centres[dots, 0])]  # left to right, once for both passes
    sizes = np.maximum(width, height).astype(float)
    runs = _runs(dots, sizes, centres)
    stacked = _stacked({dot for run in runs for dot in run}, dots, sizes, centres)
    runs = [kept for run in runs if len(kept := [d for d in run if d not in stacked]) >= MIN_DOTS]
    if not runs:
        return pixels, 0
    result = pixels.copy()
    paper = int(np.median(pixels[ink == 0])) if np.any(ink == 0) else 255
    for run in runs:
        for dot in run:
            x, y, w, h = (int(v) for v in stats[dot, :4])
            result[max(0, y - 1) : y + h + 1, max(0, x - 1) : x + w + 1] = paper
    return result, len(runs)


def _stacked(
    candidates: set[int], dots: np.ndarray, sizes: np.ndarray, centres: np.ndarray
) -> set[int]:
    """Which `candidates` have another of the `dots` (sorted left to right) straight above or
    below them (a colon, a semicolon's top): one of a column, not of a row."""
    xs = centres[dots, 0]
    stacked = set()
    for dot in candidates:
        x, y = centres[dot]
        size = sizes[dot]
        lo, hi = np.searchsorted(xs, [x - size, x + size])
        rise = np.abs(centres[dots[lo:hi], 1] - y)
        if np.any((rise > 0.8 * size) & (rise <= COLON_SPAN * size)):
            stacked.add(dot)
    return stacked


def _runs(dots: np.ndarray, sizes: np.ndarray, centres: np.ndarray) -> list[list[int]]:
    """Chains of dots (sorted left to right) on one baseline, each close to the next."""
    open_runs: list[list[int]] = []
    done: list[list[int]] = []
    for dot in dots:
        x, y = centres[dot]
        size = sizes[dot]
        home = None
        for run in open_runs:
            last = run[-1]
            lx, ly = centres[last]
            gap = x - lx
            if abs(y - ly) <= max(1.5, BASELINE_SLACK * size) and 0 < gap <= MAX_GAP_DOTS * size:
                home = run
                break
        if home is not None:
            home.append(int(dot))
        else:
            open_runs.append([int(dot)])
        # runs whose last dot is far behind can no longer grow
        still = []
        for run in open_runs:
            if x - centres[run[-1]][0] > MAX_GAP_DOTS * size * 2:
                done.append(run)
            else:
                still.append(run)
        open_runs = still
    done.extend(open_runs)
    return [run for run in done if len(run) >= MIN_DOTS]
