"""Ruled tables rewritten as lines of text before OCR (`pipeline.tables`)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bienban.pipeline.ocr import TesseractEngine
from bienban.pipeline.tables import tidy_tables
from tests.conftest import FONT

DPI = 200
HEAD = ["Tổng số ĐV", "Có mặt", "Vắng có lý do", "Vắng không lý do"]
ROW = ["18", "17", "1", "0"]


def table_page(*, slant_degrees: float = 0.0, broken: bool = True) -> Image.Image:
    """A page at 200 dpi with a line of text, a 4-column ruled table (rules 3 px thick, with
    gaps as a worn scan has them) and a line below; slanted by `slant_degrees`."""
    image = Image.new("L", (1654, 1000), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 30)
    draw.text((160, 200), "Tình hình đảng viên dự họp:", font=font, fill=0)
    left, right, tops = 150, 1500, [260, 320, 380]
    width = (right - left) / 4
    for y in tops:
        draw.rectangle((left, y, right, y + 2), fill=0)
        if broken:
            draw.rectangle((left + 500, y - 1, left + 540, y + 3), fill=255)
    for column in range(5):
        x = round(left + column * width)
        draw.rectangle((x, tops[0], x + 2, tops[-1] + 2), fill=0)
    for row, cells in enumerate([HEAD, ROW]):
        for column, text in enumerate(cells):
            x = left + column * width + width / 2 - draw.textlength(text, font=font) / 2
            draw.text((x, tops[row] + 12), text, font=font, fill=0)
    draw.text((160, 420), "Khách mời: đồng chí Triệu Thị Linh.", font=font, fill=0)
    return image.rotate(slant_degrees, fillcolor=255) if slant_degrees else image


def longest_dark_run(pixels: np.ndarray) -> int:
    """The longest horizontal run of ink pixels on any row."""
    best = 0
    for row in pixels < 128:
        padded = np.concatenate(([0], row.astype(np.int8), [0]))
        edges = np.flatnonzero(np.diff(padded))
        if edges.size:
            best = max(best, int((edges[1::2] - edges[::2]).max()))
    return best


@pytest.mark.parametrize("slant", [0.0, 0.8, -1.5])
def test_a_ruled_table_becomes_lines_of_text(slant: float) -> None:
    pixels = np.asarray(table_page(slant_degrees=slant))
    assert longest_dark_run(pixels) > DPI / 2  # the rules (a slanted one in steps)
    tidied, tables = tidy_tables(pixels, dpi=DPI)
    assert tables == 1
    assert longest_dark_run(tidied) < DPI / 2  # rules gone: nothing longer than a word


def test_lines_without_a_grid_are_left_alone() -> None:
    image = Image.new("L", (1654, 1000), 255)
    draw = ImageDraw.Draw(image)
    for y in (300, 360):  # two long lines, no vertical rules: not a table
        draw.rectangle((150, y, 1500, y + 2), fill=0)
    pixels = np.asarray(image)
    tidied, tables = tidy_tables(pixels, dpi=DPI)
    assert tables == 0 and tidied is pixels


@pytest.mark.parametrize("slant", [0.8, -1.5])
def test_tesseract_reads_a_tidied_table_row_by_row(slant: float) -> None:
    tidied, _ = tidy_tables(np.asarray(table_page(slant_degrees=slant)), dpi=DPI)
    engine = TesseractEngine(language="vie", timeout_s=60)
    lines = engine.read_page(Image.fromarray(tidied), number=1).text.splitlines()
    row = lines.index("18 17 1 0")  # the cells in order, on one line
    # The head's line just above (Tesseract may lose the spaces inside the bold cells).
    assert "".join(lines[row - 1].split()).endswith("Vắngkhônglýdo")
    assert lines[row + 1].startswith("Khách mời")
