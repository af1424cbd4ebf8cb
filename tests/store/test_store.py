"""Storage against SQLite and PostgreSQL, for real: migrations, round trips, idempotent loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bienban.errors import TransientError
from bienban.models.record import MeetingRecord
from bienban.scoring import load_rubric
from bienban.store import (
    Base,
    Document,
    Meeting,
    RecordVersion,
    Score,
    load_record,
    load_records,
    make_engine,
    record_failure,
    score_stored_meeting,
    upgrade_database,
    with_retry,
)
from bienban.store.migrate import alembic_config, current_revision
from tests.store.helpers import make_record

ROOT = Path(__file__).resolve().parents[2]


def test_migrations_up_from_empty_match_the_models(fresh_db: str) -> None:
    upgrade_database(fresh_db)
    engine = make_engine(fresh_db)
    head = ScriptDirectory.from_config(alembic_config(fresh_db)).get_current_head()
    assert current_revision(engine) == head
    tables = set(inspect(engine).get_table_names())
    assert {"documents", "meetings", "attendance", "resolutions", "topics", "scores"} <= tables
    assert "record_versions" in tables
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    upgrade_database(fresh_db)  # a second upgrade is a no-op
    engine.dispose()


def test_sample_records_round_trip(fresh_db: str) -> None:
    lines = (ROOT / "sample_docs" / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    records = [MeetingRecord.model_validate(json.loads(line)) for line in lines]
    upgrade_database(fresh_db)
    engine = make_engine(fresh_db)
    results = load_records(engine, records)
    assert [r.action for r in results] == ["inserted"] * len(records)
    with Session(engine) as session:
        for record in records:
            document = session.scalars(
                select(Document).where(Document.sha256 == record.source.sha256)
            ).one()
            meeting = document.meeting
            assert meeting is not None
            assert meeting.record == record.to_json_dict()  # nothing lost, diacritics intact
            assert MeetingRecord.model_validate(meeting.record) == record
            assert meeting.branch == record.branch
            assert [t.label for t in meeting.topics] == sorted(set(record.topics))
            assert [r.text for r in meeting.resolutions] == record.resolutions
            guests = [a.name for a in meeting.attendance if a.role == "guest"]
            assert guests == (record.attendance.guests or [])
    engine.dispose()


def test_loading_twice_is_one_record_and_newer_extractor_updates(fresh_db: str) -> None:
    upgrade_database(fresh_db)
    engine = make_engine(fresh_db)
    first = make_record(speakers=10)
    assert load_records(engine, [first])[0].action == "inserted"
    assert load_records(engine, [first])[0].action == "unchanged"
    newer = make_record(speakers=14, extractor={"extractor": "0.2.0"})
    assert load_records(engine, [newer])[0].action == "updated"
    older = make_record(speakers=3, extractor={"extractor": "0.1.5"})
    assert load_records(engine, [older])[0].action == "kept_newer"
    with Session(engine) as session:
        assert session.scalars(select(Document)).all().__len__() == 1
        meeting = session.scalars(select(Meeting)).one()
        assert (meeting.speakers, meeting.extractor_version) == (14, "0.2.0")
        versions = session.scalars(select(RecordVersion).order_by(RecordVersion.id)).all()
        assert [(v.extractor_version, v.record["speakers"]) for v in versions] == [
            ("0.1.0", 10),
            ("0.2.0", 14),
            ("0.1.5", 3),
        ]
    engine.dispose()


def test_scores_are_stored_with_rubric_and_extractor_versions(fresh_db: str) -> None:
    upgrade_database(fresh_db)
    engine = make_engine(fresh_db)
    rubric = load_rubric()
    with Session(engine) as session, session.begin():
        result = load_record(session, make_record())
        meeting = session.get(Meeting, result.meeting_id)
        assert meeting is not None
        score_stored_meeting(session, meeting, rubric=rubric)
        score_stored_meeting(session, meeting, rubric=rubric)  # rescoring replaces
    with Session(engine) as session:
        score = session.scalars(select(Score)).one()
        assert (score.rubric_id, score.rubric_version) == ("default", rubric.version)
        assert score.extractor_version == "0.1.0"
        assert (score.points, score.assessable_max, score.level) == (28, 28, "Tốt")
        assert score.detail["criteria"][0]["reason"].startswith("Họp 14:00–16:00")
    engine.dispose()


def test_failures_are_recorded_and_keep_earlier_meetings(fresh_db: str) -> None:
    upgrade_database(fresh_db)
    engine = make_engine(fresh_db)
    record = make_record()
    with Session(engine) as session, session.begin():
        load_record(session, record)
        record_failure(
            session, sha256=record.source.sha256, path="x.pdf", reasons=["Tệp PDF bị hỏng."]
        )
        record_failure(session, sha256="f" * 64, path="hong.tif", reasons=["Ảnh trống."])
    with Session(engine) as session:
        documents = {d.path: d for d in session.scalars(select(Document))}
        assert documents["hong.tif"].status == "failed"
        assert documents["hong.tif"].meeting is None
        assert documents["x.pdf"].reasons == ["Tệp PDF bị hỏng."]
        assert documents["x.pdf"].meeting is not None
    engine.dispose()


def _locked() -> OperationalError:
    return OperationalError("INSERT", {}, Exception("database is locked"))


def test_retry_only_a_locked_database() -> None:
    calls = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 2:
            raise _locked()
        return "ok"

    assert with_retry(flaky, attempts=3, delay_s=0) == "ok"
    assert len(calls) == 2

    def always_locked() -> None:
        raise _locked()

    with pytest.raises(TransientError):
        with_retry(always_locked, attempts=2, delay_s=0)

    def broken() -> None:
        raise OperationalError("SELECT", {}, Exception("no such table: meetings"))

    with pytest.raises(OperationalError):
        with_retry(broken, attempts=3, delay_s=0)


def test_no_migration_drops_data() -> None:
    """An upgrade never loses data: no upgrade step drops a table or a column."""
    versions = ROOT / "bienban" / "store" / "migrations" / "versions"
    for path in versions.glob("*.py"):
        upgrade = path.read_text(encoding="utf-8").split("def downgrade")[0]
        assert "drop_table" not in upgrade and "drop_column" not in upgrade, path.name
