"""`assistant add --pubmed-xml`: PubMed XML records become corpus files like the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.chunking import split_sentences
from assistant.cli import app
from assistant.corpus import load_corpus, parse_document
from assistant.pubmed import (
    NO_ABSTRACT,
    UNKNOWN_EVIDENCE,
    PubmedError,
    import_pubmed_xml,
    parse_pubmed_xml,
    record_id,
)

FIXTURES = Path(__file__).resolve().parent / "data" / "pubmed"
STRUCTURED = FIXTURES / "structured.xml"
NO_ABSTRACT_XML = FIXTURES / "no_abstract.xml"
TWO_RECORDS = FIXTURES / "two_records.xml"


def test_a_structured_abstract_keeps_its_labels_and_its_non_ascii_text():
    (record,), skipped = parse_pubmed_xml(STRUCTURED.read_bytes())
    assert not skipped
    assert record.pmid == "99000001" and record.pmcid == "PMC9900001"
    assert record.doi == "10.9999/jmor.2021.0042" and record.year == 2021
    assert record.title == (
        "Low-dose naltrexone raises β-endorphin signalling in murine melanoma: a made-up record"
    )
    assert [label for label, _ in record.sections] == [
        "Background",
        "Main methods",
        "Results",
        "Conclusions",
    ]
    assert record.authors == ("Müller K", "Ødegård S", "LDN Melanoma Study Group")
    assert "(p < 0.05)" in record.sections[2][1]  # inline <i>p</i> and &lt; kept as text
    assert record_id(record) == "muller2021-raises-endorphin"


def test_importing_writes_a_utf8_corpus_file_that_loads_like_the_others(corpus_dir):
    report = import_pubmed_xml(STRUCTURED, corpus_dir)
    (planned,) = report.written
    path = corpus_dir / "muller2021-raises-endorphin.md"
    assert planned.path == path and not report.refused
    raw = path.read_bytes().decode("utf-8")
    assert "Müller K" in raw and "β-endorphin" in raw and "TNF-α" in raw and "\\u" not in raw
    doc = parse_document(path)
    assert doc.id == "muller2021-raises-endorphin" and doc.kind == "abstract"
    assert doc.complete and doc.missing is None and doc.evidence == UNKNOWN_EVIDENCE
    assert doc.journal == "Journal of Made-up Oncology Research" and doc.year == 2021
    assert doc.meta["pmid"] == "99000001" and doc.meta["volume"] == 12 and doc.meta["issue"] == 4
    assert doc.link == "https://doi.org/10.9999/jmor.2021.0042"
    assert "## Results\n\nLDN increased serum β-endorphin by 40%" in doc.body
    sections = {s.section for s in split_sentences(doc)}
    assert sections == {"Background", "Main methods", "Results", "Conclusions"}
    # the same front-matter fields, in the same order, as the hand-made abstracts
    liu = load_corpus(corpus_dir).by_id()["liu2016-gene-expression"]
    fields = [k for k in liu.meta if k not in ("cross_checked_with",)]
    assert list(doc.meta)[: len(fields) - 1] == [k for k in fields if k != "notes"]


def test_a_record_without_an_abstract_is_marked_incomplete(corpus_dir):
    import_pubmed_xml(NO_ABSTRACT_XML, corpus_dir)
    doc = parse_document(corpus_dir / "okafor2019-pancreatic-letter.md")
    assert not doc.complete and doc.missing == NO_ABSTRACT and not doc.quotable
    assert doc.year == 2019  # from MedlineDate "2019 Dec-2020 Jan"
    assert doc.doi is None and doc.link == "https://pubmed.ncbi.nlm.nih.gov/99000002/"
    assert doc.meta["authors"] == ["Okafor CA"] and doc.meta["pages"] == "55-6"


def test_an_existing_doi_is_refused_and_nothing_is_written(corpus_dir):
    before = sorted(p.name for p in corpus_dir.iterdir())
    report = import_pubmed_xml(TWO_RECORDS, corpus_dir)
    (refused,) = report.refused
    assert refused.record.pmid == "99000004"  # the DOI of liu2016, in upper case
    assert "liu2016-gene-expression" in refused.reason and "--force" in refused.reason
    assert sorted(p.name for p in corpus_dir.iterdir()) == before


def test_force_replaces_the_document_keeping_its_id_and_evidence(corpus_dir):
    report = import_pubmed_xml(TWO_RECORDS, corpus_dir, force=True)
    assert {p.action for p in report.planned} == {"write", "replace"}
    corpus = load_corpus(corpus_dir)
    liu = corpus.by_id()["liu2016-gene-expression"]
    assert liu.body.strip().startswith("A made-up stand-in") and liu.meta["pmid"] == "99000004"
    assert liu.evidence == "preclinical: cancer cell lines in culture"
    assert "garcialopez2018-glioma-cell" in corpus.by_id()


def test_the_same_file_twice_is_refused_by_id(corpus_dir):
    import_pubmed_xml(STRUCTURED, corpus_dir)
    again = import_pubmed_xml(STRUCTURED, corpus_dir)
    assert again.refused and "already has this DOI" in again.refused[0].reason


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"not xml at all", "not well-formed XML"),
        (b"<eSearchResult><Count>0</Count></eSearchResult>", "expected a PubmedArticleSet"),
        (b"<PubmedArticleSet></PubmedArticleSet>", "holds no PubmedArticle"),
    ],
)
def test_what_is_not_a_pubmed_export_is_said_plainly(data, problem):
    with pytest.raises(PubmedError, match=problem):
        parse_pubmed_xml(data)


def test_the_add_command(corpus_dir):
    runner = CliRunner()
    ok = runner.invoke(
        app, ["add", "--pubmed-xml", str(STRUCTURED), "--corpus-dir", str(corpus_dir)]
    )
    assert ok.exit_code == 0, ok.output
    assert "wrote" in ok.output and "muller2021-raises-endorphin.md" in ok.output
    refused = runner.invoke(
        app, ["add", "--pubmed-xml", str(TWO_RECORDS), "--corpus-dir", str(corpus_dir)]
    )
    assert refused.exit_code == 1 and "REFUSED" in refused.output
    forced = runner.invoke(
        app,
        ["add", "--pubmed-xml", str(TWO_RECORDS), "--corpus-dir", str(corpus_dir), "--force"],
    )
    assert forced.exit_code == 0 and "replaced" in forced.output
    broken = runner.invoke(
        app,
        [
            "add",
            "--pubmed-xml",
            str(corpus_dir / "ldn-cancer-article.md"),
            "--corpus-dir",
            str(corpus_dir),
        ],
    )
    assert broken.exit_code == 2 and "not well-formed XML" in broken.output
