"""Storing scores: one row per meeting and sheet version, replaced when rescored."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bienban.models.record import MeetingRecord
from bienban.scoring import MeetingScore, Rubric, score_meeting
from bienban.store.models import Meeting, Score


def save_score(session: Session, meeting: Meeting, score: MeetingScore) -> Score:
    """Insert or replace `meeting`'s score for the score's sheet id and version."""
    row = session.scalar(
        select(Score).where(
            Score.meeting_id == meeting.id,
            Score.rubric_id == score.rubric_id,
            Score.rubric_version == score.rubric_version,
        )
    )
    if row is None:
        row = Score(meeting_id=meeting.id, rubric_id=score.rubric_id)
        session.add(row)
    row.rubric_version = score.rubric_version
    row.extractor_version = meeting.extractor_version
    row.points = score.points
    row.assessable_max = score.assessable_max
    row.max_points = score.max_points
    row.scaled = score.scaled
    row.level = score.level
    row.stated_level = score.stated.level if score.stated else None
    row.stated_points = score.stated.points if score.stated else None
    row.detail = score.model_dump(mode="json")
    session.flush()
    return row


def score_stored_meeting(session: Session, meeting: Meeting, *, rubric: Rubric) -> Score:
    """Score the meeting's current record and store the result."""
    record = MeetingRecord.model_validate(meeting.record)
    return save_score(session, meeting, score_meeting(record, rubric=rubric))


def rescore_all(session: Session, *, rubric: Rubric) -> int:
    """Score every stored meeting against `rubric`; returns how many."""
    meetings = session.scalars(select(Meeting).order_by(Meeting.id)).all()
    for meeting in meetings:
        score_stored_meeting(session, meeting, rubric=rubric)
    return len(meetings)
