"""The flows in Prefect's local mode (one temporary server for the whole module): the drop
folder, the nightly run, artifacts in the UI, and the idle nightly run over 10,000 documents."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from bienban.flows.settings import FlowSettings
from bienban.inbox import OutcomeStatus
from bienban.inbox.records import open_store
from bienban.scoring import load_rubric
from bienban.store import Document, Meeting, Score
from tests.inbox.inputs import bad_inputs, minutes_pdfs, new_inbox
from tests.store.helpers import make_record

pytestmark = [pytest.mark.prefect, pytest.mark.tesseract]


def settings_for(work_dir: Path, **overrides: Any) -> FlowSettings:
    values: dict[str, Any] = {
        "workers": 2,
        "database_url": f"sqlite:///{work_dir / 'bienban.db'}",
        "inbox_stable_s": 0,
        "report_dir": work_dir / "reports",
    }
    return FlowSettings(**(values | overrides))


def artifacts_of(flow_run_id: Any) -> dict[str, Any]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return {str(artifact.key): artifact for artifact in found}


def test_the_inbox_flow_then_the_nightly_flow(work_dir: Path) -> None:
    from bienban.flows.inbox import process_inbox
    from bienban.flows.nightly import nightly
    from bienban.flows.runners import with_runner

    layout = new_inbox(work_dir / "inbox")
    minutes = minutes_pdfs(work_dir / "good", count=3)
    expected = bad_inputs(work_dir / "bad")
    for path in [*minutes, *(work_dir / "bad").iterdir()]:
        shutil.copy2(path, layout.root / path.name)
    settings = settings_for(work_dir)

    started = time.perf_counter()
    state = with_runner(process_inbox, settings)(str(layout.root), settings, return_state=True)
    print(f"inbox flow: {time.perf_counter() - started:.1f} s")
    outcomes = {o.path: o for o in state.result()}
    assert {o.path for o in outcomes.values() if o.status is OutcomeStatus.PROCESSED} == {
        p.name for p in minutes
    }
    assert all(outcomes[name].is_set_aside for name in expected)
    artifacts = artifacts_of(state.state_details.flow_run_id)
    table = artifacts["bienban-inbox-documents"]
    rows = json.loads(str(table.data))
    assert {row["Tài liệu"] for row in rows} == set(outcomes)
    assert {row["Xếp loại"] for row in rows if row["Tài liệu"] == minutes[0].name} != {""}
    unreadable = sum(1 for o in outcomes.values() if o.status is OutcomeStatus.FAILED)
    assert unreadable == len(expected) - 1  # all but the news article ("không phải biên bản")
    assert f"| không đọc được | {unreadable} |" in str(artifacts["bienban-inbox-summary"].data)

    shutil.copy2(minutes[0], layout.root / "bản sao tên khác.pdf")
    reports = nightly(str(layout.root), settings)
    year = outcomes[minutes[0].name].meeting_date.year  # type: ignore[union-attr]
    assert reports == [
        settings.report_dir / name for name in (f"bao-cao-{year}.html", "index.html")
    ]
    assert all(path.is_file() for path in reports)
    assert len(list(layout.archive.rglob("bản sao tên khác.pdf"))) == 1
    with Session(open_store(settings.database_url)) as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 4  # 3 + the news
    assert sorted(p.name for p in layout.root.iterdir()) == ["archive", "processing", "quarantine"]


def test_an_idle_nightly_run_over_10000_known_documents_does_no_per_document_work(
    work_dir: Path,
) -> None:
    """Nothing new and every score current: nothing is read or rescored, one report written.
    Its time is printed, not asserted (run with -s to see it; measured 2.1 s here)."""
    from bienban.flows.inbox import process_inbox
    from bienban.flows.nightly import nightly

    settings = settings_for(work_dir, workers=1)
    insert_known_documents(settings.database_url, count=10_000)
    layout = new_inbox(work_dir / "inbox")
    process_inbox(str(layout.root), settings)  # the temporary server is up from here on
    started = time.perf_counter()
    reports = nightly(str(layout.root), settings)
    seconds = time.perf_counter() - started
    print(f"\nidle nightly over 10,000 known documents: {seconds:.2f} s")
    with Session(open_store(settings.database_url)) as session:
        assert session.scalar(select(func.count()).select_from(Score)) == 10_000
    assert [p.name for p in reports] == [f"bao-cao-{dt.date.today().year}.html", "index.html"]


def insert_known_documents(url: str, *, count: int) -> None:
    """`count` documents with a current meeting and score, inserted in bulk."""
    from bienban.extractors import EXTRACTOR_VERSION

    store = open_store(url)
    rubric = load_rubric(None)
    record = make_record().to_json_dict()
    now = dt.datetime.now()
    with store.begin() as connection:
        connection.execute(
            insert(Document),
            [
                {"id": i, "sha256": hashlib.sha256(str(i).encode()).hexdigest(), "path": f"{i}.pdf",
                 "status": "ok", "reasons": [], "first_seen": now, "updated_at": now}
                for i in range(1, count + 1)
            ],
        )  # fmt: skip
        connection.execute(
            insert(Meeting),
            [
                {"id": i, "document_id": i, "extractor_version": EXTRACTOR_VERSION,
                 "branch": f"Chi bộ {i % 50}", "date": dt.date(2024, 1 + i % 12, 3),
                 "warnings": [], "record": record, "updated_at": now}
                for i in range(1, count + 1)
            ],
        )  # fmt: skip
        connection.execute(
            insert(Score),
            [
                {"meeting_id": i, "rubric_id": rubric.id, "rubric_version": rubric.version,
                 "extractor_version": EXTRACTOR_VERSION, "points": 20.0, "assessable_max": 28.0,
                 "max_points": 100.0, "level": "Khá", "detail": {}, "scored_at": now}
                for i in range(1, count + 1)
            ],
        )  # fmt: skip
