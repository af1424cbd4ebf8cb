"""Fixtures shared by every test: sample documents, work folders, fake OCR engines."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont

from bienban.errors import OcrCrashedError
from bienban.models import Page, PageStatus, Word
from bienban.settings import Settings

# Prefect's local mode keeps its state in PREFECT_HOME: one throw-away home per test session.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="bienban-prefect-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")  # its shutdown INFO outlives capture
# A fresh OCR cache per test session: tests must run the real OCR, and never touch the user's.
os.environ.setdefault("BIENBAN_CACHE_DIR", tempfile.mkdtemp(prefix="bienban-ocr-cache-"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FONT = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf"


class RecordedEngine:
    """A fake OCR engine that returns recorded text, one string per page (cycled)."""

    name = "recorded"

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.calls = 0

    def version(self) -> str:
        return "1"

    def read_page(self, image: Image.Image, *, number: int) -> Page:
        text = self.texts[(number - 1) % len(self.texts)]
        self.calls += 1
        words = [
            Word(text=token, confidence=0.9, line=line)
            for line, row in enumerate(text.splitlines())
            for token in row.split()
        ]
        status = PageStatus.OK if words else PageStatus.BLANK
        return Page(number=number, text=text, words=words, status=status)


class CrashingEngine(RecordedEngine):
    """A fake engine whose process crashes `crashes` times before it works."""

    def __init__(self, texts: list[str], *, crashes: int) -> None:
        super().__init__(texts)
        self.crashes = crashes

    def read_page(self, image: Image.Image, *, number: int) -> Page:
        if self.crashes > 0:
            self.crashes -= 1
            raise OcrCrashedError(f"Trang {number}: Tesseract bị lỗi (giả lập).")
        return super().read_page(image, number=number)


@pytest.fixture
def settings() -> Settings:
    return Settings(workers=1, cache_dir=None)


@pytest.fixture
def work_dir(tmp_path: Path) -> Path:
    return tmp_path


@pytest.fixture
def sample_docs() -> Path:
    return ROOT / "sample_docs"


@pytest.fixture
def shared_samples() -> Path:
    path = SHARED / "samples"
    if not path.is_dir():
        pytest.fail(f"../shared/samples is missing at {path}")
    return path


@pytest.fixture
def record_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        (SHARED / "contract" / "record.schema.json").read_text(encoding="utf-8")
    )
    return schema


def scan_with_ink(*, size: tuple[int, int] = (400, 560)) -> Image.Image:
    """A small page with enough print on it not to count as blank (for fake-engine tests)."""
    return draw_text_image(["BIÊN BẢN SINH HOẠT"] * 8, size=size)


def draw_text_image(lines: list[str], *, size: tuple[int, int] = (1240, 1754)) -> Image.Image:
    """A white A4 page at 150 dpi with the lines printed in a Vietnamese-capable font."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 28)
    for i, line in enumerate(lines):
        draw.text((100, 120 + i * 48), line, font=font, fill=0)
    return image


PAGED_MINUTES = [
    "BIÊN BẢN SINH HOẠT CHI BỘ\nHôm nay, vào lúc 14 giờ 00 phút, ngày 15 tháng 3 năm 2024,"
    " tại hội trường ấp, Chi bộ ấp Tân Hậu họp thường kỳ.",
    "Tổng số đảng viên: 19, có mặt 16, vắng 3 (có lý do 2, không lý do 1).",
    "Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút cùng ngày.",
]


def paged_engine_factory(settings: Settings) -> RecordedEngine:
    """A picklable factory for worker processes: page n reads PAGED_MINUTES[n - 1]."""
    return RecordedEngine(PAGED_MINUTES)
