"""The drop folder's stages end to end, without Prefect: what the flows orchestrate."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bienban.flows.settings import FlowSettings
from bienban.inbox import (
    InboxLayout,
    OutcomeStatus,
    claim_all,
    find_known,
    handle_claimed,
    open_store,
    refresh_scores,
    scan_inbox,
    settle_known,
    settle_repeats,
    sort_batch,
    write_reports,
)
from bienban.inbox.handle import Outcome
from bienban.inbox.records import store_record
from bienban.inbox.summary import ProgressBar, outcome_rows, summary_lines, summary_markdown
from bienban.scoring import load_rubric
from bienban.store import Document, Meeting, Score
from tests.conftest import RecordedEngine
from tests.inbox.inputs import bad_inputs, minutes_pdfs
from tests.store.helpers import make_record


def run_once(layout: InboxLayout, settings: FlowSettings) -> list[Outcome]:
    """The process_inbox flow's stages, called in order without Prefect."""
    claimed = claim_all(scan_inbox(layout, quiet_s=0), layout=layout)
    batch = sort_batch(claimed, store=open_store(settings.database_url))
    outcomes = settle_known(batch, layout=layout)
    outcomes += [
        handle_claimed(path, layout=layout, sha256=sha, settings=settings)
        for path, sha in batch.new
    ]
    return outcomes + settle_repeats(batch, outcomes, layout=layout)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_bad_inputs_end_in_quarantine_with_a_clear_reason(
    inbox: InboxLayout, flow_settings: FlowSettings, recorded_ocr: RecordedEngine, work_dir: Path
) -> None:
    expected = bad_inputs(work_dir / "bad")
    originals = digests(work_dir / "bad")
    minutes = minutes_pdfs(work_dir / "good", count=2)
    for path in [*(work_dir / "bad").iterdir(), *minutes]:
        shutil.copy2(path, inbox.root / path.name)
    outcomes = {o.path: o for o in run_once(inbox, flow_settings)}
    assert len(outcomes) == len(expected) + 2
    for name, word in expected.items():
        outcome = outcomes[name]
        assert outcome.is_set_aside, name
        assert word in (outcome.reason or "").lower(), (name, outcome.reason)
        reason_file = inbox.quarantine / f"{name}.reason.txt"
        assert word in reason_file.read_text(encoding="utf-8").lower(), name
    assert digests(inbox.quarantine) | digests(work_dir / "bad") == digests(inbox.quarantine)
    assert {n: d for n, d in digests(inbox.quarantine).items() if n in originals} == originals
    for path in minutes:
        outcome = outcomes[path.name]
        assert outcome.status is OutcomeStatus.PROCESSED and outcome.destination
        assert (inbox.root / outcome.destination).read_bytes() == path.read_bytes()
    assert recorded_ocr.calls == 0  # text layers, and nothing OCRed for blank or broken files
    news = outcomes["bài báo..tin tức.pdf"]
    store = open_store(flow_settings.database_url)
    with Session(store) as session:
        row = session.scalar(select(Document).where(Document.sha256 == news.sha256))
        assert row is not None and row.status == "not_minutes"


def test_a_known_document_is_recognised_whatever_its_name(
    inbox: InboxLayout, flow_settings: FlowSettings, recorded_ocr: RecordedEngine, work_dir: Path
) -> None:
    [minutes] = minutes_pdfs(work_dir / "good", count=1)
    shutil.copy2(minutes, inbox.root / "lần 1.pdf")
    shutil.copy2(minutes, inbox.root / "bản sao cùng lượt.pdf")
    first = {o.path: o.status for o in run_once(inbox, flow_settings)}
    assert first == {  # read once: the first in sorted order, its repeat settled like it
        "bản sao cùng lượt.pdf": OutcomeStatus.PROCESSED,
        "lần 1.pdf": OutcomeStatus.KNOWN,
    }
    shutil.copy2(minutes, inbox.root / "tên khác.pdf")
    (inbox.root / "hỏng.pdf").write_bytes(b"")
    run_once(inbox, flow_settings)
    (inbox.root / "rỗng nữa.pdf").write_bytes(b"")
    again = {o.path: o for o in run_once(inbox, flow_settings)}
    assert again["rỗng nữa.pdf"].status is OutcomeStatus.FAILED
    assert "rỗng" in (again["rỗng nữa.pdf"].reason or "")
    store = open_store(flow_settings.database_url)
    with Session(store) as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 1
        assert session.scalar(select(func.count()).select_from(Document)) == 2
    archived = sorted(p.name for p in inbox.archive.rglob("*.pdf"))
    assert archived == ["bản sao cùng lượt.pdf", "lần 1.pdf", "tên khác.pdf"]
    assert sorted(p.name for p in inbox.root.iterdir()) == ["archive", "processing", "quarantine"]


