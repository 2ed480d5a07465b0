"""A real model through a real server: SmolLM2-135M on llama.cpp's OpenAI-compatible API.

The model invents freely; the guarantees must hold all the same on the public questions:
every quotation shown is verbatim, no dose figure, the disclaimer, refusals stay refusals.
`bench/llm_verification.py` runs the same on every question and prints the table.
"""

from __future__ import annotations

import json
import os
import re

import pytest
from conftest import CORPUS, DATA, SHARED_CACHE
from llm_server import MODEL_ALIAS, ServerUnavailable, smollm2_server

from assistant import Settings, build_assistant
from assistant.compose.base import with_disclaimer
from assistant.compose.langchain import VerificationReport
from assistant.types import Answer

pytestmark = pytest.mark.slow
DOSE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mg|milligram|mcg|µg|ml)\b", re.I)
PUBLIC = DATA / "public"


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (PUBLIC / name).read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def server_url():
    try:
        with smollm2_server() as url:
            yield url
    except ServerUnavailable as exc:
        if os.environ.get("ASSISTANT_REQUIRE_SERVICES"):  # CI: a missing model is a failure
            pytest.fail(str(exc))
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def llm_assistant(server_url, tmp_path_factory, embedder):
    """The assistant as an operator would switch it on: environment variables only."""
    environ = {
        "ASSISTANT_DATA_DIR": str(tmp_path_factory.mktemp("llm-real")),
        "ASSISTANT_CORPUS_DIR": str(CORPUS),
        # the session's cache of fitted classifiers (a data dir of its own would fit them again)
        "ASSISTANT_CACHE_ROOT": str(SHARED_CACHE),
        "ASSISTANT_LLM": "openai",
        "ASSISTANT_LLM_BASE_URL": server_url,
        "ASSISTANT_LLM_MODEL": MODEL_ALIAS,
        "ASSISTANT_LLM_API_KEY": "sk-local-test-key",
        "ASSISTANT_LLM_TIMEOUT": "60",  # generous: a loaded 2-core machine is slow
    }
    assistant = build_assistant(Settings.from_env(environ), embedder=embedder)
    assistant.reports = []  # type: ignore[attr-defined]
    assistant.composer.on_report = assistant.reports.append  # type: ignore[attr-defined]
    return assistant


def check(answer: Answer, documents) -> None:
    for c in answer.citations:
        assert documents[c.source_id].body[c.start : c.end] == c.quote
    for shown in re.findall(r"“(.+?)”", answer.answer):
        text = re.sub(r"\\(.)", r"\1", shown)
        assert any(text in d.body for d in documents.values()), text
    assert not DOSE.search(answer.answer), answer.answer
    assert answer.answer.endswith(with_disclaimer("", answer.disclaimer))


def test_the_guarantees_hold_with_a_real_small_model(llm_assistant):
    documents = llm_assistant.corpus.by_id()
    questions = [r["question"] for r in rows("qa.jsonl")][:4]
    refuse = [r["text"] for r in rows("dosing.jsonl") if r["label"] == "refuse"][:2]
    for question in questions:
        pieces = list(llm_assistant.ask_stream(question))
        answer = pieces[-1]
        assert isinstance(answer, Answer) and answer.kind == "answer", question
        assert answer.composer in ("llm:openai", "extractive")
        streamed = "".join(p for p in pieces[:-1] if isinstance(p, str))
        assert streamed == answer.answer  # every increment was part of the final reply
        check(answer, documents)
    for message in refuse:
        answer = llm_assistant.ask(message)
        assert answer.kind == "refusal", message
        check(answer, documents)
    outside = llm_assistant.ask(rows("out_of_scope.jsonl")[0]["text"])
    assert outside.kind == "out_of_scope" and not outside.citations
    emergency = llm_assistant.ask(rows("emergency.jsonl")[0]["text"])
    assert emergency.kind == "emergency" and "911" in emergency.answer

    reports: list[VerificationReport] = llm_assistant.reports
    assert len(reports) == len(questions)  # only allowed questions reached the model
    print("\nSmolLM2 through llama_cpp.server:")
    for r in reports:
        print(
            f"  {r.outcome:8} verbatim={r.verbatim} repaired={r.repaired} dropped={r.dropped} "
            f"kept={r.sentences_kept} removed={r.sentences_removed} {r.llm_ms:6.0f} ms "
            f"{r.fault or ''} | {r.question}"
        )
