"""Faults on demand for tests and bench/faults.py: a TCP proxy to cut, servers to kill.

Everything here talks to 127.0.0.1 only and stops by itself.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import string
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TcpProxy:
    """A byte pump from 127.0.0.1:port to a target; `stop()` is the server going away.

    Stopping closes the listening socket and every open connection at once, so clients
    see what they see when a database restarts: refused connects and broken connections.
    `start()` listens again on the same port.
    """

    def __init__(self, target: tuple[str, int], port: int | None = None) -> None:
        self.target = target
        self.port = port or free_port()
        self._listener: socket.socket | None = None
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self) -> TcpProxy:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        self._thread = threading.Thread(target=self._accept, args=(listener,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()
        if self._thread is not None:
            self._thread.join(5)

    @property
    def running(self) -> bool:
        return self._listener is not None

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._listener is not listener:
                    client.close()
                    upstream.close()
                    return
                self._sockets |= {client, upstream}
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> TcpProxy:
        return self.start() if not self.running else self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def through_proxy(url: str, proxy: TcpProxy) -> str:
    """The same database URL, reached through the proxy."""
    return sa.make_url(url).set(host="127.0.0.1", port=proxy.port).render_as_string(
        hide_password=False
    )


def postgres_target(url: str) -> tuple[str, int]:
    parsed = sa.make_url(url)
    return (parsed.host or "127.0.0.1", parsed.port or 5432)


def wait_for(predicate: Any, timeout: float = 30.0, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


@contextlib.contextmanager
def chroma_server(directory: Path, port: int | None = None) -> Iterator[tuple[str, Any]]:
    """A `chroma run` server on a free port; yields (url, the process) and stops it."""
    port = port or free_port()
    exe = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(directory), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    if not wait_for(lambda: _answers(f"{url}/api/v2/heartbeat"), timeout=60, interval=0.2):
        proc.kill()
        raise RuntimeError("chroma run did not start")
    try:
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=1)
        return True
    except OSError:
        return False


class AppProcess:
    """`python app.py` in a subprocess on a free port, with its own data directory."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.port = int(env.get("ASSISTANT_PORT") or free_port())
        self.env = {
            **os.environ,
            "GRADIO_ANALYTICS_ENABLED": "False",
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False",
            **env,
            "ASSISTANT_PORT": str(self.port),
            "ASSISTANT_HOST": "127.0.0.1",
        }
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 180.0) -> AppProcess:
        log = open(self.log_path, "ab")  # noqa: SIM115 (the child owns it)
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "app.py")],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        if not wait_for(self._up, timeout=timeout, interval=0.25):
            self.kill()
            raise RuntimeError(f"app did not start; see {self.log_path}:\n{self.output()[-3000:]}")
        return self

    def _up(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise RuntimeError(f"app exited at start:\n{self.output()[-3000:]}")
        return _answers(f"{self.url}/healthz")

    def kill(self) -> None:
        """kill -9: no shutdown handler runs."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    def output(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""


class ChatLoad:
    """Visitors chatting through the app's HTTP API, each question unique, until stopped.

    `received` holds the questions whose full reply (disclaimer included) reached the client;
    `failed` the ones that got an error or nothing (the app was killed mid-answer, say).
    """

    QUESTIONS = (
        "What are the side effects of LDN?",
        "How is LDN thought to work against cancer?",
        "What did the colorectal cancer study find?",
        "How much LDN should I take?",
        "Which genes did LDN change in cancer cells?",
    )

    def __init__(self, url: str, clients: int = 20, disclaimer_words: str = "educational") -> None:
        self.url = url
        self.clients = clients
        self.marker = disclaimer_words
        self.received: list[str] = []
        self.failed: list[tuple[str, str]] = []
        self.seconds: list[float] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        # Letters only: a run of digits may be read as a phone number ("00…") and redacted in
        # the log, and the log would then seem to have lost the question (CI, stop 15).
        self._run = "".join(random.choices(string.ascii_lowercase, k=10))

    def start(self) -> ChatLoad:
        for c in range(self.clients):
            thread = threading.Thread(target=self._client, args=(c,), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self, timeout: float = 90.0) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout)

    def _client(self, c: int) -> None:
        import httpx

        with httpx.Client(base_url=self.url, timeout=60) as client:
            n = 0
            while not self._stop.is_set():
                base = self.QUESTIONS[(c + n) % len(self.QUESTIONS)]
                question = f"{base} (run {self._run} c{c} m{n})"
                n += 1
                started = time.monotonic()
                try:
                    posted = client.post("/gradio_api/call/chat", json={"data": [question]})
                    posted.raise_for_status()
                    event = posted.json()["event_id"]
                    stream = client.get(f"/gradio_api/call/chat/{event}").text
                    if "event: complete" in stream and self.marker in stream:
                        with self._lock:
                            self.received.append(question)
                            self.seconds.append(time.monotonic() - started)
                        continue
                    outcome = stream[-200:]
                except Exception as exc:  # the app went away mid-request
                    outcome = f"{type(exc).__name__}: {exc}"
                with self._lock:
                    self.failed.append((question, outcome))
                time.sleep(0.2)


def logged_questions(url: str) -> list[str]:
    """Every question in the log database at this URL (read directly, not through an app)."""
    from assistant.logstore import LogStore

    with LogStore(url) as store:
        return [row.exchange.question for row in store.query(limit=None)]


def spooled_questions(spool_dir: Path) -> list[str]:
    """Questions still waiting in a spool directory."""
    from assistant.spool import Spool

    if not (spool_dir / "spool.sqlite3").exists():
        return []
    return [exchange.question for _, exchange in Spool(spool_dir).head(limit=10**9)]
