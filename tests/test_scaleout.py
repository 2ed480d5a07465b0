"""Scale-out as an operator runs it: the index built once, two app processes sharing it.

One `chroma run` server holds the index (`assistant ingest` fills it once), one PostgreSQL
schema holds the log, Redis holds the rate limits; two `python app.py` processes on two
ports use all three. Visitors chat with both at once through `gradio_client`; every
exchange must land in the one log, and one client's messages are limited across both
processes together, not per process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from faultkit import AppProcess, chroma_server
from gradio_client import Client

from assistant.logstore import LogStore
from assistant.pseudonyms import Pseudonyms

pytestmark = [pytest.mark.services, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("ASSISTANT_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PER_CLIENT = 5  # messages per minute from one address, over both processes
PSEUDONYM_KEY = "scale-out-test-pseudonym-key-0123456789"
LOGGED = {"answer", "refusal", "emergency", "out_of_scope", "invalid"}
CONVERSATIONS = (
    ("What are the side effects of LDN?", "and how common are they?"),
    ("What did the colorectal cancer study find?", "What about in mice?"),
    ("How is LDN thought to work against cancer?", "How much LDN should I take?"),
)


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A key prefix of this test's own in the local Redis, deleted afterwards."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as exc:
        if os.environ.get("ASSISTANT_REQUIRE_SERVICES"):
            raise
        pytest.skip(f"Redis is not available: {exc}")
    prefix = f"test-scaleout-{uuid.uuid4().hex[:12]}"
    yield prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
    client.close()


@pytest.fixture
def cluster(tmp_path: Path, pg_url: str, redis_prefix: str) -> Iterator[list[AppProcess]]:
    """The index built once on a Chroma server, then two apps on it, the log and Redis."""
    with chroma_server(tmp_path / "chroma") as (chroma_url, _):
        shared = {
            "ASSISTANT_CORPUS_DIR": str(ROOT / "corpus"),
            "ASSISTANT_CHROMA_URL": chroma_url,
            "ASSISTANT_DATABASE_URL": pg_url,
            "ASSISTANT_REDIS_URL": REDIS_URL,
            "ASSISTANT_REDIS_PREFIX": redis_prefix,
            "ASSISTANT_RATE_PER_CLIENT": str(PER_CLIENT),
            "ASSISTANT_RATE_PER_SESSION": "20",
            "ASSISTANT_PSEUDONYM_KEY": PSEUDONYM_KEY,
        }
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")},
            **shared,
            "ASSISTANT_DATA_DIR": str(tmp_path / "ingest"),
        }
        # The policy's vectors come from the cache the apps below use too (the suite's shared
        # one, when set): without it, ingest embeds every labelled example again on one thread,
        # which took over 300 s on a busy CI machine and is not what this test is about.
        if os.environ.get("ASSISTANT_CACHE_ROOT"):
            env["ASSISTANT_CACHE_ROOT"] = os.environ["ASSISTANT_CACHE_ROOT"]
        done = subprocess.run(
            [sys.executable, "-m", "assistant", "ingest"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        # Each app has a data dir of its own (its spool and caches), as on separate machines.
        apps = [
            AppProcess(
                {**shared, "ASSISTANT_DATA_DIR": str(tmp_path / f"app{i}")},
                tmp_path / f"app{i}.log",
            )
            for i in (1, 2)
        ]
        try:
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(lambda app: app.start(timeout=240), apps))
            yield apps
        finally:
            for app in apps:
                app.stop()


def chat(url: str, address: str, messages: tuple[str, ...]) -> tuple[str, list[str]]:
    """One visitor's session on one app: (session hash, the kind of each reply)."""
    visitor = Client(url, headers={"X-Forwarded-For": address}, verbose=False)
    kinds = []
    try:
        for message in messages:
            shown, _ = visitor.predict(message, api_name="/chat")
            kinds.append(reply_kind(shown))
    finally:
        visitor.close()
    return visitor.session_hash, kinds


def reply_kind(messages: list[dict]) -> str:
    """The kind a reply's banner shows (answer, refusal, limit, error, …)."""
    content = messages[-1]["content"]
    text = "".join(p.get("text") or "" for p in content) if isinstance(content, list) else content
    for kind in (*LOGGED, "limit", "error"):
        if f'ldn-banner-{kind}"' in text:
            return kind
    return "?"


def test_two_processes_share_the_index_the_log_and_the_limits(cluster, pg_url):
    for app in cluster:  # the index was built once, by `assistant ingest`: no app rebuilt it
        assert "building it" not in app.output()
        assert "updating the index" not in app.output()

    # Visitors on both processes at once, each session kept on its process (as a sticky
    # load balancer does), each from an address of its own.
    jobs = [
        (app.url, f"10.20.{i}.{n + 1}", conversation)
        for i, app in enumerate(cluster)
        for n, conversation in enumerate(CONVERSATIONS * 2)
    ]
    with ThreadPoolExecutor(len(jobs)) as pool:
        sessions = list(pool.map(lambda job: chat(*job), jobs))
    for _, kinds in sessions:
        assert set(kinds) <= LOGGED, kinds

    # One address, alternating between the processes, a new session every message: the
    # per-client limit counts across both (in memory, each process would allow 5).
    limited = []
    for n in range(PER_CLIENT + 3):
        app = cluster[n % 2]
        session, kinds = chat(app.url, "10.99.0.1", ("What did the colorectal study find?",))
        limited.append((session, kinds[0]))
    outcomes = ["limit" if kind == "limit" else "logged" for _, kind in limited]
    assert outcomes == ["logged"] * PER_CLIENT + ["limit"] * 3, limited

    with LogStore(pg_url) as log:
        for session, kinds in sessions:
            assert log.count(session_id=session) == len(kinds)
        for session, kind in limited:
            assert log.count(session_id=session) == (0 if kind == "limit" else 1)
        answered = sum(len(kinds) for _, kinds in sessions) + PER_CLIENT
        assert log.count() == answered
        # The one address has one client id in the log, whichever process served it.
        ids = {
            row.exchange.client_id
            for session, kind in limited
            if kind != "limit"
            for row in log.query(session_id=session)
        }
        assert ids == {Pseudonyms(PSEUDONYM_KEY)("10.99.0.1")}
    for app in cluster:
        assert PSEUDONYM_KEY not in app.output()
