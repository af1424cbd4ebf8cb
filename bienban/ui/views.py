"""What the pages show, read from the store: the document list and one document's fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bienban.models.record import TOPIC_NAMES
from bienban.reports import Period
from bienban.reports.views import TYPE_NAMES, pick_score
from bienban.scoring import Rubric
from bienban.store.models import Document, Meeting, Score
from bienban.store.review import (
    FIELD_KINDS,
    REVIEW_KEY,
    MeetingReview,
    ReviewedValue,
    get_value,
    machine_record,
)
from bienban.ui.scans import Box, ScanStore, evidence_boxes, locate_text

LABELS: dict[str, str] = {
    "branch": "Chi bộ",
    "parent_committee": "Đảng bộ cấp trên",
    "meeting_type": "Loại buổi họp",
    "date": "Ngày họp",
    "start_time": "Giờ bắt đầu",
    "end_time": "Giờ kết thúc",
    "duration_minutes": "Thời lượng (phút)",
    "location": "Địa điểm",
    "chair": "Chủ trì",
    "secretary": "Thư ký",
    "attendance.total_members": "Tổng số đảng viên",
    "attendance.exempt": "Miễn sinh hoạt",
    "attendance.present": "Có mặt",
    "attendance.absent_excused": "Vắng có lý do",
    "attendance.absent_unexcused": "Vắng không lý do",
    "attendance.guests": "Đại biểu dự",
    "thematic_title": "Tên chuyên đề",
    "speakers": "Số ý kiến phát biểu",
    "vote.agree": "Biểu quyết: tán thành",
    "vote.total": "Biểu quyết: tổng số",
    "topics": "Nội dung (chủ đề)",
    "resolutions": "Nghị quyết",
}

STATUS_NAMES = {
    "failed": "Không đọc được",
    "needs_review": "Cần xem lại",
    "corrected": "Đã sửa một phần",
    "reviewed": "Đã duyệt",
    "ok": "Máy đọc chắc chắn",
}


# Every meeting has these: when the machine found none, a person should look.
EXPECTED = (
    "branch",
    "meeting_type",
    "date",
    "start_time",
    "end_time",
    "chair",
    "secretary",
    "attendance.total_members",
    "attendance.present",
)


def evidence_key(field_name: str) -> str:
    """The key of `record["fields"]` that holds a field's evidence."""
    return "vote" if field_name.startswith("vote.") else field_name


def uncertain_fields(record: dict[str, Any], *, threshold: float) -> list[str]:
    """Evidence keys read with a confidence below `threshold`, and expected fields the machine
    did not find, that nobody has reviewed yet."""
    reviewed = {evidence_key(f) for f in record.get(REVIEW_KEY) or {}}
    doubtful = [
        key
        for key, evidence in (record.get("fields") or {}).items()
        if isinstance(evidence, dict) and float(evidence.get("confidence", 1.0)) < threshold
    ]
    missing = [name for name in EXPECTED if get_value(record, name) is None]
    return [key for key in dict.fromkeys(doubtful + missing) if key not in reviewed]


def review_status(document: Document, marked: bool, *, threshold: float) -> str:
    meeting = document.meeting
    if meeting is None:
        return "failed" if document.status == "failed" else "needs_review"
    if marked:
        return "reviewed"
    if meeting.warnings or uncertain_fields(meeting.record, threshold=threshold):
        return "needs_review"
    return "corrected" if meeting.record.get(REVIEW_KEY) else "ok"


@dataclass
class DocumentRow:
    id: int
    name: str
    branch: str | None
    date: dt.date | None
    meeting_type: str | None
    level: str | None
    scaled: float | None
    warnings: list[str]
    uncertain: int
    corrections: int
    status: str

    @property
    def status_name(self) -> str:
        return STATUS_NAMES[self.status]


def list_documents(
    session: Session,
    *,
    rubric: Rubric,
    threshold: float,
    branch: str | None = None,
    period: Period | None = None,
    needs_review: bool = False,
    limit: int = 500,
) -> list[DocumentRow]:
    """Documents with their meeting, newest meeting first, filtered."""
    query = (
        select(Document)
        .outerjoin(Meeting)
        .options(selectinload(Document.meeting).selectinload(Meeting.scores))
        .order_by(Meeting.date.desc().nulls_last(), Document.id)
    )
    if branch:
        query = query.where(Meeting.branch.ilike(f"%{branch}%"))
    if period:
        query = query.where(Meeting.date >= period.start, Meeting.date < period.end)
    marked = set(session.scalars(select(MeetingReview.meeting_id)))
    rows = []
    for document in session.scalars(query).unique():
        row = _document_row(document, marked, rubric=rubric, threshold=threshold)
        if not needs_review or row.status in ("needs_review", "failed"):
            rows.append(row)
        if len(rows) >= limit:
            break
    return rows


