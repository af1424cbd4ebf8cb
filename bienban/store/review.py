"""Reviewed values: what a person corrected, beside what the machine read, and who may review.

A correction is stored as a `ReviewedValue` row (the field, the machine's value, the reviewed
value, who, when; every correction is kept, the newest per field wins). It is then applied to
the meeting itself, so that every reader of `meetings` and `scores` (the reports, the exports,
`bienban score`) uses the reviewed value without knowing about reviews:

- the meeting's record JSON gets the value at its place and a `review` overlay
  (`{"attendance.present": {"machine": 23, "value": 20, "by": "lan", "at": "…"}}`), from which
  `machine_record` gives back exactly what the machine read;
- the meeting's columns and child rows are refilled from that record;
- the meeting is rescored at once.

After a document is loaded again (a newer extractor), `apply_reviewed_values` puts the reviewed
values back on top of the new reading.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from bienban.models.record import MEETING_TYPE_NAMES, TOPIC_NAMES, MeetingRecord
from bienban.scoring import Rubric
from bienban.store.load import fill_meeting
from bienban.store.models import Base, Meeting, Score, _now
from bienban.store.scores import score_stored_meeting

REVIEW_KEY = "review"

# The fields a reviewer may correct, with their kind: how a form's text becomes a value.
FIELD_KINDS: dict[str, str] = {
    "branch": "text",
    "parent_committee": "text",
    "meeting_type": "meeting_type",
    "date": "date",
    "start_time": "time",
    "end_time": "time",
    "duration_minutes": "int",
    "location": "text",
    "chair": "text",
    "secretary": "text",
    "attendance.total_members": "int",
    "attendance.exempt": "int",
    "attendance.present": "int",
    "attendance.absent_excused": "int",
    "attendance.absent_unexcused": "int",
    "attendance.guests": "lines",
    "thematic_title": "text",
    "speakers": "int",
    "vote.agree": "int",
    "vote.total": "int",
    "topics": "topics",
    "resolutions": "lines",
}


class ReviewError(ValueError):
    """A corrected value that cannot be stored; the message (Vietnamese) says what to write."""


class ReviewedValue(Base):
    """One correction of one field of a meeting: the machine's value beside the reviewed one."""

    __tablename__ = "reviewed_values"
    __table_args__ = (Index("ix_reviewed_values_meeting_field", "meeting_id", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(100))
    machine_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    reviewer: Mapped[str] = mapped_column(String(100))
    reviewed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    note: Mapped[str | None] = mapped_column(Text)


class MeetingReview(Base):
    """A reviewer's word that a meeting has been checked as a whole."""

    __tablename__ = "meeting_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), unique=True
    )
    reviewer: Mapped[str] = mapped_column(String(100))
    reviewed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class ReviewUser(Base):
    """A person allowed to review when the web page is reachable from other machines."""

    __tablename__ = "review_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


# --- values in a record --------------------------------------------------------------------


def get_value(record: dict[str, Any], field: str) -> Any:
    """The value of `field` ("attendance.present", "vote.agree", "date") in a record dict."""
    value: Any = record
    for part in field.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def set_value(record: dict[str, Any], field: str, value: Any) -> None:
    """Put `value` at `field`; a vote is created (or removed) as a whole."""
    if field.startswith("vote."):
        vote = dict(record.get("vote") or {})
        vote[field.split(".", 1)[1]] = value
        record["vote"] = vote if any(v is not None for v in vote.values()) else None
        return
    parts = field.split(".")
    target = record
    for part in parts[:-1]:
        target = target.setdefault(part, {})
    target[parts[-1]] = value


def parse_value(field: str, text: str) -> Any:
    """The value a reviewer typed, as the record holds it; empty text is "none"."""
    kind = FIELD_KINDS.get(field)
    if kind is None:
        raise ReviewError(f"Trường '{field}' không sửa được trên trang này.")
    text = text.strip()
    if kind == "lines":
        return [line.strip() for line in text.splitlines() if line.strip()]
    if kind == "topics":
        return _parse_topics(text)
    if not text:
        return None
    if kind == "int":
        if not text.isdigit():
            raise ReviewError(f"'{text}' không phải số nguyên không âm: hãy ghi một số, ví dụ 23.")
        return int(text)
    if kind == "date":
        return _parse_date(text)
    if kind == "time":
        return _parse_time(text)
    if kind == "meeting_type":
        return _parse_meeting_type(text)
    return text


