"""PubMed/MEDLINE XML (a PubmedArticleSet, as PubMed exports it) → corpus Markdown files.

Each record becomes `corpus/<firstauthor><year>-<slug>.md` with front matter in the shape
of the existing files; a structured abstract keeps its section labels as `## Label`
headings. Text is kept exactly as PubMed gives it (UTF-8, no transliteration) apart from
collapsing runs of whitespace. Staff set the evidence label afterwards.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .corpus import CorpusError, parse_document, read_corpus

UNKNOWN_EVIDENCE = "unknown — set by staff"
NO_ABSTRACT = "the whole abstract: the PubMed record has no abstract"
_TRUNCATED = re.compile(r"\(?\s*ABSTRACT TRUNCATED[^)]*\)?\s*$", re.I)
# Title words that say nothing about which study this is (every source is about LDN).
_GENERIC = frozenset(
    """a an and as at by for from in into of on or the to with without via vs versus low dose
    doses dosed naltrexone ldn cancer cancers tumor tumour effect effects study studies role
    its their new novel using use based""".split()
)


class PubmedError(ValueError):
    """An XML file that is not a PubMed export we can read; the message says why."""


@dataclass(frozen=True)
class PubmedRecord:
    """The fields of one PubmedArticle that a corpus file needs."""

    pmid: str | None
    title: str
    sections: tuple[tuple[str, str], ...]  # (label or "", text), in order
    authors: tuple[str, ...] = ()
    journal: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    pmcid: str | None = None
    copyright: str | None = None
    truncated: bool = False
    first_author_surname: str | None = None

    @property
    def has_abstract(self) -> bool:
        return any(text for _, text in self.sections)

    @property
    def url(self) -> str | None:
        if self.doi:
            return f"https://doi.org/{self.doi}"
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else None


@dataclass(frozen=True)
class PlannedFile:
    """What importing one record will do: write a new file, replace one, or refuse."""

    record: PubmedRecord
    doc_id: str
    path: Path
    action: str  # "write", "replace" or "refuse"
    reason: str = ""
    text: str = ""


@dataclass
class ImportReport:
    """Every record of one XML file and what was done with it."""

    planned: list[PlannedFile] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # records that are not journal articles

    @property
    def refused(self) -> list[PlannedFile]:
        return [p for p in self.planned if p.action == "refuse"]

    @property
    def written(self) -> list[PlannedFile]:
        return [p for p in self.planned if p.action != "refuse"]


def parse_pubmed_xml(data: str | bytes) -> tuple[list[PubmedRecord], list[str]]:
    """Records of a PubmedArticleSet, and a note for each entry that is not an article."""
    try:
        root = ET.fromstring(data.encode("utf-8") if isinstance(data, str) else data)
    except ET.ParseError as exc:
        raise PubmedError(f"not well-formed XML: {exc}") from exc
    if root.tag == "PubmedArticle":
        entries = [root]
    elif root.tag == "PubmedArticleSet":
        entries = list(root)
    else:
        raise PubmedError(f"expected a PubmedArticleSet, found <{root.tag}>")
    records: list[PubmedRecord] = []
    skipped: list[str] = []
    for entry in entries:
        if entry.tag == "PubmedArticle":
            records.append(_record(entry))
        elif entry.tag == "DeleteCitation":
            continue
        else:
            pmid = _text(entry.find(".//PMID"))
            skipped.append(f"<{entry.tag}> {pmid or ''}".strip() + ": not a journal article")
    if not records and not skipped:
        raise PubmedError("the PubmedArticleSet holds no PubmedArticle")
    return records, skipped


def _record(entry: ET.Element) -> PubmedRecord:
    citation = entry.find("MedlineCitation")
    article = citation.find("Article") if citation is not None else None
    if citation is None or article is None:
        raise PubmedError("a PubmedArticle without MedlineCitation/Article")
    title = _text(article.find("ArticleTitle")) or _text(article.find("VernacularTitle"))
    if not title:
        raise PubmedError(f"PMID {_text(citation.find('PMID'))}: no ArticleTitle")
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    sections: list[tuple[str, str]] = []
    truncated = False
    abstract = article.find("Abstract")
    for part in abstract.findall("AbstractText") if abstract is not None else []:
        text = _text(part)
        if _TRUNCATED.search(text):
            truncated = True
            text = _TRUNCATED.sub("", text).rstrip()
        if text:
            sections.append((_label(part.get("Label") or ""), text))
    journal = article.find("Journal")
    issue = journal.find("JournalIssue") if journal is not None else None
    authors, surname = _authors(article.find("AuthorList"))
    ids = {
        (a.get("IdType") or "").lower(): _text(a)
        for a in entry.findall("PubmedData/ArticleIdList/ArticleId")
    }
    elocation_doi = next(
        (_text(e) for e in article.findall("ELocationID") if e.get("EIdType") == "doi"), None
    )
    pmcid = ids.get("pmc") or None
    return PubmedRecord(
        pmid=_text(citation.find("PMID")) or ids.get("pubmed") or None,
        title=title,
        sections=tuple(sections),
        authors=authors,
        journal=_text(journal.find("Title")) if journal is not None else None,
        year=_year(issue, article),
        volume=_text(issue.find("Volume") if issue is not None else None) or None,
        issue=_text(issue.find("Issue") if issue is not None else None) or None,
        pages=_text(article.find("Pagination/MedlinePgn")) or None,
        doi=elocation_doi or ids.get("doi") or None,
        pmcid=pmcid if not pmcid or pmcid.upper().startswith("PMC") else f"PMC{pmcid}",
        copyright=_text(abstract.find("CopyrightInformation") if abstract is not None else None)
        or None,
        truncated=truncated,
        first_author_surname=surname,
    )


def _text(element: ET.Element | None) -> str:
    """All text inside an element (inline <i>, <sup>… included), whitespace collapsed."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _label(label: str) -> str:
    """ "MAIN METHODS" → "Main methods"; a label in mixed case is kept as it is."""
    label = " ".join(label.split())
    return label[:1] + label[1:].lower() if label.isupper() else label


