"""One document, end to end: intake checks, pages read (text layer or OCR), normalisation,
extraction, the record. One document is one unit of work: whatever goes wrong becomes a failed
DocumentResult with a reason, never an exception that sinks the batch.

The stages are separate so the batch can spread one document's pages over several processes:
`plan_document` (checks, identity, page count) → `read_pages` (any subset of pages, anywhere)
→ `build_record` (normalise, extract, assemble).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

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
from bienban.pipeline.quality import is_blank_image, page_warnings
from bienban.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentPlan:
    """What intake learned of a readable document before any page is read."""

    file_format: FileFormat
    sha256: str
    pages: int


def process_document(
    document: DocumentFile, *, engine: OcrEngine, settings: Settings
) -> DocumentResult:
    """Read one document into a record, or say why it could not be read."""
    started = time.perf_counter()
    try:
        plan = plan_document(document, settings=settings)
        pages = read_pages(document, plan.file_format, engine, settings)
    except DocumentError as error:
        return failed_result(document, error, started=started)
    return build_result(document, plan, pages, ocr_label=engine_label(engine), started=started)


def plan_document(
    document: DocumentFile, *, settings: Settings, sha256: str | None = None
) -> DocumentPlan:
    """Format, identity and page count; raises DocumentError for input that cannot be read.
    `sha256` is the file's hash when the caller has already computed it."""
    file_format = check_document(document, max_file_mb=settings.max_file_mb)
    pages = count_pages(document.path, file_format)
    if pages == 0:
        raise EmptyFileError("Tài liệu không có trang nào: hãy kiểm tra lại tệp quét.")
    if pages > settings.max_pages:
        raise TooLargeError(
            f"Tài liệu có {pages} trang, quá giới hạn {settings.max_pages} trang: hãy tách "
            "thành từng biên bản hoặc tăng BIENBAN_MAX_PAGES."
        )
    return DocumentPlan(
        file_format=file_format, sha256=sha256 or sha256_file(document.path), pages=pages
    )


def read_pages(
    document: DocumentFile,
    file_format: FileFormat,
    engine: OcrEngine,
    settings: Settings,
    *,
    indexes: range | None = None,
) -> list[Page]:
    """The pages' text (all, or those at `indexes`), from the PDF text layer or from OCR,
    one page in memory at a time."""
    inputs = iter_pages(
        document.path,
        file_format,
        dpi=settings.ocr_dpi,
        max_image_pixels=settings.max_image_pixels,
        indexes=indexes,
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
    if is_blank_image(page_input.image):
        return Page(number=page_input.number, status=PageStatus.BLANK)
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


def build_record(
    document: DocumentFile, plan: DocumentPlan, pages: list[Page], *, ocr_label: str
) -> MeetingRecord:
    """Normalise the pages, extract the fields and assemble the contract's record."""
    pages = [normalise_page(page) for page in pages]
    fields = extract_fields(pages)
    fields.warnings.extend(page_warnings(pages))
    source = Source(
        path=document.display_path,
        sha256=plan.sha256,
        pages=len(pages),
        kind=_document_kind(plan.file_format, pages),
    )
    return MeetingRecord(
        source=source,
        extractor={"bienban": __version__, "extractor": EXTRACTOR_VERSION, "ocr": ocr_label},
        page_texts=[page.text for page in pages],
        raw_page_texts=[p.raw_text for p in pages] if any(p.raw_text for p in pages) else None,
        **fields.model_dump(),
    )


def build_result(
    document: DocumentFile,
    plan: DocumentPlan,
    pages: list[Page],
    *,
    ocr_label: str,
    started: float,
) -> DocumentResult:
    record = build_record(document, plan, pages, ocr_label=ocr_label)
    return DocumentResult(
        display_path=document.display_path,
        status=DocumentStatus.OK,
        record=record,
        sha256=plan.sha256,
        pages=plan.pages,
        seconds=time.perf_counter() - started,
    )


def engine_label(engine: OcrEngine) -> str:
    return f"{engine.name} {engine.version()}"


def _document_kind(file_format: FileFormat, pages: list[Page]) -> DocumentKind:
    if file_format is not FileFormat.PDF:
        return DocumentKind.IMAGE
    if all(p.from_text_layer for p in pages):
        return DocumentKind.TEXT_PDF
    return DocumentKind.SCANNED_PDF


def failed_result(document: DocumentFile, error: BienbanError, *, started: float) -> DocumentResult:
    logger.warning("%s: %s", document.display_path, error.message)
    return DocumentResult(
        display_path=document.display_path,
        status=DocumentStatus.FAILED,
        reason=error.message,
        error_type=type(error).__name__,
        seconds=time.perf_counter() - started,
    )