def _by_label_or_name(names: dict[str, str]) -> dict[str, str]:
    """Lookup of a code from itself or its Vietnamese name (case-insensitive)."""
    lookup = {code.casefold(): code for code in names}
    lookup.update({name.casefold(): code for code, name in names.items()})
    return lookup


def _parse_meeting_type(text: str) -> str:
    code = _by_label_or_name(MEETING_TYPE_NAMES).get(" ".join(text.split()).casefold())
    if code is None:
        raise ReviewError(
            "Loại buổi họp phải là một trong: " + ", ".join(MEETING_TYPE_NAMES.values()) + "."
        )
    return code


def _parse_topics(text: str) -> list[str]:
    """Topics one per line or separated by ';', by Vietnamese name or by label."""
    lookup = _by_label_or_name(TOPIC_NAMES)
    parts = [" ".join(p.split()) for p in text.replace("\n", ";").split(";") if p.strip()]
    unknown = [part for part in parts if part.casefold() not in lookup]
    if unknown:
        raise ReviewError(
            f"Chủ đề không có trong danh mục: {'; '.join(unknown)}. "
            f"Dùng: {'; '.join(TOPIC_NAMES.values())}."
        )
    return list(dict.fromkeys(lookup[part.casefold()] for part in parts))


def _parse_date(text: str) -> str:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    raise ReviewError(f"Ngày '{text}' không hợp lệ: hãy ghi dd/mm/yyyy, ví dụ 07/10/2012.")


def _parse_time(text: str) -> str:
    cleaned = text.lower().replace("giờ", ":").replace("h", ":").replace(" ", "")
    hours, _, minutes = cleaned.partition(":")
    minutes = minutes.strip(":") or "0"
    if hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60:
        return f"{int(hours):02d}:{int(minutes):02d}"
    raise ReviewError(f"Giờ '{text}' không hợp lệ: hãy ghi HH:MM (24 giờ), ví dụ 14:30.")


# --- corrections ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Correction:
    field: str
    machine_value: Any
    value: Any
    score: Score


def machine_record(record: dict[str, Any]) -> dict[str, Any]:
    """The record as the machine read it: every reviewed value put back, no overlay."""
    data = copy.deepcopy(record)
    overlay = data.pop(REVIEW_KEY, None) or {}
    for field, entry in overlay.items():
        set_value(data, field, entry.get("machine"))
    return data


def correct_field(
    session: Session,
    meeting: Meeting,
    field: str,
    value: Any,
    *,
    reviewer: str,
    rubric: Rubric,
    note: str | None = None,
) -> Correction:
    """Store a reviewed value for `field`, apply it to the meeting and rescore the meeting.
    A value equal to the machine's is stored too: a person confirmed it."""
    if field not in FIELD_KINDS:
        raise ReviewError(f"Trường '{field}' không sửa được trên trang này.")
    machine = get_value(machine_record(meeting.record), field)
    session.add(
        ReviewedValue(
            meeting_id=meeting.id,
            field=field,
            machine_value=machine,
            value=value,
            reviewer=reviewer,
            note=note,
        )
    )
    session.flush()
    apply_reviewed_values(session, meeting)
    score = score_stored_meeting(session, meeting, rubric=rubric)
    return Correction(field=field, machine_value=machine, value=value, score=score)


def current_reviews(session: Session, meeting_id: int) -> dict[str, ReviewedValue]:
    """The newest reviewed value of each corrected field of a meeting."""
    rows = session.scalars(
        select(ReviewedValue)
        .where(ReviewedValue.meeting_id == meeting_id)
        .order_by(ReviewedValue.reviewed_at, ReviewedValue.id)
    )
    return {row.field: row for row in rows}


