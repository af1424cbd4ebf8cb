"""Many documents at once: one worker process per core, one engine per worker, results in the
order the documents were found. A document that crashes its worker becomes a failed result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from bienban.models import DocumentFile, DocumentResult, DocumentStatus
from bienban.pipeline.document import process_document
from bienban.pipeline.ocr import OcrEngine, TesseractEngine
from bienban.settings import Settings

logger = logging.getLogger(__name__)

_worker_engine: OcrEngine | None = None
_worker_settings: Settings | None = None


def make_engine(settings: Settings) -> OcrEngine:
    return TesseractEngine(
        language=settings.ocr_language,
        timeout_s=settings.ocr_page_timeout_s,
        command=settings.tesseract_cmd,
    )


def process_batch(
    documents: Sequence[DocumentFile],
    *,
    settings: Settings,
    engine_factory: Callable[[Settings], OcrEngine] = make_engine,
) -> Iterator[DocumentResult]:
    """Process every document, yielding results in input order as soon as each is ready."""
    if settings.workers == 1 or len(documents) <= 1:
        engine = engine_factory(settings)
        for document in documents:
            yield process_document(document, engine=engine, settings=settings)
        return
    workers = min(settings.workers, len(documents))
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(settings, engine_factory)
    ) as pool:
        futures = [pool.submit(_process_in_worker, document) for document in documents]
        for document, future in zip(documents, futures, strict=True):
            yield _result_of(document, future)


def _init_worker(settings: Settings, engine_factory: Callable[[Settings], OcrEngine]) -> None:
    global _worker_engine, _worker_settings
    _worker_settings = settings
    _worker_engine = engine_factory(settings)


def _process_in_worker(document: DocumentFile) -> DocumentResult:
    assert _worker_engine is not None and _worker_settings is not None
    return process_document(document, engine=_worker_engine, settings=_worker_settings)


def _result_of(document: DocumentFile, future: Future[DocumentResult]) -> DocumentResult:
    try:
        return future.result()
    except Exception as error:  # a worker that died, or a bug: the batch goes on
        logger.exception("internal error on %s", document.display_path)
        return DocumentResult(
            display_path=document.display_path,
            status=DocumentStatus.FAILED,
            reason=(
                f"Lỗi nội bộ khi xử lý tài liệu ({type(error).__name__}: {error}). "
                "Hãy báo lỗi kèm tệp này cho người quản trị."
            ),
            error_type=type(error).__name__,
        )
