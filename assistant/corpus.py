"""corpus/ files → validated Documents (YAML front matter + the Markdown body that may be quoted)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .types import Document


class CorpusError(ValueError):
    """A corpus file that cannot be used; the message names the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


@dataclass(frozen=True)
class Corpus:
    """The documents that loaded, the files that did not, and a version hash of the whole."""

    documents: tuple[Document, ...]
    errors: tuple[CorpusError, ...] = ()

    @property
    def version(self) -> str:
        digest = hashlib.sha256()
        for doc in sorted(self.documents, key=lambda d: d.id):
            digest.update(f"{doc.id}\0{doc.checksum}\n".encode())
        return digest.hexdigest()[:16]

    def by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    def disclaimer(self) -> str | None:
        """The article's own "Disclaimer" section, the default medical disclaimer."""
        for doc in self.documents:
            text = section_text(doc.body, "disclaimer")
            if text:
                return text
        return None


def split_front_matter(text: str, path: Path | str) -> tuple[dict[str, Any], str]:
    """Return (front matter mapping, body) where body is everything after the closing ---."""
    if not text.startswith("---"):
        raise CorpusError(path, "no YAML front matter (the file must start with a '---' line)")
    first_newline = text.find("\n")
    end = text.find("\n---", first_newline)
    if first_newline < 0 or end < 0:
        raise CorpusError(path, "front matter is not closed by a '---' line")
    raw = text[first_newline + 1 : end + 1]
    body_start = text.find("\n", end + 1)
    body = "" if body_start < 0 else text[body_start + 1 :]
    try:
        meta = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise CorpusError(path, f"unreadable YAML front matter: {exc}".splitlines()[0]) from exc
    if not isinstance(meta, dict):
        raise CorpusError(path, "front matter must be a YAML mapping of fields")
    return meta, body


def parse_document(path: Path) -> Document:
    """Read one Markdown file into a Document, validating the fields we rely on."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(path, f"cannot read file: {exc}") from exc
    meta, body = split_front_matter(text, path)
    for required in ("id", "title"):
        value = meta.get(required)
        if not isinstance(value, str | int) or not str(value).strip():
            raise CorpusError(path, f"front matter has no '{required}'")
    year = meta.get("year")
    if year is not None and not isinstance(year, int):
        raise CorpusError(path, f"'year' must be a number, not {year!r}")
    authors = meta.get("authors") or ()
    if isinstance(authors, str):
        authors = (authors,)
    return Document(
        id=str(meta["id"]).strip(),
        title=str(meta["title"]).strip(),
        body=body,
        path=str(path),
        kind=str(meta.get("kind") or "abstract"),
        authors=tuple(str(a) for a in authors),
        journal=meta.get("journal") or meta.get("publisher"),
        year=year,
        doi=meta.get("doi"),
        url=meta.get("url"),
        evidence=meta.get("evidence"),
        complete=bool(meta.get("complete", True)),
        missing=meta.get("missing"),
        meta=meta,
        checksum=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
    )


def read_corpus(directory: Path | str) -> Corpus:
    """Load every *.md under `directory`; broken files are reported, the rest still load."""
    root = Path(directory)
    if not root.is_dir():
        raise CorpusError(root, "corpus directory does not exist")
    documents: list[Document] = []
    errors: list[CorpusError] = []
    seen: dict[str, str] = {}
    for path in sorted(root.rglob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        try:
            doc = parse_document(path)
        except CorpusError as exc:
            errors.append(exc)
            continue
        if doc.id in seen:
            errors.append(CorpusError(path, f"duplicate id '{doc.id}' (also in {seen[doc.id]})"))
            continue
        seen[doc.id] = str(path)
        documents.append(doc)
    return Corpus(tuple(documents), tuple(errors))


def load_corpus(directory: Path | str) -> Corpus:
    """Load the corpus strictly: any invalid file raises a CorpusError naming it."""
    corpus = read_corpus(directory)
    if corpus.errors:
        if len(corpus.errors) == 1:
            raise corpus.errors[0]
        lines = "\n".join(f"  {e}" for e in corpus.errors)
        raise CorpusError(directory, f"{len(corpus.errors)} invalid corpus files:\n{lines}")
    if not corpus.documents:
        raise CorpusError(directory, "no corpus documents (*.md with front matter) found")
    return corpus


def section_text(body: str, heading: str) -> str | None:
    """The paragraph text under a Markdown heading (case-insensitive), or None."""
    lines = body.splitlines()
    for i, line in enumerate(lines):
        if line.lstrip("#").strip().lower() == heading.lower() and line.startswith("#"):
            collected: list[str] = []
            for nxt in lines[i + 1 :]:
                if nxt.startswith("#"):
                    break
                collected.append(nxt)
            text = " ".join(s.strip() for s in collected if s.strip())
            return text or None
    return None
