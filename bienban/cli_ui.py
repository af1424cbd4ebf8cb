"""Commands `ui` (the review web page) and `user add` (who may log in to it).

Wire into `bienban.cli.build_parser` with `add_ui_commands(commands)`. Handlers take
`(args, settings)` like the others and raise `bienban.errors` exceptions.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bienban.errors import ExitCode, UsageError
from bienban.settings import Settings

logger = logging.getLogger(__name__)

Commands = argparse._SubParsersAction

DB_HELP = (
    "cơ sở dữ liệu: URL SQLAlchemy hoặc đường dẫn tệp SQLite "
    "(mặc định: BIENBAN_DATABASE_URL, hoặc bienban.db)"
)


def add_ui_commands(commands: Commands) -> None:
    """Add `ui` and `user` to the `bienban` subcommands."""
    ui = commands.add_parser(
        "ui",
        help="mở trang web kiểm tra và sửa kết quả đọc biên bản",
        description=(
            "Mở trang web (tiếng Việt) để cán bộ xem từng trường máy đọc bên cạnh bản quét, "
            "sửa giá trị sai; buổi họp được chấm điểm lại ngay và báo cáo dùng giá trị đã sửa. "
            "Mặc định chỉ mở trên máy này (127.0.0.1); mở cho máy khác (--host 0.0.0.0) thì "
            "bắt buộc đăng nhập bằng tài khoản do quản trị viên tạo ('bienban user add')."
        ),
    )
    ui.add_argument(
        "--host", metavar="ĐỊA_CHỈ", help="địa chỉ lắng nghe (mặc định: BIENBAN_UI_HOST, 127.0.0.1)"
    )
    ui.add_argument(
        "--port", type=int, metavar="CỔNG", help="cổng (mặc định: BIENBAN_UI_PORT, 8765)"
    )
    ui.add_argument("--db", metavar="URL", help=DB_HELP)
    ui.set_defaults(handler=run_ui)

    user = commands.add_parser(
        "user", help="quản lý tài khoản đăng nhập trang kiểm tra (quản trị viên)"
    )
    sub = user.add_subparsers(
        dest="user_command", required=True, metavar="LỆNH", help="thao tác với tài khoản"
    )
    add = sub.add_parser(
        "add",
        help="tạo tài khoản (hoặc đặt lại mật khẩu); mật khẩu nhập từ bàn phím hoặc stdin",
        description=(
            "Tạo tài khoản đăng nhập trang kiểm tra, hoặc đặt mật khẩu mới cho tài khoản đã có. "
            "Mật khẩu (ít nhất 8 ký tự) được hỏi hai lần, hoặc đọc một dòng từ stdin khi "
            "dùng --password-stdin; chỉ lưu bản băm (scrypt)."
        ),
    )
    add.add_argument("name", metavar="TÊN", help="tên đăng nhập")
    add.add_argument(
        "--admin", action="store_true", help="tài khoản quản trị (ghi chú, không thêm quyền)"
    )
    add.add_argument(
        "--password-stdin", action="store_true", help="đọc mật khẩu từ dòng đầu của stdin"
    )
    add.add_argument("--db", metavar="URL", help=DB_HELP)
    add.set_defaults(handler=run_user_add)


def _with_db(args: argparse.Namespace, settings: Settings) -> Settings:
    if getattr(args, "db", None):
        return settings.model_copy(update={"database_url": args.db})
    return settings


def ui_settings(args: argparse.Namespace, settings: Settings) -> Any:
    """The page's settings: the settings object's once it takes in `UiOptions`, else read
    alone; --host and --port override them."""
    from bienban.ui.settings import UiOptions, UiSettings

    ui: UiOptions = settings if isinstance(settings, UiOptions) else UiSettings()
    updates: dict[str, Any] = {}
    if args.host:
        updates["ui_host"] = args.host
    if args.port:
        updates["ui_port"] = args.port
    return ui.model_copy(update=updates)


def run_ui(args: argparse.Namespace, settings: Settings) -> ExitCode:
    import uvicorn

    from bienban.cli_store import open_database
    from bienban.store.review import ReviewUser
    from bienban.ui.app import create_app

    store = _with_db(args, settings)
    ui = ui_settings(args, settings)
    engine = open_database(store)
    if ui.login_required:
        with Session(engine) as session:
            users = session.scalar(select(func.count()).select_from(ReviewUser)) or 0
        if not users:
            raise UsageError(
                f"Trang kiểm tra mở trên {ui.ui_host} cần đăng nhập nhưng chưa có tài khoản nào: "
                "hãy tạo bằng 'bienban user add TÊN' trước, hoặc bỏ --host để chỉ mở trên máy này."
            )
    app = create_app(store, ui, engine=engine)
    print(f"Trang kiểm tra: http://{_url_host(ui.ui_host)}:{ui.ui_port}/ (Ctrl+C để dừng)")
    uvicorn.run(app, host=ui.ui_host, port=ui.ui_port, log_level="warning")
    return ExitCode.OK


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def read_password(*, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Mật khẩu: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise UsageError("Hai lần nhập mật khẩu không khớp: hãy chạy lại lệnh.")
    return first


def run_user_add(args: argparse.Namespace, settings: Settings) -> ExitCode:
    from bienban.cli_store import open_database
    from bienban.store.review import ReviewError, add_user

    store = _with_db(args, settings)
    password = read_password(from_stdin=args.password_stdin)
    engine = open_database(store)
    try:
        with Session(engine) as session, session.begin():
            add_user(session, args.name, password, is_admin=args.admin)
    except ReviewError as error:
        raise UsageError(str(error)) from error
    print(f"Đã lưu tài khoản '{args.name.strip()}'.")
    return ExitCode.OK
