"""Draw laid-out pages: raster images at a dpi, and the born-digital text-layer PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from bienban.corpus.layout import PAGE_HEIGHT, PAGE_WIDTH, Page

_POINTS_PER_INCH = 72.0


@lru_cache(maxsize=128)
def _raster_font(path: str, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, pixels, layout_engine=ImageFont.Layout.BASIC)


def render_page(page: Page, *, dpi: int) -> Image.Image:
    """The page as a white grayscale ('L') image at `dpi`."""
    scale = dpi / _POINTS_PER_INCH
    image = Image.new("L", (round(PAGE_WIDTH * scale), round(PAGE_HEIGHT * scale)), 255)
    draw = ImageDraw.Draw(image)
    for run in page.runs:
        font = _raster_font(run.font, max(1, round(run.size * scale)))
        draw.text((run.x * scale, run.y * scale), run.text, font=font, fill=0, anchor="ls")
    width = max(1, round(0.6 * scale))
    for rule in page.rules:
        draw.line(
            [(rule.x0 * scale, rule.y0 * scale), (rule.x1 * scale, rule.y1 * scale)],
            fill=0,
            width=width,
        )
    return image


def write_png(image: Image.Image, path: Path, *, dpi: int) -> None:
    image.save(path, format="PNG", dpi=(dpi, dpi), optimize=False, compress_level=9)


def write_jpeg(image: Image.Image, path: Path, *, dpi: int, quality: int = 85) -> None:
    image.save(path, format="JPEG", dpi=(dpi, dpi), quality=quality)


def write_tiff(
    images: Sequence[Image.Image], path: Path, *, dpi: int, compression: str = "tiff_deflate"
) -> None:
    """Multi-page TIFF: "group4" (thresholded to bilevel), "tiff_deflate" or "jpeg" grayscale."""
    pages = [_to_bilevel(im) for im in images] if compression == "group4" else list(images)
    extra = {"quality": 75} if compression == "jpeg" else {}
    pages[0].save(
        path,
        format="TIFF",
        save_all=True,
        append_images=pages[1:],
        compression=compression,
        dpi=(dpi, dpi),
        **extra,
    )


def _to_bilevel(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)


def write_image_pdf(
    images: Sequence[Image.Image], path: Path, *, dpi: int, quality: int = 80
) -> None:
    """Image-only PDF: each page one JPEG at its scan resolution, no text layer."""
    pdf = canvas.Canvas(str(path), invariant=1, pageCompression=1)
    for image in images:
        width, height = image.width * _POINTS_PER_INCH / dpi, image.height * _POINTS_PER_INCH / dpi
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=quality, dpi=(dpi, dpi))
        buffer.seek(0)
        pdf.setPageSize((width, height))
        pdf.drawImage(ImageReader(buffer), 0, 0, width=width, height=height)
        pdf.showPage()
    pdf.save()


@lru_cache(maxsize=32)
def _pdf_font(path: str) -> str:
    name = Path(path).stem
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path))
    return name


def write_text_pdf(pages: Sequence[Page], path: Path) -> None:
    """Born-digital PDF with real, extractable text in the same TTF fonts (byte-deterministic)."""
    pdf = canvas.Canvas(
        str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1
    )
    pdf.setTitle("Biên bản sinh hoạt chi bộ")
    for page in pages:
        for run in page.runs:
            pdf.setFont(_pdf_font(run.font), run.size)
            pdf.drawString(run.x, PAGE_HEIGHT - run.y, run.text)
        pdf.setLineWidth(0.6)
        for rule in page.rules:
            pdf.line(rule.x0, PAGE_HEIGHT - rule.y0, rule.x1, PAGE_HEIGHT - rule.y1)
        pdf.showPage()
    pdf.save()
