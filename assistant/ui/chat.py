"""The visitor chat: ask, watch the quoted answer stream in, rate it; nothing typed is HTML."""

from __future__ import annotations

import html
import logging
import re
import secrets
import time
import traceback
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import gradio as gr

from ..logstore import LogStore
from ..pipeline import Assistant
from ..pseudonyms import Pseudonyms
from ..ratelimit import ALLOWED, RateLimiter
from ..settings import Settings

log = logging.getLogger(__name__)

CSS = (Path(__file__).parent / "chat.css").read_text(encoding="utf-8")
TITLE = "Ask about LDN and cancer"
INTRO = (
    "I answer questions about the article **“Low-Dose Naltrexone (LDN) and Cancer”** and the "
    "five studies it cites, quoting them word for word with links to each source. "
    "I can't give medical advice or doses."
)
EXAMPLES = (
    "What is low-dose naltrexone?",
    "How might LDN work against cancer?",
    "What did the colorectal cancer study find?",
    "What are the side effects of LDN?",
)
# A banner per reply kind, so that a visitor sees at once what kind of reply it is.
BANNERS: Mapping[str, tuple[str, str]] = {
    "answer": ("📖", "From the sources, word for word"),
    "refusal": ("🛑", "I can't advise on doses or how to take LDN"),
    "emergency": ("🚨", "Emergency: please get help now"),
    "out_of_scope": ("🔎", "Not covered by these sources"),
    "invalid": ("✏️", "Please check your message"),
    "limit": ("⏳", "Too many messages"),
    "error": ("⚠️", "Something went wrong"),
}
PLACEHOLDER = (
    "**What would you like to know?**\n\nType a question below, or pick one of these to start."
)
PENDING = '<div class="ldn-pending" role="status">Looking in the sources…</div>'
MAX_REASON = 500
# After a reply has streamed in, bring its start (the banner) into view, inside the chat only.
SHOW_REPLY_START = """() => setTimeout(() => {
  const wrap = document.querySelector('#ldn-conversation .bubble-wrap');
  const rows = wrap ? wrap.querySelectorAll('.message-row.bot-row') : [];
  const last = rows[rows.length - 1];
  if (!last) return;
  const offset = last.getBoundingClientRect().top - wrap.getBoundingClientRect().top;
  wrap.scrollTo({top: wrap.scrollTop + offset - 8});
}, 600)"""
# When a message is sent, follow the conversation to its end again (Gradio then keeps up).
FOLLOW_END = """() => {
  const wrap = document.querySelector('#ldn-conversation .bubble-wrap');
  if (wrap) wrap.scrollTop = wrap.scrollHeight;
}"""
_STREAM_SECONDS = 0.6  # how long the reveal of one reply takes at most
# Replies handled at once. The reveal mostly sleeps, so many fit beside the CPU work; with 8,
# 50 visitors queued behind each other's 0.6 s reveals (p95 1.7 s in bench/load.py).
CHAT_CONCURRENCY = 32
_STREAM_STEPS = 30

# Markdown and HTML punctuation that a visitor's text must not be able to use.
_VISITOR_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~$:])")
_UNESCAPED_LT = re.compile(r"(?<!\\)((?:\\\\)*)<")
_QUOTE_MARKER = re.compile(r"^((?:>|[-*+]|\d+[.)])[ \t].*[”\"]) \[(\d+)\][ \t]*$", re.M)
_TOKEN = re.compile(r"\[\[\d+\]\]\([^)\s]*\)|\[[^\]\n]*\]\([^)\s]*\)|\S+\s*|\s+")


def escape_visitor_text(text: str) -> str:
    """A visitor's message as Markdown that shows it literally: no HTML, links or formatting."""
    # Tags become entities (no element can form, whatever the Markdown renderer does with
    # backslashes); the rest of the Markdown punctuation is backslash-escaped.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _VISITOR_SPECIAL.sub(r"\\\1", text)


