"""Loading records: idempotent by the document's sha256, with the history of every reading.

`load_record` is one unit of work inside the caller's transaction; `load_records` runs one
transaction per record and retries only a briefly locked database (`TransientError`), never
bad input.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from packaging.version import InvalidVersion, Version
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from bienban.errors import TransientError
from bienban.models.record import MeetingRecord
from bienban.store.models import (
    AttendanceEntry,
    Document,
    Meeting,
    RecordVersion,
    Resolution,
    Topic,
)

logger = logging.getLogger(__name__)

LoadAction = Literal["inserted", "updated", "unchanged", "kept_newer"]
T = TypeVar("T")

LOCK_MESSAGES = ("database is locked", "database table is locked", "deadlock detected")


@dataclass(frozen=True)
class LoadResult:
    document_id: int
    meeting_id: int | None
    action: LoadAction
    extractor_version: str


def extractor_version(record: MeetingRecord) -> str:
    """The version of the extractor that produced `record` ("unknown" when it does not say)."""
    info = record.extractor or {}
    return str(info.get("extractor") or info.get("bienban") or "unknown")


def content_sha256(record: MeetingRecord | dict[str, Any]) -> str:
    """A digest of what was read, leaving out where the file happened to lie."""
    data = dict(record.to_json_dict() if isinstance(record, MeetingRecord) else record)
    data["source"] = {k: v for k, v in data["source"].items() if k != "path"}
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def is_older(version: str, than: str) -> bool:
    """Whether extractor `version` is older than `than` (unparseable versions never are)."""
    try:
        return Version(version) < Version(than)
    except InvalidVersion:
        return False


def load_record(
    session: Session,
    record: MeetingRecord,
    *,
    status: str = "ok",
    reasons: Sequence[str] = (),
) -> LoadResult:
    """Store `record`: the same document twice is one meeting; a newer extractor's reading
    replaces the current meeting, an older one's is kept only in the history."""
    document = _upsert_document(session, record, status=status, reasons=reasons)
    version = extractor_version(record)
    digest = content_sha256(record)
    seen = session.scalar(
        select(RecordVersion).where(
            RecordVersion.document_id == document.id, RecordVersion.content_sha256 == digest
        )
    )
    if seen is None:
        session.add(
            RecordVersion(
                document_id=document.id,
                extractor_version=version,
                content_sha256=digest,
                record=record.to_json_dict(),
            )
        )
    meeting = document.meeting
    from bienban.store.review import apply_reviewed_values, machine_record

    if meeting is not None and content_sha256(machine_record(meeting.record)) == digest:
        return LoadResult(document.id, meeting.id, "unchanged", version)
    if meeting is not None and is_older(version, meeting.extractor_version):
        return LoadResult(document.id, meeting.id, "kept_newer", meeting.extractor_version)
    action: LoadAction = "updated" if meeting is not None else "inserted"
    if meeting is None:
        meeting = Meeting(document=document, extractor_version=version, record={})
        session.add(meeting)
    fill_meeting(session, meeting, record, version)
    apply_reviewed_values(session, meeting)
    session.flush()
    return LoadResult(document.id, meeting.id, action, version)


def _upsert_document(
    session: Session, record: MeetingRecord, *, status: str, reasons: Sequence[str]
) -> Document:
    source = record.source
    document = session.scalar(select(Document).where(Document.sha256 == source.sha256))
    if document is None:
        document = Document(sha256=source.sha256, path=source.path, reasons=[])
        session.add(document)
    document.path = source.path
    document.pages = source.pages
    document.kind = str(source.kind)
    document.status = status
    document.reasons = list(reasons)
    session.flush()
    return document


def fill_meeting(session: Session, meeting: Meeting, record: MeetingRecord, version: str) -> None:
    attendance = record.attendance
    meeting.extractor_version = version
    for name in (
        "branch",
        "parent_committee",
        "meeting_type",
        "start_time",
        "end_time",
        "duration_minutes",
        "location",
        "chair",
        "secretary",
        "thematic_title",
        "speakers",
    ):
        setattr(meeting, name, getattr(record, name))
    meeting.date = parse_date(record.date)
    meeting.total_members = attendance.total_members
    meeting.exempt = attendance.exempt
    meeting.present = attendance.present
    meeting.absent_excused = attendance.absent_excused
    meeting.absent_unexcused = attendance.absent_unexcused
    meeting.vote_agree = record.vote.agree if record.vote else None
    meeting.vote_total = record.vote.total if record.vote else None
    meeting.warnings = list(record.warnings)
    meeting.record = record.to_json_dict()
    if meeting.id is not None:  # old child rows go first: (meeting, label) is unique
        meeting.topics, meeting.resolutions, meeting.attendance = [], [], []
        session.flush()
    meeting.topics = [Topic(label=label) for label in dict.fromkeys(record.topics)]
    meeting.resolutions = [
        Resolution(position=i, text=text) for i, text in enumerate(record.resolutions)
    ]
    meeting.attendance = [AttendanceEntry(name=n, role=r) for n, r in named_attendance(record)]


def named_attendance(record: MeetingRecord) -> list[tuple[str, str]]:
    """(name, role) of everyone the record names: guests, and the absentees of the roll call."""
    people = [(name, "guest") for name in record.attendance.guests or []]
    for absentee in record.absentees:
        people.append((absentee.name, "absent_excused" if absentee.excused else "absent_unexcused"))
    return people


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def record_failure(
    session: Session,
    *,
    sha256: str,
    path: str,
    reasons: Sequence[str],
    pages: int | None = None,
) -> Document:
    """Note a document that could not be read. A meeting read earlier from it is kept."""
    document = session.scalar(select(Document).where(Document.sha256 == sha256))
    if document is None:
        document = Document(sha256=sha256, path=path, reasons=[])
        session.add(document)
    document.path = path
    document.pages = pages
    document.status = "failed"
    document.reasons = list(reasons)
    session.flush()
    return document


def is_transient(error: Exception) -> bool:
    """A briefly locked database, or two writers creating the same document at once."""
    if isinstance(error, IntegrityError):
        return "sha256" in str(error.orig) or "content_sha256" in str(error.orig)
    if isinstance(error, OperationalError):
        text = str(error.orig).lower()
        return any(message in text for message in LOCK_MESSAGES)
    return False


def with_retry(work: Callable[[], T], *, attempts: int = 3, delay_s: float = 0.5) -> T:
    """Run `work`, again after a pause when the database was briefly locked."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except (OperationalError, IntegrityError) as error:
            if not is_transient(error):
                raise
            logger.warning("database busy (attempt %d/%d): %s", attempt, attempts, error.orig)
            if attempt == attempts:
                raise TransientError(
                    "Cơ sở dữ liệu đang bị khóa bởi tiến trình khác: hãy chạy lại sau ít phút."
                ) from error
            time.sleep(delay_s * attempt)
    raise AssertionError("unreachable")


def load_records(
    engine: Engine,
    records: Iterable[MeetingRecord],
    *,
    attempts: int = 3,
    after: Callable[[Session, LoadResult], Any] | None = None,
) -> list[LoadResult]:
    """Load each record in its own transaction; `after(session, result)` runs inside it
    (scoring, for instance)."""
    results = []
    for record in records:

        def work(record: MeetingRecord = record) -> LoadResult:
            with Session(engine) as session, session.begin():
                result = load_record(session, record)
                if after is not None:
                    after(session, result)
                return result

        results.append(with_retry(work, attempts=attempts))
    return results
