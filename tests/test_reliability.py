"""Faults: the log database away, a broken corpus file, a corrupt index, a dead Chroma server.

What must hold in each: the visitor gets a reply, every exchange whose reply was returned
ends up in the log exactly once, and what went wrong is said clearly (or logged).
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from faultkit import (
    AppProcess,
    ChatLoad,
    TcpProxy,
    chroma_server,
    logged_questions,
    postgres_target,
    spooled_questions,
    through_proxy,
    wait_for,
)
from typer.testing import CliRunner

from assistant import build_assistant
from assistant.cli import app as cli
from assistant.cli import parse_age
from assistant.corpus import CorpusError
from assistant.embedding import HashingEmbedder
from assistant.logstore import LogStore
from assistant.privacy import Redactor
from assistant.spool import LogUnavailable, SpooledLog
from assistant.types import KINDS, Exchange

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "What are the side effects of LDN?",
    "How is LDN thought to work against cancer?",
    "What did the colorectal cancer study find?",
    "How much LDN should I take?",
    "Write me a poem about the sea",
]


def exchange(n: int, **kw: Any) -> Exchange:
    created = datetime(2024, 3, 1, 12, tzinfo=UTC) + timedelta(seconds=n)
    values: dict[str, Any] = {
        "id": f"ex-{n:04d}",
        "created_at": created.isoformat(),
        "session_id": "s",
        "question": f"question {n}",
        "kind": "answer",
        "answer": f"answer {n}",
        "reason": "ok",
    }
    return Exchange(**{**values, **kw})


class FlakyStore:
    """A real LogStore that can be switched off: every call then fails like a dead server."""

    def __init__(self, store: LogStore) -> None:
        self.store = store
        self.down = False
        self.writes = 0

    def _check(self) -> None:
        if self.down:
            raise sa.exc.OperationalError("INSERT", {}, ConnectionRefusedError("server gone"))

    def record(self, ex: Exchange) -> None:
        self._check()
        self.store.record(ex)
        self.writes += 1

    def __getattr__(self, name: str) -> Any:
        self._check()
        return getattr(self.store, name)


@pytest.fixture
def flaky(tmp_path: Path):
    store = FlakyStore(LogStore(f"sqlite:///{tmp_path / 'log.sqlite3'}"))
    yield store
    store.store.close()


def logged_ids(store: Any) -> list[str]:
    return [row.exchange.id for row in reversed(store.query(limit=None))]


def test_an_outage_spools_in_order_and_the_drain_writes_each_exchange_once(flaky, tmp_path):
    log = SpooledLog(flaky, tmp_path / "spool", retry_seconds=0.05)
    for n in range(3):
        log.record(exchange(n))
    flaky.down = True
    for n in range(3, 13):
        log.record(exchange(n))  # returns: the visitor is not kept waiting
    assert log.pending == 10 and log.flush() == 0 and log.last_error
    log.record(exchange(3))  # the same exchange again (a retry): spooled once
    assert log.pending == 10
    flaky.down = False
    assert wait_for(lambda: log.pending == 0, timeout=10)
    assert logged_ids(flaky.store) == [f"ex-{n:04d}" for n in range(13)]
    assert flaky.writes == 13
    log.record(exchange(13))  # straight to the database again
    assert len(log.spool) == 0 and flaky.writes == 14
    log.close()


def test_an_exchange_both_logged_and_spooled_is_written_once(flaky, tmp_path):
    """A crash after the database write but before the spool's delete leaves both copies."""
    log = SpooledLog(flaky, tmp_path / "spool")
    log.spool.append(exchange(1))
    flaky.store.record(exchange(1))
    log.spool.append(exchange(2))
    log._pending = len(log.spool)
    assert log.flush() == 2
    assert logged_ids(flaky.store) == ["ex-0001", "ex-0002"]
    log.record(exchange(2))  # a duplicate straight to the database is not an error either
    assert flaky.store.count() == 2


def test_what_an_earlier_run_spooled_is_written_at_the_next_start(flaky, tmp_path):
    flaky.down = True
    first = SpooledLog(flaky, tmp_path / "spool", retry_seconds=60)
    for n in range(4):
        first.record(exchange(n))
    # the process dies here (no close); the database comes back; a new process starts
    flaky.down = False
    second = SpooledLog(flaky, tmp_path / "spool", retry_seconds=0.05)
    assert wait_for(lambda: second.pending == 0, timeout=10)
    assert logged_ids(flaky.store) == [f"ex-{n:04d}" for n in range(4)]


