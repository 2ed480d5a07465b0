"""The composer protocol and the Markdown every reply kind is rendered with."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from ..retrieval import Retrieval
from ..types import Citation, Composition, Document, Source

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


class Composer(Protocol):
    """Builds an answer to an allowed question from what retrieval found."""

    name: str

    def compose(
        self, question: str, retrieval: Retrieval, documents: Mapping[str, Document]
    ) -> Composition | None:
        """The composed answer, or None when nothing in the sources answers the question."""
        ...


def escape_markdown(text: str) -> str:
    """Show source text literally: Markdown and HTML characters are backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def number_word(n: int) -> str:
    """ "one" … "five", then digits."""
    return {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}.get(n, str(n))


def describe_sources(sources: Sequence[Source], documents: Mapping[str, Document]) -> str:
    """'the article', 'two of the cited studies', 'the article and one cited study'…"""
    articles = sum(1 for s in sources if documents[s.id].kind == "article")
    studies = len(sources) - articles
    parts = []
    if articles:
        parts.append("the article")
    if studies:
        noun = "cited study" if studies == 1 else "cited studies"
        parts.append(f"{number_word(studies)} {noun}")
    return " and ".join(parts) or "the sources"


def render_sources(sources: Sequence[Source]) -> str:
    """The numbered "Sources" list: title (linked), journal, year, evidence label."""
    lines = ["**Sources**", ""]
    for s in sources:
        title = escape_markdown(s.title)
        head = f"[{title}]({s.url})" if s.url else title
        where = ", ".join(str(x) for x in (s.journal, s.year) if x)
        line = f"{s.number}. {head}" + (f" — {escape_markdown(where)}" if where else "")
        if s.evidence:
            line += f" · *Evidence: {escape_markdown(s.evidence)}*"
        if not s.complete and s.missing:
            line += f" · (record incomplete: {escape_markdown(s.missing)})"
        lines.append(line)
    return "\n".join(lines)


def render_quotes(citations: Sequence[Citation]) -> str:
    """Each verified quote as a Markdown blockquote followed by its source number, and under
    an article quote that cites studies, what those studies say."""
    blocks = []
    for c in citations:
        block = f"> “{escape_markdown(c.quote)}” [{c.number}]"
        if c.supporting:
            block += "\n\n" + render_supporting(c.supporting)
        blocks.append(block)
    return "\n\n".join(blocks)


def render_supporting(supporting: Sequence[Citation]) -> str:
    """The "What the cited study says:" list: each cited study's quote, or a note."""
    head = "What the cited study says:" if len(supporting) == 1 else "What the cited studies say:"
    lines = []
    for s in supporting:
        note = f" — *{escape_markdown(s.note)}*" if s.note else ""
        if s.quote:
            lines.append(f"- “{escape_markdown(s.quote)}” [{s.number}]{note}")
        else:
            lines.append(f"- [{s.number}]{note}")
    return head + "\n\n" + "\n".join(lines)


def render_answer(
    lead: str,
    citations: Sequence[Citation],
    sources: Sequence[Source],
    notes: Sequence[str] = (),
) -> str:
    """Lead line, quotes, plain notes (e.g. that the evidence is preclinical), Sources list
    (the disclaimer is appended by the pipeline)."""
    blocks = [lead, render_quotes(citations), *notes, render_sources(sources)]
    return "\n\n".join(b for b in blocks if b)


def with_disclaimer(markdown: str, disclaimer: str) -> str:
    """Every reply ends with the medical disclaimer."""
    return f"{markdown}\n\n---\n\n*{escape_markdown(disclaimer)}*"
