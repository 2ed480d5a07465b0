"""Replies that are not answers: refusal, emergency, out of scope, invalid input."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Citation, Source, Verdict
from .base import render_quotes, render_sources

CAN_ANSWER = (
    "what low-dose naltrexone (LDN) is and how it is thought to work against cancer; "
    "what the cited studies found in cancer cells and in mice; its reported side effects; "
    "and why it should only be used under medical supervision"
)


def refusal(verdict: Verdict, citations: Sequence[Citation], sources: Sequence[Source]) -> str:
    """Kind, useful, and free of dose figures: who can help, and what we can say instead."""
    text = (
        "**I can't give advice on LDN doses, timing or preparation.** "
        "The right dose of any medicine depends on your health, your other treatments and "
        "your medicines, and only your doctor or pharmacist, who knows all of that, can "
        "decide whether LDN suits you and how to take it. Please ask them. "
        "Amounts used in studies of cells or mice cannot be turned into a dose for a person."
    )
    if citations:
        text += "\n\nWhat the article itself advises:\n\n" + render_quotes(citations)
        text += "\n\n" + render_sources(sources)
    text += f"\n\nI'm glad to help with other questions, for example {CAN_ANSWER}."
    return text


def emergency(verdict: Verdict, emergency_text: str) -> str:
    """Emergency help first, before anything else."""
    return (
        f"{emergency_text}\n\n"
        "I'm an information assistant about one article and the studies it cites; I can't "
        "help in an emergency. Please contact emergency services or a doctor now."
    )


def out_of_scope(verdict: Verdict) -> str:
    """Say plainly that the sources do not cover it, and what they do cover."""
    return (
        "**That isn't covered by these sources.** I answer only from the article "
        "“Low-Dose Naltrexone (LDN) and Cancer” and the studies it cites, and they "
        f"don't address this question.\n\nI can tell you about {CAN_ANSWER}."
    )


_INVALID = {
    "input.empty": "Please type a question about low-dose naltrexone (LDN) and cancer.",
    "input.too_long": (
        "Your message is too long for me to read (the limit is {limit:,} characters). "
        "Please shorten it to the question you would like answered."
    ),
    "input.binary": (
        "Your message contains characters I can't read. Please type your question as plain text."
    ),
}


def invalid(verdict: Verdict, max_chars: int) -> str:
    """A clear message saying what was wrong with the input and what to do."""
    template = _INVALID.get(verdict.reason, _INVALID["input.empty"])
    return "**" + template.format(limit=max_chars) + "**"