def test_a_row_the_database_refuses_does_not_block_the_others(flaky, tmp_path):
    log = SpooledLog(flaky, tmp_path / "spool")
    flaky.down = True
    log.record(exchange(1))
    log.record(exchange(2, created_at="not a date"))  # LogStore.record raises ValueError
    log.record(exchange(3))
    flaky.down = False
    log.flush()  # (the background drain may have been first)
    assert wait_for(lambda: log.pending == 0, timeout=10)
    assert logged_ids(flaky.store) == ["ex-0001", "ex-0003"]
    assert [e["id"] for e in log.spool.errors()] == ["ex-0002"] and log.pending == 0


def test_when_the_spool_cannot_be_written_either_record_says_so(flaky, tmp_path):
    log = SpooledLog(flaky, tmp_path / "spool")
    flaky.down = True
    log.spool.path = tmp_path / "no" / "such" / "dir" / "spool.sqlite3"
    with pytest.raises(LogUnavailable, match="both failed"):
        log.record(exchange(1))


def test_identifiers_are_redacted_before_the_spool_and_the_database(flaky, tmp_path):
    log = SpooledLog(flaky, tmp_path / "spool", redactor=Redactor())
    question = "I am jo@example.com, +1 (555) 123-4567; is 4.5 mg of LDN studied?"
    flaky.down = True
    log.record(exchange(1, question=question))
    raw = sqlite3.connect(log.spool.path).execute("SELECT body FROM pending").fetchone()[0]
    assert "jo@example.com" not in raw and "123-4567" not in raw
    flaky.down = False
    log.flush()
    logged = flaky.store.get("ex-0001")
    assert logged.question == "I am [email], [phone]; is 4.5 mg of LDN studied?"
    log.add_feedback("ex-0001", False, "wrong, mail me at jo@example.com")
    assert flaky.store.query()[0].feedback_reason == "wrong, mail me at [email]"


def test_a_megabyte_question_is_answered_and_logged_shortened(flaky, tmp_path):
    log = SpooledLog(flaky, tmp_path / "spool")
    log.record(exchange(1, question="x" * 1_000_000))
    logged = flaky.store.get("ex-0001").question
    assert logged.startswith("x" * 20_000) and "980,000 more characters not logged" in logged


def test_retention_purges_old_exchanges_in_the_background(flaky, tmp_path):
    old = datetime.now(UTC) - timedelta(days=100)
    flaky.store.record(exchange(1, created_at=old.isoformat()))
    flaky.store.record(exchange(2, created_at=datetime.now(UTC).isoformat()))
    log = SpooledLog(flaky, tmp_path / "spool", retention=timedelta(days=90))
    assert wait_for(lambda: flaky.store.count() == 1, timeout=10)
    assert logged_ids(flaky.store) == ["ex-0002"]
    log.close()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("90d", timedelta(days=90)), ("36h", timedelta(hours=36)), ("2w", timedelta(weeks=2)),
     ("7", timedelta(days=7)), (" 1.5d ", timedelta(hours=36))],
)
def test_purge_ages_parse(text, expected):
    assert parse_age(text) == expected