def minutes_between(start: str | None, end: str | None) -> int | None:
    """End minus start ("HH:MM") in minutes, counted forward over midnight; None unless both
    are known (the contract's rule for duration_minutes)."""
    if not start or not end:
        return None
    (start_h, start_m), (end_h, end_m) = (map(int, t.split(":")) for t in (start, end))
    return ((end_h * 60 + end_m) - (start_h * 60 + start_m)) % (24 * 60)


def apply_reviewed_values(session: Session, meeting: Meeting) -> None:
    """Put the newest reviewed value of every field on top of the machine's reading: the
    record JSON (with the `review` overlay), the meeting's columns and child rows. Does
    nothing to a meeting nobody reviewed (safe to call after every load)."""
    reviews = current_reviews(session, meeting.id) if meeting.id is not None else {}
    if not reviews and REVIEW_KEY not in meeting.record:
        return
    machine = machine_record(meeting.record)
    data = copy.deepcopy(machine)
    overlay: dict[str, Any] = {}
    for field, row in reviews.items():
        set_value(data, field, copy.deepcopy(row.value))
        overlay[field] = {
            "machine": get_value(machine, field),
            "value": row.value,
            "by": row.reviewer,
            "at": row.reviewed_at.isoformat(timespec="seconds"),
        }
    if {"start_time", "end_time"} & reviews.keys() and "duration_minutes" not in reviews:
        data["duration_minutes"] = minutes_between(data.get("start_time"), data.get("end_time"))
    if overlay:
        data[REVIEW_KEY] = overlay
    try:
        record = MeetingRecord.model_validate(data)
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        raise ReviewError(
            f"Giá trị không hợp lệ ở '{where}' ({problem['msg']}): hãy sửa cả trường này."
        ) from error
    fill_meeting(session, meeting, record, meeting.extractor_version)
    meeting.record = data  # keeps what the model does not know (evidence boxes, say)
    session.flush()


def mark_reviewed(session: Session, meeting: Meeting, *, reviewer: str) -> MeetingReview:
    row = session.scalar(select(MeetingReview).where(MeetingReview.meeting_id == meeting.id))
    if row is None:
        row = MeetingReview(meeting_id=meeting.id, reviewer=reviewer)
        session.add(row)
    row.reviewer = reviewer
    row.reviewed_at = _now()
    session.flush()
    return row


# --- users ---------------------------------------------------------------------------------

SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    """`scrypt$n$r$p$salt$hash` (hex), with a random 16-byte salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **SCRYPT)
    return f"scrypt${SCRYPT['n']}${SCRYPT['r']}${SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        computed = hashlib.scrypt(
            password.encode("utf-8"),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(digest) // 2,
        )
    except ValueError:
        return False
    return hmac.compare_digest(computed.hex(), digest)


def add_user(session: Session, name: str, password: str, *, is_admin: bool = False) -> ReviewUser:
    """Create a user, or set a new password for an existing one."""
    name = name.strip()
    if not name or len(name) > 100:
        raise ReviewError("Tên người dùng phải có từ 1 đến 100 ký tự.")
    if len(password) < 8:
        raise ReviewError("Mật khẩu phải có ít nhất 8 ký tự.")
    user = session.scalar(select(ReviewUser).where(ReviewUser.name == name))
    if user is None:
        user = ReviewUser(name=name, password_hash="")
        session.add(user)
    user.password_hash = hash_password(password)
    user.is_admin = is_admin
    session.flush()
    return user


def authenticate(session: Session, name: str, password: str) -> ReviewUser | None:
    user = session.scalar(select(ReviewUser).where(ReviewUser.name == name.strip()))
    if user is None:
        verify_password(password, _DUMMY_HASH)  # same time whether or not the name exists
        return None
    return user if verify_password(password, user.password_hash) else None


_DUMMY_HASH = (
    "scrypt$16384$8$1$00000000000000000000000000000000$"
    "0000000000000000000000000000000000000000000000000000000000000000"
)


__all__ = [
    "FIELD_KINDS",
    "Correction",
    "MeetingReview",
    "ReviewError",
    "ReviewUser",
    "ReviewedValue",
    "add_user",
    "apply_reviewed_values",
    "authenticate",
    "correct_field",
    "current_reviews",
    "get_value",
    "machine_record",
    "mark_reviewed",
    "parse_value",
    "set_value",
]