def test_only_stale_scores_are_refreshed_and_reports_written(
    flow_settings: FlowSettings, recorded_ocr: RecordedEngine
) -> None:
    store = open_store(flow_settings.database_url)
    rubric = load_rubric(None)
    for name in ("a", "b"):
        store_record(store, make_record(name=name), rubric=rubric)
    assert refresh_scores(store, rubric=rubric) == 0
    with Session(store) as session, session.begin():
        session.query(Score).filter(Score.meeting_id == 1).delete()
    assert refresh_scores(store, rubric=rubric) == 1
    assert refresh_scores(store, rubric=rubric) == 0
    known = find_known(store, [make_record(name="a").source.sha256, "0" * 64])
    assert [k.date.isoformat() for k in known.values() if k.date] == ["2024-01-03"]
    report, index = write_reports(
        store, years=[2024], out_dir=flow_settings.report_dir, rubric=rubric
    )
    assert report.name == "bao-cao-2024.html"
    assert "Chi bộ ấp Hưng Thạnh Đông" in report.read_text(encoding="utf-8")
    assert 'href="bao-cao-2024.html"' in index.read_text(encoding="utf-8")


def test_what_a_run_shows() -> None:
    outcomes = [
        Outcome(path="a.pdf", status=OutcomeStatus.PROCESSED, pages=2, level="Khá"),
        Outcome(path="b.pdf", status=OutcomeStatus.FAILED, reason="Tệp rỗng: hãy quét lại."),
    ]
    rows = outcome_rows(outcomes)
    assert rows[0]["Xếp loại"] == "Khá" and rows[1]["Trạng thái"] == "không đọc được"
    markdown = summary_markdown(outcomes, title="Thử", seconds=6.0)
    assert "| đã xử lý | 1 |" in markdown and "`b.pdf`: Tệp rỗng" in markdown
    lines = summary_lines(outcomes, seconds=6.0)
    assert lines[0].startswith("2 tài liệu (1 đã xử lý, 1 không đọc được), 2 trang")
    bar = ProgressBar(4, enabled=False)
    bar.advance(outcomes[0])
    assert (
        "1/4 tài liệu" in bar.line() and "trang/phút" in bar.line() and "còn khoảng" in bar.line()
    )


def test_a_rerun_over_a_tree_rewrites_only_the_reports_it_must(work_dir: Path) -> None:
    import datetime as dt

    from bienban.inbox.batch import years_to_refresh

    today = dt.date(2026, 5, 1)
    read = Outcome(path="a.pdf", status=OutcomeStatus.PROCESSED, meeting_date=dt.date(2021, 3, 3))
    known = Outcome(path="b.pdf", status=OutcomeStatus.KNOWN, meeting_date=dt.date(2019, 3, 3))
    assert years_to_refresh([read, known], out_dir=work_dir, default=today) == [2019, 2021]
    (work_dir / "bao-cao-2019.html").write_text("x", encoding="utf-8")
    assert years_to_refresh([read, known], out_dir=work_dir, default=today) == [2021]
    assert years_to_refresh([known], out_dir=work_dir, default=today) == []
    assert years_to_refresh([], out_dir=work_dir / "empty", default=today) == [2026]