def test_logs_purge_deletes_only_what_is_older(tmp_path):
    store = LogStore(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    now = datetime.now(UTC)
    for n, age in enumerate([200, 91, 89, 1]):
        store.record(exchange(n, created_at=(now - timedelta(days=age)).isoformat()))
    store.add_feedback("ex-0000", False, "bad")
    store.set_review("ex-0001", reviewer="staff", label="incorrect")
    store.close()
    runner = CliRunner()
    args = ["logs", "purge", "--data-dir", str(tmp_path)]
    dry = runner.invoke(cli, [*args, "--older-than", "90d", "--dry-run"])
    assert dry.exit_code == 0 and dry.output.startswith("2 exchanges older than 90 days")
    done = runner.invoke(cli, [*args, "--older-than", "90d"])
    assert done.exit_code == 0 and "2 exchanges older than 90 days purged" in done.output
    bad = runner.invoke(cli, [*args, "--older-than", "90 parsecs"])
    assert bad.exit_code != 0 and "expected a number and a unit" in bad.output
    nothing = runner.invoke(cli, args, env={"ASSISTANT_LOG_RETENTION_DAYS": ""})
    assert nothing.exit_code != 0 and "ASSISTANT_LOG_RETENTION_DAYS" in nothing.output
    by_setting = runner.invoke(cli, args, env={"ASSISTANT_LOG_RETENTION_DAYS": "120"})
    assert by_setting.exit_code == 0 and "0 exchanges" in by_setting.output
    with LogStore(f"sqlite:///{tmp_path / 'log.sqlite3'}") as store:
        assert logged_ids(store) == ["ex-0002", "ex-0003"]


# --- the assistant as a whole, on a fake embedder (these tests are about faults) --------


@pytest.fixture
def fake_embedder():
    return HashingEmbedder()


def test_a_corpus_file_with_broken_front_matter_is_named_and_skipped(
    settings, fake_embedder, caplog
):
    broken = settings.corpus_dir / "ma2020-colorectal.md"
    broken.write_text("---\ntitle: [unclosed\nid: ma2020\n---\nBody.\n")
    with caplog.at_level(logging.WARNING, logger="assistant"):
        assistant = build_assistant(settings, embedder=fake_embedder)
    assert len(assistant.corpus.documents) == 5
    assert any("ma2020-colorectal.md" in r.getMessage() and "YAML" in r.getMessage()
               for r in caplog.records)
    answer = assistant.ask("What are the side effects of LDN?")
    assert answer.kind in KINDS and answer.disclaimer
    assistant.log.close()


def test_a_corpus_with_no_readable_file_is_a_clear_error(settings, fake_embedder):
    for path in settings.corpus_dir.glob("*.md"):
        path.write_text("no front matter here\n")
    with pytest.raises(CorpusError, match="no corpus document could be loaded") as info:
        build_assistant(settings, embedder=fake_embedder)
    assert "ldn-cancer-article.md" in str(info.value)


def test_a_corrupt_index_is_moved_aside_and_rebuilt(settings, fake_embedder, caplog):
    build_assistant(settings, embedder=fake_embedder).log.close()
    database = settings.chroma_dir / "chroma.sqlite3"
    database.write_bytes(b"this is not a database" * 200)
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(settings.chroma_dir), None)  # a new process
    with caplog.at_level(logging.WARNING, logger="assistant"):
        assistant = build_assistant(settings, embedder=fake_embedder)
    assert any("unreadable" in r.getMessage() and "rebuilding" in r.getMessage()
               for r in caplog.records)
    assert list(settings.data_dir.glob("chroma.corrupt-*"))
    assert assistant.retriever.dense.count() > 0
    assert assistant.ask("What are the side effects of LDN?").kind in KINDS
    assistant.log.close()


@pytest.mark.services
def test_a_chroma_server_that_dies_while_serving_falls_back_to_keywords(
    settings, fake_embedder, tmp_path
):
    with chroma_server(tmp_path / "chroma-server") as (url, proc):
        assistant = build_assistant(settings.with_(chroma_url=url), embedder=fake_embedder)
        before = assistant.ask("What are the side effects of LDN?")
        assert not any("retrieval.fault" in e for e in before.evidence)
        proc.kill()
        proc.wait(10)
        answers = [assistant.ask("What are the side effects of LDN?") for _ in range(3)]
    assert all(a.kind == "answer" and a.citations for a in answers)
    for answer in answers:
        logged = assistant.log.get(answer.exchange_id)
        assert any(e.startswith("retrieval.fault: vector store") for e in logged.evidence)
    assistant.log.close()


@pytest.mark.services
def test_postgres_away_while_serving_loses_nothing(settings, fake_embedder, pg_url):
    with TcpProxy(postgres_target(pg_url)) as proxy:
        proxied = settings.with_(database_url=through_proxy(pg_url, proxy))
        assistant = build_assistant(proxied, embedder=fake_embedder)
        assistant.log.retry_seconds = assistant.log.max_retry_seconds = 0.2
        received = [assistant.ask(q).exchange_id for q in QUESTIONS]
        proxy.stop()  # PostgreSQL "stopped": refused connects, broken pooled connections
        for q in QUESTIONS * 2:
            answer = assistant.ask(q)
            assert answer.kind in KINDS and answer.disclaimer
            received.append(answer.exchange_id)
        assert assistant.log.pending == 10
        proxy.start()  # and started again
        assert wait_for(lambda: assistant.log.pending == 0, timeout=30)
        received += [assistant.ask(q).exchange_id for q in QUESTIONS]
    with LogStore(pg_url) as direct:
        logged = [row.exchange.id for row in direct.query(limit=None)]
        assert sorted(logged) == sorted(received) and len(logged) == 20
        assert direct.check_integrity()
    assistant.log.close()


