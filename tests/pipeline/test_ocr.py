from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from bienban.errors import MissingDependencyError
from bienban.models import Page, PageStatus
from bienban.pipeline.ocr import TesseractEngine, check_tesseract, words_from_tesseract
from tests.conftest import draw_text_image


def test_tesseract_rows_become_words_with_running_line_indexes() -> None:
    data = {
        "text": ["", "Biên", "bản", "Chi", ""],
        "conf": [-1, 96.0, 91.5, 88.0, -1],
        "block_num": [1, 1, 1, 2, 2],
        "par_num": [1, 1, 1, 1, 1],
        "line_num": [1, 1, 1, 1, 1],
        "left": [0, 10, 60, 10, 0],
        "top": [0, 5, 5, 50, 0],
        "width": [0, 40, 30, 30, 0],
        "height": [0, 12, 12, 12, 0],
    }
    words = words_from_tesseract(data)
    assert [(w.text, w.line) for w in words] == [("Biên", 0), ("bản", 0), ("Chi", 1)]
    assert words[0].confidence == pytest.approx(0.96)


@pytest.mark.tesseract
def test_real_tesseract_reads_vietnamese_with_diacritics() -> None:
    engine = TesseractEngine(language="vie", timeout_s=60)
    image = draw_text_image(["BIÊN BẢN SINH HOẠT CHI BỘ", "Thư ký: đồng chí Lê Thị Thu Hà"])
    page = engine.read_page(image, number=1)
    assert page.status is PageStatus.OK
    assert "BIÊN BẢN SINH HOẠT CHI BỘ" in page.text
    assert "Lê Thị Thu Hà" in page.text
    assert page.mean_confidence is not None and page.mean_confidence > 0.7


@pytest.mark.tesseract
def test_a_white_page_is_blank() -> None:
    engine = TesseractEngine(language="vie", timeout_s=60)
    page = engine.read_page(draw_text_image([]), number=3)
    assert page.status is PageStatus.BLANK and page.number == 3


def test_a_missing_language_model_says_what_to_install() -> None:
    with pytest.raises(MissingDependencyError, match="tesseract-ocr-xyz"):
        check_tesseract(command="tesseract", language="vie+xyz")
    with pytest.raises(MissingDependencyError, match="apt-get install tesseract-ocr"):
        check_tesseract(command="no-such-tesseract", language="vie")


@pytest.mark.tesseract
def test_an_upside_down_page_is_turned_and_read_again() -> None:
    from bienban.pipeline.ocr import ocr_page

    engine = TesseractEngine(language="vie", timeout_s=60)
    lines = [
        "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2024",
        "Hôm nay, vào lúc 14 giờ 00 phút, ngày 15 tháng 3 năm 2024, tại hội trường ấp,",
        "Chi bộ ấp Hưng Thạnh Đông tiến hành sinh hoạt thường kỳ tháng 3 năm 2024.",
        "Tổng số đảng viên của chi bộ: 27 đồng chí, có mặt 23 đồng chí, vắng 2 đồng chí.",
        "Chủ trì: đồng chí Nguyễn Văn Hai, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Thu Hà.",
    ] * 3
    upside_down = draw_text_image(lines).rotate(180)
    page = ocr_page(upside_down, number=1, engine=engine)
    assert "Nguyễn Văn Hai" in page.text


def test_the_cache_returns_a_reading_without_running_the_engine(work_dir: Path) -> None:
    from bienban.pipeline.cache import OcrCache
    from bienban.pipeline.ocr import ocr_page
    from tests.conftest import RecordedEngine

    cache = OcrCache(work_dir / "cache")
    engine = RecordedEngine(["Biên bản " * 30])
    image = draw_text_image(["Biên bản"])
    first = ocr_page(image, number=1, engine=engine, cache=cache, steps=())
    again = ocr_page(image, number=4, engine=engine, cache=cache, steps=())
    assert engine.calls == 1
    assert again.text == first.text and again.number == 4
    ocr_page(draw_text_image(["Khác"]), number=1, engine=engine, cache=cache, steps=())
    assert engine.calls == 2  # other pixels, another reading


