"""Claim checks: the article's reference markers linked to the cited abstracts, what each
cited study says shown verbatim under the article's quote, and the preclinical sentence."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from assistant.chunking import split_sentences
from assistant.citations import number_sources, renumber, verify_quotes
from assistant.claims import (
    CLAIM_TABLE_COLUMNS,
    CUT,
    CUT_SHORT,
    MISSING,
    NOT_IN_CORPUS,
    QUOTED,
    UNMAPPED,
    ReferenceMapError,
    build_claim_map,
    claim_table,
    format_claims,
    format_refs,
    reference_map,
)
from assistant.compose import ExtractiveComposer
from assistant.compose.base import render_quotes
from assistant.corpus import load_corpus
from assistant.embedding import HashingEmbedder
from assistant.evidence import PRECLINICAL_NOTE, evidence_notes, is_preclinical
from assistant.retrieval import Retrieval, ScoredSentence
from assistant.types import Citation

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
OGFR = "Bax/Bcl-2/caspase-3/PARP signaling pathway"
PRE_TREATMENT = "Pre-treatment with LDN can increase the sensitivity"


@pytest.fixture(scope="module")
def documents():
    return load_corpus(CORPUS).by_id()


@pytest.fixture(scope="module")
def hashed_map(documents):
    """A claim map built with the deterministic fake embedder: structure, not relevance."""
    return build_claim_map(documents, HashingEmbedder().embed)


def claim_with(claim_map, words: str):
    return next(c for c in claim_map.claims if words in c.marked.text)


def sentence_with(doc, words: str):
    return next(s for s in split_sentences(doc) if words in s.text)


def test_the_articles_reference_list_is_mapped_in_its_front_matter(documents):
    assert reference_map(documents["article"]) == {
        1: "ma2020-colorectal",
        2: "ciwun2024-adjuvant",
        3: "aboalsoud2020-ehrlich",
        4: "liu2016-gene-expression",
        5: "donahue2011-ovarian",
    }


def test_the_claim_map_of_the_real_article(hashed_map, documents):
    assert [c.marker for c in hashed_map.claims] == ["[1]", "[1-3]", "[4]", "[4-5]"]
    ogfr = claim_with(hashed_map, OGFR)
    assert ogfr.refs == (1, 2, 3) and ogfr.section == "Opioid Growth Factor Receptor (OGFr) Pathway"
    assert [s.source_id for s in ogfr.support] == [
        "ma2020-colorectal",
        "ciwun2024-adjuvant",
        "aboalsoud2020-ehrlich",
    ]
    assert [s.status for s in ogfr.support] == [QUOTED, QUOTED, CUT]
    assert ogfr.support[2].note == CUT_SHORT
    # the marker covers its paragraph: "This upregulation…" needs the sentence before it
    body = documents["article"].body
    assert ogfr.text(body).startswith("LDN intermittently blocks opioid receptors")
    assert len(ogfr.sentences) == 2

    combined = claim_with(hashed_map, PRE_TREATMENT)
    assert combined.refs == (4, 5)
    liu, donahue = combined.support
    assert (liu.source_id, liu.status) == ("liu2016-gene-expression", QUOTED)
    assert (donahue.source_id, donahue.status, donahue.sentence) == (
        "donahue2011-ovarian",
        MISSING,
        None,
    )
    assert donahue.note == NOT_IN_CORPUS


def test_every_supporting_sentence_is_verbatim_in_its_abstract(hashed_map, documents):
    for claim in hashed_map.claims:
        assert documents["article"].body[claim.marked.start : claim.marked.end] == claim.marked.text
        for support in claim.support:
            if support.sentence is not None:
                body = documents[support.source_id].body
                assert body[support.sentence.start : support.sentence.end] == support.sentence.text


def test_a_structured_abstract_is_quoted_from_its_findings(hashed_map):
    ehrlich = claim_with(hashed_map, OGFR).support[2]
    assert ehrlich.sentence.section == "Key findings"


def test_a_reference_with_no_corpus_document_is_unmapped_not_guessed(documents):
    article = documents["article"]
    meta = dict(article.meta, references={1: "ma2020-colorectal", 2: "no-such-study"})
    docs = dict(documents, article=replace(article, meta=meta))
    claim_map = build_claim_map(docs, HashingEmbedder().embed)
    statuses = {s.reference: s.status for s in claim_with(claim_map, OGFR).support}
    assert statuses == {1: QUOTED, 2: UNMAPPED, 3: UNMAPPED}
    rows = [r for r in claim_map.rows(docs) if r.status == UNMAPPED]
    assert rows and all(r.supporting == "" for r in rows)


def test_a_malformed_reference_map_is_an_error_but_does_not_stop_the_assistant(documents):
    article = documents["article"]
    broken = replace(article, meta=dict(article.meta, references=["ma2020-colorectal"]))
    with pytest.raises(ReferenceMapError):
        reference_map(broken)
    claim_map = build_claim_map(dict(documents, article=broken), HashingEmbedder().embed)
    assert {s.status for c in claim_map.claims for s in c.support} == {UNMAPPED}


@pytest.mark.parametrize(
    ("refs", "text"),
    [((1,), "[1]"), ((1, 2, 3), "[1-3]"), ((4, 5), "[4-5]"), ((1, 3, 4), "[1,3-4]")],
)
def test_markers_are_written_as_the_article_writes_them(refs, text):
    assert format_refs(refs) == text


def test_an_unverifiable_supporting_quote_is_dropped_and_its_parent_kept(documents):
    article, ma, ovarian = (
        documents["article"],
        documents["ma2020-colorectal"],
        documents["donahue2011-ovarian"],
    )
    claim = sentence_with(article, OGFR)
    (parent,), _ = number_sources([(article, claim.text, claim.start, 1.0)])
    real = sentence_with(ma, "upregulate expression of the opioid growth factor receptor")
    good = Citation(0, ma.id, ma.title, real.text, ma.link, ma.evidence, real.start, real.end)
    forged = replace(good, quote=good.quote.replace("upregulate", "downregulate"))
    note_only = Citation(0, ovarian.id, ovarian.title, "", None, None, 0, 0, note=NOT_IN_CORPUS)
    note_for_quotable = replace(note_only, source_id=ma.id)
    parent = replace(parent, supporting=(good, forged, note_only, note_for_quotable))
    verified, rejected = verify_quotes([parent], documents)
    assert not rejected
    assert [s.source_id for s in verified[0].supporting] == [ma.id, ovarian.id]
    assert verified[0].supporting[0].quote == real.text


def test_sources_are_numbered_in_reading_order_with_supporting_quotes(documents, hashed_map):
    article, liu = documents["article"], documents["liu2016-gene-expression"]
    claim = sentence_with(article, PRE_TREATMENT)
    study = sentence_with(liu, "BAD and BIK1")
    citations, _ = number_sources(
        [(article, claim.text, claim.start, 1.0), (liu, study.text, study.start, 0.9)]
    )
    supported = hashed_map.support(citations, documents)
    numbered, sources = renumber(supported, documents)
    assert [s.id for s in sources] == ["article", liu.id, "donahue2011-ovarian"]
    assert [s.number for s in numbered[0].supporting] == [2, 3]
    assert numbered[1].number == 2  # the main Liu quote keeps the number its source got
    markdown = render_quotes(numbered)
    assert "What the cited studies say:" in markdown
    assert f"[3] — *{NOT_IN_CORPUS}*" in markdown


def test_support_goes_under_the_marked_sentence_once(documents, hashed_map):
    article = documents["article"]
    first = sentence_with(article, "LDN intermittently blocks opioid receptors")
    marked = sentence_with(article, OGFR)
    citations, _ = number_sources(
        [(article, first.text, first.start, 1.0), (article, marked.text, marked.start, 0.9)]
    )
    supported = hashed_map.support(citations, documents)
    assert not supported[0].supporting and len(supported[1].supporting) == 3
    # a sentence the marker covers brings the support when the marked one is not quoted
    assert len(hashed_map.support(citations[:1], documents)[0].supporting) == 3


def test_the_preclinical_sentence_only_when_every_cited_study_is_preclinical(documents):
    def cite(*ids):
        return [Citation(i + 1, d, "", "x", None, None, 0, 1) for i, d in enumerate(ids)]

    assert is_preclinical(documents["ma2020-colorectal"])
    assert is_preclinical(documents["ciwun2024-adjuvant"])  # `preclinical: true`: a review of them
    assert not is_preclinical(documents["article"])
    both = cite("article", "ma2020-colorectal", "ciwun2024-adjuvant")
    assert evidence_notes(both, documents) == (PRECLINICAL_NOTE,)
    assert evidence_notes(cite("article"), documents) == ()  # the article alone is not evidence
    trial = replace(
        documents["liu2016-gene-expression"], id="trial", evidence="randomised trial in patients"
    )
    mixed = cite("ma2020-colorectal", "trial")
    assert evidence_notes(mixed, dict(documents, trial=trial)) == ()
    # a supporting quote counts as evidence as much as a main one
    nested = [replace(cite("article")[0], supporting=tuple(cite("liu2016-gene-expression")))]
    assert evidence_notes(nested, documents) == (PRECLINICAL_NOTE,)


def test_the_composer_shows_the_missing_abstract_and_the_preclinical_sentence(
    documents, hashed_map
):
    marked = sentence_with(documents["article"], PRE_TREATMENT)
    retrieval = Retrieval("q", (), (ScoredSentence(marked, 1.0, 0.9, 1.0, 1.0),), 0.9)
    composition = ExtractiveComposer(claims=hashed_map).compose(
        "Can LDN make chemotherapy work better?", retrieval, documents
    )
    assert composition is not None
    (quote,) = composition.citations
    assert quote.source_id == "article" and [s.source_id for s in quote.supporting] == [
        "liu2016-gene-expression",
        "donahue2011-ovarian",
    ]
    assert NOT_IN_CORPUS in composition.markdown
    assert PRECLINICAL_NOTE in composition.markdown
    assert [s.id for s in composition.sources] == [
        "article",
        "liu2016-gene-expression",
        "donahue2011-ovarian",
    ]
    without = ExtractiveComposer().compose("q", retrieval, documents)
    assert not without.citations[0].supporting and "What the cited" not in without.markdown


def test_the_claims_table_as_text_names_the_missing_and_the_cut_short(hashed_map, documents):
    text = format_claims(hashed_map, documents)
    assert "Claim 2 · Opioid Growth Factor Receptor (OGFr) Pathway · cites [1-3]" in text
    assert "[5] donahue2011-ovarian (preclinical: ovarian cancer cells" in text
    assert NOT_IN_CORPUS in text and CUT_SHORT in text


# --- with the real model ---------------------------------------------------------------


@pytest.mark.slow
def test_the_best_supporting_sentences_under_the_real_model(embedder, documents):
    claim_map = build_claim_map(documents, embedder.embed)
    ogfr = claim_with(claim_map, OGFR)
    chosen = {s.source_id: s.sentence.text for s in ogfr.support}
    assert chosen["ma2020-colorectal"].startswith("LDN was able to upregulate expression of the")
    assert chosen["ciwun2024-adjuvant"].startswith("The mechanism of action of LDN depends")
    assert chosen["aboalsoud2020-ehrlich"].startswith("LDN led to significant increase in OGFr")
    liu = claim_with(claim_map, PRE_TREATMENT).support[0]
    assert liu.sentence.text.startswith(
        "Furthermore, cells pre-treated with LDN were more sensitive"
    )


@pytest.mark.slow
def test_an_answer_about_the_ogfr_pathway_shows_what_the_cited_studies_say(shared_assistant):
    answer = shared_assistant.ask("How does the OGFr pathway work?")
    documents = shared_assistant.corpus.by_id()
    assert answer.kind == "answer"
    supporting = [s for c in answer.citations for s in c.supporting]
    assert {s.source_id for s in supporting} == {
        "ma2020-colorectal",
        "ciwun2024-adjuvant",
        "aboalsoud2020-ehrlich",
    }
    for s in supporting:
        assert documents[s.source_id].body[s.start : s.end] == s.quote
        assert f"“{s.quote}” [{s.number}]" in answer.answer.replace("\\", "")
    assert "What the cited studies say:" in answer.answer
    assert CUT_SHORT in answer.answer  # the Ehrlich abstract
    assert PRECLINICAL_NOTE in answer.answer
    logged = answer.to_json()["citations"]
    assert any(c["supporting"] for c in logged)


@pytest.mark.slow
def test_no_preclinical_sentence_when_only_the_article_speaks(shared_assistant):
    answer = shared_assistant.ask("What are the side effects of LDN?")
    assert answer.kind == "answer" and {c.source_id for c in answer.citations} == {"article"}
    assert PRECLINICAL_NOTE not in answer.answer


@pytest.mark.slow
def test_the_staff_console_table(shared_assistant):
    rows = claim_table(shared_assistant)
    assert rows and set(rows[0]) == set(CLAIM_TABLE_COLUMNS)
    by_ref = {(r["marker"], r["reference"]): r for r in rows}
    assert by_ref[("[4-5]", 5)]["status"] == MISSING and by_ref[("[4-5]", 5)]["supporting"] == ""
    assert by_ref[("[1-3]", 3)]["status"] == CUT
    for row in rows:
        if row["supporting"]:
            body = shared_assistant.corpus.by_id()[row["source_id"]].body
            assert body[row["supporting_start"] : row["supporting_end"]] == row["supporting"]


@pytest.mark.slow
def test_the_claims_command(corpus_dir):
    import json

    from typer.testing import CliRunner

    from assistant.cli import app

    text = CliRunner().invoke(app, ["claims", "--corpus-dir", str(corpus_dir)])
    assert text.exit_code == 0, text.output
    assert "cites [1-3]" in text.output and NOT_IN_CORPUS in text.output
    rows = CliRunner().invoke(app, ["claims", "--json", "--corpus-dir", str(corpus_dir)])
    assert rows.exit_code == 0, rows.output
    # stdout only: a library may write a warning to stderr, which `output` interleaves
    parsed = [json.loads(line) for line in rows.stdout.splitlines() if line.strip()]
    assert len(parsed) == 7 and {p["source_id"] for p in parsed} >= {"donahue2011-ovarian"}
