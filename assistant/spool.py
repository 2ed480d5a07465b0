"""A durable local spool in front of the log database: an outage delays a log write, never loses it.

`SpooledLog.record` writes an exchange to the log database. When the database cannot be
reached, the exchange is appended to a local spool instead (an SQLite file under
`data_dir/spool`, committed with fsync before `record` returns) and the visitor still
gets the answer. A background thread drains the spool in order once the database answers
again; exchange ids are primary keys, so an exchange written twice (two processes
draining one spool, a crash between the write and the spool's delete) is written once.

While anything is waiting in the spool, new exchanges join the end of it rather than
trying the database first: order is kept, and a visitor never waits on a database that
is timing out. Only if the spool cannot be written either does `record` raise
`LogUnavailable`: an answer is never shown that is not logged somewhere durable.

The spool holds the exchange as it will be logged, after redaction (see `privacy`).
Everything else (`query`, `export`, `add_feedback`…) is the wrapped `LogStore`'s.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from .privacy import Redactor
from .types import Exchange

logger = logging.getLogger(__name__)

SPOOL_FILE = "spool.sqlite3"
# Errors that mean "the database is not there right now": retry later, keep the order.
UNAVAILABLE = (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.TimeoutError, OSError)


class LogUnavailable(RuntimeError):
    """Neither the log database nor the local spool could take the exchange."""


class Spool:
    """An ordered, durable, idempotent queue of exchanges in one local SQLite file."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / SPOOL_FILE
        with self._connect() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                "id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, spooled_at TEXT NOT NULL, "
                "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)"
            )

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # Autocommit: every statement is its own transaction, on disk when it returns.
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")  # fsync on every commit
            yield conn
        finally:
            conn.close()

    def append(self, exchange: Exchange) -> bool:
        """Add an exchange at the end; one already spooled (same id) is left as it is."""
        # ensure_ascii: lone surrogates a visitor typed survive the round trip as escapes.
        body = json.dumps(asdict(exchange), ensure_ascii=True)
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO pending (id, body, spooled_at) VALUES (?, ?, ?)",
                (exchange.id, body, datetime.now(UTC).isoformat()),
            )
        return cursor.rowcount == 1

    def head(self, after: int = 0, limit: int = 100) -> list[tuple[int, Exchange]]:
        """The oldest spooled exchanges after sequence number `after`."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT seq, body FROM pending WHERE seq > ? ORDER BY seq LIMIT ?", (after, limit)
            ).fetchall()
        return [(seq, _decode(body)) for seq, body in rows]

    def remove(self, seq: int) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM pending WHERE seq = ?", (seq,))

    def failed(self, seq: int, error: str) -> None:
        """Note that the database refused this exchange (it stays, and is retried later)."""
        with self._connect() as conn:
            conn.execute(
                "UPDATE pending SET attempts = attempts + 1, last_error = ? WHERE seq = ?",
                (error[:500], seq),
            )

    def __len__(self) -> int:
        with self._connect() as conn:
            return int(conn.execute("SELECT count(*) FROM pending").fetchone()[0])

    def errors(self) -> list[dict[str, Any]]:
        """Exchanges the database refused for a reason other than being unavailable."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT id, attempts, last_error FROM pending WHERE last_error IS NOT NULL"
            ).fetchall()
        return [{"id": i, "attempts": a, "last_error": e} for i, a, e in rows]


def _decode(body: str) -> Exchange:
    names = {f.name for f in fields(Exchange)}
    values = json.loads(body)
    return Exchange(**{k: v for k, v in values.items() if k in names})


