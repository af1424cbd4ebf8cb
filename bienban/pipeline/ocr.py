"""OCR engines behind one interface. Extractors never see engine-specific output: an engine
turns a page image into the engine-neutral `Page` of `bienban.models`.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time
from typing import Any, Protocol

import pytesseract
from PIL import Image

from bienban.errors import MissingDependencyError, OcrCrashedError, OcrTimeoutError
from bienban.models import Page, PageStatus, Word
from bienban.models.page import join_lines

logger = logging.getLogger(__name__)

# A page read with less mean confidence than this is checked for rotation and read again.
RETRY_ROTATION_BELOW = 0.70
ORIENTATION_MIN_CONFIDENCE = 1.5


class OcrEngine(Protocol):
    """Reads one page image into a Page. Raises OcrCrashedError (transient, retried once)
    or OcrTimeoutError; never returns engine-specific data."""

    name: str

    def version(self) -> str: ...

    def read_page(self, image: Image.Image, *, number: int) -> Page: ...

    def detect_rotation(self, image: Image.Image) -> int:
        """Degrees (0, 90, 180, 270) the page must be turned counter-clockwise to be upright."""
        ...


class TesseractEngine:
    """Tesseract through pytesseract, one thread per process (parallelism is across processes)."""

    name = "tesseract"

    def __init__(self, *, language: str, timeout_s: float, command: str = "tesseract") -> None:
        self.language = language
        self.timeout_s = timeout_s
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

    def detect_rotation(self, image: Image.Image) -> int:
        try:
            osd = pytesseract.image_to_osd(
                image, config="--psm 0", output_type=pytesseract.Output.DICT, timeout=30
            )
        except (pytesseract.TesseractError, RuntimeError, OSError):
            return 0  # too little text to tell: leave the page as it is
        if float(osd.get("orientation_conf", 0)) < ORIENTATION_MIN_CONFIDENCE:
            return 0
        return int(osd.get("rotate", 0)) % 360

    def _image_to_data(self, image: Image.Image, *, number: int) -> dict[str, list[Any]]:
        try:
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
    """Tesseract's TSV rows as Words, with a running line index across blocks."""
    words: list[Word] = []
    line_keys: dict[tuple[int, int, int], int] = {}
    for i, text in enumerate(data["text"]):
        confidence = float(data["conf"][i])
        if confidence < 0 or not str(text).strip():
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        line = line_keys.setdefault(key, len(line_keys))
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
    return words


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


def ocr_page(image: Image.Image, *, number: int, engine: OcrEngine) -> Page:
    """OCR one page; a page read poorly is checked for a 90/180/270° rotation and, if turned,
    read again, keeping whichever reading is more confident."""
    page = engine.read_page(image, number=number)
    confidence = page.mean_confidence
    if confidence is not None and confidence >= RETRY_ROTATION_BELOW and len(page.words) > 20:
        return page
    rotation = engine.detect_rotation(image)
    if rotation == 0:
        return page
    turned = engine.read_page(image.rotate(-rotation, expand=True), number=number)
    logger.info(
        "page %d turned %d°: confidence %s -> %s",
        number,
        rotation,
        confidence,
        turned.mean_confidence,
    )
    if (turned.mean_confidence or 0) * len(turned.words) > (confidence or 0) * len(page.words):
        return turned.model_copy(update={"seconds": page.seconds + turned.seconds})
    return page
