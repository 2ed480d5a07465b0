"""Sliding-window limits, in memory and in Redis: the same behaviour from both."""

from __future__ import annotations

import os
import time
import uuid

import pytest

from assistant.ratelimit import (
    Bucket,
    MemoryWindows,
    RateLimiter,
    RedisWindows,
    make_windows,
)
from assistant.settings import Settings

REDIS_URL = os.environ.get("ASSISTANT_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def redis_windows() -> RedisWindows:
    """Windows in the local Redis under a prefix of their own (skipped if Redis is down)."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as exc:
        if os.environ.get("ASSISTANT_REQUIRE_SERVICES"):
            raise
        pytest.skip(f"Redis is not available: {exc}")
    return RedisWindows(client, prefix=f"test-{uuid.uuid4().hex}")


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.services)])
def windows(request):
    if request.param == "memory":
        return MemoryWindows()
    return redis_windows()


def test_allows_up_to_the_limit_then_refuses_with_a_wait(windows):
    bucket = [Bucket("k", 3, window=60)]
    assert all(windows.acquire(bucket).allowed for _ in range(3))
    refused = windows.acquire(bucket)
    assert not refused.allowed
    assert refused.key == "k"
    assert 55 < refused.retry_after <= 60
    assert refused.retry_after_seconds in (59, 60)


def test_the_window_slides(windows):
    bucket = [Bucket("k", 2, window=0.3)]
    assert windows.acquire(bucket).allowed
    assert windows.acquire(bucket).allowed
    assert not windows.acquire(bucket).allowed
    time.sleep(0.35)
    assert windows.acquire(bucket).allowed


def test_all_or_nothing_across_buckets(windows):
    session, client = Bucket("session:a", 5), Bucket("client:ip", 1)
    assert windows.acquire([session, client]).allowed
    refused = windows.acquire([session, client])
    assert not refused.allowed and refused.key == "client:ip"
    # the refused message was not counted against the session either
    assert windows.acquire([Bucket("session:a", 2)]).allowed
    assert not windows.acquire([Bucket("session:a", 2)]).allowed


def test_peek_records_nothing_record_always_does_and_clear_forgets(windows):
    bucket = [Bucket("login", 2, window=60)]
    assert windows.peek(bucket).allowed
    windows.record(bucket)
    windows.record(bucket)
    windows.record(bucket)  # beyond the limit: still recorded
    assert not windows.peek(bucket).allowed
    windows.clear(["login"])
    assert windows.peek(bucket).allowed


def test_keys_are_independent(windows):
    assert windows.acquire([Bucket("a", 1)]).allowed
    assert windows.acquire([Bucket("b", 1)]).allowed
    assert not windows.acquire([Bucket("a", 1)]).allowed


def test_no_buckets_is_always_allowed(windows):
    assert windows.acquire([]).allowed


def test_memory_retry_after_is_exact_with_a_clock():
    now = [1000.0]
    windows = MemoryWindows(clock=lambda: now[0])
    bucket = [Bucket("k", 2, window=60)]
    windows.acquire(bucket)
    now[0] += 10
    windows.acquire(bucket)
    now[0] += 5
    refused = windows.acquire(bucket)
    assert refused.retry_after == pytest.approx(45)  # the oldest leaves at t+60
    now[0] += 45
    assert windows.acquire(bucket).allowed


def test_memory_drops_idle_keys():
    now = [0.0]
    windows = MemoryWindows(clock=lambda: now[0])
    for i in range(100):
        windows.acquire([Bucket(f"s{i}", 5, window=1)])
    now[0] += 2
    windows.acquire([Bucket(f"s{i}", 5, window=1) for i in range(100)])
    assert len(windows._events) == 100  # refreshed, not grown
    now[0] += 2
    windows.peek([Bucket(f"s{i}", 5, window=1) for i in range(100)])
    assert windows._events == {}


@pytest.mark.services
def test_redis_limits_hold_across_processes():
    first = redis_windows()
    second = RedisWindows(first._client, prefix=first._prefix.removesuffix(":rl:"))
    bucket = [Bucket("client:1.2.3.4", 2)]
    assert first.acquire(bucket).allowed
    assert second.acquire(bucket).allowed
    assert not first.acquire(bucket).allowed
    assert not second.acquire(bucket).allowed
    assert first._client.pttl(first._prefix + "client:1.2.3.4") <= 60_000


def test_rate_limiter_checks_session_and_client():
    limiter = RateLimiter(MemoryWindows(), per_session=2, per_client=3)
    assert limiter.check("s1", "ip").allowed
    assert limiter.check("s1", "ip").allowed
    refused = limiter.check("s1", "ip")
    assert not refused.allowed and refused.key == "session:s1"
    assert limiter.check("s2", "ip").allowed  # a new session from the same address
    refused = limiter.check("s3", "ip")
    assert not refused.allowed and refused.key == "client:ip"
    assert limiter.check("s4", "other-ip").allowed


def test_rate_limiter_zero_turns_a_limit_off():
    limiter = RateLimiter(MemoryWindows(), per_session=0, per_client=0)
    assert all(limiter.check("s", "ip").allowed for _ in range(50))


def test_make_windows_follows_settings():
    assert isinstance(make_windows(Settings()), MemoryWindows)
    windows = make_windows(Settings(redis_url=REDIS_URL, redis_prefix="test-make"))
    assert isinstance(windows, RedisWindows)
    limiter = RateLimiter.from_settings(Settings(rate_per_session=7, rate_per_client=9))
    assert (limiter.per_session, limiter.per_client) == (7, 9)
