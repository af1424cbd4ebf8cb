"""Reviewed values in the store, on SQLite and PostgreSQL: stored beside the machine's, applied
to the meeting, rescored, and kept when the document is read again."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bienban.scoring import load_rubric
from bienban.store import Meeting, load_record, make_engine, upgrade_database
from bienban.store.review import (
    ReviewedValue,
    ReviewError,
    correct_field,
    machine_record,
    parse_value,
)
from tests.store.helpers import make_record


def test_corrections_apply_rescore_and_survive_a_reload(fresh_db: str) -> None:
    upgrade_database(fresh_db)
    engine = make_engine(fresh_db)
    rubric = load_rubric(None)
    record = make_record(present=10)
    with Session(engine) as session, session.begin():
        meeting = session.get(Meeting, load_record(session, record).meeting_id)
        assert meeting is not None
        first = correct_field(
            session, meeting, "attendance.present", 23, reviewer="lan", rubric=rubric
        )
        assert (first.machine_value, first.value) == (10, 23)
        assert first.score.level == "Tốt" and first.score.points == 28
        correct_field(session, meeting, "vote.agree", 20, reviewer="lan", rubric=rubric)
        correct_field(session, meeting, "attendance.present", 22, reviewer="hoa", rubric=rubric)
    with Session(engine) as session, session.begin():
        meeting = session.scalars(select(Meeting)).one()
        assert (meeting.present, meeting.vote_agree, meeting.vote_total) == (22, 20, 23)
        assert meeting.record["review"]["attendance.present"]["by"] == "hoa"
        assert machine_record(meeting.record)["attendance"]["present"] == 10
        assert len(session.scalars(select(ReviewedValue)).all()) == 3  # every correction kept
        load_record(session, record.model_copy(update={"extractor": {"extractor": "9.0.0"}}))
        assert meeting.present == 22  # a newer reading loaded: the reviewed value stays on top
        assert machine_record(meeting.record)["attendance"]["present"] == 10
    engine.dispose()


def test_an_impossible_record_is_refused(fresh_db: str) -> None:
    upgrade_database(fresh_db)
    engine = make_engine(fresh_db)
    with Session(engine) as session:
        meeting = session.get(Meeting, load_record(session, make_record(vote=None)).meeting_id)
        assert meeting is not None
        with pytest.raises(ReviewError, match="vote"):
            correct_field(
                session, meeting, "vote.agree", 5, reviewer="lan", rubric=load_rubric(None)
            )
    engine.dispose()


@pytest.mark.parametrize(
    ("field", "text", "value"),
    [
        ("attendance.present", " 23 ", 23),
        ("attendance.present", "", None),
        ("date", "7/3/2022", "2022-03-07"),
        ("start_time", "14h30", "14:30"),
        ("start_time", "8 giờ", "08:00"),
        ("topics", "phương hướng, nhiệm vụ kỳ tới; review", ["plan", "review"]),
        ("topics", "Đảng phí", ["party_fees"]),
        ("resolutions", "Một.\n\nHai.", ["Một.", "Hai."]),
        ("meeting_type", "thematic", "thematic"),
    ],
)
def test_typed_text_becomes_the_record_value(field: str, text: str, value: object) -> None:
    assert parse_value(field, text) == value


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("attendance.present", "-3"),
        ("date", "2022-13-01"),
        ("start_time", "25:00"),
        ("topics", "khác"),
        ("meeting_type", "họp"),
        ("source.sha256", "x"),
    ],
)
def test_nonsense_is_refused_with_a_vietnamese_message(field: str, text: str) -> None:
    with pytest.raises(ReviewError):
        parse_value(field, text)


def test_a_corrected_end_time_recomputes_the_duration_and_the_score(fresh_db: str) -> None:
    upgrade_database(fresh_db)
    engine = make_engine(fresh_db)
    rubric = load_rubric(None)
    record = make_record(start_time="14:00", end_time="14:30", duration_minutes=30)
    with Session(engine) as session, session.begin():
        meeting = session.get(Meeting, load_record(session, record).meeting_id)
        assert meeting is not None
        correction = correct_field(
            session, meeting, "end_time", "16:00", reviewer="lan", rubric=rubric
        )
        assert meeting.duration_minutes == 120
        criteria = correction.score.detail["criteria"]
        duration = next(c for c in criteria if c["id"] == "duration")
        assert duration["points"] == duration["max"]
        correct_field(session, meeting, "end_time", "00:30", reviewer="lan", rubric=rubric)
        assert meeting.duration_minutes == 630  # over midnight, counted forward
