"""Logins when the page is reachable from other machines, users, sessions, and the CLI."""

from __future__ import annotations

import argparse
import io
import re
import time
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from bienban.cli_ui import add_ui_commands
from bienban.errors import UsageError
from bienban.settings import Settings
from bienban.store import Base, make_engine, upgrade_database
from bienban.store.review import ReviewError, ReviewUser, add_user, hash_password, verify_password
from bienban.ui.security import SessionSigner, WebSession
from bienban.ui.settings import UiSettings
from tests.ui.conftest import make_client


def test_passwords_are_salted_scrypt_hashes() -> None:
    first, second = hash_password("mật khẩu dài"), hash_password("mật khẩu dài")
    assert first != second and first.startswith("scrypt$")
    assert "mật khẩu" not in first
    assert verify_password("mật khẩu dài", first)
    assert not verify_password("mat khau dai", first)
    assert not verify_password("x", "not-a-hash")


def test_a_signed_session_cannot_be_forged_and_expires() -> None:
    signer = SessionSigner(b"k" * 32, max_age_s=60)
    cookie = signer.dumps(WebSession(user="lan"))
    assert signer.loads(cookie).user == "lan"
    body, mac = cookie.rsplit(".", 1)
    forged = SessionSigner(b"other" * 8, max_age_s=60).dumps(WebSession(user="admin"))
    assert signer.loads(forged).user is None
    assert signer.loads(body + "." + mac[::-1]).user is None
    assert signer.loads("garbage").user is None
    old = WebSession(user="lan", issued=time.time() - 120)
    assert signer.loads(signer.dumps(old)).user is None


def test_only_loopback_addresses_go_without_login() -> None:
    assert not UiSettings().login_required
    assert not UiSettings(ui_host="::1").login_required
    assert UiSettings(ui_host="0.0.0.0").login_required
    assert UiSettings(ui_host="192.168.1.10").login_required
    assert UiSettings(ui_require_login=True).login_required


def login(client: Any, name: str, password: str) -> Any:
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    return client.post(
        "/login",
        data={"csrf_token": token.group(1), "name": name, "password": password, "next": "/"},
        follow_redirects=False,
    )


def test_bound_elsewhere_every_page_asks_for_a_login(ui_db: str) -> None:
    with Session(make_engine(ui_db)) as session, session.begin():
        add_user(session, "lan", "mật-khẩu-tốt")
    with make_client(ui_db, ui_host="0.0.0.0") as client:
        response = client.get("/documents?needs_review=1", follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=/documents")
        assert client.get("/documents/1/pages/1.png", follow_redirects=False).status_code == 303
        assert client.post("/documents/1/reviewed", data={}).status_code == 401
        assert client.get("/static/style.css").status_code == 200
        assert login(client, "lan", "sai").status_code == 401
        assert login(client, "ai-đó", "mật-khẩu-tốt").status_code == 401
        ok = login(client, "lan", "mật-khẩu-tốt")
        assert ok.status_code == 303 and ok.headers["location"] == "/"
        page = client.get("/documents")
        assert page.status_code == 200 and "lan" in page.text and "Đăng xuất" in page.text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token
        client.post("/logout", data={"csrf_token": token.group(1)})
        assert client.get("/documents", follow_redirects=False).status_code == 303


def test_the_login_page_says_when_there_is_no_user(ui_db: str) -> None:
    with make_client(ui_db, ui_host="0.0.0.0") as client:
        assert "bienban user add" in client.get("/login").text


def test_login_never_redirects_to_another_site(ui_db: str) -> None:
    with Session(make_engine(ui_db)) as session, session.begin():
        add_user(session, "lan", "mật-khẩu-tốt")
    with make_client(ui_db, ui_host="0.0.0.0") as client:
        page = client.get("/login?next=//evil.test/x")
        assert 'value="/documents"' in page.text


def test_users_need_a_name_and_a_long_enough_password(ui_db: str) -> None:
    with Session(make_engine(ui_db)) as session:
        with pytest.raises(ReviewError, match="8 ký tự"):
            add_user(session, "lan", "ngắn")
        with pytest.raises(ReviewError, match="Tên"):
            add_user(session, "  ", "đủ-dài-rồi")


def run(argv: list[str], url: str, monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    parser = argparse.ArgumentParser(prog="bienban")
    add_ui_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return int(args.handler(args, Settings(database_url=url, cache_dir=None, workers=1)))


def test_user_add_stores_a_hash_read_from_stdin(
    ui_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(["user", "add", "lan", "--password-stdin"], ui_db, monkeypatch, "bí-mật-123\n") == 0
    with Session(make_engine(ui_db)) as session:
        user = session.scalars(select(ReviewUser)).one()
        assert user.name == "lan" and verify_password("bí-mật-123", user.password_hash)
    with pytest.raises(UsageError, match="8 ký tự"):
        run(["user", "add", "lan", "--password-stdin"], ui_db, monkeypatch, "ngắn\n")


def test_ui_refuses_another_address_without_users(
    ui_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(UsageError, match="bienban user add"):
        run(["ui", "--host", "0.0.0.0"], ui_db, monkeypatch)


def test_every_ui_option_has_vietnamese_help() -> None:
    parser = argparse.ArgumentParser(prog="bienban")
    commands = parser.add_subparsers(dest="command", required=True)
    add_ui_commands(commands)
    assert "trang web kiểm tra" in parser.format_help()
    for name in ("ui", "user"):
        for action in commands.choices[name]._actions:
            assert action.help, (name, action.dest)


def test_the_review_tables_migrate_and_match_the_models(fresh_db: str) -> None:
    upgrade_database(fresh_db)
    engine = make_engine(fresh_db)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()
