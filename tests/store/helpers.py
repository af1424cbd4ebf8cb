"""Shared by the store, scoring and report tests: records made to measure, and databases
(a fresh SQLite file, and a fresh PostgreSQL database per test session)."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from bienban.models.record import MeetingRecord
from bienban.store import make_engine

POSTGRES_ADMIN_URL = os.environ.get(
    "BIENBAN_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def make_record(**overrides: Any) -> MeetingRecord:
    """A regular meeting that earns every assessable point of the default sheet (worked by
    hand: 120 min ≥ 90 → 5; 23/(27−2) = 92% → 4; 12/23 = 52% → 5; ... 28/28)."""
    name = overrides.pop("name", "doc")
    data: dict[str, Any] = {
        "schema": "bienban.record/1",
        "source": {
            "path": f"{name}.pdf",
            "sha256": hashlib.sha256(name.encode()).hexdigest(),
            "pages": 2,
            "kind": "text_pdf",
        },
        "branch": "Chi bộ ấp Hưng Thạnh Đông",
        "parent_committee": "Đảng bộ xã Long Hưng B",
        "meeting_type": "regular",
        "date": "2024-01-03",
        "start_time": "14:00",
        "end_time": "16:00",
        "duration_minutes": 120,
        "location": "Hội trường ấp",
        "chair": "Nguyễn Văn Được",
        "secretary": "Trần Thị Hồng Nhung",
        "attendance": {
            "total_members": 27,
            "exempt": 2,
            "present": 23,
            "absent_excused": 2,
            "absent_unexcused": 0,
            "guests": ["Lê Văn Tám"],
        },
        "topics": ["current_affairs", "review", "criticism", "plan", "party_fees"],
        "thematic_title": None,
        "resolutions": ["Đồng chí Hùng phụ trách nạo vét kênh Xáng Lộ Đá trước 30/3."],
        "speakers": 12,
        "vote": {"agree": 23, "total": 23},
        "fields": {
            "end_time": {
                "confidence": 0.9,
                "page": 2,
                "text": "Cuộc họp kết thúc lúc 16 giờ 00 phút, biên bản đã được thông qua.",
            }
        },
        "warnings": [],
        "extractor": {"bienban": "0.1.0", "extractor": "0.1.0"},
    }
    for key, value in overrides.items():
        if key in data["attendance"] and key != "guests":
            data["attendance"][key] = value
        else:
            data[key] = value
    return MeetingRecord.model_validate(data)


def postgres_admin() -> Any:
    """An engine on the server's `postgres` database; fails (never skips) when the server is
    not reachable, unless BIENBAN_TEST_SKIP_POSTGRES=1."""
    engine = make_engine(POSTGRES_ADMIN_URL)
    try:
        with engine.connect():
            pass
    except Exception as error:  # noqa: BLE001
        if os.environ.get("BIENBAN_TEST_SKIP_POSTGRES") == "1":
            pytest.skip(f"PostgreSQL not reachable ({error.__class__.__name__}), skip asked")
        pytest.fail(
            f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL}: {error}. Start it, or set "
            "BIENBAN_TEST_SKIP_POSTGRES=1 to skip these tests knowingly."
        )
    return engine


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database for the session, dropped afterwards."""
    admin = postgres_admin()
    name = f"bienban_test_{uuid.uuid4().hex[:10]}"
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_db(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """The URL of an empty database: an SQLite file, or the session's PostgreSQL database
    emptied (schema dropped and recreated)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bienban.db'}"
        return
    url = request.getfixturevalue("postgres_database")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    yield url
