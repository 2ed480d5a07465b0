"""Pure: Documents → quotable Sentences and retrievable Chunks, with offsets into the body."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .types import Chunk, Document, Sentence

# Sections that are not answer material (none today: even the disclaimer may be asked about).
SKIPPED_SECTIONS: frozenset[str] = frozenset()

_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
# A sentence ends at . ! or ? (optionally followed by a closing quote/bracket and a
# reference marker such as "[1-3]"), then whitespace and a capital, digit or opening quote.
_SENTENCE_END = re.compile(
    r"(?P<stop>[.!?][”’\"')]*)(?P<refs>\[\d+(?:\s*[-–,]\s*\d+)*\])?(?=\s+[A-Z0-9“\"(]|\s*$)"
)
_ABBREVIATIONS = ("dr", "e.g", "i.e", "vs", "al", "no", "fig", "mr", "mrs", "ms", "st", "approx")
_REF_NUMBERS = re.compile(r"\d+(?:\s*[-–]\s*\d+)?")


@dataclass(frozen=True)
class ChunkingConfig:
    """How many sentences go into one retrievable chunk, and how much they overlap."""

    max_sentences: int = 4
    max_chars: int = 700
    overlap: int = 1


def _parse_refs(marker: str | None) -> tuple[int, ...]:
    if not marker:
        return ()
    numbers: list[int] = []
    for part in _REF_NUMBERS.findall(marker):
        bounds = [int(x) for x in re.split(r"\s*[-–]\s*", part)]
        numbers.extend(range(bounds[0], bounds[-1] + 1))
    return tuple(numbers)


def _is_abbreviation(text: str, stop_at: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[:stop_at])
    return bool(word) and word.group(1).lower().rstrip(".") in _ABBREVIATIONS


def _split_sentences(line: str) -> Iterator[tuple[int, int, tuple[int, ...]]]:
    """Yield (start, end, refs) of each sentence in one paragraph line; ends exclude markers."""
    start = 0
    for match in _SENTENCE_END.finditer(line):
        if _is_abbreviation(line, match.start("stop")):
            continue
        end = match.end("stop")
        if line[start:end].strip():
            yield start, end, _parse_refs(match.group("refs"))
        start = match.end()
    if line[start:].strip():
        yield start, len(line), ()


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(doc: Document) -> list[Sentence]:
    """The quotable units of a body: sentences of paragraphs and whole list items."""
    sentences: list[Sentence] = []
    section = ""
    offset = 0
    for raw_line in doc.body.splitlines(keepends=True):
        line_start, offset = offset, offset + len(raw_line)
        line = raw_line.rstrip("\r\n")
        heading = _HEADING.match(line)
        if heading:
            section = heading.group(2)
            continue
        if not line.strip() or section.lower() in SKIPPED_SECTIONS:
            continue
        item = _LIST_ITEM.match(line)
        if item:
            spans: Iterable[tuple[int, int, tuple[int, ...]]] = [(item.end(), len(line), ())]
        else:
            spans = _split_sentences(line)
        for start, end, refs in spans:
            start, end = _strip_span(line, start, end)
            if end - start < 2:
                continue
            abs_start, abs_end = line_start + start, line_start + end
            sentences.append(
                Sentence(
                    id=f"{doc.id}:s{len(sentences)}",
                    doc_id=doc.id,
                    text=doc.body[abs_start:abs_end],
                    start=abs_start,
                    end=abs_end,
                    section=section,
                    refs=refs,
                )
            )
    return sentences


def chunk_sentences(body: str, sentences: list[Sentence], config: ChunkingConfig) -> list[Chunk]:
    """Group consecutive sentences of one section into overlapping windows of the body."""
    chunks: list[Chunk] = []
    groups: list[list[Sentence]] = []
    for sentence in sentences:
        if groups and groups[-1][-1].section == sentence.section:
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    for group in groups:
        i = 0
        while i < len(group):
            window = [group[i]]
            while (
                i + len(window) < len(group)
                and len(window) < config.max_sentences
                and group[i + len(window)].end - window[0].start <= config.max_chars
            ):
                window.append(group[i + len(window)])
            first, last = window[0], window[-1]
            chunks.append(
                Chunk(
                    id=f"{first.doc_id}:c{len(chunks)}",
                    doc_id=first.doc_id,
                    text=body[first.start : last.end],
                    start=first.start,
                    end=last.end,
                    section=first.section,
                    sentence_ids=tuple(s.id for s in window),
                )
            )
            if i + len(window) >= len(group):
                break
            i += max(1, len(window) - config.overlap)
    return chunks


def chunk_document(
    doc: Document, config: ChunkingConfig | None = None
) -> tuple[list[Sentence], list[Chunk]]:
    """Sentences and chunks of one document; chunk text is the body slice it covers."""
    sentences = split_sentences(doc)
    return sentences, chunk_sentences(doc.body, sentences, config or ChunkingConfig())


def document_label(doc: Document) -> str:
    """Title, journal, year and evidence type: lets "the 2024 review" find its document."""
    details = ", ".join(str(x) for x in (doc.journal, doc.year, doc.evidence) if x)
    return f"{doc.title} ({details})" if details else doc.title


def embedding_text(doc: Document, section: str, text: str) -> str:
    """What the embedder and keyword index see: the passage with its document and section."""
    context = document_label(doc)
    if section and section != doc.title:
        context = f"{context}. {section}"
    return f"{context}: {text}"


def sentence_embedding_text(doc: Document, section: str, text: str) -> str:
    """A sentence is embedded with its section heading only: the document title would make
    every sentence of every document look alike to a question that names LDN."""
    if section and section != doc.title and section.lower() not in ("abstract",):
        return f"{section}: {text}"
    return text
