"""OCR engines behind one interface. Extractors never see engine-specific output: an engine
turns a page image into the engine-neutral `Page` of `bienban.models`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import threading
import time
from functools import cache
from typing import Any, Protocol

import cv2
import numpy as np
import pytesseract
from PIL import Image

from bienban.errors import MissingDependencyError, OcrCrashedError, OcrTimeoutError
from bienban.models import Page, PageStatus, Word
from bienban.models.page import join_lines
from bienban.pipeline.cache import OcrCache
from bienban.pipeline.layout import reading_order
from bienban.pipeline.preprocess import (
    UPRIGHT_MIN_VOTES,
    preprocess_page,
    tidy_page_tables,
    upright_vote,
)
from bienban.pipeline.steps import DEFAULT_STEPS

logger = logging.getLogger(__name__)

# A page read with less mean confidence than this is also read the other way up, and the
# better reading is kept: projection profiles in preprocessing cannot tell 0° from 180°.
# Degraded upright pages read at 0.72–0.88 on the benchmark, upside-down ones at 0.33–0.46.
RETRY_UPSIDE_DOWN_BELOW = 0.6
# A text strip read with less mean confidence than this means the page is read upside down
# first. Measured on the benchmark's bad pages: upright strips 0.84–0.89, upside-down 0.31–0.42.
STRIP_UPRIGHT_ABOVE = 0.6
STRIP_HEIGHT = 0.08  # of the page: 4–5 lines of body text on an A4 page
STRIP_SEARCH_WIDTH = 700
# The line-shape vote (`preprocess.upright_vote`) is trusted beyond these; between them a strip
# is read. Measured: upright pages ≥ 0.42, upside-down ones ≤ -0.24 (the margin is kept wide).
UPRIGHT_ABOVE = 0.35
UPSIDE_DOWN_BELOW = -0.35


class OcrEngine(Protocol):
    """Reads one page image into a Page. Raises OcrCrashedError (transient, retried once)
    or OcrTimeoutError; never returns engine-specific data."""

    name: str

    def version(self) -> str: ...

    def read_page(self, image: Image.Image, *, number: int) -> Page: ...


@cache
def tesseract_slots(count: int) -> threading.BoundedSemaphore:
    """The process's `count` places for a running Tesseract: threads that read documents
    (a flow's tasks) wait for one, so that no more Tesseract processes run than cores while
    the threads' other work (decoding, extraction, storing) goes on beside them."""
    return threading.BoundedSemaphore(count)


class TesseractEngine:
    """Tesseract through pytesseract, one thread per Tesseract process; at most `max_running`
    at once in this process (None: no limit, as in a pool of single-threaded processes)."""

    name = "tesseract"

    def __init__(
        self,
        *,
        language: str,
        timeout_s: float,
        command: str = "tesseract",
        max_running: int | None = None,
    ) -> None:
        self.language = language
        self.timeout_s = timeout_s
        self.slots = tesseract_slots(max_running) if max_running else contextlib.nullcontext()
        pytesseract.pytesseract.tesseract_cmd = command
        os.environ["OMP_THREAD_LIMIT"] = "1"  # inherited by the tesseract subprocess

    def version(self) -> str:
        return str(pytesseract.get_tesseract_version())

    def read_page(self, image: Image.Image, *, number: int) -> Page:
        started = time.perf_counter()
        data = self._image_to_data(image, number=number)
        words = words_from_tesseract(data)
        return Page(
            number=number,
            text=join_lines(words),
            words=words,
            width=image.width,
            height=image.height,
            status=PageStatus.OK if words else PageStatus.BLANK,
            seconds=time.perf_counter() - started,
        )

    def _image_to_data(self, image: Image.Image, *, number: int) -> dict[str, list[Any]]:
        # pytesseract hands the image over as a file in `image.format`. PNG encoding alone took
        # 0.67 s of a 300-dpi page; PGM ("PPM" in Pillow) 0.006 s with the same words read.
        # (BMP was as fast but Tesseract read a fifth fewer words from it.)
        image.format = "PPM"
        try:
            with self.slots:  # the timeout runs from Tesseract's start, not from the wait
                result: dict[str, list[Any]] = pytesseract.image_to_data(
                    image,
                    lang=self.language,
                    config="--psm 3",
                    output_type=pytesseract.Output.DICT,
                    timeout=self.timeout_s,
                )
            return result
        except RuntimeError as error:  # pytesseract signals its timeout this way
            raise OcrTimeoutError(
                f"Trang {number}: Tesseract chạy quá {self.timeout_s:.0f} giây nên bị dừng. "
                "Hãy kiểm tra ảnh trang này hoặc tăng BIENBAN_OCR_PAGE_TIMEOUT_S."
            ) from error
        except (pytesseract.TesseractError, subprocess.SubprocessError, OSError) as error:
            raise OcrCrashedError(f"Trang {number}: Tesseract bị lỗi ({error}).") from error


def words_from_tesseract(data: dict[str, list[Any]]) -> list[Word]:
    """Tesseract's TSV rows as Words, with a running line index across blocks, in reading order
    (side-by-side blocks interleaved row by row: `layout.reading_order`)."""
    words: list[Word] = []
    line_keys: dict[tuple[int, int, int], int] = {}
    blocks: dict[int, int] = {}
    for i, text in enumerate(data["text"]):
        confidence = float(data["conf"][i])
        if confidence < 0 or not str(text).strip():
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        line = line_keys.setdefault(key, len(line_keys))
        blocks[line] = key[0]
        words.append(
            Word(
                text=str(text).strip(),
                left=int(data["left"][i]),
                top=int(data["top"][i]),
                width=int(data["width"][i]),
                height=int(data["height"][i]),
                confidence=min(1.0, confidence / 100.0),
                line=line,
            )
        )
    return reading_order(words, blocks=blocks)


def check_tesseract(*, command: str, language: str) -> None:
    """Raise MissingDependencyError unless Tesseract and every requested model are installed."""
    if shutil.which(command) is None:
        raise MissingDependencyError(
            "Chưa cài Tesseract OCR: chạy 'apt-get install tesseract-ocr tesseract-ocr-vie' "
            "(hoặc lệnh cài đặt đầu tiên trong README)."
        )
    pytesseract.pytesseract.tesseract_cmd = command
    installed = set(pytesseract.get_languages(config=""))
    missing = [lang for lang in language.split("+") if lang not in installed]
    if missing:
        raise MissingDependencyError(
            f"Tesseract thiếu mô hình ngôn ngữ {', '.join(missing)}: chạy "
            f"'apt-get install {' '.join('tesseract-ocr-' + m for m in missing)}'."
        )


def ocr_page(
    image: Image.Image,
    *,
    number: int,
    engine: OcrEngine,
    steps: tuple[str, ...] = DEFAULT_STEPS,
    cache: OcrCache | None = None,
) -> Page:
    """OCR one page: preprocess, read, and read again the other way up when the first reading
    is doubtful, keeping the stronger one. Readings are cached by the page's pixels.

    Projection profiles cannot tell 0° from 180°. On a page where a wrong way up is likely (a
    degraded scan, or one the preprocessing turned a quarter), the shape of its text lines
    decides; when that is not decisive, a strip of a few text lines is read first, and the page
    is read upside down first when the strip reads poorly. Either way an upside-down page costs
    no second full read, and a wrong guess is caught by the doubtful-reading check."""
    key = cache.key(image, engine=engine, steps=steps) if cache else None
    if cache and key and (cached := cache.get(key, number=number)):
        return cached
    prepared, info = preprocess_page(image, steps=steps)
    seconds, flipped = 0.0, False
    if info.degraded or info.quarter_turns:
        upright, seconds = _looks_upright(
            prepared, skew_degrees=info.skew_left, engine=engine, number=number
        )
        if not upright:
            prepared, flipped = prepared.rotate(180), True
    prepared = tidy_page_tables(prepared, info, steps=steps)
    page = engine.read_page(prepared, number=number)
    seconds += page.seconds
    if _is_doubtful(page):
        turned = engine.read_page(prepared.rotate(180), number=number)
        logger.info(
            "page %d read the other way up: %s -> %s", number, _strength(page), _strength(turned)
        )
        seconds += turned.seconds
        if _strength(turned) > _strength(page):
            page, flipped = turned, not flipped
    geometry_changed = info.geometry_changed or flipped
    page = page.model_copy(update={"seconds": seconds, "geometry_changed": geometry_changed})
    if cache and key:
        cache.put(key, page)
    return page


def _looks_upright(
    image: Image.Image, *, skew_degrees: float, engine: OcrEngine, number: int
) -> tuple[bool, float]:
    """Whether the page reads better as it is than upside down (and the OCR seconds spent to
    know): by the shape of its text lines when they vote clearly, else by reading a strip."""
    vote, lines = upright_vote(np.asarray(image), skew_degrees=skew_degrees)
    if lines >= UPRIGHT_MIN_VOTES and vote >= UPRIGHT_ABOVE:
        return True, 0.0
    if lines >= UPRIGHT_MIN_VOTES and vote <= UPSIDE_DOWN_BELOW:
        return False, 0.0
    strip = engine.read_page(text_strip(image), number=number)
    return not _is_doubtful(strip, below=STRIP_UPRIGHT_ABOVE), strip.seconds


def text_strip(image: Image.Image) -> Image.Image:
    """The band of the page, STRIP_HEIGHT of its height, holding the most ink (a few text lines
    of the body), found on a small copy; the page's top and bottom tenths are left out."""
    pixels = np.asarray(image)
    scale = STRIP_SEARCH_WIDTH / max(pixels.shape)
    small = cv2.resize(pixels, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    rows = ink.sum(axis=1, dtype=np.float64)
    height = max(1, round(len(rows) * STRIP_HEIGHT))
    low, high = round(len(rows) * 0.1), max(round(len(rows) * 0.9) - height, 1)
    window = np.convolve(rows, np.ones(height), mode="valid")[low:high]
    start = low + int(np.argmax(window)) if window.size else 0
    top, bottom = round(start / scale), round((start + height) / scale)
    return image.crop((0, top, image.width, min(bottom, image.height)))


def _is_doubtful(page: Page, *, below: float = RETRY_UPSIDE_DOWN_BELOW) -> bool:
    """Read poorly: words read with low confidence (a blank page is not)."""
    confidence = page.mean_confidence
    return confidence is not None and confidence < below


def _strength(page: Page) -> float:
    """Confident words: mean confidence times the number of words of two letters or more."""
    long_words = sum(1 for w in page.words if len(w.text) > 1)
    return (page.mean_confidence or 0.0) * long_words
