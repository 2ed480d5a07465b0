"""PostgreSQL for tests: each test gets a fresh schema of its own, dropped afterwards.

The server is ASSISTANT_TEST_POSTGRES_URL (default: trust auth on localhost, database
"test"); tests that need it are skipped when it does not answer.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@contextmanager
def postgres_schema(base_url: str | None = None) -> Iterator[str]:
    """A database URL whose connections see only a new, empty schema."""
    base = sa.make_url(base_url or os.environ.get("ASSISTANT_TEST_POSTGRES_URL", DEFAULT_URL))
    if base.drivername in ("postgresql", "postgres"):
        base = base.set(drivername="postgresql+psycopg")
    schema = f"t_{uuid.uuid4().hex}"
    engine = sa.create_engine(base, poolclass=sa.NullPool)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    except sa.exc.OperationalError as exc:
        if os.environ.get("ASSISTANT_REQUIRE_SERVICES"):  # CI: a missing server is a failure
            raise
        pytest.skip(f"PostgreSQL is not available: {exc.orig}")
    try:
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL isolated in its own schema for the length of one test."""
    with postgres_schema() as url:
        yield url
