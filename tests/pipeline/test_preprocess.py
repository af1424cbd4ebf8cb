"""Preprocessing: binarisation of stained pages, specks, and which way up a page is."""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from bienban.corpus.degrade import degrade_page
from bienban.pipeline.preprocess import (
    binarise,
    despeckle,
    is_degraded,
    preprocess_page,
    upright_vote,
)
from tests.conftest import draw_text_image

LINES = [
    "Hôm nay, vào lúc 14 giờ 00 phút, ngày 15 tháng 3 năm 2024, tại hội trường ấp,",
    "Chi bộ ấp Hưng Thạnh Đông tiến hành sinh hoạt thường kỳ tháng 3 năm 2024.",
    "Tổng số đảng viên của chi bộ: 27 đồng chí, có mặt 23 đồng chí, vắng 2 đồng chí.",
    "Chủ trì: đồng chí Nguyễn Văn Hai, Bí thư chi bộ. Thư ký: đồng chí Lê Thị Thu Hà.",
    "Nghị quyết được biểu quyết thông qua: 23/23 đồng chí tán thành, đạt 100%.",
]


def _ink_components(pixels: np.ndarray) -> int:
    count, _ = cv2.connectedComponents((pixels < 128).astype(np.uint8), connectivity=8)
    return int(count) - 1


def test_a_stained_page_binarises_to_white_paper_with_its_ink() -> None:
    clean = np.asarray(draw_text_image(LINES * 4))
    stained = np.asarray(degrade_page(Image.fromarray(clean), level="bad", rng=random.Random(3)))
    assert is_degraded(cv2.resize(stained, None, fx=0.4, fy=0.4))
    result = binarise(cv2.medianBlur(stained, 3))
    assert set(np.unique(result)) <= {0, 255}
    # Below the text (which the degradation turns by a few degrees) the page is paper: it
    # binarises white, stains and all; most of the ink is found again.
    assert (result[1300:1650, 100:1140] == 255).mean() > 0.995
    ink_ratio = (result < 128).sum() / (clean < 128).sum()
    assert 0.6 < ink_ratio < 2.5  # strokes come out bolder from the blur, never lost


def test_a_page_of_one_line_keeps_its_paper_white() -> None:
    """Otsu on a nearly empty page would split the paper's own noise: the threshold is capped."""
    page = np.asarray(draw_text_image(["Thư ký"])).astype(np.float32) * 0.4 + 140
    noisy = page + np.random.default_rng(1).normal(0, 8, page.shape)
    result = binarise(np.clip(noisy, 0, 255).astype(np.uint8))
    assert (result == 0).mean() < 0.01


def test_despeckle_removes_dust_and_keeps_the_diacritics() -> None:
    page = np.asarray(draw_text_image(["Phạm Thị Ngọc Bích, Đặng Văn Quý: ạ ộ ệ ị ụ ỵ"]))
    binary = np.where(page < 128, 0, 255).astype(np.uint8)
    text_parts = _ink_components(binary)
    dusty = binary.copy()
    rng = np.random.default_rng(2)
    ys, xs = rng.integers(400, 1600, 300), rng.integers(50, 1200, 300)
    dusty[ys, xs] = 0  # one-pixel specks on the blank part of the page
    assert _ink_components(dusty) > text_parts + 200
    assert _ink_components(despeckle(dusty, dpi=150)) == text_parts


def test_text_lines_tell_upright_from_upside_down() -> None:
    page = np.asarray(draw_text_image(LINES * 5))
    vote, lines = upright_vote(page)
    assert lines >= 20 and vote > 0.5
    vote, _ = upright_vote(np.ascontiguousarray(page[::-1, ::-1]))
    assert vote < -0.5


def test_a_slightly_skewed_page_votes_with_its_skew_taken_out() -> None:
    """Skews under 2° are left in the page (Tesseract reads them better unresampled): the vote
    takes the skew preprocessing found out of its own copy."""
    page = draw_text_image(LINES * 5)
    skewed = page.rotate(1.5, fillcolor=255, resample=Image.Resampling.BICUBIC)
    prepared, info = preprocess_page(skewed)
    assert info.skew_left and not info.geometry_changed
    vote, lines = upright_vote(np.asarray(prepared), skew_degrees=info.skew_left)
    assert lines >= 20 and vote > 0.5
    vote, _ = upright_vote(np.asarray(prepared.rotate(180)), skew_degrees=info.skew_left)
    assert vote < -0.5


@pytest.mark.tesseract
def test_a_badly_degraded_generated_document_reads_with_few_errors(work_dir: Path) -> None:
    """A stained, faint, blurred, speckled scan (the generator's "bad" level, one page turned)
    reads within a few percent of its printed text. Before background division and
    despeckling it read at 9–12% character error on such pages."""
    from rapidfuzz.distance import Levenshtein

    from bienban.corpus.generate import generate_corpus
    from bienban.pipeline.intake import sniff_format
    from bienban.pipeline.ocr import TesseractEngine, ocr_page
    from bienban.pipeline.pages import iter_pages

    truth_path = generate_corpus(
        work_dir, count=1, seed=8802, levels=("bad",), formats=("png",), families=("A",)
    )
    truth = json.loads(truth_path.read_text(encoding="utf-8").splitlines()[0])
    path = work_dir / truth["source"]["path"]
    engine = TesseractEngine(language="vie", timeout_s=120)
    read = [
        ocr_page(page.image, number=page.number, engine=engine).text
        for page in iter_pages(path, sniff_format(path), dpi=300, max_image_pixels=10**9)
        if page.image is not None
    ]

    def canonical(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split())

    expected = canonical("\n".join(truth["page_texts"]))
    errors = Levenshtein.distance(expected, canonical("\n".join(read))) / len(expected)
    assert errors < 0.05


def test_preprocessing_reports_its_steps_on_a_degraded_page() -> None:
    stained = degrade_page(draw_text_image(LINES * 4), level="bad", rng=random.Random(5))
    _, info = preprocess_page(stained)
    assert info.degraded
    assert info.steps[:3] == ["denoise", "binarise", "despeckle"]


def test_an_upright_portrait_scan_is_not_turned_a_quarter() -> None:
    """A generated scan (shrunk) that the row-profile score used to turn: a landscape copy's
    rows are longer, and their sums varied more on length alone."""
    fixture = Path(__file__).parents[1] / "fixtures" / "upright_scan_turned_before.jpg"
    page = Image.open(fixture)
    assert preprocess_page(page)[1].quarter_turns == 0
    assert preprocess_page(page.rotate(90, expand=True))[1].quarter_turns == 1
