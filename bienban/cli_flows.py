"""Commands `run`, `watch`, `serve` and `archive`: the Prefect flows from the command line.

Wire into `bienban.cli.build_parser` with `add_flow_commands(commands)`. Handlers take
`(args, settings)` like the others and raise `bienban.errors` exceptions.
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bienban.errors import ExitCode, UsageError
from bienban.flows.settings import FlowSettings
from bienban.settings import Settings

if TYPE_CHECKING:  # the drop-folder stages load only when a flow command runs
    from bienban.inbox.handle import Outcome

logger = logging.getLogger(__name__)

Commands = argparse._SubParsersAction

DB_HELP = "cơ sở dữ liệu: URL SQLAlchemy hoặc tệp SQLite (mặc định: BIENBAN_DATABASE_URL, hoặc bienban.db)"
INBOX_HELP = (
    "thư mục nhận tệp: tệp đặt vào đây được đọc rồi chuyển sang archive/<năm>/<tháng>/, "
    "tệp lỗi sang quarantine/ kèm <tên>.reason.txt"
)


def add_flow_commands(commands: Commands) -> None:
    """Add `run`, `watch`, `serve` and `archive` to the `bienban` subcommands."""
    run = commands.add_parser(
        "run",
        help="xử lý một lần các tệp trong thư mục nhận tệp (luồng Prefect)",
        description=(
            "Đọc các tệp đã chép xong trong thư mục nhận tệp, lưu vào cơ sở dữ liệu và chấm "
            "điểm; tệp gốc chuyển sang archive/<năm>/<tháng>/, tệp không dùng được sang "
            "quarantine/ kèm lý do. Tài liệu đã có (cùng SHA-256) không bị đọc lại."
        ),
    )
    _add_inbox_options(run)
    run.set_defaults(handler=run_inbox)

    watch = commands.add_parser(
        "watch",
        help="theo dõi thư mục nhận tệp và xử lý tệp mới liên tục",
        description=(
            "Như 'bienban run', lặp lại mỗi BIENBAN_INBOX_POLL_S giây cho đến khi bấm Ctrl+C; "
            "chỉ nhận tệp đã đứng yên (kích thước và thời điểm sửa không đổi)."
        ),
    )
    _add_inbox_options(watch)
    watch.add_argument(
        "--interval", type=float, metavar="GIÂY", help="khoảng giữa hai lần xem thư mục"
    )
    watch.set_defaults(handler=run_watch)

    serve = commands.add_parser(
        "serve",
        help="đăng ký lượt chạy hằng đêm (theo lịch cron) trên máy chủ Prefect và chờ chạy",
        description=(
            "Đăng ký luồng 'bienban-nightly' với lịch cron trên máy chủ Prefect (cần "
            "'prefect server start' và PREFECT_API_URL), rồi chạy mỗi khi đến giờ: xử lý thư "
            "mục nhận tệp, chấm điểm lại, lập báo cáo."
        ),
    )
    serve.add_argument("inbox", nargs="?", type=Path, metavar="THƯ_MỤC", help=INBOX_HELP)
    serve.add_argument("--cron", metavar="CRON", help="lịch chạy (mặc định: BIENBAN_NIGHTLY_CRON)")
    serve.add_argument("--db", metavar="URL", help=DB_HELP)
    serve.set_defaults(handler=run_serve)

    archive = commands.add_parser(
        "archive",
        help="đọc cả một cây thư mục lưu trữ tại chỗ (chạy tiếp được, bỏ qua tài liệu đã có)",
        description=(
            "Đọc mọi tài liệu trong cây thư mục (tệp gốc giữ nguyên chỗ), lưu vào cơ sở dữ "
            "liệu, chấm điểm và lập báo cáo các năm có buổi họp; chạy lại thì bỏ qua tài liệu "
            "đã có. Với --dask, tài liệu được chia cho các máy trong cụm Dask."
        ),
    )
    archive.add_argument("root", type=Path, metavar="THƯ_MỤC", help="thư mục lưu trữ")
    archive.add_argument(
        "--dask", metavar="ĐỊA_CHỈ", help="địa chỉ bộ điều phối Dask, ví dụ tcp://10.0.0.5:8786"
    )
    archive.add_argument("--reports", type=Path, metavar="THƯ_MỤC", help="nơi ghi báo cáo")
    archive.add_argument("--db", metavar="URL", help=DB_HELP)
    archive.add_argument("-j", "--workers", type=int, metavar="N", help="số tiến trình song song")
    archive.add_argument("--no-progress", action="store_true", help="không hiện thanh tiến độ")
    archive.set_defaults(handler=run_archive)


def _add_inbox_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inbox", type=Path, metavar="THƯ_MỤC", help=INBOX_HELP)
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    parser.add_argument("-j", "--workers", type=int, metavar="N", help="số tiến trình song song")
    parser.add_argument("--no-progress", action="store_true", help="không hiện thanh tiến độ")


def flow_settings(args: argparse.Namespace, settings: Settings) -> FlowSettings:
    """The flows' settings: the environment's, then the command line's options."""
    updates: dict[str, Any] = settings.model_dump()
    options = {
        "database_url": getattr(args, "db", None),
        "dask_address": getattr(args, "dask", None),
        "report_dir": getattr(args, "reports", None),
        "inbox_poll_s": getattr(args, "interval", None),
        "nightly_cron": getattr(args, "cron", None),
    }
    updates.update({name: value for name, value in options.items() if value is not None})
    return FlowSettings(**updates)


