"""The visitor chat through its API (gradio_client) and plain HTTP, plus its rendering rules."""

from __future__ import annotations

import dataclasses
import re
from types import SimpleNamespace

import httpx
import pytest
from conftest import SHARED_CACHE
from gradio_client import Client

from assistant.logstore import LogStore
from assistant.settings import Settings
from assistant.ui import build_app, frame_ancestors, serve_in_background
from assistant.ui.chat import (
    BANNERS,
    escape_visitor_text,
    exchange_at,
    history,
    render_reply,
    stream_chunks,
)

pytestmark = pytest.mark.slow

SITE = "https://www.example-clinic.org"


def serve(shared_assistant, tmp_path, windows=None, **overrides):
    """The whole app over the shared retriever with a log of its own, served from a thread."""
    store = LogStore(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    assistant = dataclasses.replace(shared_assistant, log=store)
    settings = Settings(cache_root=SHARED_CACHE, data_dir=tmp_path, **overrides)
    app = build_app(assistant, settings, store=store, windows=windows)
    return store, serve_in_background(app)


@pytest.fixture(scope="module")
def chat(shared_assistant, tmp_path_factory):
    store, server = serve(
        shared_assistant,
        tmp_path_factory.mktemp("chat"),
        embed_origins=(SITE,),
        rate_per_session=1000,
        rate_per_client=1000,
    )
    with server as url, store:
        yield SimpleNamespace(url=url, store=store)


def client(url: str) -> Client:
    return Client(url + "/", verbose=False, analytics_enabled=False)


def text(message) -> str:
    """A Chatbot message's text (Gradio sends content as a list of typed parts)."""
    content = message["content"]
    if isinstance(content, list):
        return "".join(part.get("text") or "" for part in content if isinstance(part, dict))
    return str(content)


def last_reply(messages) -> str:
    return text(messages[-1])


def test_the_answer_streams_in_and_ends_with_quotes_sources_and_disclaimer(chat):
    visitor = client(chat.url)
    job = visitor.submit("What did the colorectal cancer study find?", api_name="/chat")
    final = job.result(timeout=60)
    updates = [out[0] for out in job.outputs()]
    replies = [last_reply(m) for m in updates if len(m) == 2]
    assert len(replies) >= 5, "the reply should arrive in several steps"
    lengths = [len(r) for r in replies]
    assert lengths == sorted(lengths) and lengths[0] < lengths[-1]
    messages, _ = final
    # The box is emptied with the first update only; the steps of the reveal leave it alone,
    # so what the visitor types meanwhile stays (tests/test_browser.py types it).
    boxes = [out[1] for out in job.outputs()]
    assert boxes[0] == "" and all(box != "" for box in boxes[1:])
    assert [m["role"] for m in messages] == ["user", "assistant"]
    reply = last_reply(messages)
    assert "ldn-banner-answer" in reply
    assert "\n> “" in reply  # quotes as blockquotes
    assert "]](https://doi.org/10.1016/j.intimp.2020.106388)" in reply  # numbered, linked
    assert "Evidence: preclinical: mice" in reply
    assert "educational purposes only" in reply  # the disclaimer
    logged = chat.store.query(session_id=visitor.session_hash)
    assert [r.exchange.question for r in logged] == ["What did the colorectal cancer study find?"]
    assert logged[0].exchange.client_id and logged[0].exchange.client_id != "127.0.0.1"


def test_a_follow_up_is_understood_in_context_and_shares_the_session(chat):
    visitor = client(chat.url)
    visitor.predict(
        "What did the colorectal cancer study find about macrophages?", api_name="/chat"
    )
    messages, _ = visitor.predict("and which proteins went down?", api_name="/chat")
    assert len(messages) == 4
    assert "ldn-banner-answer" in last_reply(messages)
    rows = chat.store.query(session_id=visitor.session_hash, order="newest")
    assert len(rows) == 2
    cited = {c["source_id"] for c in rows[0].exchange.citations}
    assert "ma2020-colorectal" in cited
    assert "follow-up to an in-scope question" in rows[0].exchange.evidence
    # Without the conversation before it, the same question is only read as one about LDN
    # (the widget's subject), not as a follow-up: staff see which.
    stranger = client(chat.url)
    stranger.predict("and which proteins went down?", api_name="/chat")
    (alone,) = chat.store.query(session_id=stranger.session_hash)
    assert "follow-up to an in-scope question" not in alone.exchange.evidence


def test_feedback_is_stored_with_the_exchange_of_that_reply(chat):
    visitor = client(chat.url)
    visitor.predict("What are the side effects of LDN?", api_name="/chat")
    visitor.predict("How much LDN should I take?", api_name="/chat")
    first, second = chat.store.query(session_id=visitor.session_hash, order="newest")[::-1]
    visitor.predict(1, True, "", api_name="/feedback")
    visitor.predict(3, False, "  Didn't answer my question  ", api_name="/feedback")
    rows = {r.exchange.id: r for r in chat.store.query(session_id=visitor.session_hash)}
    assert rows[first.exchange.id].liked is True
    assert rows[first.exchange.id].feedback_reason is None
    assert rows[second.exchange.id].liked is False
    assert rows[second.exchange.id].feedback_reason == "Didn't answer my question"
    assert second.exchange.kind == "refusal"


@pytest.mark.parametrize("index", [0, 2, 5, -1])
def test_feedback_only_for_replies_in_this_conversation(chat, index):
    visitor = client(chat.url)
    visitor.predict("What is low-dose naltrexone?", api_name="/chat")
    with pytest.raises(Exception, match="no answer to rate"):
        visitor.predict(index, False, "", api_name="/feedback")
    stranger = client(chat.url)  # another session cannot rate this visitor's replies
    with pytest.raises(Exception, match="no answer to rate"):
        stranger.predict(1, False, "", api_name="/feedback")


def test_too_long_input_gets_a_clear_message(chat):
    messages, _ = client(chat.url).predict("LDN " * 1000, api_name="/chat")
    reply = last_reply(messages)
    assert "ldn-banner-invalid" in reply and "too long" in reply and "2,000" in reply


def test_visitor_text_is_shown_literally(chat):
    payload = '<img src=x onerror="window.__xss=1"> [x](javascript:alert(1)) **bold**'
    messages, _ = client(chat.url).predict(payload, api_name="/chat")
    shown = text(messages[0])
    assert shown == escape_visitor_text(payload)
    assert not re.search(r"(?<!\\)[<>\[\]()*]", shown)  # every markup character escaped
    assert not re.search(r"(?<!\\)<img", last_reply(messages))


def test_only_the_chat_and_feedback_endpoints_are_public(chat):
    api = client(chat.url).view_api(print_info=False, return_format="dict")
    assert sorted(api["named_endpoints"]) == ["/chat", "/feedback"]
    assert not api["unnamed_endpoints"]


def test_headers_allow_framing_only_by_configured_sites(chat):
    page = httpx.get(chat.url + "/")
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == f"frame-ancestors 'self' {SITE}"
    assert page.headers["x-content-type-options"] == "nosniff"
    console = httpx.get(chat.url + "/review/login")
    assert console.headers["content-security-policy"] == "frame-ancestors 'none'"
    assert console.headers["x-frame-options"] == "DENY"
    allowed = httpx.get(chat.url + "/config", headers={"Origin": SITE})
    assert allowed.headers.get("access-control-allow-origin") == SITE
    other = httpx.get(chat.url + "/config", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    assert httpx.get(chat.url + "/healthz").json() == {"status": "ok"}


def test_rate_limits_per_session_and_per_client(shared_assistant, tmp_path):
    store, server = serve(shared_assistant, tmp_path, rate_per_session=2, rate_per_client=3)
    with server as url, store:
        visitor = client(url)
        for _ in range(2):
            messages, _ = visitor.predict("What is LDN?", api_name="/chat")
        messages, _ = visitor.predict("What is LDN?", api_name="/chat")
        reply = last_reply(messages)
        assert "ldn-banner-limit" in reply and "this conversation" in reply
        assert "seconds" in reply
        assert store.count(session_id=visitor.session_hash) == 2  # refused: not an exchange
        neighbour = client(url)  # same address, new session: the address has one left
        assert "ldn-banner-answer" in last_reply(
            neighbour.predict("What is LDN?", api_name="/chat")[0]
        )
        messages, _ = neighbour.predict("What is LDN?", api_name="/chat")
        assert "your network" in last_reply(messages)


class UnreachableWindows:
    """A rate-limit store that is down (as Redis can be)."""

    def acquire(self, buckets):
        raise ConnectionError("redis is down")


def test_the_chat_keeps_answering_when_the_rate_limit_store_is_down(shared_assistant, tmp_path):
    store, server = serve(shared_assistant, tmp_path, windows=UnreachableWindows())
    with server as url, store:
        messages, _ = client(url).predict("What is LDN?", api_name="/chat")
        assert "ldn-banner-answer" in last_reply(messages)


def test_render_reply_links_numbers_and_neutralises_html():
    citations = [
        {"number": 1, "url": "https://doi.org/10.1/x"},
        {"number": 2, "url": None},
        {"number": 3, "url": "javascript:alert(1)"},
    ]
    markdown = (
        "Lead <img src=x onerror=alert(1)>\n\n> “one” [1]\n\n> “two” [2]\n\n- “three” [3]\n\n"
        "> “esc \\<b\\>” [1]"
    )
    shown = render_reply("answer", markdown, citations)
    assert shown.startswith('<div class="ldn-banner ldn-banner-answer" role="note">')
    assert "> “one” [[1]](https://doi.org/10.1/x)" in shown
    assert "> “two” [2]" in shown
    assert "- “three” [3]" in shown and "javascript" not in shown
    assert "Lead \\<img src=x" in shown
    assert "“esc \\<b\\>” [[1]]" in shown  # already escaped text is left alone
    banners = {render_reply(kind, "x").split("\n")[0] for kind in BANNERS}
    assert len(banners) == len(BANNERS)


def test_escape_visitor_text_leaves_no_markup():
    text = "<script>x</script> [a](javascript:b) ![i](x) `c` *d* _e_ # f | g ~ h $i$ &amp;"
    escaped = escape_visitor_text(text)
    assert "<" not in escaped and ">" not in escaped  # tags are entities: &lt; &gt;
    assert "&lt;script&gt;" in escaped and "&amp;amp;" in escaped
    for special in "[]()`*_#|~$":
        assert escaped.count(special) == escaped.count("\\" + special)


def test_stream_chunks_end_with_the_text_and_never_cut_links():
    text = "Intro words here.\n\n> “quote” [[1]](https://doi.org/10.1/abc-def)\n\nEnd " * 8
    chunks = list(stream_chunks(text))
    assert chunks[-1] == text and len(chunks) > 5
    for chunk in chunks:
        assert chunk.count("[[") == chunk.count(")\n") or not chunk.endswith("(https")
        assert "](https://doi.org/10.1/abc" not in chunk or "abc-def)" in chunk


def test_exchange_ids_map_to_reply_indices_only():
    turns = [
        {"question": "a", "answer": "A", "exchange_id": "e1"},
        {"question": "b", "answer": "limit", "exchange_id": None},
        {"question": "c", "answer": "C", "exchange_id": "e3"},
    ]
    assert [exchange_at(turns, i) for i in range(7)] == [None, "e1", None, None, None, "e3", None]
    assert exchange_at(turns, [5]) == "e3" and exchange_at(turns, "x") is None
    assert history(turns) == [
        {"role": "user", "content": "a"},
        {"role": "assistant", "content": "A"},
        {"role": "user", "content": "c"},
        {"role": "assistant", "content": "C"},
    ]


def test_frame_ancestors():
    assert frame_ancestors(()) == "frame-ancestors 'self'"
    assert frame_ancestors(("https://a.org/", "b.org")) == "frame-ancestors 'self' https://a.org"
    assert frame_ancestors(("*",)) == "frame-ancestors *"
