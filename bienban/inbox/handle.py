"""One document, one unit of work: read it, judge it, store it, then settle its original.

The store is written before the original moves, each in one step, so a runner killed at any
moment leaves either an unsettled original (its claim is recovered and, being known by its
sha256 by then, it is settled without being read again) or a settled one: never a half record.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, Field

from bienban.errors import DocumentError
from bienban.inbox.checks import (
    BLANK_CHECK_PAGES,
    check_not_blank,
    check_pages_not_blank,
    not_minutes_reason,
)
from bienban.inbox.claims import original_name
from bienban.inbox.layout import InboxLayout
from bienban.inbox.moves import archive_original, quarantine_original
from bienban.inbox.records import KnownDocument, store_failure, store_for, store_record
from bienban.models import DocumentFile, DocumentResult, DocumentStatus
from bienban.pipeline.batch import make_engine
from bienban.pipeline.document import (
    build_result,
    engine_label,
    failed_result,
    plan_document,
    read_pages,
)
from bienban.scoring import load_rubric
from bienban.settings import Settings
from bienban.store.models import NOT_MINUTES


class OutcomeStatus(StrEnum):
    PROCESSED = "processed"
    KNOWN = "known"
    NOT_MINUTES = "not_minutes"
    FAILED = "failed"
    INTERNAL_ERROR = "internal_error"


STATUS_NAMES = {
    OutcomeStatus.PROCESSED: "đã xử lý",
    OutcomeStatus.KNOWN: "đã có (bỏ qua)",
    OutcomeStatus.NOT_MINUTES: "không phải biên bản",
    OutcomeStatus.FAILED: "không đọc được",
    OutcomeStatus.INTERNAL_ERROR: "lỗi nội bộ",
}
SET_ASIDE = frozenset(
    {OutcomeStatus.NOT_MINUTES, OutcomeStatus.FAILED, OutcomeStatus.INTERNAL_ERROR}
)


class Outcome(BaseModel):
    """What became of one document in a run."""

    path: str = Field(description="The document as dropped (relative to the inbox or root).")
    status: OutcomeStatus
    sha256: str | None = None
    pages: int = 0
    seconds: float = 0.0
    level: str | None = None
    meeting_date: dt.date | None = None
    warnings: list[str] = Field(default_factory=list)
    reason: str | None = None
    destination: str | None = Field(default=None, description="Where the original now lies.")
    worker: str = Field(default="", description="host:pid of the process that read it.")

    @property
    def is_set_aside(self) -> bool:
        return self.status in SET_ASIDE


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def read_document(
    document: DocumentFile, *, settings: Settings, sha256: str | None = None
) -> DocumentResult:
    """`process_document`, but a document of blank pages is an error (a long PDF is checked
    before any page is read)."""
    started = time.perf_counter()
    engine = make_engine(settings)
    try:
        plan = plan_document(document, settings=settings, sha256=sha256)
        if plan.pages > BLANK_CHECK_PAGES:
            check_not_blank(document, plan.file_format)
        pages = read_pages(document, plan.file_format, engine, settings)
        check_pages_not_blank(pages)
    except DocumentError as error:
        return failed_result(document, error, started=started)
    return build_result(document, plan, pages, ocr_label=engine_label(engine), started=started)


def process_one(document: DocumentFile, *, sha256: str, settings: Settings) -> Outcome:
    """Read one document and store what was read (or why it could not be): no file moves."""
    result = read_document(document, settings=settings, sha256=sha256)
    store = store_for(settings)
    outcome = Outcome(
        path=document.display_path,
        status=OutcomeStatus.FAILED,
        sha256=sha256,
        pages=result.pages,
        seconds=result.seconds,
        worker=worker_name(),
    )
    if result.status is DocumentStatus.FAILED or result.record is None:
        why = result.reason or "Không đọc được tài liệu."
        store_failure(
            store, sha256=sha256, path=document.display_path, reason=why, pages=result.pages
        )
        return outcome.model_copy(update={"reason": why})
    record = result.record
    reason = not_minutes_reason(record)
    if reason is not None:
        record.warnings.append(reason)
    level = store_record(
        store,
        record,
        rubric=load_rubric(settings.rubric_path),
        status=NOT_MINUTES if reason else "ok",
        reasons=[reason] if reason else [],
        attempts=settings.database_retries,
    )
    return outcome.model_copy(
        update={
            "status": OutcomeStatus.NOT_MINUTES if reason else OutcomeStatus.PROCESSED,
            "level": level,
            "meeting_date": _date(record.date),
            "warnings": list(record.warnings),
            "reason": reason,
        }
    )


def handle_claimed(
    claimed: Path, *, layout: InboxLayout, sha256: str, settings: Settings
) -> Outcome:
    """The drop folder's unit of work: process a claimed file, then archive or quarantine it."""
    dropped_as = original_name(claimed, layout=layout)
    document = DocumentFile(path=claimed, display_path=dropped_as, size=claimed.stat().st_size)
    outcome = process_one(document, sha256=sha256, settings=settings)
    return settle_original(claimed, outcome, layout=layout)


def settle_original(claimed: Path, outcome: Outcome, *, layout: InboxLayout) -> Outcome:
    """Move the claimed original where its outcome says: quarantine (with the reason) when it
    was set aside, else `archive/<year>/<month>/` of the meeting (or of today)."""
    if outcome.is_set_aside:
        target = quarantine_original(
            claimed,
            layout=layout,
            reason=outcome.reason or "Không rõ lý do.",
            dropped_as=outcome.path,
            sha256=outcome.sha256,
        )
    else:
        when = outcome.meeting_date or dt.date.today()
        target = archive_original(claimed, layout=layout, when=when)
    return outcome.model_copy(update={"destination": str(target.relative_to(layout.root))})


def known_outcome(path: str, known: KnownDocument) -> Outcome:
    """The outcome of a copy of a document the store already holds: nothing is read again."""
    failed = known.status == "failed"
    status = OutcomeStatus.FAILED if failed else OutcomeStatus.KNOWN
    if known.status == NOT_MINUTES:
        status = OutcomeStatus.NOT_MINUTES
    reason = "; ".join(known.reasons) or None
    return Outcome(
        path=path,
        status=status,
        sha256=known.sha256,
        meeting_date=known.date,
        reason=reason,
        warnings=["Tài liệu này đã có trong cơ sở dữ liệu (cùng SHA-256): không đọc lại."],
    )


def internal_error_outcome(path: str, *, sha256: str | None, error: BaseException) -> Outcome:
    """A document on which processing broke (a bug): set aside with a reason, never lost."""
    reason = (
        f"Lỗi nội bộ khi xử lý tài liệu ({type(error).__name__}: {error}). Hãy báo lỗi kèm tệp "
        "này và nhật ký cho người quản trị; tệp sẽ được xử lý lại khi đặt vào thư mục nhận tệp."
    )
    return Outcome(path=path, status=OutcomeStatus.INTERNAL_ERROR, sha256=sha256, reason=reason)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