def run_inbox(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.flows.inbox import process_inbox
    from bienban.flows.runners import with_runner

    configured = flow_settings(args, settings)
    started = time.perf_counter()
    outcomes = with_runner(process_inbox, configured)(
        str(args.inbox), configured, show_progress=not args.no_progress
    )
    return print_outcomes(outcomes, seconds=time.perf_counter() - started)


def run_watch(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.flows.inbox import process_inbox
    from bienban.flows.runners import with_runner
    from bienban.inbox import observe_inbox, prepare_inbox, scan_inbox

    configured = flow_settings(args, settings)
    layout = prepare_inbox(args.inbox)
    flow = with_runner(process_inbox, configured)
    print(f"Đang theo dõi {layout.root} (Ctrl+C để dừng)…", flush=True)
    previous = observe_inbox(layout)
    while True:
        time.sleep(configured.inbox_poll_s)
        if scan_inbox(layout, quiet_s=configured.inbox_stable_s, previous=previous):
            started = time.perf_counter()
            outcomes = flow(str(args.inbox), configured, show_progress=not args.no_progress)
            print_outcomes(outcomes, seconds=time.perf_counter() - started)
        previous = observe_inbox(layout)


def run_serve(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.flows.serve import serve_nightly

    configured = flow_settings(args, settings)
    inbox = args.inbox or configured.inbox_path
    if inbox is None:
        raise UsageError(
            "Hãy cho biết thư mục nhận tệp: 'bienban serve THƯ_MỤC' hoặc BIENBAN_INBOX_PATH."
        )
    serve_nightly(Path(inbox), settings=configured)
    return ExitCode.OK


def run_archive(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.flows.archive import process_archive
    from bienban.flows.runners import with_runner

    configured = flow_settings(args, settings)
    started = time.perf_counter()
    run = with_runner(process_archive, configured)(
        str(args.root), configured, show_progress=not args.no_progress
    )
    code = print_outcomes(run.outcomes, seconds=time.perf_counter() - started)
    for report in run.reports:
        print(f"Báo cáo: {report}")
    return code


def print_outcomes(outcomes: Sequence[Outcome], *, seconds: float) -> ExitCode:
    from bienban.inbox.summary import summary_lines

    for line in summary_lines(outcomes, seconds=seconds):
        print(line, flush=True)
    failed = any(outcome.is_set_aside for outcome in outcomes)
    return ExitCode.DOCUMENTS_FAILED if failed else ExitCode.OK


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bienban.cli_flows COMMAND …`: `bienban.cli.main` with the flow commands
    added to its parser when it does not have them yet (until the CLI is wired)."""
    from bienban import cli

    original = cli.build_parser

    def build_parser() -> argparse.ArgumentParser:
        parser = original()
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "run" not in commands.choices:
            add_flow_commands(commands)
        return parser

    cli.build_parser = build_parser
    try:
        return cli.main(argv)
    finally:
        cli.build_parser = original


if __name__ == "__main__":
    import sys

    sys.exit(main())
