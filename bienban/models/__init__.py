"""Typed records shared by every stage: pages of text, extracted fields, the meeting record."""

from bienban.models.document import (
    DocumentFile,
    DocumentResult,
    DocumentStatus,
    FileFormat,
)
from bienban.models.page import DocumentKind, Page, PageStatus, Word
from bienban.models.record import (
    TOPIC_LABELS,
    Attendance,
    Evidence,
    MeetingFields,
    MeetingRecord,
    Source,
    Vote,
)

__all__ = [
    "TOPIC_LABELS",
    "Attendance",
    "DocumentFile",
    "DocumentKind",
    "DocumentResult",
    "DocumentStatus",
    "FileFormat",
    "Evidence",
    "MeetingFields",
    "MeetingRecord",
    "Page",
    "PageStatus",
    "Source",
    "Vote",
    "Word",
]
