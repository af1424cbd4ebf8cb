"""Page-image preprocessing before OCR. Each step can be switched off, and the benchmark
(`bench/ocr_bench.py --ablation`) measures each one's effect on error and speed: a step stays
on by default only when it lowers the error.

Steps, in order: grey → upscale (low-resolution scans) → denoise (median) → binarise
(the paper's own shade divided out, then one global threshold) → despeckle (ink specks smaller
than a diacritic removed) → orient and deskew (projection profiles on a small copy: finds the
skew and whether text lines run vertically, i.e. a page turned 90°/270°) → crop borders.
Denoise, binarise and despeckle are applied only to degraded pages (low contrast or a dark,
stained background, measured on a small copy): on clean pages they cost accuracy, because
Tesseract's recogniser reads the grey image better than a thresholded one.
Upside-down pages (180°) are not visible to projection profiles. `upright_vote` tells them
apart by the shape of text lines (more ink above a line's core than below it: capitals,
ascenders and Vietnamese tone marks outnumber descenders and the dot below); `ocr.ocr_page`
reads a strip of text when that vote is not decisive, and catches what is left by low OCR
confidence.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from bienban.pipeline.leaders import erase_leaders
from bienban.pipeline.steps import DEFAULT_STEPS
from bienban.pipeline.tables import tidy_tables

logger = logging.getLogger(__name__)

# Bump when preprocessing changes what it does: cached OCR readings are keyed by it.
PREPROCESS_VERSION = "11"
A4_WIDTH_INCHES = 8.27
LOW_DPI = 220
# A page is degraded when the contrast between its ink and paper (medians of Otsu's two classes
# on a small copy) or its paper level is below these. Measured on the benchmark's generated
# pages: clean ≥ 138 / 255, scan ≥ 98 / ≥ 234, bad ≤ 61 / ≤ 186.
MIN_CLEAN_CONTRAST = 80
MIN_CLEAN_BACKGROUND = 210
SMALL_WIDTH = 700
COARSE_ANGLES = np.arange(-8.0, 8.01, 1.0)
# Smaller skews are left alone: Tesseract copes with them, and resampling blurs the glyphs
# (measured: scan pages skewed 0.6–1.4° read better unrotated).
MIN_SKEW_DEGREES = 2.0
# Binarisation: the paper's shade is estimated on a quarter-size copy with a closing wider than
# a text line (BACKGROUND_LINES of the page's shorter side), and divided out, so stains and
# uneven light become white paper. Otsu's threshold then splits ink from paper; on a page of a
# few words it would split the paper's own noise, so it is capped at MAX_INK_LEVEL (measured on
# divided bad pages: 192–220 on pages of text, 247 on a page of one line).
BACKGROUND_SCALE = 4
BACKGROUND_LINES = 40
MAX_INK_LEVEL = 225
# Specks: ink components smaller than this many pixels at 200 dpi (scaled by the square of the
# resolution) are dust or noise; a tone mark or the dot of "ạ" is larger.
SPECK_PIXELS_AT_200_DPI = 6
# Orientation by line shape: the page is cut into UPRIGHT_BANDS vertical bands (a residual skew
# of 2° then moves a line by less than its x-height within a band) and each text line of each
# band votes by whether it has more ink above its core than below. Measured on 37 bad generated
# pages (which way up known by full OCR both ways) and 34 upright clean and scan pages: every
# page with 20 votes or more voted ≥ 0.42 when upright and ≤ -0.24 when upside down.
UPRIGHT_BANDS = 4
UPRIGHT_MIN_VOTES = 20


@dataclass
class PreprocessInfo:
    """What preprocessing did to one page (kept for the record's evidence and for debugging)."""

    steps: list[str] = field(default_factory=list)
    degraded: bool = False
    geometry_changed: bool = False
    dpi: float | None = None
    quarter_turns: int = 0
    skew_degrees: float = 0.0

    @property
    def skew_left(self) -> float:
        """The skew found but left in the page (too small to be worth resampling it)."""
        return self.skew_degrees if abs(self.skew_degrees) < MIN_SKEW_DEGREES else 0.0


def preprocess_page(
    image: Image.Image, *, steps: tuple[str, ...] = DEFAULT_STEPS, dpi: float | None = None
) -> tuple[Image.Image, PreprocessInfo]:
    """The page made easier to read, and a note of what was done."""
    resolution = dpi or estimate_dpi(image)
    info = PreprocessInfo(dpi=resolution)
    pixels = np.asarray(image.convert("L"))
    if "upscale" in steps and resolution < LOW_DPI:
        factor = 300 / resolution
        pixels = cv2.resize(pixels, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
        info.steps.append(f"upscale×{factor:.2f}")
        info.geometry_changed = True
        resolution = 300
    small = _small_copy(pixels)
    info.degraded = is_degraded(small)
    if "denoise" in steps and info.degraded:
        pixels = cv2.medianBlur(pixels, 3)
        info.steps.append("denoise")
    if "binarise" in steps and info.degraded:
        pixels = binarise(pixels)
        info.steps.append("binarise")
        if "despeckle" in steps:
            pixels = despeckle(pixels, dpi=resolution)
            info.steps.append("despeckle")
    if "leaders" in steps:
        pixels, leaders = erase_leaders(pixels, dpi=resolution)
        if leaders:
            info.steps.append(f"leaders×{leaders}")
    if "deskew" in steps:
        mask_from = None if info.degraded else small  # else the cleaned page is measured
        pixels, info.quarter_turns, info.skew_degrees = orient_and_deskew(pixels, small=mask_from)
        info.steps.append("deskew")
        turned = info.quarter_turns or abs(info.skew_degrees) >= MIN_SKEW_DEGREES
        info.geometry_changed = info.geometry_changed or bool(turned)
    if "crop" in steps:
        pixels = crop_borders(pixels)
        info.steps.append("crop")
    return Image.fromarray(pixels), info


def tidy_page_tables(
    image: Image.Image, info: PreprocessInfo, *, steps: tuple[str, ...]
) -> Image.Image:
    """The "tables" step, on a degraded page once it is upright (it reads a table's rows top
    to bottom): ruled tables rewritten as lines of text (`tables.tidy_tables`)."""
    if "tables" not in steps or not info.degraded:
        return image
    pixels, tables = tidy_tables(np.asarray(image), dpi=info.dpi or estimate_dpi(image))
    if not tables:
        return image
    info.steps.append(f"tables×{tables}")
    info.geometry_changed = True
    return Image.fromarray(pixels)


def estimate_dpi(image: Image.Image) -> float:
    """The scan's resolution: from the file when it says, else from the A4 page width."""
    stated = image.info.get("dpi")
    if stated and 50 <= float(stated[0]) <= 1200:
        return float(stated[0])
    return min(image.width, image.height) / A4_WIDTH_INCHES


def _small_copy(pixels: np.ndarray) -> np.ndarray:
    """The page at SMALL_WIDTH on its longer side, for measurements."""
    scale = SMALL_WIDTH / max(pixels.shape)
    small: np.ndarray = cv2.resize(pixels, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return small


def is_degraded(small: np.ndarray) -> bool:
    """Low contrast between ink and paper, or a dark (stained, grey) background, measured on a
    small copy of the page. Ink and paper are Otsu's two classes, so a sparse page (a signature
    page) is measured on its few strokes."""
    threshold, _ = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink_pixels, paper_pixels = small[small < threshold], small[small >= threshold]
    if ink_pixels.size == 0 or paper_pixels.size == 0:
        return False  # a blank page: nothing to clean
    ink, background = float(np.median(ink_pixels)), float(np.median(paper_pixels))
    return bool(background - ink < MIN_CLEAN_CONTRAST or background < MIN_CLEAN_BACKGROUND)


def binarise(pixels: np.ndarray) -> np.ndarray:
    """Black ink on white paper: the paper's shade (stains, uneven light, grey stock) divided
    out, then Otsu's global threshold, capped so that a page of a few words keeps its paper."""
    flat = flatten_background(pixels)
    level, _ = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    _, result = cv2.threshold(flat, min(level, MAX_INK_LEVEL), 255, cv2.THRESH_BINARY)
    return np.asarray(result)


def flatten_background(pixels: np.ndarray) -> np.ndarray:
    """The page divided by its paper's shade (255 = paper), the shade being a grey closing
    (ink removed) of a quarter-size copy, smoothed and scaled back up."""
    small = cv2.resize(
        pixels, None, fx=1 / BACKGROUND_SCALE, fy=1 / BACKGROUND_SCALE, interpolation=cv2.INTER_AREA
    )
    size = max(5, (min(small.shape) // BACKGROUND_LINES) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (size, size))
    paper = cv2.medianBlur(cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel), 5)
    paper = cv2.resize(paper, (pixels.shape[1], pixels.shape[0]), interpolation=cv2.INTER_LINEAR)
    return np.asarray(cv2.divide(pixels, paper, scale=255))


def despeckle(pixels: np.ndarray, *, dpi: float) -> np.ndarray:
    """A binarised page with its specks (ink components smaller than a diacritic) whitened."""
    ink = (pixels < 128).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    smallest = max(2, round(SPECK_PIXELS_AT_200_DPI * (dpi / 200) ** 2))
    is_speck = stats[:, cv2.CC_STAT_AREA] < smallest
    is_speck[0] = False  # the paper
    result = pixels.copy()
    result[is_speck[labels]] = 255
    return result


def orient_and_deskew(
    pixels: np.ndarray, *, small: np.ndarray | None = None
) -> tuple[np.ndarray, int, float]:
    """Turn text lines horizontal: 0 or 1 quarter turn plus a small skew, found on a small
    copy (`small`, or one made here) by maximising the variance of the row profile."""
    quarter_turns, angle = _best_rotation(
        _ink_mask(_small_copy(pixels) if small is None else small)
    )
    if quarter_turns:
        pixels = np.ascontiguousarray(np.rot90(pixels, k=quarter_turns))
    if abs(angle) >= MIN_SKEW_DEGREES:
        pixels = _rotate(pixels, angle, interpolation=cv2.INTER_CUBIC)
    return pixels, quarter_turns, angle


def _ink_mask(small: np.ndarray) -> np.ndarray:
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return mask


def _best_rotation(mask: np.ndarray) -> tuple[int, float]:
    """The quarter turn and whole-degree angle on a half-size mask, refined to 0.2° on the
    mask itself (a quarter of the warps at full mask size)."""
    half = cv2.resize(mask, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    candidates = []
    for turns in (0, 1):
        base = np.ascontiguousarray(np.rot90(half, k=turns))
        coarse = max(COARSE_ANGLES, key=lambda a: _profile_score(base, a))
        candidates.append((_profile_score(base, coarse, relative=True), turns, float(coarse)))
    _, turns, coarse = max(candidates)
    base = np.ascontiguousarray(np.rot90(mask, k=turns))
    fine = np.arange(coarse - 1.0, coarse + 1.01, 0.2)
    angle = max(fine, key=lambda a: _profile_score(base, a))
    return turns, round(float(angle), 2)


def _profile_score(mask: np.ndarray, angle: float, *, relative: bool = False) -> float:
    """How much the row profile varies: text lines across the rows give ink-heavy rows and
    empty ones. `relative` divides by the squared mean row: the two quarter turns of a page
    have rows of different lengths, and a longer row's sum varies more whatever it holds (a
    portrait page turned landscape won on length alone)."""
    rotated = _rotate(mask, angle, background=0) if angle else mask
    rows = rotated.sum(axis=1, dtype=np.float64)
    if relative:
        return float(np.var(rows) / (np.mean(rows) ** 2 + 1e-9))
    return float(np.var(rows))


def _rotate(
    pixels: np.ndarray,
    angle: float,
    *,
    background: int = 255,
    interpolation: int = cv2.INTER_LINEAR,
) -> np.ndarray:
    height, width = pixels.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    result: np.ndarray = cv2.warpAffine(
        pixels,
        matrix,
        (width, height),
        flags=interpolation,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=background,
    )
    return result


def upright_vote(pixels: np.ndarray, *, skew_degrees: float = 0.0) -> tuple[float, int]:
    """How upright the text lines of a page (turned so its lines run horizontally, but for a
    small `skew_degrees` left in it) look: the mean over lines of +1 (more ink above the line's
    core than below it) or -1, and the number of lines that voted. Upside down, the signs swap."""
    if len(np.unique(pixels[:: max(1, pixels.shape[0] // 64)])) > 2:
        _, ink = cv2.threshold(pixels, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    else:
        ink = (pixels < 128).astype(np.uint8)
    if skew_degrees:
        ink = _rotate(ink, skew_degrees, background=0, interpolation=cv2.INTER_NEAREST)
    width = ink.shape[1]
    votes: list[int] = []
    for band in range(UPRIGHT_BANDS):
        columns = ink[:, band * width // UPRIGHT_BANDS : (band + 1) * width // UPRIGHT_BANDS]
        votes += _line_votes(columns.sum(axis=1, dtype=np.float64))
    return (float(np.mean(votes)) if votes else 0.0), len(votes)


def _line_votes(rows: np.ndarray) -> list[int]:
    """+1 or -1 for each text line of a row profile: ink above its core (rows at least half as
    dark as its darkest) against ink below."""
    is_text = rows > max(rows.max(initial=0) * 0.05, 2)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], is_text.astype(np.int8), [0]))))
    votes = []
    for top, bottom in zip(edges[::2], edges[1::2], strict=True):
        line = rows[top:bottom]
        if len(line) < 6:
            continue
        core = np.flatnonzero(line >= 0.5 * line.max())
        above, below = line[: core[0]].sum(), line[core[-1] + 1 :].sum()
        if above != below:
            votes.append(1 if above > below else -1)
    return votes


def crop_borders(pixels: np.ndarray) -> np.ndarray:
    """Whiten dark scanner borders: dark runs touching the page edge become background."""
    dark = (pixels < 100).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    height, width = pixels.shape
    result = pixels.copy()
    for label in range(1, count):
        x, y, w, h, area = stats[label]
        touches_edge = x == 0 or y == 0 or x + w >= width or y + h >= height
        if touches_edge and (w > width * 0.3 or h > height * 0.3):
            result[labels == label] = 255
    return result
