"""Staff accounts: hashed passwords, sessions that expire, throttled wrong passwords, the CLI."""

from __future__ import annotations

import os
import uuid

import pytest
from typer.testing import CliRunner

from assistant.cli import app as cli
from assistant.logstore import LogStore
from assistant.ratelimit import MemoryWindows
from assistant.settings import Settings
from assistant.staff import (
    MemorySessions,
    RedisSessions,
    StaffAuth,
    StaffDirectory,
    hash_password,
    is_password_hash,
    validate_username,
    verify_password,
)

REDIS_URL = os.environ.get("ASSISTANT_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def store(tmp_path):
    with LogStore(f"sqlite:///{tmp_path / 'log.sqlite3'}") as store:
        yield store


def make_auth(store, *, clock=None, attempts=3, ttl_minutes=60, configured=None):
    sessions = MemorySessions(clock=clock) if clock else MemorySessions()
    windows = MemoryWindows(clock=clock) if clock else MemoryWindows()
    return StaffAuth(
        StaffDirectory(store, configured),
        sessions,
        windows,
        ttl_minutes=ttl_minutes,
        attempts=attempts,
    )


def test_hash_is_salted_and_verifies():
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second  # a random salt each time
    assert "correct horse" not in first and is_password_hash(first)
    assert verify_password("correct horse", first)
    assert verify_password("correct horse", second)
    assert not verify_password("correct horsE", first)
    assert not verify_password("", first)


@pytest.mark.parametrize(
    "stored", ["", "plain", "scrypt$1$2", "pbkdf2$a$b$c$d$e", "scrypt$x$8$1$a$b"]
)
def test_malformed_hashes_never_verify(stored):
    assert not verify_password("anything", stored)


def test_usernames_are_validated():
    assert validate_username(" alice ") == "alice"
    for bad in ("", "a b", "x" * 65, "<script>", "al:ice"):
        with pytest.raises(ValueError):
            validate_username(bad)


def test_accounts_from_settings_and_database(store):
    hashed = hash_password("from-a-hash")
    settings = Settings(staff=("carol:plain-password", f"dave:{hashed}"))
    store.add_staff("erin", hash_password("stored-password"))
    directory = StaffDirectory.from_settings(settings, store)
    assert directory.verify("carol", "plain-password")
    assert directory.password_hash("carol") != "plain-password"  # hashed in memory
    assert directory.verify("dave", "from-a-hash")
    assert directory.verify("erin", "stored-password")
    assert not directory.verify("erin", "wrong")
    assert not directory.verify("nobody", "stored-password")
    assert directory.usernames() == ["carol", "dave", "erin"]


def test_a_bad_settings_entry_is_an_error(store):
    with pytest.raises(ValueError):
        StaffDirectory.from_settings(Settings(staff=("no-password-here",)), store)


def test_login_gives_a_session_and_logout_ends_it(store):
    store.add_staff("alice", hash_password("correct horse"))
    auth = make_auth(store)
    result = auth.login("alice", "correct horse", "127.0.0.1")
    assert result.ok and result.username == "alice"
    assert auth.username(result.token) == "alice"
    assert auth.username("forged-token") is None
    assert auth.username(None) is None
    auth.logout(result.token)
    assert auth.username(result.token) is None


def test_sessions_expire(store):
    now = [0.0]
    store.add_staff("alice", hash_password("correct horse"))
    auth = make_auth(store, clock=lambda: now[0], ttl_minutes=30)
    token = auth.login("alice", "correct horse").token
    now[0] += 29 * 60
    assert auth.username(token) == "alice"
    now[0] += 2 * 60
    assert auth.username(token) is None


def test_wrong_passwords_are_throttled_per_account(store):
    now = [0.0]
    store.add_staff("alice", hash_password("correct horse"))
    auth = make_auth(store, clock=lambda: now[0], attempts=3)
    for _ in range(3):
        result = auth.login("alice", "guess", "10.0.0.1")
        assert not result.ok and result.error == "Wrong username or password."
    locked = auth.login("alice", "correct horse", "10.0.0.2")
    assert not locked.ok and locked.retry_after > 0 and "Too many" in (locked.error or "")
    now[0] += 15 * 60 + 1
    assert auth.login("alice", "correct horse", "10.0.0.2").ok


def test_a_success_resets_the_account_counter(store):
    store.add_staff("alice", hash_password("correct horse"))
    auth = make_auth(store, attempts=3)
    for _ in range(2):
        auth.login("alice", "guess", "10.0.0.1")
    assert auth.login("alice", "correct horse", "10.0.0.1").ok
    for _ in range(2):
        auth.login("alice", "guess", "10.0.0.1")
    assert auth.login("alice", "correct horse", "10.0.0.1").ok


def test_one_address_guessing_many_accounts_is_throttled(store):
    store.add_staff("alice", hash_password("correct horse"))
    auth = make_auth(store, attempts=2)  # an address gets 4x: 8 wrong passwords
    for i in range(8):
        assert not auth.login(f"user{i}", "guess", "10.9.9.9").ok
    blocked = auth.login("alice", "correct horse", "10.9.9.9")
    assert not blocked.ok and blocked.retry_after > 0
    assert auth.login("alice", "correct horse", "10.0.0.1").ok


@pytest.mark.services
def test_redis_sessions_are_shared_and_expire():
    import time

    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as exc:
        if os.environ.get("ASSISTANT_REQUIRE_SERVICES"):
            raise
        pytest.skip(f"Redis is not available: {exc}")
    prefix = f"test-{uuid.uuid4().hex}"
    one, other = RedisSessions(client, prefix), RedisSessions(client, prefix)
    token = one.create("alice", ttl=60)
    assert other.username(token) == "alice"
    assert not any(token in key.decode() for key in client.keys(prefix + "*"))  # hashed
    other.revoke(token)
    assert one.username(token) is None
    short = one.create("bob", ttl=0.2)
    time.sleep(0.3)
    assert one.username(short) is None


def test_from_settings_uses_redis_when_configured(store):
    auth = StaffAuth.from_settings(Settings(redis_url=REDIS_URL, session_ttl_minutes=5), store)
    assert isinstance(auth.sessions, RedisSessions)
    assert auth.ttl == 300
    assert isinstance(StaffAuth.from_settings(Settings(), store).sessions, MemorySessions)


def test_cli_staff_add_and_list(tmp_path, monkeypatch):
    monkeypatch.delenv("ASSISTANT_STAFF", raising=False)
    monkeypatch.delenv("ASSISTANT_DATABASE_URL", raising=False)
    runner = CliRunner()
    data = str(tmp_path / "data")
    added = runner.invoke(
        cli, ["staff", "add", "bob", "--password-stdin", "--data-dir", data], input="s3cret-pass\n"
    )
    assert added.exit_code == 0, added.output
    short = runner.invoke(
        cli, ["staff", "add", "eve", "--password-stdin", "--data-dir", data], input="short\n"
    )
    assert short.exit_code != 0
    prompted = runner.invoke(
        cli, ["staff", "add", "carl", "--data-dir", data], input="long-enough\nlong-enough\n"
    )
    assert prompted.exit_code == 0, prompted.output
    monkeypatch.setenv("ASSISTANT_STAFF", "zed:pw-in-env")
    listed = runner.invoke(cli, ["staff", "list", "--data-dir", data])
    assert listed.output.split("\n")[:3] == ["bob", "carl", "zed  (from settings)"]
    with LogStore(Settings(data_dir=tmp_path / "data").resolved_database_url) as store:
        stored = store.get_staff_hash("bob")
    assert stored and "s3cret-pass" not in stored and verify_password("s3cret-pass", stored)
    hashed = runner.invoke(cli, ["staff", "hash", "--password-stdin"], input="another-pass\n")
    assert verify_password("another-pass", hashed.output.strip())
