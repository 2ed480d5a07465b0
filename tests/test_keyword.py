"""Keyword search helpers: the query's words in the sources' terms, in six languages."""

from __future__ import annotations

import pytest

from assistant.keyword import english_query, expand_query, translate_query

VOCABULARY = frozenset({"ldn", "ogf", "cisplatin", "mice", "studi"})


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("¿Qué efectos secundarios tiene la LDN?", "side effects"),
        ("Est-ce compatible avec la chimiothérapie ?", "chemotherapy"),
        ("Was hat die Mausstudie gezeigt?", "mice study"),
        ("Cosa hanno trovato nei topi?", "mice"),
        ("A LDN é segura junto com a quimioterapia?", "safe"),
    ],
)
def test_topic_words_in_other_languages_gain_their_english_terms(question, terms):
    assert translate_query(question).endswith(terms) or terms in translate_query(question)
    assert terms in english_query(question, VOCABULARY)


def test_the_embedding_model_reads_the_english_terms_and_the_shared_names():
    query = english_query("¿Qué hace el OGF con la quimioterapia?", VOCABULARY)
    assert query.split() == ["LDN", "ogf", "chemotherapy"]


def test_an_english_question_is_searched_exactly_as_written():
    question = "What did the mouse study find about tumour growth?"
    assert translate_query(question) == question
    assert english_query(question, VOCABULARY) == question
    assert expand_query(question) != question  # the lay-term thesaurus still applies
