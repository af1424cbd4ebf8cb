"""Engines from a URL: SQLite (WAL, busy timeout, foreign keys) or PostgreSQL (psycopg 3)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger(__name__)


def normalise_url(url: str) -> str:
    """Accept `postgresql://` and `postgres://` (drivers: psycopg 3) and a bare file path
    (an SQLite database)."""
    if "://" not in url:
        return f"sqlite:///{Path(url)}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def is_sqlite(url: str) -> bool:
    return make_url(normalise_url(url)).get_backend_name() == "sqlite"


def make_engine(url: str, *, busy_timeout_s: float = 30.0) -> Engine:
    """An engine for `url`. SQLite files get WAL journaling (readers never block the writer),
    a busy timeout (a writer waits for another's lock instead of failing at once) and foreign
    keys switched on."""
    url = normalise_url(url)
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": busy_timeout_s})
    event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_s))
    return engine


def _sqlite_pragmas(busy_timeout_s: float) -> Any:
    def on_connect(connection: Any, _record: Any) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return on_connect


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
