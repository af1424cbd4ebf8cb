"""The database tables, as SQLAlchemy 2 typed models.

A document (one scanned file, identified by the sha256 of its bytes) has at most one current
meeting: the record its newest extractor version produced. Every distinct record any extractor
version produced for it is kept in `record_versions`, so nothing is lost. A meeting's scores
name the rubric (id and version) and the extractor version of the record they judged.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# A document read, but with almost nothing of a meeting's minutes in it: kept, left out of
# reports (the drop folder quarantines its original).
NOT_MINUTES = "not_minutes"


class Document(Base):
    """One scanned file: its identity, where it was last seen, and whether it could be read."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)
    pages: Mapped[int | None]
    kind: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="ok")
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    meeting: Mapped[Meeting | None] = relationship(back_populates="document")
    versions: Mapped[list[RecordVersion]] = relationship(
        back_populates="document", order_by="RecordVersion.id"
    )


class RecordVersion(Base):
    """A record as one extractor version produced it: the history of a document's readings."""

    __tablename__ = "record_versions"
    __table_args__ = (UniqueConstraint("document_id", "content_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    extractor_version: Mapped[str] = mapped_column(String(200))
    content_sha256: Mapped[str] = mapped_column(String(64))
    record: Mapped[dict[str, Any]]
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    document: Mapped[Document] = relationship(back_populates="versions")


class Meeting(Base):
    """The current record of a document, its fields as columns and whole as JSON."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), unique=True
    )
    extractor_version: Mapped[str] = mapped_column(String(200))
    branch: Mapped[str | None] = mapped_column(String(300), index=True)
    parent_committee: Mapped[str | None] = mapped_column(String(300))
    meeting_type: Mapped[str | None] = mapped_column(String(20))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_time: Mapped[str | None] = mapped_column(String(5))
    duration_minutes: Mapped[int | None]
    location: Mapped[str | None] = mapped_column(Text)
    chair: Mapped[str | None] = mapped_column(String(200))
    secretary: Mapped[str | None] = mapped_column(String(200))
    total_members: Mapped[int | None]
    exempt: Mapped[int | None]
    present: Mapped[int | None]
    absent_excused: Mapped[int | None]
    absent_unexcused: Mapped[int | None]
    thematic_title: Mapped[str | None] = mapped_column(Text)
    speakers: Mapped[int | None]
    vote_agree: Mapped[int | None]
    vote_total: Mapped[int | None]
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    record: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    document: Mapped[Document] = relationship(back_populates="meeting")
    attendance: Mapped[list[AttendanceEntry]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AttendanceEntry.id"
    )
    resolutions: Mapped[list[Resolution]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Resolution.position"
    )
    topics: Mapped[list[Topic]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Topic.label"
    )
    scores: Mapped[list[Score]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Score.id"
    )


class AttendanceEntry(Base):
    """A named person at (or missing from) a meeting: guest, absent_excused, absent_unexcused."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")


class Resolution(Base):
    __tablename__ = "resolutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="resolutions")


class Topic(Base):
    __tablename__ = "topics"
    __table_args__ = (UniqueConstraint("meeting_id", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(40))

    meeting: Mapped[Meeting] = relationship(back_populates="topics")


class Score(Base):
    """A meeting judged against one version of one scoring sheet."""

    __tablename__ = "scores"
    __table_args__ = (UniqueConstraint("meeting_id", "rubric_id", "rubric_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    rubric_id: Mapped[str] = mapped_column(String(100))
    rubric_version: Mapped[str] = mapped_column(String(50))
    extractor_version: Mapped[str] = mapped_column(String(200))
    points: Mapped[float] = mapped_column(Float)
    assessable_max: Mapped[float] = mapped_column(Float)
    max_points: Mapped[float] = mapped_column(Float)
    scaled: Mapped[float | None] = mapped_column(Float)
    level: Mapped[str | None] = mapped_column(String(30))
    stated_level: Mapped[str | None] = mapped_column(String(30))
    stated_points: Mapped[float | None] = mapped_column(Float)
    detail: Mapped[dict[str, Any]]
    scored_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    meeting: Mapped[Meeting] = relationship(back_populates="scores")


__all__ = [
    "AttendanceEntry",
    "Base",
    "Document",
    "Meeting",
    "RecordVersion",
    "Resolution",
    "Score",
    "Topic",
]
