"""`assistant corpus check`: what staff should fix or know before a corpus is served.

Errors (the command exits non-zero): files that do not load, duplicate DOIs, a malformed
`references` mapping. Warnings: incomplete records, article references with no corpus
document, sources with no evidence label, documents no eval question ever retrieves.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .chunking import split_sentences
from .claims import ReferenceMapError, reference_map
from .corpus import Corpus
from .embedding import Embedder
from .evaluation import load_jsonl, set_kind
from .pubmed import UNKNOWN_EVIDENCE, normalise_doi
from .types import Document

ERROR, WARNING = "error", "warning"
TOP_SOURCES = 3  # a document is "retrieved" when it is among a question's top 3 sentences
_HEADING = re.compile(r"^#{1,6}\s+(.*\S)\s*$")
_LIST_ENTRY = re.compile(r"^\s*(\d+)[.)]\s+(.*\S)\s*$")
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+?)\.?(?=\s|$)")

Retrieve = Callable[[str], Sequence[str]]  # question → ids of its top source documents


@dataclass(frozen=True)
class Finding:
    """One thing the check found: its level, a stable code, what it is about, and why."""

    level: str
    code: str
    subject: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "code": self.code,
            "subject": self.subject,
            "message": self.message,
        }

    def __str__(self) -> str:
        return f"{self.level.upper():<7} {self.code:<26} {self.subject}: {self.message}"


def check_corpus(
    corpus: Corpus,
    *,
    questions: Sequence[str] = (),
    retrieve: Retrieve | None = None,
) -> list[Finding]:
    """Every finding for one corpus, errors first. With `retrieve`, each of `questions` is
    retrieved and documents that never come up among the top sources are reported."""
    findings = [
        *broken_files(corpus),
        *duplicate_dois(corpus.documents),
        *reference_findings(corpus.documents),
        *incomplete_records(corpus.documents),
        *evidence_labels(corpus.documents),
    ]
    if retrieve is not None:
        findings += never_retrieved(corpus.documents, questions, retrieve)
    return sorted(findings, key=lambda f: f.level != ERROR)


def broken_files(corpus: Corpus) -> list[Finding]:
    """Files that did not load (no front matter, bad YAML, duplicate id…)."""
    return [Finding(ERROR, "broken-file", e.path, e.problem) for e in corpus.errors]


def duplicate_dois(documents: Iterable[Document]) -> list[Finding]:
    """Two documents with one DOI: the same study twice, or a wrong DOI."""
    by_doi: dict[str, list[Document]] = {}
    for doc in documents:
        doi = normalise_doi(doc.doi)
        if doi:
            by_doi.setdefault(doi, []).append(doc)
    return [
        Finding(
            ERROR,
            "duplicate-doi",
            doi,
            "held by " + ", ".join(f"{d.id} ({Path(d.path).name})" for d in docs),
        )
        for doi, docs in sorted(by_doi.items())
        if len(docs) > 1
    ]


def incomplete_records(documents: Iterable[Document]) -> list[Finding]:
    """Records marked incomplete (with what they miss), and bodiless ones that are not."""
    findings = []
    for doc in documents:
        if not doc.complete:
            missing = doc.missing or "(no 'missing' field says what)"
            findings.append(Finding(WARNING, "incomplete", doc.id, f"missing: {missing}"))
        elif not doc.quotable:
            findings.append(
                Finding(
                    WARNING, "no-body", doc.id, "no text to quote, yet not marked complete: false"
                )
            )
    return findings


def evidence_labels(documents: Iterable[Document]) -> list[Finding]:
    """Sources whose evidence label staff still have to set (e.g. fresh PubMed imports)."""
    return [
        Finding(WARNING, "no-evidence-label", d.id, "set `evidence` in the front matter")
        for d in documents
        if not (d.evidence or "").strip() or d.evidence == UNKNOWN_EVIDENCE
    ]


def article_references(article: Document) -> dict[int, str]:
    """The numbered entries of the article's "References" section: number → entry text."""
    entries: dict[int, str] = {}
    inside = False
    for line in article.body.splitlines():
        heading = _HEADING.match(line)
        if heading:
            inside = heading.group(1).strip().lower() == "references"
            continue
        entry = _LIST_ENTRY.match(line) if inside else None
        if entry:
            entries[int(entry.group(1))] = entry.group(2)
    return entries