def test_the_spool_file_is_plain_json_an_operator_can_read(flaky, tmp_path):
    log = SpooledLog(flaky, tmp_path / "spool")
    flaky.down = True
    log.record(exchange(1, question="surrogate \ud800 and nul \x00"))
    body = sqlite3.connect(log.spool.path).execute("SELECT body FROM pending").fetchone()[0]
    assert json.loads(body)["id"] == "ex-0001"
    flaky.down = False
    log.flush()
    assert log.pending == 0 and flaky.store.get("ex-0001").question.startswith("surrogate")


# --- the app as a whole: `python app.py` killed, or its database cut, under 20 visitors --------


@pytest.fixture(scope="module")
def built_index(tmp_path_factory, embedder) -> Path:
    """The real index, built once and copied into each app's data directory."""
    from assistant import Settings
    from assistant.factory import build_index

    data = tmp_path_factory.mktemp("built") / "data"
    build_index(Settings(data_dir=data, corpus_dir=ROOT / "corpus"), embedder)
    return data / "chroma"


def app_env(tmp_path: Path, built_index: Path, **extra: str) -> dict[str, str]:
    shutil.copytree(built_index, tmp_path / "data" / "chroma")
    return {
        "ASSISTANT_DATA_DIR": str(tmp_path / "data"),
        "ASSISTANT_CORPUS_DIR": str(ROOT / "corpus"),
        "ASSISTANT_RATE_PER_CLIENT": "100000",  # 20 visitors share one address here
        "ASSISTANT_RATE_PER_SESSION": "100000",
        **extra,
    }


def kill_while_chatting(app: AppProcess, seconds: float) -> ChatLoad:
    load = ChatLoad(app.url, clients=20).start()
    wait_for(lambda: len(load.received) >= 10, timeout=60)
    time.sleep(seconds)
    app.kill()  # kill -9 while answers are being written and streamed
    load.stop()
    return load


@pytest.mark.slow
@pytest.mark.parametrize(
    "database", ["sqlite", pytest.param("postgresql", marks=pytest.mark.services)]
)
def test_kill_9_under_20_visitors_loses_no_answered_exchange(
    request, database, tmp_path, built_index
):
    url = request.getfixturevalue("pg_url") if database == "postgresql" else (
        f"sqlite:///{tmp_path / 'data' / 'log.sqlite3'}"
    )
    extra = {"ASSISTANT_DATABASE_URL": url} if database == "postgresql" else {}
    app = AppProcess(app_env(tmp_path, built_index, **extra), tmp_path / "app.log").start()
    try:
        load = kill_while_chatting(app, seconds=2)
    finally:
        app.kill()
    assert load.received, app.output()[-2000:]
    with LogStore(url) as store:
        assert store.check_integrity()
    logged = set(logged_questions(url)) | set(spooled_questions(tmp_path / "data" / "spool"))
    lost = [q for q in load.received if q not in logged]
    assert not lost, f"{len(lost)} answered but not logged: {lost[:3]}"
    assert len(logged) == len(set(logged))


@pytest.mark.slow
@pytest.mark.services
def test_postgres_cut_while_20_visitors_chat_loses_nothing(tmp_path, built_index, pg_url):
    with TcpProxy(postgres_target(pg_url)) as proxy:
        env = app_env(tmp_path, built_index, ASSISTANT_DATABASE_URL=through_proxy(pg_url, proxy))
        app = AppProcess(env, tmp_path / "app.log").start()
        try:
            load = ChatLoad(app.url, clients=20).start()
            wait_for(lambda: len(load.received) >= 10, timeout=60)
            proxy.stop()  # the database goes away for a few seconds
            during = len(load.received)
            time.sleep(4)
            answered_while_down = len(load.received) - during
            proxy.start()
            time.sleep(2)
            load.stop()
            assert answered_while_down > 0, "visitors got no answer while the database was away"
            assert not load.failed, load.failed[:3]
            assert wait_for(
                lambda: set(load.received) <= set(logged_questions(pg_url)), timeout=60
            ), "spooled exchanges were not written when the database came back"
        finally:
            app.stop()
    logged = logged_questions(pg_url)
    assert len(logged) == len(set(logged)) and set(load.received) <= set(logged)
    assert spooled_questions(tmp_path / "data" / "spool") == []
