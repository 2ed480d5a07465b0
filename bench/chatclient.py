"""A visitor's browser, reduced to its HTTP: Gradio's queue protocol against the chat.

The page's own JavaScript does the same: read `/config` once, then for every message POST
`/gradio_api/queue/join` with the session's hash and read the reply as it streams from
`/gradio_api/queue/data` (server-sent events). A session's hash keeps its conversation on
the server, so follow-ups work, and a load balancer must keep a session on one process.
Used by bench/startup.py and bench/load.py; it needs only httpx.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

_KIND = re.compile(r"ldn-banner-([a-z_]+)")
PENDING = "ldn-pending"


class ChatError(RuntimeError):
    """The app answered with an error (HTTP status, a failed event, a broken stream)."""


@dataclass(frozen=True)
class Endpoint:
    """Where the chat handler is: its function index and the component that triggers it."""

    fn_index: int
    trigger_id: int | None
    api_prefix: str = "/gradio_api"

    @classmethod
    def from_config(cls, config: dict[str, Any], api_name: str = "chat") -> Endpoint:
        for dep in config.get("dependencies", []):
            if dep.get("api_name") == api_name:
                targets = dep.get("targets") or [[None]]
                return cls(int(dep["id"]), targets[0][0], config.get("api_prefix", "/gradio_api"))
        raise ChatError(f"no endpoint named {api_name!r} in the app's config")


@dataclass
class Reply:
    """One exchange as a visitor saw it, with the times that matter (seconds from sending)."""

    question: str
    kind: str = ""  # the banner's kind: answer, refusal, …, limit, error
    text: str = ""
    first_text_s: float = 0.0  # the reply (not the "Looking in the sources…" note) appears
    complete_s: float = 0.0  # the streamed reveal has finished
    events: int = 0


@dataclass
class Visitor:
    """One chat session against one app (one base URL); `forwarded_for` poses as a client."""

    client: httpx.AsyncClient
    endpoint: Endpoint
    forwarded_for: str | None = None
    session_hash: str = field(default_factory=lambda: secrets.token_hex(6))

    async def ask(self, question: str, timeout: float = 60.0) -> Reply:
        """Send one message and read its reply to the end."""
        headers = {"X-Forwarded-For": self.forwarded_for} if self.forwarded_for else {}
        prefix = self.endpoint.api_prefix
        reply = Reply(question)
        started = time.perf_counter()
        joined = await self.client.post(
            f"{prefix}/queue/join",
            json={
                "data": [question, None],
                "fn_index": self.endpoint.fn_index,
                "trigger_id": self.endpoint.trigger_id,
                "session_hash": self.session_hash,
                "event_data": None,
            },
            headers=headers,
            timeout=timeout,
        )
        if joined.status_code != 200:
            raise ChatError(f"queue/join: HTTP {joined.status_code}: {joined.text[:200]}")
        event_id = joined.json()["event_id"]
        async with self.client.stream(
            "GET",
            f"{prefix}/queue/data",
            params={"session_hash": self.session_hash},
            headers=headers,
            timeout=timeout,
        ) as response:
            if response.status_code != 200:
                raise ChatError(f"queue/data: HTTP {response.status_code}")
            buffer = ""
            async for chunk in response.aiter_text():
                buffer += chunk
                while "\n\n" in buffer:
                    line, buffer = buffer.split("\n\n", 1)
                    if not line.startswith("data:"):
                        continue
                    message = json.loads(line[5:])
                    if message.get("event_id") not in (None, event_id):
                        continue
                    if message["msg"] in ("process_generating", "process_completed"):
                        reply.events += 1
                        output = message.get("output") or {}
                        if message["msg"] == "process_completed" and not message.get("success"):
                            raise ChatError(f"event failed: {output.get('error')!r}")
                        text = _last_reply(output.get("data"))
                        if text and PENDING not in text and not reply.first_text_s:
                            reply.first_text_s = time.perf_counter() - started
                        if message["msg"] == "process_completed":
                            reply.text = text or ""
                    if message["msg"] == "process_completed":
                        reply.complete_s = time.perf_counter() - started
                        kind = _KIND.search(reply.text)
                        reply.kind = kind.group(1) if kind else "?"
                        return reply
        raise ChatError("the stream ended before the reply was complete")


def _last_reply(data: Any) -> str | None:
    """What a streamed message says about the reply now: the chatbot's last message, or the
    text a diff puts there (Gradio streams a generator's later outputs as diffs)."""
    if not isinstance(data, list) or not data or not isinstance(data[0], list) or not data[0]:
        return None
    chatbot = data[0]
    if isinstance(chatbot[-1], dict):  # the whole Chatbot value
        content = chatbot[-1].get("content")
        if isinstance(content, list):
            return "".join(str(c.get("text", "")) for c in content if isinstance(c, dict))
        return str(content or "")
    # a diff: [action, path, value] edits; only the text it brings matters here
    texts = [str(edit[2]) for edit in chatbot if isinstance(edit, list) and len(edit) == 3]
    return "".join(texts) or None


async def connect(base_url: str, client: httpx.AsyncClient | None = None) -> Endpoint:
    """Read the app's config once, as the page does on load."""
    client = client or httpx.AsyncClient(base_url=base_url)
    response = await client.get(f"{base_url.rstrip('/')}/config", timeout=10)
    response.raise_for_status()
    return Endpoint.from_config(response.json())
