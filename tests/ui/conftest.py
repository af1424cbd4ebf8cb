"""Fixtures of the review page's tests: a database loaded with the sample documents' records
(evidence made from their printed text, one count misread), and the application on it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from bienban.models.record import MeetingRecord
from bienban.scoring import load_rubric
from bienban.settings import Settings
from bienban.store import Meeting, load_records, make_engine, score_stored_meeting
from bienban.ui.settings import UiSettings
from tests.store.helpers import fresh_db, postgres_database  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DOCS = ROOT / "sample_docs"
MISREAD = "doc_0010_clean.pdf"  # a text-layer PDF: its words can be highlighted without OCR
UI_DOCS = ("doc_0010_clean.pdf", "doc_0001_clean.jpg", "doc_0004_clean.pdf", "doc_0015_clean.pdf")

# (field, the words that introduce its line, confidence)
EVIDENCE = [
    ("branch", "CHI BỘ", 0.93),
    ("date", "ngày", 0.88),
    ("attendance.total_members", "Tổng số đảng viên", 0.91),
    ("attendance.present", "có mặt", 0.55),
    ("vote", "Biểu quyết", 0.86),
    ("end_time", "kết thúc", 0.74),
]


def _evidence(page_texts: list[str]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, cue, confidence in EVIDENCE:
        for number, text in enumerate(page_texts, start=1):
            line = next((ln for ln in text.splitlines() if cue.casefold() in ln.casefold()), None)
            if line:
                fields[key] = {"confidence": confidence, "page": number, "text": line}
                break
    return fields


def ui_records() -> list[MeetingRecord]:
    """The chosen sample documents' expected records with evidence; in MISREAD the machine
    read 13 members present instead of 30."""
    records = []
    for line in (SAMPLE_DOCS / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        if data["source"]["path"] not in UI_DOCS:
            continue
        data["fields"] = _evidence(data.pop("page_texts"))
        data.pop("generator", None)
        data["warnings"] = []
        data["extractor"] = {"bienban": "0.1.0", "extractor": "0.2.0"}
        if data["source"]["path"] == MISREAD:
            data["attendance"]["present"] = 13
            data["warnings"] = ["Số có mặt (13) cộng số vắng (1) khác tổng số đảng viên (31)."]
        records.append(MeetingRecord.model_validate(data))
    return records


@pytest.fixture
def ui_db(tmp_path: Path) -> str:
    """An SQLite database holding the sample records, scored with the default sheet."""
    from bienban.store import upgrade_database

    url = f"sqlite:///{tmp_path / 'ui.db'}"
    upgrade_database(url)
    engine = make_engine(url)
    rubric = load_rubric(None)

    def score(session: Session, result: Any) -> None:
        meeting = session.get(Meeting, result.meeting_id)
        assert meeting is not None
        score_stored_meeting(session, meeting, rubric=rubric)

    load_records(engine, ui_records(), after=score)
    engine.dispose()
    return url


class LineEngine:
    """A fake OCR engine that reads every page as one line of words across its top."""

    name = "line"
    WORDS = ["-", "Có", "mặt:", "6", "đồng", "chí."]

    def version(self) -> str:
        return "1"

    def read_page(self, image: Any, *, number: int) -> Any:
        from bienban.models import Page, Word

        step = image.width // (len(self.WORDS) + 1)
        words = [
            Word(text=text, left=step * (i + 1), top=100, width=step - 10, height=40, line=0)
            for i, text in enumerate(self.WORDS)
        ]
        return Page(
            number=number,
            text=" ".join(self.WORDS),
            words=words,
            width=image.width,
            height=image.height,
        )


def make_client(url: str, **ui: Any) -> Any:
    from fastapi.testclient import TestClient

    from bienban.ui.app import create_app

    app = create_app(
        Settings(database_url=url, cache_dir=None, workers=1),
        UiSettings(**ui),
        base_dir=SAMPLE_DOCS,
        ocr_engine=LineEngine(),
    )
    return TestClient(app, base_url="http://127.0.0.1:8765")


@pytest.fixture
def ui_client(ui_db: str) -> Iterator[Any]:
    with make_client(ui_db) as client:
        yield client
