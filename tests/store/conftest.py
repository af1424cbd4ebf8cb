from tests.store.helpers import fresh_db, postgres_database  # noqa: F401
