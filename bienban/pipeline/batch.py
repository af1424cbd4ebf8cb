"""Many documents at once: the pages of all documents spread over one worker process per core.

The main process plans each document (checks, SHA-256, page count), hands its pages to the
workers in chunks, and assembles each record as soon as its pages are read, yielding results in
the order the documents were found. At most `window` page jobs are outstanding, so memory stays
bounded whatever the number or length of documents; a 500-page PDF keeps every core busy.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

from bienban.errors import BienbanError, DocumentError
from bienban.models import DocumentFile, DocumentResult, DocumentStatus, FileFormat, Page
from bienban.pipeline.document import (
    DocumentPlan,
    build_result,
    engine_label,
    failed_result,
    plan_document,
    process_document,
    read_pages,
)
from bienban.pipeline.ocr import OcrEngine, TesseractEngine
from bienban.settings import Settings

logger = logging.getLogger(__name__)

PAGES_PER_JOB_LONG = 8  # documents over 50 pages are handed out 8 pages at a time
LONG_DOCUMENT = 50

_worker_engine: OcrEngine | None = None
_worker_settings: Settings | None = None


def make_engine(settings: Settings) -> OcrEngine:
    return TesseractEngine(
        language=settings.ocr_language,
        timeout_s=settings.ocr_page_timeout_s,
        command=settings.tesseract_cmd,
        max_running=settings.workers,  # binds only where threads share a process (the flows)
    )


def process_batch(
    documents: Sequence[DocumentFile],
    *,
    settings: Settings,
    engine_factory: Callable[[Settings], OcrEngine] = make_engine,
) -> Iterator[DocumentResult]:
    """Process every document, yielding results in input order as soon as each is ready."""
    if settings.workers == 1:
        engine = engine_factory(settings)
        for document in documents:
            yield process_document(document, engine=engine, settings=settings)
        return
    label = engine_label(engine_factory(settings))
    with ProcessPoolExecutor(
        max_workers=settings.workers, initializer=_init_worker, initargs=(settings, engine_factory)
    ) as pool:
        scheduler = _PageScheduler(pool, settings=settings, ocr_label=label)
        yield from scheduler.run(documents)


def _init_worker(settings: Settings, engine_factory: Callable[[Settings], OcrEngine]) -> None:
    global _worker_engine, _worker_settings
    _worker_settings = settings
    _worker_engine = engine_factory(settings)


def _read_in_worker(document: DocumentFile, file_format: FileFormat, pages: range) -> list[Page]:
    assert _worker_engine is not None and _worker_settings is not None
    return read_pages(document, file_format, _worker_engine, _worker_settings, indexes=pages)


@dataclass
class _Job:
    document: DocumentFile
    started: float = field(default_factory=time.perf_counter)
    plan: DocumentPlan | None = None
    error: BienbanError | None = None
    futures: list[Future[list[Page]]] = field(default_factory=list)
    submitted: bool = False

    def is_done(self) -> bool:
        return self.error is not None or (self.submitted and all(f.done() for f in self.futures))


class _PageScheduler:
    def __init__(self, pool: ProcessPoolExecutor, *, settings: Settings, ocr_label: str) -> None:
        self.pool = pool
        self.settings = settings
        self.ocr_label = ocr_label
        self.window = 4 * settings.workers
        self.in_flight: deque[_Job] = deque()

    def run(self, documents: Sequence[DocumentFile]) -> Iterator[DocumentResult]:
        for document in documents:
            job = _Job(document)
            self.in_flight.append(job)
            try:
                job.plan = plan_document(document, settings=self.settings)
            except DocumentError as error:
                job.error = error
            else:
                yield from self._submit_pages(job, job.plan)
            yield from self._drain()
        while self.in_flight:
            wait(self.in_flight[0].futures)
            yield from self._drain()

    def _submit_pages(self, job: _Job, plan: DocumentPlan) -> Iterator[DocumentResult]:
        chunk = PAGES_PER_JOB_LONG if plan.pages > LONG_DOCUMENT else 1
        for start in range(0, plan.pages, chunk):
            while len(pending := self._pending()) >= self.window:
                wait(pending, return_when=FIRST_COMPLETED)
                yield from self._drain()
            pages = range(start, min(start + chunk, plan.pages))
            job.futures.append(
                self.pool.submit(_read_in_worker, job.document, plan.file_format, pages)
            )
        job.submitted = True

    def _pending(self) -> list[Future[list[Page]]]:
        return [f for job in self.in_flight for f in job.futures if not f.done()]

    def _drain(self) -> Iterator[DocumentResult]:
        while self.in_flight and self.in_flight[0].is_done():
            yield self._finish(self.in_flight.popleft())

    def _finish(self, job: _Job) -> DocumentResult:
        if job.error is not None or job.plan is None:
            assert job.error is not None
            return failed_result(job.document, job.error, started=job.started)
        try:
            pages = [page for future in job.futures for page in future.result()]
            return build_result(
                job.document, job.plan, pages, ocr_label=self.ocr_label, started=job.started
            )
        except DocumentError as error:
            return failed_result(job.document, error, started=job.started)
        except Exception as error:  # a worker that died, or a bug: the batch goes on
            logger.exception("internal error on %s", job.document.display_path)
            return DocumentResult(
                display_path=job.document.display_path,
                status=DocumentStatus.FAILED,
                reason=(
                    f"Lỗi nội bộ khi xử lý tài liệu ({type(error).__name__}: {error}). "
                    "Hãy báo lỗi kèm tệp này cho người quản trị."
                ),
                error_type=type(error).__name__,
            )