class SpooledLog:
    """The log store with a durable spool for outages, redaction, and retention."""

    def __init__(
        self,
        store: Any,
        spool_dir: Path | str,
        *,
        redactor: Redactor | None = None,
        retention: timedelta | None = None,
        max_logged_chars: int = 20_000,
        retry_seconds: float = 1.0,
        # A retry is one connection attempt: cheap. Every record during an outage also wakes
        # the drain, doubling the pause, so a long cap left spooled exchanges waiting up to a
        # minute after the database was back (seen once under load in tests/test_reliability).
        max_retry_seconds: float = 5.0,
        purge_every: float = 3600.0,
    ) -> None:
        self.store = store
        self.spool = Spool(spool_dir)
        self.redactor = redactor
        self.retention = retention
        self.max_logged_chars = max_logged_chars
        self.retry_seconds = retry_seconds
        self.max_retry_seconds = max_retry_seconds
        self.purge_every = purge_every
        self._pending = len(self.spool)
        self._flush_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None
        if self._pending or retention is not None:
            self._start()  # drain what an earlier run left behind; keep the retention

    def __getattr__(self, name: str) -> Any:
        # query, get, export, stats, set_review… are the store's own.
        if name == "store":
            raise AttributeError(name)
        return getattr(self.store, name)

    @property
    def pending(self) -> int:
        """How many exchanges wait in the spool for the database."""
        return self._pending

    def record(self, exchange: Exchange) -> None:
        """Log one exchange durably: in the database, or else in the local spool."""
        if len(exchange.question) > self.max_logged_chars:
            # A megabyte pasted into the chat is refused as too long; its reviewer needs the
            # start of it, and the log should not grow by a megabyte per attempt.
            cut = exchange.question[: self.max_logged_chars]
            more = len(exchange.question) - len(cut)
            exchange = replace(exchange, question=f"{cut}… [{more:,} more characters not logged]")
        if self.redactor is not None:
            exchange = self.redactor.exchange(exchange)
        if not self._pending:
            try:
                self.store.record(exchange)
                return
            except sa.exc.IntegrityError:
                if self.store.get(exchange.id) is not None:
                    return  # already logged: recording is idempotent
                raise
            except UNAVAILABLE as exc:
                self._note_outage(exc)
        try:
            self.spool.append(exchange)
        except (sqlite3.Error, OSError) as exc:
            logger.error("log database and spool both failed for exchange %s", exchange.id)
            raise LogUnavailable(
                f"cannot log exchange {exchange.id}: database ({self.last_error}) and "
                f"spool {self.spool.path} ({exc}) both failed"
            ) from exc
        self._recount()
        self._start()
        self._wake.set()

    def add_feedback(self, exchange_id: str, liked: bool, reason: str | None = None) -> None:
        """A visitor's thumbs up or down, the free-text reason redacted like a question."""
        if self.redactor is not None and reason:
            reason = self.redactor.text(reason)
        if self._pending:
            self.flush()  # the exchange may still be waiting in the spool
        self.store.add_feedback(exchange_id, liked, reason)

    def flush(self) -> int:
        """Write spooled exchanges to the database in order; how many were written."""
        written = 0
        with self._flush_lock:
            after = 0
            while True:
                batch = self.spool.head(after)
                if not batch:
                    break
                for seq, exchange in batch:
                    after = seq
                    try:
                        self.store.record(exchange)
                    except sa.exc.IntegrityError as exc:
                        if self.store.get(exchange.id) is None:
                            self.spool.failed(seq, f"{type(exc).__name__}: {exc}")
                            continue
                    except UNAVAILABLE as exc:
                        self._note_outage(exc)
                        self._recount()
                        return written
                    except Exception as exc:  # a row the database refuses: keep it, go on
                        logger.exception("log database refused spooled exchange %s", exchange.id)
                        self.spool.failed(seq, f"{type(exc).__name__}: {exc}")
                        continue
                    self.spool.remove(seq)
                    written += 1
            self._recount()
        if written:
            logger.warning("wrote %d spooled exchanges to the log database", written)
            self.last_error = None
        return written

    def purge(self, older_than: timedelta) -> int:
        """Delete logged exchanges older than this (see LogStore.purge)."""
        return int(self.store.purge(older_than))

    def close(self, timeout: float = 5.0) -> None:
        """Stop the background thread (after one last drain) and close the store."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self.store.close()

    def __enter__(self) -> SpooledLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _recount(self) -> None:
        with self._state_lock:
            # Refused rows stay in the spool for an operator but do not hold new writes back.
            self._pending = len(self.spool) - len(self.spool.errors())

    def _note_outage(self, exc: BaseException) -> None:
        message = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        if self.last_error is None:
            logger.warning("log database unavailable, spooling to %s: %s", self.spool.path, message)
        self.last_error = message

    def _start(self) -> None:
        with self._state_lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._thread = threading.Thread(target=self._run, name="log-spool", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        """Drain the spool with a growing pause while the database stays away; purge hourly."""
        delay = self.retry_seconds
        next_purge = time.monotonic()
        while True:
            if self._pending:
                try:
                    self.flush()
                except Exception:  # never let the drain thread die
                    logger.exception("spool drain failed")
                delay = (
                    self.retry_seconds
                    if not self._pending
                    else min(delay * 2, self.max_retry_seconds)
                )
            if self.retention is not None and time.monotonic() >= next_purge:
                try:
                    purged = self.store.purge(self.retention)
                    if purged:
                        logger.warning("purged %d exchanges older than %s", purged, self.retention)
                    next_purge = time.monotonic() + self.purge_every
                except UNAVAILABLE:
                    next_purge = time.monotonic() + self.retry_seconds
            if self._stop.is_set():
                return
            if not self._pending and self.retention is None:
                with self._state_lock:
                    if not self._pending:
                        self._thread = None
                        return  # nothing to do until the next outage starts a new thread
            wait = delay if self._pending else self.purge_every
            self._wake.wait(wait)
            self._wake.clear()
