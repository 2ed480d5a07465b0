"""Sliding-window limits: in memory, or in Redis when several processes serve the widget."""

from __future__ import annotations

import math
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .settings import Settings

MINUTE = 60.0


@dataclass(frozen=True)
class Bucket:
    """One counter: at most `limit` events per `window` seconds under `key`."""

    key: str
    limit: int
    window: float = MINUTE


@dataclass(frozen=True)
class Decision:
    """Whether an event may happen now; if not, which bucket is full and for how long."""

    allowed: bool
    key: str | None = None
    retry_after: float = 0.0

    @property
    def retry_after_seconds(self) -> int:
        """Whole seconds to wait, at least one when refused."""
        return max(1, math.ceil(self.retry_after)) if not self.allowed else 0


ALLOWED = Decision(True)


class Windows(Protocol):
    """Sliding-window event logs shared by everything that limits (widget, staff login)."""

    def acquire(self, buckets: Sequence[Bucket]) -> Decision:
        """Record one event in every bucket, or in none if any of them is full."""
        ...

    def peek(self, buckets: Sequence[Bucket]) -> Decision:
        """Whether `acquire` would succeed now, without recording anything."""
        ...

    def record(self, buckets: Sequence[Bucket]) -> None:
        """Record one event in every bucket, full or not (e.g. a failed login)."""
        ...

    def clear(self, keys: Sequence[str]) -> None:
        """Forget every event under these keys."""
        ...


class MemoryWindows:
    """Event times per key in this process; right for one process, lost on restart."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def acquire(self, buckets: Sequence[Bucket]) -> Decision:
        with self._lock:
            decision = self._check(buckets, self._clock())
            if decision.allowed:
                self._add(buckets)
            return decision

    def peek(self, buckets: Sequence[Bucket]) -> Decision:
        with self._lock:
            return self._check(buckets, self._clock())

    def record(self, buckets: Sequence[Bucket]) -> None:
        with self._lock:
            self._check(buckets, self._clock())  # drops expired events first
            self._add(buckets)

    def clear(self, keys: Sequence[str]) -> None:
        with self._lock:
            for key in keys:
                self._events.pop(key, None)

    def _check(self, buckets: Sequence[Bucket], now: float) -> Decision:
        for bucket in buckets:
            events = self._events.get(bucket.key)
            if events is None:
                continue
            while events and events[0] <= now - bucket.window:
                events.popleft()
            if not events:
                del self._events[bucket.key]  # keeps memory bounded by active keys
            elif len(events) >= bucket.limit:
                oldest = events[-bucket.limit]
                return Decision(False, bucket.key, oldest + bucket.window - now)
        return ALLOWED

    def _add(self, buckets: Sequence[Bucket]) -> None:
        now = self._clock()
        for bucket in buckets:
            self._events.setdefault(bucket.key, deque()).append(now)


# One round trip, atomic: trim every window, refuse if one is full, else add to all.
# Times come from the Redis server so that every app process shares one clock.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local mode = ARGV[1]
local member = ARGV[2]
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[1 + 2 * i])
  local window = tonumber(ARGV[2 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  if mode ~= 'record' then
    local count = redis.call('ZCARD', key)
    if count >= limit then
      local oldest = redis.call('ZRANGE', key, -limit, -limit, 'WITHSCORES')
      return {i, tostring(tonumber(oldest[2]) + window - now)}
    end
  end
end
if mode ~= 'peek' then
  for i, key in ipairs(KEYS) do
    local window = tonumber(ARGV[2 + 2 * i])
    redis.call('ZADD', key, now, member .. ':' .. now)
    redis.call('PEXPIRE', key, math.ceil(window / 1000))
  end
end
return {0, '0'}
"""


class RedisWindows:
    """Event times in Redis sorted sets, so limits hold across processes and restarts."""

    def __init__(self, client: Any, prefix: str = "ldn") -> None:
        self._client = client
        self._prefix = prefix.rstrip(":") + ":rl:"
        self._script = client.register_script(_ACQUIRE)

    @classmethod
    def from_url(cls, url: str, prefix: str = "ldn") -> RedisWindows:
        import redis

        return cls(redis.Redis.from_url(url), prefix)

    def acquire(self, buckets: Sequence[Bucket]) -> Decision:
        return self._run("acquire", buckets)

    def peek(self, buckets: Sequence[Bucket]) -> Decision:
        return self._run("peek", buckets)

    def record(self, buckets: Sequence[Bucket]) -> None:
        self._run("record", buckets)

    def clear(self, keys: Sequence[str]) -> None:
        if keys:
            self._client.delete(*(self._prefix + key for key in keys))

    def _run(self, mode: str, buckets: Sequence[Bucket]) -> Decision:
        if not buckets:
            return ALLOWED
        args: list[Any] = [mode, uuid.uuid4().hex]
        for bucket in buckets:
            args += [bucket.limit, int(bucket.window * 1_000_000)]
        index, wait = self._script(keys=[self._prefix + b.key for b in buckets], args=args)
        if int(index) == 0:
            return ALLOWED
        return Decision(False, buckets[int(index) - 1].key, float(wait) / 1_000_000)


def make_windows(settings: Settings) -> Windows:
    """Redis when settings.redis_url is set (several processes), else this process's memory."""
    if settings.redis_url:
        return RedisWindows.from_url(settings.redis_url, settings.redis_prefix)
    return MemoryWindows()


class RateLimiter:
    """The widget's limits: messages per minute per chat session and per client address."""

    def __init__(self, windows: Windows, per_session: int, per_client: int) -> None:
        self.windows = windows
        self.per_session = per_session
        self.per_client = per_client

    @classmethod
    def from_settings(cls, settings: Settings, windows: Windows | None = None) -> RateLimiter:
        return cls(
            windows or make_windows(settings), settings.rate_per_session, settings.rate_per_client
        )

    def check(self, session_id: str, client_id: str) -> Decision:
        """Count one message, unless a limit is reached (a limit of 0 or less is off)."""
        buckets = []
        if self.per_session > 0 and session_id:
            buckets.append(Bucket(f"session:{session_id}", self.per_session))
        if self.per_client > 0 and client_id:
            buckets.append(Bucket(f"client:{client_id}", self.per_client))
        return self.windows.acquire(buckets)
