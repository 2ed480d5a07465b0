"""Visitor pseudonyms: a client address → the id the log keeps instead (an HMAC of it).

Every app process that shares the key gives a visitor the same id, so that the log of two
processes behind a load balancer counts one visitor once. The key is the operator's
ASSISTANT_PSEUDONYM_KEY, or else one generated on the first start and kept in the data dir
(`pseudonym.key`, readable by its owner only): restarts keep it, and processes that share
the data dir share it. It never reaches a log.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import stat
import tempfile
from pathlib import Path

from .privacy import mask_secrets_in_logs
from .settings import Settings

logger = logging.getLogger(__name__)

KEY_FILE = "pseudonym.key"
MIN_KEY_CHARS = 16


class Pseudonyms:
    """Client address → a 16-hex-digit id, the same for every holder of the key."""

    def __init__(self, key: str) -> None:
        if len(key) < MIN_KEY_CHARS:
            raise ValueError(
                f"ASSISTANT_PSEUDONYM_KEY must be at least {MIN_KEY_CHARS} characters; make one "
                "with: python -c 'import secrets; print(secrets.token_hex(32))'"
            )
        mask_secrets_in_logs(key)
        self._key = key.encode("utf-8")

    def __call__(self, address: str) -> str:
        if not address:
            return ""
        return hmac.new(self._key, address.encode(), hashlib.sha256).hexdigest()[:16]

    def __repr__(self) -> str:
        return "Pseudonyms(key=…)"

    @classmethod
    def from_settings(cls, settings: Settings) -> Pseudonyms:
        """The operator's key, else the data dir's (made on the first start)."""
        if settings.pseudonym_key:
            return cls(settings.pseudonym_key)
        return cls(stored_key(Path(settings.data_dir) / KEY_FILE))


def stored_key(path: Path) -> str:
    """The key kept at `path`, created there (mode 0600) if there is none yet.

    Processes starting at once on one data dir agree: the key is written to a temporary
    file and linked into place, so `path` never exists half-written and the first link wins.
    If the data dir cannot hold it, this process gets a key of its own (and a warning).
    """
    for _ in range(2):
        try:
            return _read_key(path)
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            logger.warning(
                "pseudonym key at %s unusable (%s): visitor ids in the log will differ from "
                "other processes' and change at restart; fix or remove the file, or set "
                "ASSISTANT_PSEUDONYM_KEY",
                path,
                type(exc).__name__,
            )
            return secrets.token_hex(32)
        try:
            _create_key(path)
        except FileExistsError:
            continue  # another process made it first: read theirs
        except OSError as exc:
            logger.warning(
                "pseudonym key not kept at %s (%s): visitor ids in the log will change at "
                "every restart; set ASSISTANT_PSEUDONYM_KEY",
                path,
                type(exc).__name__,
            )
            return secrets.token_hex(32)
    return _read_key(path)


def _read_key(path: Path) -> str:
    key = path.read_text(encoding="ascii").strip()
    if len(key) < MIN_KEY_CHARS:
        raise ValueError("too short")
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        try:  # a copied or restored file: keep it to its owner again
            path.chmod(0o600)
        except OSError:
            pass
    return key


def _create_key(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".pseudonym.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(32) + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.link(tmp, path)  # fails if the file exists: never replaces another's key
    finally:
        os.unlink(tmp)