def reference_findings(documents: Iterable[Document]) -> list[Finding]:
    """For each article: references with no corpus document, markers with no reference,
    a mapping that contradicts the reference list's DOI, a malformed mapping."""
    docs = {d.id: d for d in documents}
    by_doi = {normalise_doi(d.doi): d for d in docs.values() if normalise_doi(d.doi)}
    findings: list[Finding] = []
    for article in (d for d in docs.values() if d.kind == "article"):
        try:
            mapping = reference_map(article)
        except ReferenceMapError as exc:
            findings.append(Finding(ERROR, "references-malformed", article.id, str(exc)))
            mapping = {}
        listed = article_references(article)
        used = {n for s in split_sentences(article) for n in s.refs}
        for number in sorted(set(listed) | used | set(mapping)):
            subject = f"{article.id} [{number}]"
            entry = listed.get(number)
            if entry is None:
                if number in used:
                    findings.append(
                        Finding(
                            WARNING,
                            "marker-without-reference",
                            subject,
                            f"the text cites [{number}]; the reference list has no entry {number}",
                        )
                    )
                continue
            found = _DOI.search(entry)
            doi = normalise_doi(found.group(1)) if found else None
            target = mapping.get(number)
            if target is None or target not in docs:
                match = by_doi.get(doi) if doi else None
                hint = (
                    f"; corpus document {match.id} has its DOI: add `{number}: {match.id}` to "
                    "the article's `references`"
                    if match
                    else ""
                )
                where = (
                    f"maps to '{target}', which is not in the corpus" if target else "is not mapped"
                )
                findings.append(
                    Finding(
                        WARNING,
                        "reference-without-document",
                        subject,
                        f"{_short(entry)} {where}{hint}",
                    )
                )
                continue
            mapped_doi = normalise_doi(docs[target].doi)
            if doi and mapped_doi and doi != mapped_doi:
                findings.append(
                    Finding(
                        WARNING,
                        "reference-doi-mismatch",
                        subject,
                        f"the reference list gives DOI {doi}, but {target} has {mapped_doi}",
                    )
                )
    return findings


def _short(text: str, limit: int = 70) -> str:
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def eval_questions(paths: Iterable[Path]) -> list[str]:
    """Questions the assistant is expected to answer from the sources, from labelled sets:
    QA questions and dosing-set lines labelled answer/either; not refusals, emergencies or
    out-of-scope questions."""
    questions: list[str] = []
    for path in paths:
        rows = load_jsonl(path)
        kind = set_kind(path, rows)
        for row in rows:
            if kind == "qa" or (kind == "dosing" and row.get("label") in ("answer", "either")):
                history = [
                    m.get("content", "")
                    for m in row.get("history") or []
                    if m.get("role") == "user"
                ]
                text = str(row.get("question") or row.get("text") or "")
                questions.append(" ".join([*history[-1:], text]).strip())
    return [q for q in dict.fromkeys(questions) if q]


def default_eval_paths(root: Path | None = None) -> list[Path]:
    """tests/data/public/*.jsonl and tests/data/qa_*.jsonl of the repository."""
    base = (root or Path(__file__).resolve().parent.parent) / "tests" / "data"
    return sorted(base.glob("public/*.jsonl")) + sorted(base.glob("qa_*.jsonl"))


def retrieval_counts(questions: Iterable[str], retrieve: Retrieve) -> Counter[str]:
    """How many questions had each document among their top sources."""
    counts: Counter[str] = Counter()
    for question in questions:
        counts.update(set(retrieve(question)))
    return counts


def never_retrieved(
    documents: Iterable[Document], questions: Sequence[str], retrieve: Retrieve
) -> list[Finding]:
    """Documents that none of the questions brings up among its top sources."""
    if not questions:
        return [
            Finding(
                WARNING,
                "no-eval-questions",
                "eval sets",
                "no questions found; retrieval not checked",
            )
        ]
    counts = retrieval_counts(questions, retrieve)
    return [
        Finding(
            WARNING,
            "never-retrieved",
            d.id,
            f"not among the top {TOP_SOURCES} sources of any of {len(questions)} eval questions"
            + ("" if d.quotable else " (it has no text to retrieve)"),
        )
        for d in documents
        if counts[d.id] == 0
    ]


def retrieval_probe(corpus: Corpus, embedder: Embedder, workdir: Path) -> Retrieve:
    """The assistant's own retrieval over `corpus`, on a scratch index in `workdir` (the
    served index is not touched): a question → the documents of its top sentences."""
    from .chunking import ChunkingConfig
    from .index import VectorIndex, make_client
    from .retrieval import Retriever
    from .settings import Settings

    chunking = ChunkingConfig()
    scratch = Settings(data_dir=workdir, corpus_dir=workdir)
    index = VectorIndex(make_client(scratch), "corpus_check", embedder, chunking)
    index.sync(corpus)
    retriever = Retriever(corpus, embedder, index, chunking)

    def top_sources(question: str) -> list[str]:
        return [s.sentence.doc_id for s in retriever.retrieve(question).sentences[:TOP_SOURCES]]

    return top_sources


def run_check(
    corpus: Corpus,
    *,
    eval_paths: Sequence[Path] = (),
    embedder: Embedder | None = None,
) -> list[Finding]:
    """`assistant corpus check`: all findings; retrieval is checked when an embedder is given."""
    if embedder is None or not corpus.documents:
        return check_corpus(corpus)
    with tempfile.TemporaryDirectory(prefix="corpus-check-") as tmp:
        probe = retrieval_probe(corpus, embedder, Path(tmp))
        return check_corpus(corpus, questions=eval_questions(eval_paths), retrieve=probe)


def summary(findings: Sequence[Finding]) -> str:
    """ "1 error, 3 warnings"."""
    errors = sum(f.level == ERROR for f in findings)
    warnings = len(findings) - errors
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