def _document_row(
    document: Document, marked: set[int], *, rubric: Rubric, threshold: float
) -> DocumentRow:
    meeting = document.meeting
    score = pick_score(meeting, rubric) if meeting else None
    record = meeting.record if meeting else {}
    return DocumentRow(
        id=document.id,
        name=document.path.rsplit("/", 1)[-1],
        branch=meeting.branch if meeting else None,
        date=meeting.date if meeting else None,
        meeting_type=TYPE_NAMES.get(meeting.meeting_type or "") if meeting else None,
        level=score.level if score else None,
        scaled=score.scaled if score else None,
        warnings=list(meeting.warnings) if meeting else list(document.reasons),
        uncertain=len(uncertain_fields(record, threshold=threshold)),
        corrections=len(record.get(REVIEW_KEY) or {}),
        status=review_status(document, bool(meeting and meeting.id in marked), threshold=threshold),
    )


@dataclass
class FieldView:
    """One field of the record as the document page shows it."""

    name: str
    label: str
    kind: str
    value: Any
    confidence: float | None
    page: int | None
    text: str | None
    boxes: list[Box] = field(default_factory=list)
    machine_value: Any = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    uncertain: bool = False
    missing: bool = False

    @property
    def is_reviewed(self) -> bool:
        return self.reviewed_by is not None

    @property
    def form_value(self) -> str:
        return format_value(self.value, self.kind, form=True)

    @property
    def shown_value(self) -> str:
        return format_value(self.value, self.kind)

    @property
    def shown_machine_value(self) -> str:
        return format_value(self.machine_value, self.kind)


def format_value(value: Any, kind: str, *, form: bool = False) -> str:
    if value is None or value == []:
        return "" if form else "—"
    if kind == "lines":
        return "\n".join(str(v) for v in value) if form else "; ".join(str(v) for v in value)
    if kind == "topics":
        names = [TOPIC_NAMES.get(label, label) for label in value]
        return "; ".join(names)
    if kind == "date" and not form:
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return str(value)
    if kind == "meeting_type":
        return TYPE_NAMES.get(value, value)
    return str(value)


def field_views(meeting: Meeting, scans: ScanStore, *, threshold: float) -> list[FieldView]:
    """Every correctable field, least confident first; reviewed fields and fields without
    evidence after."""
    record = meeting.record
    machine = machine_record(record)
    overlay = record.get(REVIEW_KEY) or {}
    views = []
    for name, kind in FIELD_KINDS.items():
        evidence = (record.get("fields") or {}).get(evidence_key(name)) or {}
        confidence = evidence.get("confidence")
        entry = overlay.get(name) or {}
        view = FieldView(
            name=name,
            label=LABELS[name],
            kind=kind,
            value=get_value(record, name),
            confidence=float(confidence) if confidence is not None else None,
            page=evidence.get("page"),
            text=evidence.get("text"),
            machine_value=get_value(machine, name),
            reviewed_by=entry.get("by"),
            reviewed_at=entry.get("at"),
        )
        view.missing = view.value is None and name in EXPECTED
        doubtful = view.confidence is not None and view.confidence < threshold
        view.uncertain = not view.is_reviewed and (doubtful or view.missing)
        view.boxes = _boxes(meeting, evidence, scans)
        views.append(view)
    return sorted(views, key=_order)


def _order(view: FieldView) -> tuple[int, float]:
    if view.is_reviewed:
        return (2, 0.0)
    if view.missing:
        return (0, -1.0)
    if view.confidence is None:
        return (1, 0.0)
    return (0, view.confidence)


def _boxes(meeting: Meeting, evidence: dict[str, Any], scans: ScanStore) -> list[Box]:
    boxes = evidence_boxes(evidence)
    if boxes or not evidence.get("page") or not evidence.get("text"):
        return boxes
    words = scans.text_layer_words(meeting.document, int(evidence["page"]))
    return locate_text(words, str(evidence["text"]))


def corrections_of(session: Session, meeting: Meeting) -> list[ReviewedValue]:
    """Every correction of a meeting, newest first (the history shown on its page)."""
    return list(
        session.scalars(
            select(ReviewedValue)
            .where(ReviewedValue.meeting_id == meeting.id)
            .order_by(ReviewedValue.reviewed_at.desc(), ReviewedValue.id.desc())
        )
    )


def score_of(meeting: Meeting, rubric: Rubric) -> Score | None:
    return pick_score(meeting, rubric)
