"""Write a corpus: rendered minutes in several formats and degradation levels plus truth.jsonl.

Each document gets its own seed derived from (seed, index), so a corpus is byte-identical for
the same seed whatever the number of workers. One line of truth.jsonl per document: the
expected record, where the file is (`source`), how it was made (`generator`) and the printed
text of each page (`page_texts`, the ground truth for character error rate).

Single-image formats (JPEG, PNG) hold one page: documents generated for them are short, and
the body size is reduced (down to 10 pt) until the minutes fit; a marked text that still does
not fit one page is written as a multi-page TIFF instead (the `generator.format` says so).
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bienban.corpus import render
from bienban.corpus.content import all_families as family_names
from bienban.corpus.content import families, make_minutes
from bienban.corpus.degrade import LEVELS, degrade_document
from bienban.corpus.layout import FONT_FAMILIES, Page, Style, layout_markup

log = logging.getLogger(__name__)

FORMATS = ("jpeg", "png", "tiff", "pdf_image", "pdf_text")
_EXTENSIONS = {"jpeg": "jpg", "png": "png", "tiff": "tif", "pdf_image": "pdf", "pdf_text": "pdf"}
_KINDS = {
    "jpeg": "image",
    "png": "image",
    "tiff": "image",
    "pdf_image": "scanned_pdf",
    "pdf_text": "text_pdf",
}
_SINGLE_PAGE = ("jpeg", "png")


@dataclass(frozen=True)
class Job:
    """One document to render: its markup (or None to invent one) and how to render it."""

    index: int
    name: str
    seed: int
    level: str
    format: str
    out_dir: Path
    markup: str | None = None
    record: dict[str, Any] | None = None
    families: tuple[str, ...] | None = None


def document_seed(seed: int, index: int) -> int:
    """The seed of document `index` in a corpus seeded with `seed`."""
    digest = hashlib.sha256(f"bienban-corpus:{seed}:{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def generate_corpus(
    out_dir: Path,
    *,
    count: int,
    seed: int,
    levels: Sequence[str] = LEVELS,
    formats: Sequence[str] = FORMATS,
    families: Sequence[str] | None = None,
    workers: int = 1,
) -> Path:
    """Invent `count` minutes and render them; returns the path of truth.jsonl."""
    fams = tuple(families) if families else None
    if fams and (unknown := set(fams) - set(family_names())):
        raise ValueError(
            f"unknown template families {sorted(unknown)}: choose from {family_names()}"
        )
    jobs = [
        Job(
            i,
            f"doc_{i + 1:04d}",
            document_seed(seed, i),
            *_level_and_format(i, levels, formats),
            out_dir,
            families=fams,
        )
        for i in range(count)
    ]
    return _run_jobs(jobs, out_dir, workers=workers)


def render_marked_texts(
    texts: Sequence[tuple[str, str, dict[str, Any]]],
    out_dir: Path,
    *,
    seed: int,
    levels: Sequence[str] = LEVELS,
    formats: Sequence[str] = FORMATS,
    workers: int = 1,
) -> Path:
    """Render given (name, markup, expected record) triples with mixed levels and formats."""
    jobs = [
        Job(
            i,
            name,
            document_seed(seed, i),
            *_level_and_format(i, levels, formats),
            out_dir,
            markup=markup,
            record=record,
        )
        for i, (name, markup, record) in enumerate(texts)
    ]
    return _run_jobs(jobs, out_dir, workers=workers)


def _level_and_format(index: int, levels: Sequence[str], formats: Sequence[str]) -> tuple[str, str]:
    """Cycle levels and formats side by side: small sets get every level, 15 get every pairing."""
    for name in levels:
        if name not in LEVELS:
            raise ValueError(f"unknown degradation level {name!r}: choose from {LEVELS}")
    for name in formats:
        if name not in FORMATS:
            raise ValueError(f"unknown format {name!r}: choose from {FORMATS}")
    return levels[index % len(levels)], formats[index % len(formats)]


def _run_jobs(jobs: list[Job], out_dir: Path, *, workers: int) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            lines = list(pool.map(render_job, jobs))
    else:
        lines = [render_job(job) for job in jobs]
    truth = out_dir / "truth.jsonl"
    with truth.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    log.info("wrote %d documents and %s", len(lines), truth)
    return truth


def render_job(job: Job) -> dict[str, Any]:
    """Render one document to its file; returns its truth.jsonl line."""
    rng = random.Random(job.seed)
    style = _draw_style(rng)
    fmt = job.format
    family = None
    if job.markup is None:
        markup, record, family, pages, style = _invent(rng, job, style)
    else:
        markup, record = job.markup, dict(job.record or {})
        pages, style = _fit(markup, style, single=fmt in _SINGLE_PAGE)
        if fmt in _SINGLE_PAGE and len(pages) > 1:
            log.warning("%s does not fit one page; writing it as TIFF", job.name)
            fmt = "tiff"
    level = "clean" if fmt == "pdf_text" else job.level
    dpi = rng.choice([150, 200, 200, 240, 300])
    path = job.out_dir / f"{job.name}_{level}.{_EXTENSIONS[fmt]}"
    _write(pages, path, fmt=fmt, level=level, dpi=dpi, rng=rng)
    log.info("rendered %s (%d pages, %s, %s)", path.name, len(pages), level, fmt)
    return {
        **record,
        "source": {
            "path": path.name,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "pages": len(pages),
            "kind": _KINDS[fmt],
        },
        "generator": {
            "seed": job.seed,
            "family": family,
            "level": level,
            "format": fmt,
            "dpi": dpi if fmt != "pdf_text" else None,
            "font": style.family,
            "size": style.size,
        },
        "page_texts": [page.text for page in pages],
    }


def _draw_style(rng: random.Random) -> Style:
    return Style(
        family=rng.choice(FONT_FAMILIES),
        size=rng.choice([12.0, 12.5, 13.0, 13.0, 13.5, 14.0]),
        margin_left=rng.uniform(57, 85),
        margin_right=rng.uniform(42, 57),
        margin_top=rng.uniform(42, 70),
        margin_bottom=rng.uniform(42, 62),
        leading=rng.uniform(1.2, 1.45),
        indent=rng.choice([0.0, 21.0, 28.0, 36.0]),
        justify=rng.random() < 0.6,
    )


def _invent(
    rng: random.Random, job: Job, style: Style
) -> tuple[str, dict[str, Any], str, list[Page], Style]:
    """New minutes; for single-page formats, short ones redrawn until they fit a page."""
    single = job.format in _SINGLE_PAGE
    for _attempt in range(8):
        family = rng.choice(job.families or families())
        markup, record = make_minutes(rng, family=family, length="short" if single else None)
        pages, fitted = _fit(markup, style, single=single)
        if not single or len(pages) == 1:
            return markup, record, family, pages, fitted
    raise RuntimeError(f"{job.name}: could not fit short minutes on one page")


def _fit(markup: str, style: Style, *, single: bool) -> tuple[list[Page], Style]:
    pages = layout_markup(markup, style=style)
    while single and len(pages) > 1 and style.size > 10.0:
        style = replace(style, size=style.size - 0.5, leading=max(1.15, style.leading - 0.05))
        pages = layout_markup(markup, style=style)
    return pages, style


def _write(
    pages: list[Page], path: Path, *, fmt: str, level: str, dpi: int, rng: random.Random
) -> None:
    if fmt == "pdf_text":
        render.write_text_pdf(pages, path)
        return
    images = degrade_document(
        [render.render_page(page, dpi=dpi) for page in pages], level=level, rng=rng
    )
    if fmt == "jpeg":
        render.write_jpeg(images[0], path, dpi=dpi, quality=rng.randint(70, 92))
    elif fmt == "png":
        render.write_png(images[0], path, dpi=dpi)
    elif fmt == "tiff":
        render.write_tiff(images, path, dpi=dpi, compression=_tiff_compression(level, rng))
    else:
        render.write_image_pdf(images, path, dpi=dpi, quality=rng.randint(60, 80))


def _tiff_compression(level: str, rng: random.Random) -> str:
    """Clean pages as fax-like group 4 or deflate; degraded ones as JPEG-in-TIFF, as scanners do."""
    if level == "clean":
        return rng.choice(["group4", "tiff_deflate"])
    return "jpeg"
