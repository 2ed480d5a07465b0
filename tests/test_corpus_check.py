"""`assistant corpus check`: errors that stop a corpus, warnings staff should know about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.corpus import read_corpus
from assistant.corpus_check import (
    ERROR,
    WARNING,
    article_references,
    check_corpus,
    default_eval_paths,
    eval_questions,
    never_retrieved,
    run_check,
)

FIXTURES = Path(__file__).resolve().parent / "data" / "pubmed"


def codes(findings) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in findings:
        out.setdefault(f.code, set()).add(f.subject)
    return out


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_real_corpus_has_warnings_and_no_errors(corpus_dir):
    findings = check_corpus(read_corpus(corpus_dir))
    assert not [f for f in findings if f.level == ERROR]
    found = codes(findings)
    assert found == {"incomplete": {"aboalsoud2020-ehrlich", "donahue2011-ovarian"}}
    ehrlich = next(f for f in findings if f.subject == "aboalsoud2020-ehrlich")
    assert "Significance section" in ehrlich.message  # its `missing` field, in full


def test_the_article_reference_list_is_read(corpus_dir):
    article = read_corpus(corpus_dir).by_id()["article"]
    refs = article_references(article)
    assert sorted(refs) == [1, 2, 3, 4, 5] and "doi:10.1258/ebm.2011.011096" in refs[5]


def test_duplicate_dois_and_broken_files_are_errors(corpus_dir):
    copy = corpus_dir / "liu-copy.md"
    copy.write_text(
        (corpus_dir / "liu2016-gene-expression.md")
        .read_text(encoding="utf-8")
        .replace("id: liu2016-gene-expression", "id: liu-copy")
        .replace('doi: "10.3892/ijo.2016.3567"', 'doi: "https://doi.org/10.3892/IJO.2016.3567"'),
        encoding="utf-8",
    )
    (corpus_dir / "broken.md").write_text("---\nid: [\n---\n", encoding="utf-8")
    findings = check_corpus(read_corpus(corpus_dir))
    errors = [f for f in findings if f.level == ERROR]
    assert {f.code for f in errors} == {"duplicate-doi", "broken-file"}
    duplicate = next(f for f in errors if f.code == "duplicate-doi")
    assert duplicate.subject == "10.3892/ijo.2016.3567"
    assert "liu2016-gene-expression" in duplicate.message and "liu-copy" in duplicate.message
    assert findings[: len(errors)] == errors  # errors first


def test_references_with_no_corpus_document(corpus_dir):
    (corpus_dir / "ma2020-colorectal.md").unlink()
    article = corpus_dir / "ldn-cancer-article.md"
    edit(article, "  5: donahue2011-ovarian\n", "")
    edit(
        article,
        "leading to improved cell killing and reduced tumor growth.[4-5]",
        "leading to improved cell killing and reduced tumor growth.[4-6]",
    )
    found = {f.subject: f for f in check_corpus(read_corpus(corpus_dir))}
    assert found["article [1]"].code == "reference-without-document"
    assert "maps to 'ma2020-colorectal', which is not in the corpus" in found["article [1]"].message
    unmapped = found["article [5]"]
    assert unmapped.code == "reference-without-document" and unmapped.level == WARNING
    assert "add `5: donahue2011-ovarian`" in unmapped.message  # found by the DOI it lists
    assert found["article [6]"].code == "marker-without-reference"


def test_a_mapping_that_contradicts_the_reference_list_and_a_malformed_one(corpus_dir):
    article = corpus_dir / "ldn-cancer-article.md"
    edit(
        article,
        "  1: ma2020-colorectal\n  2: ciwun2024-adjuvant\n",
        "  1: ciwun2024-adjuvant\n  2: ma2020-colorectal\n",
    )
    found = codes(check_corpus(read_corpus(corpus_dir)))
    assert found["reference-doi-mismatch"] == {"article [1]", "article [2]"}
    edit(article, "references:\n", "references: [oops]\nunused:\n")
    findings = check_corpus(read_corpus(corpus_dir))
    assert [f.code for f in findings if f.level == ERROR] == ["references-malformed"]


def test_a_fresh_pubmed_import_needs_an_evidence_label(corpus_dir):
    from assistant.pubmed import import_pubmed_xml

    import_pubmed_xml(FIXTURES / "no_abstract.xml", corpus_dir)
    found = codes(check_corpus(read_corpus(corpus_dir)))
    assert "okafor2019-pancreatic-letter" in found["no-evidence-label"]
    assert "okafor2019-pancreatic-letter" in found["incomplete"]


def test_documents_no_question_retrieves(corpus_dir):
    corpus = read_corpus(corpus_dir)
    tops = {"colon": ["ma2020-colorectal", "article"], "genes": ["liu2016-gene-expression"]}
    findings = never_retrieved(corpus.documents, ["colon", "genes"], lambda q: tops[q])
    assert {f.subject for f in findings} == {
        "aboalsoud2020-ehrlich",
        "ciwun2024-adjuvant",
        "donahue2011-ovarian",
    }
    ovarian = next(f for f in findings if f.subject == "donahue2011-ovarian")
    assert "no text to retrieve" in ovarian.message and "2 eval questions" in ovarian.message


def test_eval_questions_are_the_ones_meant_to_be_answered():
    questions = eval_questions(default_eval_paths())
    assert "What are reported side effects of LDN?" in questions  # public qa
    assert "When was naltrexone first developed?" in questions  # qa_dev
    assert "What LDN dose should I take for my prostate cancer?" not in questions  # refuse
    assert not any("world cup" in q.lower() for q in questions)  # out of scope
    assert len(questions) > 100


def test_the_check_command_exit_codes(corpus_dir):
    runner = CliRunner()
    args = ["corpus", "check", "--no-retrieval", "--corpus-dir", str(corpus_dir)]
    clean = runner.invoke(app, args)
    assert clean.exit_code == 0, clean.output
    assert "0 errors, 2 warnings in 6 documents" in clean.output
    assert "WARNING incomplete" in clean.output
    as_json = runner.invoke(app, [*args, "--json"])
    rows = [json.loads(line) for line in as_json.output.splitlines() if line.startswith("{")]
    assert {r["code"] for r in rows} == {"incomplete"}
    (corpus_dir / "broken.md").write_text("no front matter\n", encoding="utf-8")
    broken = runner.invoke(app, args)
    assert broken.exit_code == 1 and "ERROR   broken-file" in broken.output


@pytest.mark.slow
def test_with_the_real_retrieval_only_the_missing_abstract_is_never_retrieved(corpus_dir, embedder):
    findings = run_check(
        read_corpus(corpus_dir), eval_paths=default_eval_paths(), embedder=embedder
    )
    assert codes(findings)["never-retrieved"] == {"donahue2011-ovarian"}
