"""Retrieval and extractive answers on labelled questions: the quality bar of the product."""

from __future__ import annotations

import pytest
from conftest import DATA

from assistant.evaluation import check, load_jsonl

pytestmark = pytest.mark.slow


def shares(assistant, rows):
    source = phrase = 0
    for row in rows:
        answer = assistant.ask(row["question"], row.get("history", []))
        _, facts = check("qa", row, answer)
        source += facts["gold source cited"]
        phrase += facts["gold phrase quoted"]
    return source / len(rows), phrase / len(rows)


@pytest.mark.parametrize(
    ("name", "min_source", "min_phrase"),
    [("public/qa.jsonl", 0.97, 0.85), ("qa_dev.jsonl", 0.95, 0.85), ("followups.jsonl", 0.9, 0.8)],
)
def test_gold_sources_are_cited_and_gold_phrases_quoted(
    shared_assistant, name, min_source, min_phrase
):
    source, phrase = shares(shared_assistant, load_jsonl(DATA / name))
    assert source >= min_source and phrase >= min_phrase, (source, phrase)


def test_an_answer_quotes_one_to_four_distinct_verbatim_sentences_most_relevant_first(
    shared_assistant,
):
    answer = shared_assistant.ask("What are reported side effects of LDN?")
    assert answer.kind == "answer"
    assert 1 <= len(answer.citations) <= 4
    quotes = [c.quote for c in answer.citations]
    assert len(set(quotes)) == len(quotes)
    assert "Vivid dreams" in quotes
    body = {d.id: d.body for d in shared_assistant.corpus.documents}
    assert all(c.quote in body[c.source_id] for c in answer.citations)
    # the answer shows the quotes with their numbers and a Sources list with evidence labels
    assert "**Sources**" in answer.answer and "Evidence: educational article" in answer.answer


def test_a_question_naming_a_study_is_answered_from_that_study(shared_assistant):
    answer = shared_assistant.ask("Which genes did the 2016 gene expression study find increased?")
    assert answer.citations[0].source_id == "liu2016-gene-expression"
    assert any("BIK1" in c.quote for c in answer.citations)
    source = next(s for s in answer.sources if s.id == "liu2016-gene-expression")
    assert source.url == "https://doi.org/10.3892/ijo.2016.3567"
    assert source.evidence == "preclinical: cancer cell lines in culture"


def test_a_follow_up_is_understood_from_the_previous_turn(shared_assistant):
    history = [
        {"role": "user", "content": "What did the colorectal cancer study find?"},
        {"role": "assistant", "content": "..."},
    ]
    answer = shared_assistant.ask("Which proteins did it reduce?", history)
    assert any("Survivin" in c.quote for c in answer.citations)


def test_what_a_named_study_found_is_quoted_from_its_findings(shared_assistant):
    answer = shared_assistant.ask("What did the Ehrlich study show?")
    assert answer.kind == "answer"
    assert all(c.source_id == "aboalsoud2020-ehrlich" for c in answer.citations)
    assert "LDN led to significant increase in OGFr" in " ".join(c.quote for c in answer.citations)


def test_a_study_without_its_abstract_is_named_as_missing_and_still_listed(shared_assistant):
    answer = shared_assistant.ask("What did the ovarian cancer study find?")
    assert "is not in my sources, so I can't quote the study itself" in answer.answer
    assert "donahue2011-ovarian" in {s.id for s in answer.sources}
    assert "donahue2011-ovarian" not in {c.source_id for c in answer.citations}


# ---------------------------------------------------------------------------------------
# Other languages, questions about the sources, the article in brief


@pytest.mark.parametrize(
    "question",
    [
        "¿La LDN tiene efectos secundarios?",
        "Quels effets secondaires a la LDN ?",
        "Welche Nebenwirkungen hat LDN?",
        "Quali effetti collaterali ha la LDN?",
        "Quais são os efeitos colaterais da LDN?",
    ],
)
def test_a_question_in_another_language_is_answered_from_the_sources(shared_assistant, question):
    answer = shared_assistant.ask(question)
    assert answer.kind == "answer", answer.answer
    quoted = " ".join(c.quote for c in answer.citations).lower()
    assert any(w in quoted for w in ("well-tolerated", "sleep", "dreams", "digestive")), quoted


def test_a_question_about_the_mouse_study_in_german_finds_it(shared_assistant):
    answer = shared_assistant.ask("Was hat die Studie mit den Mäusen gezeigt?")
    assert answer.kind == "answer"
    assert any("mice" in c.quote.lower() for c in answer.citations)


def verbatim(answer, documents):
    return all(documents[c.source_id].body[c.start : c.end] == c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Which studies does the article cite?",
        "Quali studi sono citati?",
        "what journals are they in",
    ],
)
def test_a_question_about_the_sources_lists_them_in_the_articles_own_words(
    shared_assistant, question
):
    answer = shared_assistant.ask(question)
    assert answer.kind == "answer", answer.answer
    assert len(answer.citations) == 5 and verbatim(answer, shared_assistant.documents)
    assert all("doi:" in c.quote for c in answer.citations)
    assert {s.id for s in answer.sources} == set(shared_assistant.documents)
    assert "not in people" in answer.answer


def test_asked_whether_the_studies_were_in_people_it_says_they_were_not(shared_assistant):
    answer = shared_assistant.ask("Were any of these studies done in actual humans?")
    assert answer.kind == "answer"
    assert "These findings come from studies in cells and mice, not in people." in answer.answer


def test_a_topic_question_that_mentions_people_is_not_taken_for_one_about_the_sources(
    shared_assistant,
):
    answer = shared_assistant.ask("Why is caution needed with LDN in people on opioid painkillers?")
    assert any("opioid pain medications" in c.quote for c in answer.citations)


def test_asked_for_the_short_version_it_quotes_the_article_section_by_section(shared_assistant):
    answer = shared_assistant.ask("can you summarize the article in a few sentences?")
    assert answer.kind == "answer"
    assert 3 <= len(answer.citations) <= 5
    assert {c.source_id for c in answer.citations} == {"article"}
    assert verbatim(answer, shared_assistant.documents)
    starts = [c.start for c in answer.citations]
    assert starts == sorted(starts)  # in the article's order