def render_reply(kind: str, markdown: str, citations: Sequence[Mapping[str, Any]] = ()) -> str:
    """A reply as shown: a banner for its kind, then its Markdown with linked citation numbers.

    Raw HTML in the reply is shown as text (an LLM answerer could echo the visitor); the banner
    is the only markup, and it is built here from constants.
    """
    body = _UNESCAPED_LT.sub(lambda m: m.group(1) + "\\<", markdown)
    urls = {int(c["number"]): c.get("url") for c in citations if c.get("number") is not None}

    def link(match: re.Match[str]) -> str:
        quote, number = match.group(1), int(match.group(2))
        url = urls.get(number)
        if not url or not re.match(r"^https?://[^\s()<>]+$", str(url)):
            return f"{quote} [{number}]"
        return f"{quote} [[{number}]]({url})"

    body = _QUOTE_MARKER.sub(link, body)
    return banner(kind) + "\n\n" + body


def banner(kind: str) -> str:
    icon, text = BANNERS.get(kind, BANNERS["answer"])
    return (
        f'<div class="ldn-banner ldn-banner-{html.escape(kind)}" role="note">'
        f'<span aria-hidden="true">{icon}</span> {html.escape(text)}</div>'
    )


def limit_message(kind: str, retry_after: int) -> str:
    """What a visitor reads when a rate limit stops them."""
    who = "this conversation" if kind == "session" else "your network"
    return (
        f"You've sent a lot of messages from {who} in the last minute. "
        f"Please wait about {retry_after} seconds, then try again."
    )


ERROR_MESSAGE = (
    "Sorry, I couldn't answer just now because of a problem on our side. "
    "Please try again in a moment."
)


