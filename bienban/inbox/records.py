"""The store's side of the flows: which documents are already known (by sha256), storing one
document's outcome in one transaction, scores brought up to date, and the periods' reports.

Plain functions over `bienban.store`; candidates to move into `bienban.store` (see the report).
"""

from __future__ import annotations

import datetime as dt
import html
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, Select, and_, or_, select
from sqlalchemy.orm import Session

from bienban.models import MeetingRecord
from bienban.scoring import Rubric
from bienban.settings import Settings
from bienban.store import (
    Document,
    Meeting,
    Score,
    load_record,
    make_engine,
    record_failure,
    score_stored_meeting,
    upgrade_database,
    with_retry,
)

CHUNK = 500  # sha256 values per IN (...) query


@dataclass(frozen=True)
class KnownDocument:
    """A document the store already holds, as the drop folder needs to settle a copy of it."""

    sha256: str
    status: str
    reasons: list[str] = field(default_factory=list)
    date: dt.date | None = None
    level: str | None = None


@lru_cache(maxsize=4)
def open_store(url: str, busy_timeout_s: float = 30.0) -> Engine:
    """An engine on the database at `url`, migrated to the newest schema (once per process).
    Two runners starting at once on a new database both try to create it: the loser waits a
    moment and finds it migrated."""
    engine = make_engine(url, busy_timeout_s=busy_timeout_s)
    try:
        upgrade_database(url, engine=engine)
    except Exception:  # noqa: BLE001 - the other runner's migration; a real fault raises below
        time.sleep(1.0)
        upgrade_database(url, engine=engine)
    return engine


def store_for(settings: Settings) -> Engine:
    """The configured database, opened and migrated once per process."""
    return open_store(settings.database_url, settings.database_busy_timeout_s)


def find_known(engine: Engine, sha256s: Iterable[str]) -> dict[str, KnownDocument]:
    """The documents among `sha256s` that the store already holds: one indexed query per 500."""
    wanted = list(dict.fromkeys(sha256s))
    known: dict[str, KnownDocument] = {}
    with Session(engine) as session:
        for start in range(0, len(wanted), CHUNK):
            query = (
                select(Document.sha256, Document.status, Document.reasons, Meeting.date)
                .outerjoin(Meeting, Meeting.document_id == Document.id)
                .where(Document.sha256.in_(wanted[start : start + CHUNK]))
            )
            for sha256, status, reasons, date in session.execute(query):
                known[sha256] = KnownDocument(sha256, status, list(reasons or []), date)
    return known


def store_record(
    engine: Engine,
    record: MeetingRecord,
    *,
    rubric: Rubric,
    status: str = "ok",
    reasons: Sequence[str] = (),
    attempts: int = 3,
) -> str | None:
    """Load and score one record in one transaction (retried while the database is briefly
    locked); returns the level it earned."""

    def work() -> str | None:
        with Session(engine) as session, session.begin():
            result = load_record(session, record, status=status, reasons=reasons)
            meeting = session.get(Meeting, result.meeting_id) if result.meeting_id else None
            if meeting is None:
                return None
            return score_stored_meeting(session, meeting, rubric=rubric).level

    return with_retry(work, attempts=attempts)


def store_failure(
    engine: Engine, *, sha256: str, path: str, reason: str, pages: int, attempts: int = 3
) -> None:
    """Note a document that could not be read, so a copy of it is recognised later."""

    def work() -> None:
        with Session(engine) as session, session.begin():
            record_failure(session, sha256=sha256, path=path, reasons=[reason], pages=pages or None)

    with_retry(work, attempts=attempts)


def refresh_scores(engine: Engine, *, rubric: Rubric, attempts: int = 3) -> int:
    """Score the meetings that have no score on this sheet version, or one of an older reading;
    returns how many. Meetings already scored are not touched (a nightly run stays fast)."""

    def work() -> int:
        with Session(engine) as session, session.begin():
            stale = session.scalars(stale_meetings_query(rubric)).all()
            for meeting in stale:
                score_stored_meeting(session, meeting, rubric=rubric)
            return len(stale)

    return with_retry(work, attempts=attempts)


def stale_meetings_query(rubric: Rubric) -> Select[tuple[Meeting]]:
    """Meetings without a score on this sheet version, or scored on an older reading."""
    current = and_(
        Score.meeting_id == Meeting.id,
        Score.rubric_id == rubric.id,
        Score.rubric_version == rubric.version,
    )
    return (
        select(Meeting)
        .outerjoin(Score, current)
        .where(or_(Score.id.is_(None), Score.extractor_version != Meeting.extractor_version))
        .order_by(Meeting.id)
    )


def write_reports(
    engine: Engine, *, years: Iterable[int], out_dir: Path, rubric: Rubric
) -> list[Path]:
    """The HTML report of each year given, as `<out_dir>/bao-cao-<year>.html`, then
    `<out_dir>/index.html` linking every year's report found there (the last path returned)."""
    from bienban.reports import build_report, parse_period, write_report

    written: list[Path] = []
    with Session(engine) as session:
        for year in sorted(set(years)):
            data = build_report(session, parse_period(str(year)), rubric=rubric)
            output = report_path(out_dir, year)
            written.extend(write_report(data, output, fmt="html"))
    return [*written, write_report_index(out_dir)]


def report_path(out_dir: Path, year: int) -> Path:
    """Where the flows write a year's HTML report."""
    return out_dir / f"bao-cao-{year}.html"


def write_report_index(out_dir: Path) -> Path:
    """`index.html`: one link per year's report in `out_dir`, newest first."""
    links = "\n".join(
        f'<li><a href="{html.escape(p.name)}">Năm {html.escape(p.stem.removeprefix("bao-cao-"))}</a></li>'
        for p in sorted(out_dir.glob("bao-cao-*.html"), reverse=True)
    )
    page = (
        '<!doctype html>\n<html lang="vi"><meta charset="utf-8">'
        "<title>Báo cáo sinh hoạt chi bộ</title>\n"
        f"<h1>Báo cáo sinh hoạt chi bộ</h1>\n<ul>\n{links}\n</ul>\n</html>\n"
    )
    index = out_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
