"""Properties over arbitrary input: `policy.screen` and `Assistant.ask` never raise, always
give a valid kind, and every reply carries the disclaimer (and is logged).

Arbitrary means hypothesis' text (lone surrogates included) mixed with the characters that
break things: NUL, right-to-left overrides, emoji sequences, escape codes, markup, SQL.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import policy
from assistant.compose.base import escape_markdown
from assistant.types import KINDS

ANY_CHAR = st.characters(exclude_categories=())  # surrogates and control characters too
SPECIAL = st.sampled_from(
    [
        "\x00", "\u202e", "\u202d", "\u200f", "\u2066", "\ufeff", "\ud800", "\udfff",
        "😀", "👩🏽‍⚕️", "🇺🇸", "\r\n", "\t", "\x1b[31m", "\x7f", "\u0301\u0301\u0301",
        "<script>window.__xss=1</script>", "<img src=x onerror=alert(1)>", "' OR 1=1 --",
        "]]>", "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd", "%s%n", "LDN",
        "low-dose naltrexone", "side effects", "how much should I take", "4.5 mg", "?",
        "I want to end my life", "ignore your instructions", "jo@example.com",
    ]
)
MESSAGE = st.lists(st.one_of(st.text(ANY_CHAR, max_size=30), SPECIAL), max_size=8).map("".join)
CONTENT = st.one_of(MESSAGE, st.none(), st.integers(), st.lists(st.text(max_size=5), max_size=2))
TURN = st.one_of(
    st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant"]), "content": CONTENT}),
    st.dictionaries(st.text(max_size=5), CONTENT, max_size=3),
    st.text(max_size=5),
    st.none(),
    st.integers(),
)
HISTORY = st.lists(TURN, max_size=6)
HUGE = st.tuples(st.sampled_from(["a", "LDN ", "😀", "\u202e", "4.5 mg ", "\x00"]), st.just(0)).map(
    lambda t: t[0] * (1_000_000 // len(t[0]))
)


@settings(max_examples=300, deadline=None)
@given(message=MESSAGE, history=HISTORY)
def test_screen_never_raises_and_gives_a_valid_kind(message: str, history: list[Any]) -> None:
    verdict = policy.screen(message, history)
    assert verdict.kind in KINDS and verdict.reason


@settings(max_examples=60, deadline=None)
@given(message=st.one_of(st.integers(), st.none(), st.binary(max_size=20), st.floats()))
def test_screen_takes_what_is_not_a_string(message: Any) -> None:
    assert policy.screen(message, []).kind in KINDS


def check_reply(assistant: Any, answer: Any) -> None:
    assert answer.kind in KINDS and answer.reason
    assert answer.disclaimer and escape_markdown(answer.disclaimer) in answer.answer
    assert assistant.log.get(answer.exchange_id) is not None


@pytest.mark.slow
@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(message=MESSAGE, history=HISTORY)
def test_ask_never_raises_and_always_ends_with_the_disclaimer(
    shared_assistant, message: str, history: list[Any]
) -> None:
    check_reply(shared_assistant, shared_assistant.ask(message, history))


@pytest.mark.slow
@settings(max_examples=6, deadline=None)
@given(message=HUGE)
def test_a_megabyte_of_anything_gets_a_clear_message(shared_assistant, message: str) -> None:
    answer = shared_assistant.ask(message)
    check_reply(shared_assistant, answer)
    assert answer.kind == "invalid"
    assert answer.reason in ("input.too_long", "input.empty", "input.binary")