def _authors(author_list: ET.Element | None) -> tuple[tuple[str, ...], str | None]:
    """Authors in citation form ("Müller K"), and the first author's surname."""
    names: list[str] = []
    surname: str | None = None
    for author in author_list.findall("Author") if author_list is not None else []:
        if author.get("ValidYN", "Y") != "Y":
            continue
        last = _text(author.find("LastName"))
        collective = _text(author.find("CollectiveName"))
        initials = _text(author.find("Initials")) or _initials(_text(author.find("ForeName")))
        name = " ".join(x for x in (last, initials) if x) or collective
        if name:
            names.append(name)
            surname = surname or last or collective
    return tuple(names), surname


def _initials(forename: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s-]+", forename) if part)


def _year(issue: ET.Element | None, article: ET.Element) -> int | None:
    """PubDate/Year, else the first year in MedlineDate ("2019 Dec-2020 Jan"), else the
    electronic publication date."""
    candidates = []
    if issue is not None:
        candidates += [_text(issue.find("PubDate/Year")), _text(issue.find("PubDate/MedlineDate"))]
    candidates.append(_text(article.find("ArticleDate/Year")))
    for text in candidates:
        found = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
        if found:
            return int(found.group(1))
    return None


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits: "Müller" → "muller", "Øster" → "oster"."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ø", "o"))
    folded = folded.replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
    return re.sub(r"[^a-z0-9]+", "-", folded.encode("ascii", "ignore").decode().lower()).strip("-")


def record_id(record: PubmedRecord) -> str:
    """`<firstauthor><year>-<slug>`: the first two telling title words, e.g.
    "muller2021-raises-endorphin" (staff may rename the file and its id before ingest)."""
    author = ascii_slug(record.first_author_surname or "").replace("-", "") or "anon"
    year = str(record.year) if record.year else "nd"
    words = [w for w in ascii_slug(record.title).split("-") if w and w not in _GENERIC]
    slug = "-".join(words[:2]) or (f"pmid{record.pmid}" if record.pmid else "record")
    return f"{author}{year}-{slug}"


def render_record(
    record: PubmedRecord, doc_id: str, source: str, evidence: str | None = None
) -> str:
    """The corpus file for one record: front matter, then the abstract as Markdown."""
    missing = None
    if not record.has_abstract:
        missing = NO_ABSTRACT
    elif record.truncated:
        missing = "the end of the abstract: PubMed truncated it (ABSTRACT TRUNCATED)"
    notes = [f"Imported from PubMed XML ({source}) on {date.today().isoformat()}."]
    if record.copyright:
        notes.append(f"Copyright line in the record: {record.copyright}")
    if not record.pmcid:
        notes.append("No PMCID in the record.")
    fields: list[tuple[str, object]] = [
        ("title", record.title),
        ("authors", list(record.authors)),
        ("journal", record.journal),
        ("year", record.year),
        ("volume", _number_or_text(record.volume)),
        ("issue", _number_or_text(record.issue)),
        ("pages", record.pages),
        ("doi", record.doi),
        ("pmid", record.pmid),
        ("pmcid", record.pmcid),
        ("url", record.url),
        ("evidence", evidence or UNKNOWN_EVIDENCE),
        ("license", "publisher abstract, quoted for reference"),
        (
            "retrieved_from",
            f"https://pubmed.ncbi.nlm.nih.gov/{record.pmid}/" if record.pmid else None,
        ),
        ("complete", missing is None),
    ]
    if missing:
        fields.append(("missing", missing))
    fields.append(("notes", " ".join(notes)))
    lines = [
        "---",
        f"id: {doc_id}",  # ids are [a-z0-9-]: plain, as in the hand-written files
        "kind: abstract",
        *(_yaml_field(k, v) for k, v in fields),
        "---",
        "",
    ]
    body: list[str] = []
    for label, text in record.sections:
        if label:
            body += [f"## {label}", ""]
        body += [text, ""]
    return "\n".join(lines + body).rstrip("\n") + "\n"


