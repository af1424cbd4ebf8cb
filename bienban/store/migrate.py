"""Alembic migrations shipped inside the package, run in code: `upgrade_database(url)`.

Every migration keeps the data already stored (columns are added, tables copied in batch mode
on SQLite, never dropped with their rows); the tests run them up from an empty database and
check that the result matches the models.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from bienban.errors import OutputError
from bienban.store.engine import make_engine, normalise_url

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str) -> Config:
    """An Alembic configuration built in code (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return config


def upgrade_database(url: str, *, engine: Engine | None = None, revision: str = "head") -> None:
    """Bring the database at `url` up to `revision` (default: the newest)."""
    config = alembic_config(url)
    engine = engine or make_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except Exception as error:
        if isinstance(error, OutputError):
            raise
        from sqlalchemy.exc import OperationalError

        if isinstance(error, OperationalError):
            raise OutputError(
                f"Không mở được cơ sở dữ liệu '{_safe(url)}': {error.orig}. "
                "Hãy kiểm tra --db hoặc BIENBAN_DATABASE_URL."
            ) from error
        raise


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(normalise_url(url)).render_as_string(hide_password=True)
