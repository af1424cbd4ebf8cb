"""A cache of OCR readings keyed by the page's content, so re-running does not re-OCR.

The key is the SHA-256 of the page's pixels and size, the engine and its version, the OCR
language and the preprocessing steps: a changed engine or setting never returns a stale page.
Entries are small JSON files written atomically, safe for several processes at once.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from bienban.models import Page
from bienban.pipeline.preprocess import PREPROCESS_VERSION

if TYPE_CHECKING:
    from bienban.pipeline.ocr import OcrEngine

logger = logging.getLogger(__name__)

CACHE_FORMAT = "2"


class OcrCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def key(self, image: Image.Image, *, engine: OcrEngine, steps: tuple[str, ...]) -> str:
        digest = hashlib.sha256()
        parts = (
            CACHE_FORMAT,
            PREPROCESS_VERSION,
            engine.name,
            engine.version(),
            getattr(engine, "language", ""),
        )
        for part in parts:
            digest.update(f"{part}\0".encode())
        digest.update(",".join(steps).encode())
        digest.update(f"{image.mode}{image.size}".encode())
        digest.update(image.tobytes())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, *, number: int) -> Page | None:
        path = self._path(key)
        try:
            page = Page.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return page.model_copy(update={"number": number})

    def put(self, key: str, page: Page) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(page.model_dump_json(), encoding="utf-8")
            partial.replace(path)
        except OSError as error:  # a cache that cannot be written only costs time
            logger.warning("OCR cache not written (%s): %s", path, error)
