"""Fixtures of the drop-folder tests: an inbox, the flows' settings on a fresh SQLite file, and
a recorded OCR engine in place of Tesseract (the minutes used here have a text layer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bienban.flows.settings import FlowSettings
from bienban.inbox import InboxLayout, prepare_inbox
from bienban.inbox.records import open_store
from tests.conftest import RecordedEngine


@pytest.fixture
def inbox(work_dir: Path) -> InboxLayout:
    root = work_dir / "inbox"
    root.mkdir()
    return prepare_inbox(root)


@pytest.fixture
def flow_settings(work_dir: Path) -> FlowSettings:
    return FlowSettings(
        workers=1,
        cache_dir=None,
        database_url=f"sqlite:///{work_dir / 'bienban.db'}",
        inbox_stable_s=0,
        report_dir=work_dir / "reports",
    )


@pytest.fixture
def recorded_ocr(monkeypatch: pytest.MonkeyPatch) -> RecordedEngine:
    engine = RecordedEngine(["Trang không có chữ đáng kể"])
    monkeypatch.setattr("bienban.inbox.handle.make_engine", lambda settings: engine)
    open_store.cache_clear()
    return engine