def messages(turns: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The Chatbot's value: each turn is the visitor's message then the reply (2i, 2i+1)."""
    shown: list[dict[str, Any]] = []
    for turn in turns:
        shown.append({"role": "user", "content": escape_visitor_text(turn["question"])})
        shown.append({"role": "assistant", "content": turn["shown"]})
    return shown


def exchange_at(turns: Sequence[Mapping[str, Any]], index: Any) -> str | None:
    """The exchange id behind the reply at a Chatbot message index (None for anything else)."""
    if isinstance(index, list | tuple):
        index = index[0] if index else None
    try:
        index = int(index)
    except (TypeError, ValueError):
        return None
    if index < 0 or index % 2 != 1 or index // 2 >= len(turns):
        return None
    return turns[index // 2].get("exchange_id")


def history(turns: Sequence[Mapping[str, Any]]) -> list[dict[str, str]]:
    """The conversation so far as `ask` wants it: raw text, only turns that were exchanges."""
    past: list[dict[str, str]] = []
    for turn in turns:
        if turn.get("exchange_id"):
            past.append({"role": "user", "content": turn["question"]})
            past.append({"role": "assistant", "content": turn["answer"]})
    return past


def stream_chunks(text: str) -> Iterator[str]:
    """Growing prefixes of `text`, cut between words and never inside a link."""
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != text:  # cannot happen with the patterns above; be safe anyway
        tokens = [text]
    step = max(1, len(tokens) // _STREAM_STEPS)
    for end in range(step, len(tokens) + step, step):
        yield "".join(tokens[:end])


def client_address(request: gr.Request | None) -> str:
    client = getattr(request, "client", None) if request is not None else None
    return str(getattr(client, "host", "") or "")


def build_chat(
    assistant: Assistant,
    settings: Settings,
    store: LogStore,
    limiter: RateLimiter,
) -> gr.Blocks:
    """The visitor chat as a Blocks app (mounted at `/` by `build_app`)."""
    # Client ids in the log are not addresses, and the same in every process sharing the key.
    pseudonym = Pseudonyms.from_settings(settings)
    disclaimer = assistant.disclaimer
    cap = settings.max_input_chars * 2 + 1  # longer is refused by ask() all the same

    def reply(
        message: str, turns: list[dict[str, Any]] | None, request: gr.Request, typed: bool
    ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]], Any]]:
        """Answer one message: show it at once, then stream the reply in.

        The question box is emptied once, with the first update, and only if the message came
        from it: whatever the visitor types while the reply streams (or before clicking an
        example) stays in the box.
        """
        keep = gr.skip()
        turns = list(turns or [])
        question = (message if isinstance(message, str) else str(message or ""))[:cap]
        session_id = getattr(request, "session_hash", None) or secrets.token_hex(8)
        address = client_address(request)
        turn: dict[str, Any] = {"question": question, "shown": PENDING, "exchange_id": None}
        yield messages([*turns, turn]), turns, "" if typed else keep

        try:
            decision = limiter.check(session_id, address)
        except Exception as exc:  # e.g. Redis down: keep answering rather than fail everyone
            log.warning("rate limit not checked: %s", _where_failed(exc))
            decision = ALLOWED
        if not decision.allowed:
            which = "session" if (decision.key or "").startswith("session:") else "client"
            text = limit_message(which, decision.retry_after_seconds)
            turn.update(kind="limit", answer=text, shown=render_reply("limit", text))
            turns.append(turn)
            yield messages(turns), turns, keep
            return
        try:
            answer = assistant.ask(
                question, history(turns), session_id=session_id, client_id=pseudonym(address)
            )
        except Exception as exc:
            log.error("ask() failed: %s", _where_failed(exc))
            turn.update(kind="error", answer="", shown=render_reply("error", ERROR_MESSAGE))
            turns.append(turn)
            yield messages(turns), turns, keep
            return
        shown = render_reply(answer.kind, answer.answer, [c.to_json() for c in answer.citations])
        turn.update(kind=answer.kind, answer=answer.answer, exchange_id=answer.exchange_id)
        pause = _STREAM_SECONDS / _STREAM_STEPS
        head = banner(answer.kind) + "\n\n"
        for part in stream_chunks(shown[len(head) :]):
            turn["shown"] = head + part
            yield messages([*turns, turn]), turns, keep
            time.sleep(pause)
        turn["shown"] = shown
        turns.append(turn)
        yield messages(turns), turns, keep

    def respond(
        message: str, turns: list[dict[str, Any]] | None, request: gr.Request
    ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]], Any]]:
        yield from reply(message, turns, request, typed=True)

    def respond_example(
        turns: list[dict[str, Any]] | None, event: gr.SelectData, request: gr.Request
    ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]], Any]]:
        value = event.value if isinstance(event.value, dict) else {}
        yield from reply(str(value.get("text") or ""), turns, request, typed=False)

    def record_feedback(
        message_index: float | None,
        liked: bool,
        reason: str | None,
        turns: list[dict[str, Any]] | None,
    ) -> tuple[str, dict[str, Any]]:
        """Store a thumbs up or down (and an optional reason) for a reply in this session."""
        exchange_id = exchange_at(turns or [], message_index)
        if exchange_id is None:
            raise gr.Error("There is no answer to rate there.", print_exception=False)
        reason = (reason or "").strip()[:MAX_REASON] or None
        store.add_feedback(exchange_id, bool(liked), reason)
        gr.Info("Thank you for your feedback.")
        return "", gr.update(visible=False)

    def on_like(
        turns: list[dict[str, Any]] | None, event: gr.LikeData
    ) -> tuple[Any, Any, Any, Any]:
        """A thumb was clicked: store it now, then offer a box for an optional reason."""
        exchange_id = exchange_at(turns or [], event.index)
        if event.liked not in (True, False) or exchange_id is None:  # un-liked, or no answer
            return gr.update(), gr.update(), gr.update(), gr.update(visible=False)
        liked = event.liked is True
        store.add_feedback(exchange_id, liked)
        label = "What was helpful? (optional)" if liked else "What was wrong? (optional)"
        index = event.index[0] if isinstance(event.index, list | tuple) else event.index
        return index, liked, gr.update(label=label, value=""), gr.update(visible=True)

    def hide_reason() -> Any:
        return gr.update(visible=False)

    with gr.Blocks(title=TITLE, fill_height=False) as chat:
        turns = gr.State([])
        with gr.Column(elem_id="ldn-chat", elem_classes="ldn-chat"):
            gr.Markdown(f"# {TITLE}\n\n{INTRO}", elem_id="ldn-intro")
            chatbot = gr.Chatbot(
                label="Conversation",
                show_label=False,
                elem_id="ldn-conversation",
                height="max(300px, calc(100dvh - 360px))",
                layout="bubble",
                latex_delimiters=[],
                sanitize_html=True,
                allow_tags=False,
                feedback_options=("Like", "Dislike"),
                buttons=["copy"],
                placeholder=PLACEHOLDER,
                examples=[{"text": q} for q in EXAMPLES],
                autoscroll=True,
            )
            with gr.Row(elem_id="ldn-ask-row", equal_height=True):
                question = gr.Textbox(
                    label="Your question",
                    show_label=False,
                    placeholder="Ask about LDN and cancer…",
                    elem_id="ldn-question",
                    lines=1,
                    max_lines=4,
                    scale=5,
                    autofocus=False,
                    submit_btn="Ask",
                )
            with gr.Row(visible=False, elem_id="ldn-feedback-row") as reason_row:
                reason = gr.Textbox(
                    label="What was wrong? (optional)",
                    placeholder="A few words help us improve",
                    elem_id="ldn-feedback-reason",
                    max_lines=2,
                    scale=4,
                )
                send_reason = gr.Button("Send", elem_id="ldn-feedback-send", scale=1)
                skip_reason = gr.Button(
                    "Skip", elem_id="ldn-feedback-skip", variant="secondary", scale=1
                )
            feedback_index = gr.Number(visible=False, precision=0, label="Message index")
            feedback_liked = gr.Checkbox(visible=False, label="Liked")
            gr.Markdown(
                f"⚕️ **Not medical advice.** {_escape_plain(disclaimer)}",
                elem_id="ldn-disclaimer",
            )

        question.submit(
            respond,
            [question, turns],
            [chatbot, turns, question],
            api_name="chat",
            concurrency_limit=CHAT_CONCURRENCY,
            # Enter pressed while the last reply is still finishing is answered next; Gradio's
            # default ("once") dropped it without a word (the XSS browser test caught it)
            trigger_mode="always_last",
        ).then(None, js=SHOW_REPLY_START)
        question.submit(None, js=FOLLOW_END)
        chatbot.example_select(
            respond_example,
            [turns],
            [chatbot, turns, question],
            api_visibility="private",
            concurrency_limit=CHAT_CONCURRENCY,
        ).then(None, js=SHOW_REPLY_START)
        chatbot.like(
            on_like,
            [turns],
            [feedback_index, feedback_liked, reason, reason_row],
            api_visibility="private",
        )
        send_reason.click(
            record_feedback,
            [feedback_index, feedback_liked, reason, turns],
            [reason, reason_row],
            api_name="feedback",
        )
        reason.submit(
            record_feedback,
            [feedback_index, feedback_liked, reason, turns],
            [reason, reason_row],
            api_visibility="private",
        )
        skip_reason.click(hide_reason, None, reason_row, api_visibility="private")
    return chat


def _where_failed(exc: BaseException) -> str:
    """The exception's type and innermost frame, not its message (which may hold secrets)."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}{where}"


def _escape_plain(text: str) -> str:
    """Settings text (the disclaimer) shown literally inside Markdown."""
    return _VISITOR_SPECIAL.sub(r"\\\1", " ".join(text.split()))
