"""Commands `load`, `score` and `report`: the database, the scoring sheet and the reports.

Wire into `bienban.cli.build_parser` with `add_store_commands(commands)`. Handlers take
`(args, settings)` like the others and raise `bienban.errors` exceptions.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from bienban.errors import ExitCode, InputNotFoundError
from bienban.models.record import MeetingRecord
from bienban.scoring import Rubric, load_rubric
from bienban.settings import Settings

logger = logging.getLogger(__name__)

Commands = argparse._SubParsersAction

DB_HELP = "cơ sở dữ liệu: URL SQLAlchemy hoặc đường dẫn tệp SQLite (mặc định: BIENBAN_DATABASE_URL, hoặc bienban.db)"
RUBRIC_HELP = (
    "thang điểm YAML (mặc định: BIENBAN_RUBRIC_PATH, hoặc thang 100 điểm có sẵn default-2025)"
)


def add_store_commands(commands: Commands) -> None:
    """Add `load`, `score` and `report` to the `bienban` subcommands."""
    load = commands.add_parser(
        "load",
        help="nạp bản ghi (JSONL) vào cơ sở dữ liệu và chấm điểm",
        description=(
            "Nạp các bản ghi do 'bienban extract' ghi ra vào cơ sở dữ liệu, rồi chấm điểm theo "
            "thang. Cùng một tài liệu (cùng sha256) nạp lại vẫn là một bản ghi; bản ghi của "
            "phiên bản trích xuất mới hơn thay bản cũ, lịch sử được giữ lại."
        ),
    )
    load.add_argument("records", nargs="+", type=Path, metavar="BẢN_GHI.jsonl")
    load.add_argument("--db", metavar="URL", help=DB_HELP)
    load.add_argument("--rubric", type=Path, metavar="TỆP.yaml", help=RUBRIC_HELP)
    load.set_defaults(handler=run_load)

    score = commands.add_parser(
        "score",
        help="chấm điểm lại mọi buổi họp đã nạp theo thang điểm",
        description="Chấm điểm lại mọi buổi họp trong cơ sở dữ liệu theo thang điểm (YAML).",
    )
    score.add_argument("--db", metavar="URL", help=DB_HELP)
    score.add_argument("--rubric", type=Path, metavar="TỆP.yaml", help=RUBRIC_HELP)
    score.set_defaults(handler=run_score)

    report = commands.add_parser(
        "report",
        help="lập báo cáo theo kỳ: HTML có biểu đồ, Excel hoặc CSV",
        description=(
            "Lập báo cáo sinh hoạt chi bộ cho một kỳ: xếp loại, tháng có họp, chuyên đề hằng "
            "quý, tỷ lệ dự họp, buổi họp ngắn, đảng viên vắng nhiều lần."
        ),
    )
    report.add_argument(
        "--period",
        required=True,
        metavar="KỲ",
        help="2024-Q1 (quý), 2024-03 (tháng), 2024-H1, 2024",
    )
    report.add_argument("--branch", metavar="TÊN", help="chỉ các chi bộ có tên chứa TÊN")
    report.add_argument(
        "--format",
        dest="fmt",
        choices=("html", "xlsx", "csv"),
        default="html",
        help="định dạng (mặc định: html)",
    )
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="TỆP",
        help="tệp báo cáo (mặc định: bao-cao-KỲ.<định dạng>)",
    )
    report.add_argument("--db", metavar="URL", help=DB_HELP)
    report.add_argument("--rubric", type=Path, metavar="TỆP.yaml", help=RUBRIC_HELP)
    report.set_defaults(handler=run_report)


def _store_settings(args: argparse.Namespace, settings: Settings) -> Settings:
    updates: dict[str, Any] = {}
    if getattr(args, "db", None):
        updates["database_url"] = args.db
    if getattr(args, "rubric", None):
        updates["rubric_path"] = args.rubric
    return settings.model_copy(update=updates)


def open_database(settings: Settings) -> Engine:
    """An engine on the configured database, migrated to the newest schema."""
    from bienban.store import make_engine, upgrade_database

    engine = make_engine(settings.database_url, busy_timeout_s=settings.database_busy_timeout_s)
    upgrade_database(settings.database_url, engine=engine)
    return engine


def read_records(path: Path) -> list[MeetingRecord]:
    """The records of one JSONL file; a line that is not a record stops with its number."""
    if not path.is_file():
        raise InputNotFoundError(f"Không tìm thấy tệp bản ghi '{path}'.")
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(MeetingRecord.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as error:
            raise InputNotFoundError(
                f"Dòng {number} của '{path}' không phải bản ghi hợp lệ ({error.__class__.__name__}): "
                "hãy dùng tệp do 'bienban extract' ghi ra."
            ) from error
    return records


def run_load(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.store import Meeting, load_records, score_stored_meeting

    store = _store_settings(args, settings)
    rubric = load_rubric(store.rubric_path)
    records = [record for path in args.records for record in read_records(path)]
    engine = open_database(store)

    def score(session: Session, result: Any) -> None:
        if result.meeting_id is not None and result.action != "kept_newer":
            meeting = session.get(Meeting, result.meeting_id)
            assert meeting is not None
            score_stored_meeting(session, meeting, rubric=rubric)

    results = load_records(engine, records, attempts=store.database_retries, after=score)
    counts: dict[str, int] = {}
    for result in results:
        counts[result.action] = counts.get(result.action, 0) + 1
    names = {
        "inserted": "mới",
        "updated": "cập nhật",
        "unchanged": "không đổi",
        "kept_newer": "giữ bản mới hơn",
    }
    detail = ", ".join(f"{n} {names[a]}" for a, n in counts.items())
    print(
        f"Đã nạp {len(results)} bản ghi ({detail}) và chấm điểm theo thang {rubric.id} {rubric.version}."
    )
    return ExitCode.OK


def run_score(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.store import rescore_all, with_retry

    store = _store_settings(args, settings)
    rubric = load_rubric(store.rubric_path)
    engine = open_database(store)

    def work() -> int:
        with Session(engine) as session, session.begin():
            return rescore_all(session, rubric=rubric)

    count = with_retry(work, attempts=store.database_retries)
    print(f"Đã chấm điểm {count} buổi họp theo thang {rubric.id} {rubric.version}.")
    return ExitCode.OK


def run_report(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.reports import build_report, parse_period, write_report

    store = _store_settings(args, settings)
    period = parse_period(args.period)
    rubric: Rubric = load_rubric(store.rubric_path)
    engine = open_database(store)
    with Session(engine) as session:
        meetings = session.scalar(select(func.count()).select_from(_meetings_table()))
        data = build_report(session, period, rubric=rubric, branch=args.branch)
    output = args.output or Path(f"bao-cao-{period.label}.{args.fmt}")
    written = write_report(data, output, fmt=args.fmt)
    print(f"Báo cáo {period.title}: {len(data.meetings)} buổi họp (trong {meetings} đã nạp).")
    for path in written:
        print(f"Đã ghi {path}")
    return ExitCode.OK


def _meetings_table() -> Any:
    from bienban.store.models import Meeting

    return Meeting.__table__
