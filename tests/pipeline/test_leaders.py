"""A printed form's dotted leaders erased before OCR (`pipeline.leaders`)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from bienban.pipeline.leaders import erase_leaders
from bienban.pipeline.ocr import TesseractEngine
from tests.conftest import FONT

DPI = 200
LINES = [
    "Tổng số đảng viên: ........ 17 ........ đồng chí",
    "Bắt đầu lúc: ........ 14 giờ 30 phút ........",
    "Địa điểm: hội trường ạ ị ọ ụ.",
]


def form_page() -> Image.Image:
    image = Image.new("L", (1654, 500), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 30)
    for row, text in enumerate(LINES):
        draw.text((160, 100 + 60 * row), text, font=font, fill=0)
    return image


def test_leaders_are_erased_and_colons_and_marks_kept() -> None:
    pixels = np.asarray(form_page())
    erased, runs = erase_leaders(pixels, dpi=DPI)
    assert runs == 4  # two runs around each of the first two values
    changed = np.argwhere(erased != pixels)
    assert changed.size
    third_line = pixels[220:280]
    assert np.array_equal(erased[220:280], third_line)  # "ạ ị ọ ụ" and the full stop: no leader
    colon_x = 160 + ImageDraw.Draw(form_page()).textlength(
        "Tổng số đảng viên", font=ImageFont.truetype(FONT, 30)
    )
    colon = (slice(100, 145), slice(int(colon_x), int(colon_x) + 10))
    assert np.array_equal(erased[colon], pixels[colon])


def test_a_page_without_leaders_is_left_alone() -> None:
    image = Image.new("L", (800, 200), 255)
    ImageDraw.Draw(image).text(
        (40, 60), "Chi bộ thống nhất: (1) ...; (2) vận động.", font=ImageFont.truetype(FONT, 30)
    )
    pixels = np.asarray(image)
    erased, runs = erase_leaders(pixels, dpi=DPI)
    assert runs == 0
    assert np.array_equal(erased, pixels)


def test_the_value_between_leaders_is_read() -> None:
    erased, _ = erase_leaders(np.asarray(form_page()), dpi=DPI)
    engine = TesseractEngine(language="vie", timeout_s=60)
    text = engine.read_page(Image.fromarray(erased), number=1).text
    assert "17" in text
    assert "14 giờ 30 phút" in text
