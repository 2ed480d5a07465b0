"""Each kind of the contract, as a visitor sees it, and the log entry it leaves."""

from __future__ import annotations

import re

import pytest

from assistant.logstore import LogStore

DOSE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mg|milligram|mcg|µg|ml)\b", re.I)
pytestmark = pytest.mark.slow


def test_every_reply_ends_with_the_articles_disclaimer(shared_assistant):
    for question in ("What is LDN?", "How much LDN should I take?", "", "Write a haiku."):
        answer = shared_assistant.ask(question)
        assert answer.disclaimer.startswith("This article is for educational purposes only")
        assert answer.answer.rstrip().endswith("undergoing cancer treatment.*")


def test_a_dosing_request_is_refused_kindly_without_figures(shared_assistant):
    answer = shared_assistant.ask("What LDN dose should I take for my prostate cancer?")
    assert answer.kind == "refusal" and answer.reason.startswith("dosing.")
    assert not DOSE.search(answer.answer)
    assert "doctor" in answer.answer
    # the refusal still offers the article's own advice, verbatim
    assert any("doctor" in c.quote for c in answer.citations)


def test_an_emergency_gets_emergency_help_first(shared_assistant):
    answer = shared_assistant.ask("I swallowed ten of my LDN pills by accident")
    assert answer.kind == "emergency"
    assert answer.answer.lstrip("*").startswith("If you or someone else may be in danger")
    assert "911" in answer.answer and "988" in answer.answer and not answer.citations


def test_an_out_of_scope_question_says_so_and_quotes_nothing(shared_assistant):
    answer = shared_assistant.ask("Who won the world cup in 2018?")
    assert answer.kind == "out_of_scope" and not answer.citations
    assert "isn't covered by these sources" in answer.answer


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "input.empty"), ("   \t\n", "input.empty"), ("\x00\x01\x02", "input.empty"), ("x" * 2001, "input.too_long")],
)
def test_invalid_input_gets_a_clear_message(shared_assistant, text, reason):
    answer = shared_assistant.ask(text)
    assert answer.kind == "invalid" and answer.reason == reason and not answer.citations


def test_every_exchange_is_logged_with_what_staff_review(assistant, settings):
    answer = assistant.ask("What are reported side effects of LDN?", session_id="visitor-1")
    with LogStore(settings.resolved_database_url) as store:
        logged = store.get(answer.exchange_id)
    assert logged is not None
    assert logged.question == answer.question and logged.kind == "answer"
    assert logged.answer == answer.answer and logged.session_id == "visitor-1"
    assert [c["quote"] for c in logged.citations] == [c.quote for c in answer.citations]
    assert logged.retrieved and {"chunk_id", "score"} <= set(logged.retrieved[0])
    assert logged.corpus_version == assistant.corpus.version and logged.app_version
    assert {"policy_ms", "total_ms"} <= set(logged.timings) and logged.reason == "ok"


class HalfwayComposer:
    """A streaming composer whose visitor leaves after the first sentence."""

    name = "fake-stream"

    def compose(self, question, retrieval, documents):
        return None

    def compose_stream(self, question, retrieval, documents):
        yield "First verified sentence. "
        yield "Second verified sentence."


def test_a_visitor_leaving_mid_stream_still_leaves_a_logged_exchange(assistant, settings):
    assistant.composer = HalfwayComposer()
    stream = assistant.ask_stream("What are reported side effects of LDN?", session_id="gone")
    assert next(stream) == "First verified sentence. "
    stream.close()
    with LogStore(settings.resolved_database_url) as store:
        (row,) = store.query(session_id="gone")
    assert row.exchange.reason == "stream.abandoned"
    assert row.exchange.answer == "First verified sentence. "
