"""Staff accounts for the review console: hashed passwords, login sessions, login throttling."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from .logstore import LogStore
from .ratelimit import Bucket, Windows, make_windows
from .settings import Settings

log = logging.getLogger(__name__)

COOKIE = "ldn_staff"
LOGIN_WINDOW = 15 * 60.0  # seconds over which wrong passwords are counted
USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
MIN_PASSWORD = 8

# scrypt at N=2^15, r=8 costs about 0.1 s and 32 MiB here: slow for a guesser, fine for a login.
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_SCHEME = "scrypt"


def hash_password(password: str) -> str:
    """A salted scrypt hash, stored as `scrypt$n$r$p$salt$hash` (base64, no padding)."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, **_SCRYPT)
    n, r, p = _SCRYPT["n"], _SCRYPT["r"], _SCRYPT["p"]
    return f"{_SCHEME}${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether the password matches a hash made by `hash_password`, in constant time."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = _unb64(digest)
        actual = _scrypt(password, _unb64(salt), n=int(n), r=int(r), p=int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def is_password_hash(value: str) -> bool:
    return value.startswith(_SCHEME + "$") and value.count("$") == 5


def validate_username(username: str) -> str:
    """A username as stored: letters, digits and `_ . @ -`, 1–64 characters."""
    username = username.strip()
    if not USERNAME.match(username):
        raise ValueError("a username is 1-64 letters, digits or _ . @ -")
    return username


def validate_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    return password


def _scrypt(password: str, salt: bytes, *, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=128 * r * n * 2, dklen=32
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


# A hash to check when the username is unknown, so that both cases take the same time.
_DUMMY_HASH: str | None = None


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_urlsafe(16))
    return _DUMMY_HASH


class StaffDirectory:
    """Who may log in: accounts from settings (ASSISTANT_STAFF) and from the log database."""

    def __init__(self, store: LogStore | None, configured: Mapping[str, str] | None = None):
        self._store = store
        self._configured = dict(configured or {})

    @classmethod
    def from_settings(cls, settings: Settings, store: LogStore | None) -> StaffDirectory:
        """`user:hash` pairs are used as they are; a `user:password` pair is hashed in memory."""
        configured: dict[str, str] = {}
        for pair in settings.staff:
            username, sep, secret = pair.partition(":")
            if not sep or not secret:
                raise ValueError("ASSISTANT_STAFF holds user:password or user:scrypt$… pairs")
            username = validate_username(username)
            if not is_password_hash(secret):
                log.warning(
                    "staff account %r has a plain-text password in the settings; "
                    "prefer `assistant staff add` or a hash from `assistant staff hash`",
                    username,
                )
                secret = hash_password(secret)
            configured[username] = secret
        return cls(store, configured)

    def password_hash(self, username: str) -> str | None:
        if username in self._configured:
            return self._configured[username]
        return self._store.get_staff_hash(username) if self._store is not None else None

    def verify(self, username: str, password: str) -> bool:
        """Whether the pair is a staff login (the same work is done for unknown users)."""
        stored = self.password_hash(username)
        if stored is None:
            verify_password(password, _dummy_hash())
            return False
        return verify_password(password, stored)

    def usernames(self) -> list[str]:
        stored = self._store.list_staff() if self._store is not None else []
        return sorted(set(stored) | set(self._configured))

    def configured(self) -> list[str]:
        return sorted(self._configured)


class SessionStore(Protocol):
    """Login sessions: a random token (kept only as its hash) → username, until it expires."""

    def create(self, username: str, ttl: float) -> str: ...

    def username(self, token: str) -> str | None: ...

    def revoke(self, token: str) -> None: ...


def _token_key(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class MemorySessions:
    """Sessions in this process (they end when it restarts)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._sessions: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    def create(self, username: str, ttl: float) -> str:
        token = secrets.token_urlsafe(32)
        now = self._clock()
        with self._lock:
            self._sessions = {k: v for k, v in self._sessions.items() if v[1] > now}
            self._sessions[_token_key(token)] = (username, now + ttl)
        return token

    def username(self, token: str) -> str | None:
        with self._lock:
            found = self._sessions.get(_token_key(token))
            if found is None:
                return None
            username, expires = found
            if expires <= self._clock():
                del self._sessions[_token_key(token)]
                return None
            return username

    def revoke(self, token: str) -> None:
        with self._lock:
            self._sessions.pop(_token_key(token), None)


class RedisSessions:
    """Sessions in Redis with its own expiry, shared by every app process."""

    def __init__(self, client: Any, prefix: str = "ldn") -> None:
        self._client = client
        self._prefix = prefix.rstrip(":") + ":staff-session:"

    @classmethod
    def from_url(cls, url: str, prefix: str = "ldn") -> RedisSessions:
        import redis

        return cls(redis.Redis.from_url(url), prefix)

    def create(self, username: str, ttl: float) -> str:
        token = secrets.token_urlsafe(32)
        self._client.set(self._prefix + _token_key(token), username, px=max(1, int(ttl * 1000)))
        return token

    def username(self, token: str) -> str | None:
        value = self._client.get(self._prefix + _token_key(token))
        return value.decode("utf-8") if isinstance(value, bytes) else value

    def revoke(self, token: str) -> None:
        self._client.delete(self._prefix + _token_key(token))


@dataclass(frozen=True)
class LoginResult:
    """A session token on success; otherwise why not, and how long to wait if throttled."""

    token: str | None
    username: str | None = None
    error: str | None = None
    retry_after: int = 0

    @property
    def ok(self) -> bool:
        return self.token is not None


class StaffAuth:
    """Log staff in and out, and tell who holds a session token (checked on every request)."""

    def __init__(
        self,
        directory: StaffDirectory,
        sessions: SessionStore,
        windows: Windows,
        *,
        ttl_minutes: float = 480,
        attempts: int = 5,
    ) -> None:
        self.directory = directory
        self.sessions = sessions
        self.windows = windows
        self.ttl = ttl_minutes * 60.0
        self.attempts = attempts

    @classmethod
    def from_settings(cls, settings: Settings, store: LogStore | None) -> StaffAuth:
        sessions: SessionStore
        if settings.redis_url:
            sessions = RedisSessions.from_url(settings.redis_url, settings.redis_prefix)
        else:
            sessions = MemorySessions()
        return cls(
            StaffDirectory.from_settings(settings, store),
            sessions,
            make_windows(settings),
            ttl_minutes=settings.session_ttl_minutes,
            attempts=settings.login_attempts,
        )

    def _buckets(self, username: str, client_id: str) -> list[Bucket]:
        buckets = [Bucket(f"login-user:{username.lower()}", self.attempts, LOGIN_WINDOW)]
        if client_id:
            buckets.append(Bucket(f"login-client:{client_id}", self.attempts * 4, LOGIN_WINDOW))
        return buckets

    def login(self, username: str, password: str, client_id: str = "") -> LoginResult:
        """Check a login; too many wrong passwords lock the account (and the address) a while."""
        username = username.strip()
        buckets = self._buckets(username, client_id)
        throttled = self.windows.peek(buckets)
        if not throttled.allowed:
            minutes = max(1, round(throttled.retry_after / 60))
            return LoginResult(
                None,
                error=f"Too many wrong passwords. Please try again in about {minutes} min.",
                retry_after=throttled.retry_after_seconds,
            )
        if not username or not password or not self.directory.verify(username, password):
            self.windows.record(buckets)
            log.info("staff login failed")  # never the name typed: it may be a password
            return LoginResult(None, error="Wrong username or password.")
        self.windows.clear([buckets[0].key])
        log.info("staff login: %s", username)
        return LoginResult(self.sessions.create(username, self.ttl), username)

    def username(self, token: str | None) -> str | None:
        """The staff member holding this session token, or None (missing, wrong or expired)."""
        if not token or len(token) > 256:
            return None
        return self.sessions.username(token)

    def logout(self, token: str | None) -> None:
        if token:
            self.sessions.revoke(token)
