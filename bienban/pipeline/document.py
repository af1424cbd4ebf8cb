"""One document, end to end: intake checks, pages read (text layer or OCR), normalisation,
extraction, the record. One document is one unit of work: whatever goes wrong becomes a failed
DocumentResult with a reason, never an exception that sinks the batch.
"""

from __future__ import annotations

import logging
import time

from bienban import __version__
from bienban.errors import (
    BienbanError,
    DocumentError,
    EmptyFileError,
    OcrCrashedError,
    OcrTimeoutError,
    TooLargeError,
)
from bienban.extractors import EXTRACTOR_VERSION, extract_fields
from bienban.models import (
    DocumentFile,
    DocumentKind,
    DocumentResult,
    DocumentStatus,
    FileFormat,
    MeetingRecord,
    Page,
    PageStatus,
    Source,
)
from bienban.pipeline.cache import OcrCache
from bienban.pipeline.intake import check_document, sha256_file
from bienban.pipeline.normalise import normalise_page
from bienban.pipeline.ocr import OcrEngine, ocr_page
from bienban.pipeline.pages import PageInput, count_pages, iter_pages
from bienban.pipeline.quality import page_warnings
from bienban.settings import Settings

logger = logging.getLogger(__name__)


def process_document(
    document: DocumentFile, *, engine: OcrEngine, settings: Settings
) -> DocumentResult:
    """Read one document into a record, or say why it could not be read."""
    started = time.perf_counter()
    try:
        record = read_record(document, engine=engine, settings=settings)
    except DocumentError as error:
        logger.warning("%s: %s", document.display_path, error.message)
        return _failed(document, error, started=started)
    return DocumentResult(
        display_path=document.display_path,
        status=DocumentStatus.OK,
        record=record,
        sha256=record.source.sha256,
        pages=record.source.pages,
        seconds=time.perf_counter() - started,
    )


def read_record(document: DocumentFile, *, engine: OcrEngine, settings: Settings) -> MeetingRecord:
    """The document's record; raises DocumentError for input that cannot be read."""
    file_format = check_document(document, max_file_mb=settings.max_file_mb)
    sha256 = sha256_file(document.path)
    _check_page_count(count_pages(document.path, file_format), settings=settings)
    pages = [normalise_page(p) for p in read_pages(document, file_format, engine, settings)]
    fields = extract_fields(pages)
    fields.warnings.extend(page_warnings(pages))
    source = Source(
        path=document.display_path,
        sha256=sha256,
        pages=len(pages),
        kind=_document_kind(file_format, pages),
    )
    return MeetingRecord(
        source=source,
        extractor={
            "bienban": __version__,
            "extractor": EXTRACTOR_VERSION,
            "ocr": f"{engine.name} {engine.version()}",
        },
        **fields.model_dump(),
    )


def read_pages(
    document: DocumentFile, file_format: FileFormat, engine: OcrEngine, settings: Settings
) -> list[Page]:
    """Every page's text, from the PDF text layer or from OCR, one page in memory at a time."""
    inputs = iter_pages(
        document.path,
        file_format,
        dpi=settings.ocr_dpi,
        max_image_pixels=settings.max_image_pixels,
    )
    cache = OcrCache(settings.cache_dir) if settings.cache_dir else None
    steps = settings.preprocess_steps
    return [_read_page(p, engine, steps=steps, cache=cache) for p in inputs]


def _read_page(
    page_input: PageInput, engine: OcrEngine, *, steps: tuple[str, ...], cache: OcrCache | None
) -> Page:
    if page_input.text_page is not None:
        return page_input.text_page
    assert page_input.image is not None
    for attempt in (1, 2):
        try:
            return ocr_page(
                page_input.image, number=page_input.number, engine=engine, steps=steps, cache=cache
            )
        except OcrCrashedError as error:
            logger.warning("%s (lần %d)", error.message, attempt)
            last_error: BienbanError = error
        except OcrTimeoutError as error:
            last_error = error
            break
    return Page(number=page_input.number, status=PageStatus.FAILED, error=last_error.message)


def _check_page_count(pages: int, *, settings: Settings) -> None:
    if pages == 0:
        raise EmptyFileError("Tài liệu không có trang nào: hãy kiểm tra lại tệp quét.")
    if pages > settings.max_pages:
        raise TooLargeError(
            f"Tài liệu có {pages} trang, quá giới hạn {settings.max_pages} trang: hãy tách "
            "thành từng biên bản hoặc tăng BIENBAN_MAX_PAGES."
        )


def _document_kind(file_format: FileFormat, pages: list[Page]) -> DocumentKind:
    if file_format is not FileFormat.PDF:
        return DocumentKind.IMAGE
    if all(p.from_text_layer for p in pages):
        return DocumentKind.TEXT_PDF
    return DocumentKind.SCANNED_PDF


def _failed(document: DocumentFile, error: BienbanError, *, started: float) -> DocumentResult:
    return DocumentResult(
        display_path=document.display_path,
        status=DocumentStatus.FAILED,
        reason=error.message,
        error_type=type(error).__name__,
        seconds=time.perf_counter() - started,
    )
