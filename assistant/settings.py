"""The one place that reads the environment: ASSISTANT_* variables → Settings."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_EMERGENCY_TEXT = (
    "If you or someone else may be in danger, please get help now: call **911** "
    "(or your local emergency number) for a medical emergency or a possible overdose, "
    "call **Poison Control at 1-800-222-1222** if someone took too much of a medicine, "
    "and call or text **988** (the Suicide & Crisis Lifeline) if you are thinking "
    "about harming yourself. You are not alone, and help is available right now."
)


@dataclass(frozen=True)
class Settings:
    """Everything an assistant instance needs; build many with different stores in tests."""

    data_dir: Path = Path("data")
    corpus_dir: Path = Path("corpus")
    database_url: str | None = None  # default: sqlite file under data_dir
    chroma_url: str | None = None  # default: embedded persistent Chroma under data_dir
    redis_url: str | None = None
    disclaimer: str | None = None  # default: the article's own "Disclaimer" section
    emergency_text: str = DEFAULT_EMERGENCY_TEXT
    max_input_chars: int = 2000
    max_quotes: int = 4
    host: str = "127.0.0.1"
    port: int = 7860
    collection: str = "ldn"
    # visitor widget limits
    rate_per_session: int = 20  # messages per minute per chat session
    rate_per_client: int = 60  # messages per minute per client address
    embed_origins: tuple[str, ...] = ()
    # staff console
    staff: tuple[str, ...] = field(default=(), repr=False)  # "user:password" (or user:HASH) pairs
    session_ttl_minutes: int = 480
    log_retention_days: int | None = None  # exchanges older than this are purged hourly
    spool_dir: Path | None = None  # default: data_dir/spool (exchanges waiting for the database)
    # default: data_dir/cache. Derived files only (vectors, fitted classifiers), each keyed by
    # what it was made from, so instances may share one and deleting it only costs time.
    cache_root: Path | None = None
    # optional LLM answerer
    llm: str = "none"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = field(default=None, repr=False)
    llm_timeout: float = 20.0
    # visitor widget and staff console (the UI's own knobs)
    redis_prefix: str = "ldn"  # key prefix when redis_url is set (rate limits, staff sessions)
    trusted_proxies: tuple[str, ...] = ("127.0.0.1",)  # whose X-Forwarded-For/-Proto to trust
    login_attempts: int = 5  # wrong passwords per account per 15 minutes (x4 per address)
    # HMAC key of the visitor ids in the log; default: one made once in data_dir/pseudonym.key
    pseudonym_key: str | None = field(default=None, repr=False)

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(Path(self.data_dir) / 'log.sqlite3').resolve()}"

    @property
    def resolved_spool_dir(self) -> Path:
        return Path(self.spool_dir) if self.spool_dir else Path(self.data_dir) / "spool"

    @property
    def cache_dir(self) -> Path:
        """What a start would otherwise compute again (vectors); safe to delete."""
        return Path(self.cache_root) if self.cache_root else Path(self.data_dir) / "cache"

    @property
    def chroma_dir(self) -> Path:
        return Path(self.data_dir) / "chroma"

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ASSISTANT_* variables, then explicit overrides (CLI flags, tests)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"ASSISTANT_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(f.name, str(f.type), raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _parse(name: str, type_name: str, raw: str) -> Any:
    if name in ("data_dir", "corpus_dir", "spool_dir", "cache_root"):
        return Path(raw)
    if type_name.startswith("tuple"):
        return tuple(p.strip() for p in raw.split(",") if p.strip())
    if type_name.startswith("int"):
        return int(raw)
    if type_name.startswith("float"):
        return float(raw)
    return raw
