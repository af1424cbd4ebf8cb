"""Page images of stored documents, and where each field's words lie on them.

A scan is served only for a document the store knows, by its id: the file at the stored path
must still hash to the stored sha256 (a path never comes from the request). Pages are rendered
on request (PDF with pypdfium2, images with Pillow) and kept in a small memory cache.

Highlights come from the record when its evidence carries boxes (`fields[key].boxes`, in page
pixels with `fields[key].page_size`, or as fractions of the page), else, for a PDF with a text
layer, from the layer's words matching the evidence text, else (when `ui_ocr_highlights` is on)
from the words of the page read again by the OCR engine on request — seconds per page, once.
Boxes are fractions of the page: (left, top, width, height) in 0..1.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bienban.pipeline.intake import sha256_file
from bienban.store.models import Document

if TYPE_CHECKING:
    from PIL import Image

    from bienban.pipeline.ocr import OcrEngine

logger = logging.getLogger(__name__)

Box = tuple[float, float, float, float]
MAX_WIDTH = 1400


class ScanUnavailable(Exception):
    """The stored file is gone, changed since it was read, or cannot be rendered."""


@dataclass(frozen=True)
class _Stamp:
    path: str
    size: int
    mtime_ns: int


class ScanStore:
    """Verified files and rendered pages of stored documents, cached in memory."""

    def __init__(
        self,
        *,
        dpi: int,
        base_dir: Path | None = None,
        cache_pages: int = 32,
        ocr_engine: OcrEngine | None = None,
        ocr_dpi: int = 200,
    ) -> None:
        self.dpi = dpi
        self.base_dir = base_dir or Path.cwd()
        self.ocr_engine = ocr_engine
        self.ocr_dpi = ocr_dpi
        self._ocr_lock = threading.Lock()  # one page read at a time: the page stays responsive
        self._ocr_words: dict[tuple[str, int], list[tuple[str, Box]]] = {}
        self._verified: dict[str, _Stamp] = {}
        self._pages: OrderedDict[tuple[str, int], bytes] = OrderedDict()
        self._words: dict[tuple[str, int], list[tuple[str, Box]]] = {}
        self._cache_pages = cache_pages
        self._lock = threading.Lock()

    def verified_path(self, document: Document) -> Path:
        """The document's file, after checking it still is the file that was read."""
        path = Path(document.path)
        if not path.is_absolute():
            path = self.base_dir / path
        try:
            stat = path.stat()
        except OSError as error:
            raise ScanUnavailable(f"không tìm thấy tệp '{document.path}'") from error
        stamp = _Stamp(str(path), stat.st_size, stat.st_mtime_ns)
        if self._verified.get(document.sha256) != stamp:
            if sha256_file(path) != document.sha256:
                raise ScanUnavailable(f"tệp '{document.path}' đã bị thay đổi sau khi đọc")
            self._verified[document.sha256] = stamp
        return path

    def page_png(self, document: Document, number: int) -> bytes:
        """Page `number` (1-based) as PNG, at most MAX_WIDTH pixels wide."""
        if document.pages is not None and not 1 <= number <= document.pages:
            raise ScanUnavailable(f"tài liệu không có trang {number}")
        path = self.verified_path(document)  # every time: a stat, and a hash when it changed
        key = (document.sha256, number)
        with self._lock:
            if key in self._pages:
                self._pages.move_to_end(key)
                return self._pages[key]
        png = self._render(path, number)
        with self._lock:
            self._pages[key] = png
            while len(self._pages) > self._cache_pages:
                self._pages.popitem(last=False)
        return png

    def _render(self, path: Path, number: int) -> bytes:
        from PIL import Image

        image = self._page_image(path, number, dpi=self.dpi)
        if image.width > MAX_WIDTH:
            height = round(image.height * MAX_WIDTH / image.width)
            image = image.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=False)
        return buffer.getvalue()

    def ocr_words(self, document: Document, number: int) -> list[tuple[str, Box]]:
        """The page's words as the OCR engine reads them again now, with fractional boxes
        ([] without an engine, or when the engine fails): seconds, once per page."""
        key = (document.sha256, number)
        if self.ocr_engine is None:
            return []
        with self._ocr_lock:
            if key not in self._ocr_words:
                self._ocr_words[key] = self._read_ocr_words(document, number)
        return self._ocr_words[key]

    def _read_ocr_words(self, document: Document, number: int) -> list[tuple[str, Box]]:
        assert self.ocr_engine is not None
        try:
            image = self._page_image(self.verified_path(document), number, dpi=self.ocr_dpi)
            page = self.ocr_engine.read_page(image, number=number)
        except Exception as error:  # no highlight is better than no page
            logger.warning("could not re-read %s p.%d: %s", document.path, number, error)
            return []
        width, height = page.width or image.width, page.height or image.height
        return [
            (w.text, (w.left / width, w.top / height, w.width / width, w.height / height))
            for w in page.words
            if w.width and w.height
        ]

    def _page_image(self, path: Path, number: int, *, dpi: int) -> Image.Image:
        from bienban.pipeline.intake import sniff_format
        from bienban.pipeline.pages import iter_pages

        file_format = sniff_format(path)
        if file_format is None:
            raise ScanUnavailable(f"không nhận ra định dạng tệp '{path.name}'")
        try:
            pages = iter_pages(
                path,
                file_format,
                dpi=dpi,
                max_image_pixels=400_000_000,
                use_text_layer=False,
                indexes=range(number - 1, number),
            )
            image = next(iter(pages)).image
        except Exception as error:  # any unreadable file: a message, never a crash
            raise ScanUnavailable(f"không dựng được trang {number}: {error}") from error
        if image is None:
            raise ScanUnavailable(f"không dựng được trang {number}")
        return image

    def text_layer_words(self, document: Document, number: int) -> list[tuple[str, Box]]:
        """The words of a PDF page's text layer with fractional boxes ([] for other files)."""
        key = (document.sha256, number)
        if key not in self._words:
            self._words[key] = self._read_words(document, number)
        return self._words[key]

    def _read_words(self, document: Document, number: int) -> list[tuple[str, Box]]:
        if document.kind != "text_pdf":
            return []
        try:
            import pdfplumber

            with pdfplumber.open(self.verified_path(document)) as pdf:
                page = pdf.pages[number - 1]
                width, height = float(page.width), float(page.height)
                raw = page.extract_words(keep_blank_chars=False, use_text_flow=False)
        except Exception as error:  # a missing layer only means no highlight
            logger.info("no text layer words for %s p.%d: %s", document.path, number, error)
            return []
        return [
            (
                w["text"],
                (
                    w["x0"] / width,
                    w["top"] / height,
                    (w["x1"] - w["x0"]) / width,
                    (w["bottom"] - w["top"]) / height,
                ),
            )
            for w in raw
        ]


