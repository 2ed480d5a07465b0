"""The log store, on SQLite and on PostgreSQL, through its public interface."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from conftest_pg import postgres_schema

from assistant.logstore import LogStore
from assistant.settings import Settings
from assistant.types import Exchange

MIGRATIONS = ["m001_initial", "m002_reviews", "m003_staff"]
TABLES = {"_migrations", "exchanges", "feedback", "reviews", "review_history", "staff"}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.services)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'not-yet' / 'log.sqlite3'}"
    else:
        with postgres_schema() as pg:
            yield pg


@pytest.fixture
def store(url: str) -> Iterator[LogStore]:
    with LogStore(url) as s:
        yield s


def exchange(id: str, created_at: str = "2024-03-01T12:00:00.000000+00:00", **kw: Any) -> Exchange:
    values: dict[str, Any] = {
        "session_id": "s1",
        "question": f"question {id}",
        "kind": "answer",
        "answer": f"answer {id}",
        "reason": "ok",
    }
    return Exchange(id=id, created_at=created_at, **{**values, **kw})


def at(day: int, hour: int = 12) -> str:
    return datetime(2024, 3, day, hour, tzinfo=UTC).isoformat(timespec="microseconds")


def ids(rows: list[Any]) -> list[str]:
    return [row.exchange.id for row in rows]


def schema(url: str) -> tuple[set[str], set[str | None], list[str]]:
    engine = sa.create_engine(url)
    try:
        inspector = sa.inspect(engine)
        indexes = {ix["name"] for ix in inspector.get_indexes("exchanges")}
        with engine.connect() as conn:
            applied = list(conn.scalars(sa.text("SELECT name FROM _migrations ORDER BY name")))
        return set(inspector.get_table_names()), indexes, applied
    finally:
        engine.dispose()


def test_blank_database_gets_the_whole_schema(url: str) -> None:
    LogStore(url).close()
    tables, indexes, applied = schema(url)
    assert tables == TABLES
    assert {"ix_exchanges_created_at", "ix_exchanges_kind", "ix_exchanges_session_id"} <= indexes
    assert applied == MIGRATIONS


def test_migrations_are_idempotent_and_safe_to_race(url: str) -> None:
    def open_and_close(_: int) -> None:
        LogStore(url).close()

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(open_and_close, range(4)))
    LogStore(url).close()
    assert schema(url)[2] == MIGRATIONS


def test_workers_starting_together_on_a_new_sqlite_file_all_open_it(tmp_path: Path) -> None:
    # Several app workers started at once all open the log before it exists. Turning a new
    # file to WAL takes a lock SQLite does not wait for, so this once failed 1 run in ~100.
    def open_and_record(url: str, worker: int) -> None:
        with LogStore(url) as store:
            store.record(exchange(f"w{worker}"))

    for attempt in range(40):
        url = f"sqlite:///{tmp_path / str(attempt) / 'log.sqlite3'}"
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(open_and_record, [url] * 4, range(4)))
        with LogStore(url) as store:
            assert store.count() == 4
        journal = sqlite3.connect(tmp_path / str(attempt) / "log.sqlite3")
        try:
            assert journal.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            journal.close()


def test_record_and_get_round_trip(store: LogStore) -> None:
    original = exchange(
        "ex-1",
        session_id="sess-é",
        client_id="203.0.113.7",
        question="Qu'est-ce que la naltrexone à faible dose ? 低剂量 💊 \u202e",
        kind="refusal",
        answer='I can\'t advise on "dosing" — ask your doctor.\nLine two.',
        reason="dosing.amount",
        citations=[{"number": 1, "quote": "naltrexone «LDN»", "start": 3, "end": 19, "url": None}],
        retrieved=[{"chunk_id": "c1", "source_id": "d1", "score": 0.12345}],
        timings={"retrieve": 12.5, "total": 40.0},
        evidence=["dose", "mg"],
        corpus_version="abc123",
        app_version="0.1.0",
        composer="langchain",
    )
    store.record(original)
    assert store.get("ex-1") == original
    assert store.get("missing") is None


def test_recording_the_same_exchange_twice_keeps_one(store: LogStore) -> None:
    store.record(exchange("ex-1"))
    store.record(exchange("ex-1", question="a replay must not overwrite"))
    assert store.count() == 1 and store.get("ex-1").question == "question ex-1"


def test_created_at_is_normalised_to_utc(store: LogStore) -> None:
    store.record(exchange("a", created_at="2024-03-01T14:30:00+02:00"))
    store.record(exchange("b", created_at="2024-03-01T12:30:00Z"))
    assert store.get("a").created_at == "2024-03-01T12:30:00.000000+00:00"  # type: ignore[union-attr]
    assert store.get("b").created_at == "2024-03-01T12:30:00.000000+00:00"  # type: ignore[union-attr]


def test_text_a_driver_would_reject_is_kept_readable(store: LogStore) -> None:
    store.record(exchange("nul", question="a\x00b \ud800c"))
    assert store.get("nul").question == "a\ufffdb ?c"  # type: ignore[union-attr]


def test_query_filters(store: LogStore) -> None:
    store.record(exchange("a", at(1), kind="answer", session_id="s1"))
    store.record(exchange("b", at(2, 23), kind="refusal", session_id="s2"))
    store.record(exchange("c", at(3, 0), kind="answer", session_id="s2"))
    store.add_feedback("a", liked=False)
    store.add_feedback("b", liked=True)
    store.set_review("c", reviewer="ann", reviewed=True)

    assert ids(store.query(kind="answer")) == ["c", "a"]
    assert ids(store.query(feedback="down")) == ["a"]
    assert ids(store.query(feedback="up")) == ["b"]
    assert ids(store.query(feedback="none")) == ["c"]
    assert ids(store.query(reviewed=True)) == ["c"]
    assert ids(store.query(reviewed=False)) == ["b", "a"]
    assert ids(store.query(session_id="s2", kind="answer")) == ["c"]
    assert ids(store.query(since="2024-03-02", until="2024-03-02")) == ["b"]
    assert ids(store.query(until=datetime(2024, 3, 3, tzinfo=UTC))) == ["b", "a"]
    plus_two = timezone(timedelta(hours=2))
    assert ids(store.query(since=datetime(2024, 3, 3, 1, tzinfo=plus_two))) == ["c", "b"]
    assert store.count(kind="answer", feedback="none") == 1
    with pytest.raises(ValueError):
        store.query(feedback="sideways")


def test_search_is_literal_and_case_insensitive(store: LogStore) -> None:
    store.record(exchange("ldn", question="What is LDN?", answer="Low-dose naltrexone."))
    store.record(exchange("pct", question="Is it 100% safe?"))
    store.record(exchange("und", question="snake_case"))
    store.record(exchange("quote", question="it's O'Brien's study"))

    assert ids(store.query(search="ldn")) == ["ldn"]
    assert ids(store.query(search="NALTREXONE")) == ["ldn"]  # answers are searched too
    assert ids(store.query(search="%")) == ["pct"]
    assert ids(store.query(search="_")) == ["und"]
    assert ids(store.query(search="o'brien")) == ["quote"]
    assert store.query(search="' OR 1=1 --") == []
    assert store.query(search="'; DROP TABLE exchanges; --") == []
    assert store.count() == 4


def test_newest_first_with_paging(store: LogStore) -> None:
    for day in range(1, 6):
        store.record(exchange(f"d{day}", at(day)))
    assert ids(store.query(limit=2)) == ["d5", "d4"]
    assert ids(store.query(limit=2, offset=2)) == ["d3", "d2"]
    assert ids(store.query(limit=2, offset=4)) == ["d1"]
    assert store.count() == 5

    store.add_feedback("d2", liked=True)
    store.add_feedback("d4", liked=False)
    assert ids(store.query(order="feedback_first")) == ["d4", "d2", "d5", "d3", "d1"]


def test_latest_feedback_wins(store: LogStore) -> None:
    store.record(exchange("a"))
    store.add_feedback("a", liked=False, reason="wrong study")
    store.add_feedback("a", liked=True)
    [row] = store.query()
    assert (row.liked, row.feedback_reason) == (True, None)
    store.add_feedback("a", liked=False, reason="changed my mind")
    [row] = store.query()
    assert (row.liked, row.feedback_reason) == (False, "changed my mind")
    with pytest.raises(KeyError):
        store.add_feedback("nope", liked=True)


def test_review_keeps_history(store: LogStore) -> None:
    store.record(exchange("a"))
    store.set_review("a", reviewer="ann", reviewed=True, label="incorrect", note="cites 2019")
    store.set_review("a", reviewer="bob", label="correct")
    store.set_review("a", reviewer="bob", label="", note="")

    [row] = store.query()
    assert (row.reviewed, row.label, row.note, row.reviewer) == (True, None, None, "bob")
    assert row.updated_at is not None
    history = store.review_history("a")
    assert [(h["reviewer"], h["reviewed"], h["label"], h["note"]) for h in history] == [
        ("ann", True, "incorrect", "cites 2019"),
        ("bob", True, "correct", "cites 2019"),
        ("bob", True, None, None),
    ]
    assert [h["changed_at"] for h in history] == sorted(h["changed_at"] for h in history)
    with pytest.raises(ValueError):
        store.set_review("a", reviewer="ann", label="meh")
    with pytest.raises(KeyError):
        store.set_review("nope", reviewer="ann", reviewed=True)
    assert len(store.review_history("a")) == 3


def test_export_round_trips_and_escapes_formulas(store: LogStore) -> None:
    store.record(exchange("a", at(1), citations=[{"quote": "«x»", "n": 1}], evidence=["mg"]))
    store.record(exchange("b", at(2), question='=HYPERLINK("http://evil")', answer="-1+1"))
    store.record(exchange("c", at(3), question="@SUM(A1)", answer="+cmd"))
    store.add_feedback("a", liked=False, reason="=bad")
    store.set_review("a", reviewer="ann", reviewed=True, label="unsafe")

    jsonl = io.StringIO()
    assert store.export(jsonl, "jsonl") == 3
    records = [json.loads(line) for line in jsonl.getvalue().splitlines()]
    assert records == [row.to_json() for row in store.query()]
    assert records[2]["citations"] == [{"quote": "«x»", "n": 1}]

    text = io.StringIO()
    assert store.export(text, "csv", kind="answer") == 3
    rows = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert [r["id"] for r in rows] == ["c", "b", "a"]
    assert rows[0]["question"] == "'@SUM(A1)" and rows[0]["answer"] == "'+cmd"
    assert rows[1]["question"] == '\'=HYPERLINK("http://evil")' and rows[1]["answer"] == "'-1+1"
    a = rows[2]
    assert json.loads(a["citations"]) == [{"quote": "«x»", "n": 1}]
    assert json.loads(a["evidence"]) == ["mg"]
    assert (a["liked"], a["feedback_reason"], a["label"]) == ("False", "'=bad", "unsafe")

    assert store.export(io.StringIO(), "csv", feedback="down") == 1
    with pytest.raises(ValueError):
        store.export(io.StringIO(), "xml")


def test_stats(store: LogStore) -> None:
    store.record(exchange("a", at(1), question="What is LDN?"))
    store.record(exchange("b", at(1, 13), question="  what is ldn?  "))
    store.record(exchange("c", at(2), question="Dose?", kind="refusal"))
    store.record(exchange("d", at(3), question="What is LDN?", kind="emergency"))
    store.add_feedback("a", liked=True)
    store.add_feedback("a", liked=False)
    store.add_feedback("c", liked=True)

    stats = store.stats()
    assert stats["total"] == 4
    assert stats["per_day"] == {"2024-03-01": 2, "2024-03-02": 1, "2024-03-03": 1}
    assert stats["by_kind"] == {"answer": 2, "emergency": 1, "refusal": 1}
    assert (stats["rated"], stats["thumbs_down"], stats["thumbs_down_rate"]) == (2, 1, 0.5)
    assert stats["top_questions"][0] == {"question": "what is ldn?", "count": 3}

    later = store.stats(since="2024-03-02")
    assert later["total"] == 2 and later["thumbs_down_rate"] == 0.0


def test_purge_removes_old_exchanges_with_their_feedback_and_reviews(store: LogStore) -> None:
    old = (datetime.now(UTC) - timedelta(days=400)).isoformat()
    store.record(exchange("old", old))
    store.record(exchange("new", datetime.now(UTC).isoformat()))
    store.add_feedback("old", liked=False)
    store.set_review("old", reviewer="ann", reviewed=True, label="unsafe")

    assert store.purge(timedelta(days=365)) == 1
    assert store.get("old") is None and store.get("new") is not None
    store.record(exchange("old", old))  # the same id again starts clean
    row = store.query(session_id="s1", since=old[:10], until=old[:10])[0]
    assert (row.liked, row.reviewed, row.label) == (None, False, None)
    assert store.review_history("old") == []
    assert store.purge(timedelta(days=365)) == 1


def test_staff_hashes(store: LogStore) -> None:
    assert store.get_staff_hash("ann") is None
    store.add_staff("ann", "$argon2id$v=19$first")
    store.add_staff("bob", "hash-b")
    store.add_staff("ann", "$argon2id$v=19$second")
    assert store.get_staff_hash("ann") == "$argon2id$v=19$second"
    assert store.list_staff() == ["ann", "bob"]


def test_data_survives_reopening(url: str) -> None:
    with LogStore(url) as first:
        first.record(exchange("a", evidence=["x"]))
        first.add_feedback("a", liked=False, reason="slow")
        first.add_staff("ann", "h")
    with LogStore(url) as second:
        assert second.get("a") == exchange("a", evidence=["x"])
        assert second.query()[0].feedback_reason == "slow"
        assert second.get_staff_hash("ann") == "h"
        assert second.check_integrity()


@pytest.mark.services
def test_plain_postgresql_urls_are_accepted() -> None:
    with postgres_schema() as url:
        plain = url.replace("postgresql+psycopg://", "postgresql://", 1)
        with LogStore(plain) as store:
            assert store.check_integrity()


def test_sqlite_defaults(tmp_path: Path) -> None:
    with LogStore.from_settings(Settings(data_dir=tmp_path / "data")) as store:
        store.record(exchange("a"))
        assert store.check_integrity()
    database = tmp_path / "data" / "log.sqlite3"
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_other_databases_are_refused() -> None:
    with pytest.raises(ValueError):
        LogStore("mysql://root@localhost/log")
