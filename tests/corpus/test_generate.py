"""Rendered corpora open in every format, have the right pages and are deterministic."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from PIL import Image

from bienban.corpus.content import make_minutes
from bienban.corpus.degrade import degrade_page
from bienban.corpus.generate import FORMATS, generate_corpus, render_marked_texts
from bienban.corpus.layout import Style, layout_markup
from bienban.corpus.render import render_page
from tests.corpus.helpers import read_truth


def _pages_in(path: Path) -> int:
    if path.suffix == ".pdf":
        return len(pypdfium2.PdfDocument(path))
    with Image.open(path) as image:
        return getattr(image, "n_frames", 1)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate_corpus(out, count=5, seed=3, levels=("clean", "scan", "bad"), formats=FORMATS)
    return out


def test_every_format_opens_with_its_page_count(corpus: Path) -> None:
    lines = read_truth(corpus)
    assert {line["generator"]["format"] for line in lines} == set(FORMATS)
    for line in lines:
        path = corpus / line["source"]["path"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == line["source"]["sha256"]
        assert _pages_in(path) == line["source"]["pages"] == len(line["page_texts"])
        if line["generator"]["format"] in ("jpeg", "png"):
            assert line["source"]["pages"] == 1


def test_text_pdf_carries_title_and_branch(corpus: Path) -> None:
    line = next(li for li in read_truth(corpus) if li["source"]["kind"] == "text_pdf")
    with pdfplumber.open(corpus / line["source"]["path"]) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "BIÊN BẢN" in text
    assert line["branch"].upper().split()[-1] in text
    assert line["chair"] in text


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a = generate_corpus(tmp_path / "a", count=3, seed=11, levels=("scan",), workers=2)
    b = generate_corpus(tmp_path / "b", count=3, seed=11, levels=("scan",))
    c = generate_corpus(tmp_path / "c", count=3, seed=12, levels=("scan",))
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    for line in read_truth(tmp_path / "a"):
        name = line["source"]["path"]
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_render_marked_texts_keeps_the_record(tmp_path: Path) -> None:
    markup, record = make_minutes(random.Random(2), length="long")
    truth = render_marked_texts(
        [("sample", markup, record)], tmp_path, seed=1, formats=("png",), levels=("bad",)
    )
    line = json.loads(truth.read_text(encoding="utf-8"))
    assert line["chair"] == record["chair"]
    assert (tmp_path / line["source"]["path"]).exists()


def test_families_subset_is_honoured(tmp_path: Path) -> None:
    generate_corpus(tmp_path, count=3, seed=5, formats=("pdf_text",), families=("B",))
    assert {line["generator"]["family"] for line in read_truth(tmp_path)} == {"B"}
    with pytest.raises(ValueError):
        generate_corpus(tmp_path, count=1, seed=5, families=("ZZ",))


def test_bad_level_turns_pages_when_asked() -> None:
    markup, _ = make_minutes(random.Random(4), length="short")
    image = render_page(layout_markup(markup, style=Style())[0], dpi=100)
    turned = degrade_page(image, level="bad", rng=random.Random(1), quarter_turns=1)
    assert turned.size == (image.height, image.width)
    assert degrade_page(image, level="clean", rng=random.Random(1)) is image