# --- highlights ----------------------------------------------------------------------------


def evidence_boxes(evidence: dict[str, Any]) -> list[Box]:
    """Boxes the record itself gives for a field, as page fractions ([] when none)."""
    boxes = evidence.get("boxes") or []
    size = evidence.get("page_size")
    result: list[Box] = []
    for box in boxes:
        if not isinstance(box, Sequence) or len(box) != 4:
            continue
        left, top, width, height = (float(v) for v in box)
        if max(left, top, width, height) > 1.0:
            if not size or len(size) != 2 or not size[0] or not size[1]:
                continue
            left, width = left / size[0], width / size[0]
            top, height = top / size[1], height / size[1]
        result.append((left, top, width, height))
    return result


def _token(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"^\W+|\W+$", "", text)


def locate_text(words: list[tuple[str, Box]], text: str) -> list[Box]:
    """Boxes of the run of `words` that best matches `text` (one box per line), or []."""
    wanted = [t for t in (_token(part) for part in text.split()) if t]
    tokens = [_token(word) for word, _ in words]
    if not wanted or not tokens:
        return []
    best, best_start = 0, -1
    for start in range(len(tokens)):
        matched = sum(
            1
            for offset, token in enumerate(wanted)
            if start + offset < len(tokens) and tokens[start + offset] == token
        )
        if matched > best:
            best, best_start = matched, start
    if best < max(1, round(len(wanted) * 0.6)):
        return []
    run = [box for _, box in words[best_start : best_start + len(wanted)]]
    return merge_lines(run)


def merge_lines(boxes: list[Box]) -> list[Box]:
    """Words on the same line merged into one box."""
    lines: list[list[Box]] = []
    for box in boxes:
        if lines and _same_line(lines[-1][-1], box):
            lines[-1].append(box)
        else:
            lines.append([box])
    merged = []
    for line in lines:
        left = min(b[0] for b in line)
        top = min(b[1] for b in line)
        right = max(b[0] + b[2] for b in line)
        bottom = max(b[1] + b[3] for b in line)
        merged.append((left, top, right - left, bottom - top))
    return merged


def _same_line(previous: Box, box: Box) -> bool:
    """Whether two word boxes sit on one line (a dash's small box included)."""
    centre, previous_centre = box[1] + box[3] / 2, previous[1] + previous[3] / 2
    return abs(centre - previous_centre) < max(box[3], previous[3]) * 0.5