def _number_or_text(value: str | None) -> int | str | None:
    return int(value) if value and value.isdigit() else value


def _yaml_field(key: str, value: object) -> str:
    """One front-matter line; strings double-quoted (JSON strings are YAML), UTF-8 kept."""
    if isinstance(value, list):
        if not value:
            return f"{key}: []"
        return f"{key}:\n" + "\n".join(f"  - {json.dumps(v, ensure_ascii=False)}" for v in value)
    if value is None:
        return f"{key}: null"
    if isinstance(value, bool):
        return f"{key}: {'true' if value else 'false'}"
    if isinstance(value, int):
        return f"{key}: {value}"
    return f"{key}: {json.dumps(str(value), ensure_ascii=False)}"


def normalise_doi(doi: object) -> str | None:
    """A DOI compared case-insensitively, without a resolver prefix."""
    if not isinstance(doi, str) or not doi.strip():
        return None
    text = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", doi.strip(), flags=re.I)
    return text.lower()


def plan_import(
    records: Sequence[PubmedRecord], corpus_dir: Path, source: str, *, force: bool = False
) -> list[PlannedFile]:
    """What importing `records` into `corpus_dir` would do; nothing is written here.

    A record whose id or DOI is already in the corpus is refused unless `force`; with
    `force`, it replaces that document's file and keeps its id and evidence label.
    """
    corpus = read_corpus(corpus_dir)
    by_id = {d.id: d for d in corpus.documents}
    by_doi = {normalise_doi(d.doi): d for d in corpus.documents if normalise_doi(d.doi)}
    planned: list[PlannedFile] = []
    seen: dict[str, str] = {}  # ids and DOIs planned earlier in this file
    for record in records:
        doc_id = record_id(record)
        doi = normalise_doi(record.doi)
        existing = by_doi.get(doi) if doi else None
        existing = existing or by_id.get(doc_id)
        path = corpus_dir / f"{doc_id}.md"
        clash = seen.get(doc_id) or (seen.get(f"doi:{doi}") if doi else None)
        if clash:
            planned.append(
                PlannedFile(record, doc_id, path, "refuse", f"repeats {clash} in this file")
            )
            continue
        seen[doc_id] = f"record {record.pmid or doc_id}"
        if doi:
            seen[f"doi:{doi}"] = f"record {record.pmid or doc_id}"
        evidence = None
        if existing is not None:
            what = "DOI" if doi and normalise_doi(existing.doi) == doi else "id"
            if not force:
                reason = f"the corpus already has this {what}: {existing.id} ({existing.path})"
                planned.append(
                    PlannedFile(record, doc_id, path, "refuse", reason + "; use --force")
                )
                continue
            doc_id, path = existing.id, Path(existing.path)
            if existing.evidence and existing.evidence != UNKNOWN_EVIDENCE:
                evidence = existing.evidence
            action, reason = "replace", f"replaces {existing.id} (--force)"
        elif path.exists():
            if not force:
                planned.append(
                    PlannedFile(record, doc_id, path, "refuse", f"{path} exists; use --force")
                )
                continue
            action, reason = "replace", f"overwrites {path} (--force)"
        else:
            action, reason = "write", ""
        text = render_record(record, doc_id, source, evidence)
        planned.append(PlannedFile(record, doc_id, path, action, reason, text))
    return planned


def import_pubmed_xml(
    xml_path: Path | str, corpus_dir: Path | str, *, force: bool = False
) -> ImportReport:
    """Import every article of a PubMed XML file; if any record is refused, nothing is written."""
    xml_path, corpus_dir = Path(xml_path), Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(corpus_dir, "corpus directory does not exist")
    try:
        data = xml_path.read_bytes()
    except OSError as exc:
        raise PubmedError(f"{xml_path}: cannot read file: {exc}") from exc
    records, skipped = parse_pubmed_xml(data)
    report = ImportReport(plan_import(records, corpus_dir, xml_path.name, force=force), skipped)
    if report.refused:
        return report
    for planned in report.planned:
        planned.path.write_text(planned.text, encoding="utf-8")
        parse_document(planned.path)  # the file we wrote must load like any corpus file
    return report


def describe(report: ImportReport) -> Iterable[str]:
    """One line per record, for the command line."""
    for planned in report.planned:
        tail = f" ({planned.reason})" if planned.reason else ""
        incomplete = "" if planned.record.has_abstract else " — no abstract, complete: false"
        verb = {"write": "wrote", "replace": "replaced", "refuse": "REFUSED"}[planned.action]
        if report.refused and planned.action != "refuse":
            verb = "not written"
        yield f"{verb} {planned.path}{incomplete}{tail}"
    for note in report.skipped:
        yield f"skipped {note}"