@pytest.mark.tesseract
def test_the_image_hand_over_loses_no_words() -> None:
    """The engine's fast hand-over format reads the same words as PNG. A generated 300-dpi scan
    page on which a BMP hand-over lost a fifth of the words (389 of 486)."""
    import pytesseract
    from PIL import Image

    from tests.conftest import ROOT

    image = Image.open(ROOT / "tests" / "fixtures" / "scan_page_300dpi.jpg").convert("L")
    engine = TesseractEngine(language="vie", timeout_s=120)
    page = engine.read_page(image.copy(), number=1)
    png = image.copy()
    png.format = "PNG"
    reference = pytesseract.image_to_string(png, lang="vie").split()
    assert abs(len(page.words) - len(reference)) <= 2


class _CountingEngine(TesseractEngine):
    """The real engine, noting the size of every image it reads."""

    def __init__(self) -> None:
        super().__init__(language="vie", timeout_s=60)
        self.sizes: list[tuple[int, int]] = []

    def read_page(self, image: Image.Image, *, number: int) -> Page:
        self.sizes.append(image.size)
        return super().read_page(image, number=number)


def _faint(lines: list[str]) -> Image.Image:
    """A degraded (low-contrast) page of these lines."""
    import numpy as np

    return Image.fromarray((np.asarray(draw_text_image(lines)) * 0.3 + 150).astype(np.uint8))


@pytest.mark.tesseract
def test_a_degraded_upside_down_page_is_read_once_the_right_way_up() -> None:
    """A stained or faint page may be upside down: the shape of its many text lines says so,
    and the page is read once, turned."""
    from bienban.pipeline.ocr import ocr_page

    faint = _faint(UPSIDE_DOWN_LINES * 6)
    engine = _CountingEngine()
    page = ocr_page(faint.rotate(180), number=1, engine=engine)
    assert "Nguyễn Văn Hai" in page.text
    assert engine.sizes == [faint.size]
    assert page.geometry_changed


@pytest.mark.tesseract
def test_a_short_upside_down_page_costs_a_strip_not_a_second_full_reading() -> None:
    """Too few lines to vote on: a strip of the text is read first, then the page once."""
    from bienban.pipeline.ocr import ocr_page

    faint = _faint(UPSIDE_DOWN_LINES[:2])
    engine = _CountingEngine()
    page = ocr_page(faint.rotate(180), number=1, engine=engine)
    assert "Hưng Thạnh Đông" in page.text
    full_readings = [size for size in engine.sizes if size == faint.size]
    assert len(engine.sizes) == 2 and len(full_readings) == 1
    assert page.geometry_changed


UPSIDE_DOWN_LINES = [
    "Hôm nay, vào lúc 14 giờ 00 phút, ngày 15 tháng 3 năm 2024, tại hội trường ấp,",
    "Chi bộ ấp Hưng Thạnh Đông tiến hành sinh hoạt thường kỳ tháng 3 năm 2024.",
    "Chủ trì: đồng chí Nguyễn Văn Hai, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Thu Hà.",
]


@pytest.mark.tesseract
def test_a_handwritten_looking_page_is_flagged_for_a_person() -> None:
    """Cursive scribbles (ink, but no print): Tesseract finds "words" at very low confidence,
    and the record says a person must read the page."""
    import math

    import numpy as np
    from PIL import ImageDraw

    from bienban.pipeline.ocr import ocr_page
    from bienban.pipeline.quality import page_warnings

    rng = np.random.default_rng(4)
    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    for row in range(25):
        top, left = 140 + row * 55, 100
        while left < 1100:
            width = int(rng.integers(40, 160))
            wave = rng.uniform(3, 7)
            points = [(left + t, top + 12 * math.sin(t / wave)) for t in range(0, width, 2)]
            draw.line(points, fill=30, width=3)
            left += width + int(rng.integers(15, 35))
    page = ocr_page(image, number=2, engine=TesseractEngine(language="vie", timeout_s=60))
    (warning,) = page_warnings([page])
    assert warning.startswith("Trang 2") and "viết tay" in warning


@pytest.mark.tesseract
def test_threads_sharing_a_process_run_no_more_tesseracts_than_its_slots(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    import pytesseract

    real = pytesseract.image_to_data
    running, most = 0, 0
    lock = threading.Lock()

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        try:
            return real(*args, **kwargs)
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(pytesseract, "image_to_data", counted)
    image = draw_text_image(["BIÊN BẢN SINH HOẠT CHI BỘ"])
    engine = TesseractEngine(language="vie", timeout_s=60, max_running=2)
    pages: list[Page] = []
    threads = [
        threading.Thread(target=lambda: pages.append(engine.read_page(image.copy(), number=1)))
        for _ in range(5)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(pages) == 5 and all(p.status is PageStatus.OK for p in pages)
    assert most == 2
