"""`assistant ingest`: idempotent, re-embeds only what changed, forgets deleted documents."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant import build_assistant
from assistant.factory import build_index
from assistant.index import IndexUnavailable

pytestmark = pytest.mark.slow


def test_ingest_is_idempotent_and_incremental(settings, embedder, corpus_dir: Path):
    first = build_index(settings, embedder)
    assert len(first.added) == 6 and first.embedded > 100
    again = build_index(settings, embedder)
    assert again.embedded == 0 and len(again.unchanged) == 6
    assert again.corpus_version == first.corpus_version

    article = corpus_dir / "ldn-cancer-article.md"
    article.write_text(article.read_text().replace("Vivid dreams", "Very vivid dreams"))
    (corpus_dir / "ma2020-colorectal.md").unlink()
    changed = build_index(settings, embedder)
    assert changed.updated == ("article",) and changed.removed == ("ma2020-colorectal",)
    assert changed.embedded < first.embedded and changed.corpus_version != first.corpus_version

    assistant = build_assistant(settings, embedder=embedder)
    retrieved = assistant.retriever.dense.search_chunks(embedder.embed(["colorectal cancer"])[0], 50)
    assert retrieved and not any(cid.startswith("ma2020") for cid, _ in retrieved)
    answer = assistant.ask("What are reported side effects of LDN?")
    assert "Very vivid dreams" in [c.quote for c in answer.citations]


def test_a_fresh_data_dir_builds_its_index_on_first_use(settings, embedder):
    assert not settings.data_dir.exists()
    answer = build_assistant(settings, embedder=embedder).ask("Is LDN experimental?")
    assert answer.kind == "answer" and (settings.data_dir / "chroma").is_dir()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    port = free_port()
    exe = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("chroma run did not start")
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.mark.services
def test_the_assistant_runs_against_a_chroma_server(settings, embedder, chroma_server):
    remote = settings.with_(chroma_url=chroma_server)
    answer = build_assistant(remote, embedder=embedder).ask("Which genes did LDN increase?")
    assert any("BIK1" in c.quote for c in answer.citations)
    assert not (settings.data_dir / "chroma").exists()  # nothing embedded locally
    assert build_index(remote, embedder).embedded == 0  # the server already holds it


def test_an_unreachable_chroma_server_is_a_clear_error(settings, embedder):
    with pytest.raises(IndexUnavailable, match="cannot reach the Chroma server"):
        build_assistant(settings.with_(chroma_url=f"http://127.0.0.1:{free_port()}"), embedder=embedder)
