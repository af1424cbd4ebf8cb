"""Storage: SQLAlchemy 2 models, Alembic migrations shipped in the package, idempotent loading."""

from bienban.store.engine import make_engine, normalise_url, session_factory
from bienban.store.load import LoadResult, load_record, load_records, record_failure, with_retry
from bienban.store.migrate import upgrade_database
from bienban.store.models import (
    AttendanceEntry,
    Base,
    Document,
    Meeting,
    RecordVersion,
    Resolution,
    Score,
    Topic,
)
from bienban.store.review import (
    MeetingReview,
    ReviewedValue,
    ReviewUser,
    apply_reviewed_values,
    correct_field,
    machine_record,
)
from bienban.store.scores import rescore_all, save_score, score_stored_meeting

__all__ = [
    "AttendanceEntry",
    "Base",
    "Document",
    "LoadResult",
    "Meeting",
    "MeetingReview",
    "RecordVersion",
    "Resolution",
    "ReviewUser",
    "ReviewedValue",
    "Score",
    "Topic",
    "apply_reviewed_values",
    "correct_field",
    "load_record",
    "load_records",
    "machine_record",
    "make_engine",
    "normalise_url",
    "record_failure",
    "rescore_all",
    "save_score",
    "score_stored_meeting",
    "session_factory",
    "upgrade_database",
    "with_retry",
]
