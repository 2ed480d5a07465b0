"""Corpus loading and validation: every broken file is named, the real corpus loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.chunking import chunk_document, split_sentences
from assistant.corpus import CorpusError, load_corpus, read_corpus

GOOD = """---
id: {id}
title: "A title"
year: 2020
---

First sentence of the body. Second sentence, with a reference.[2]
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_real_corpus_loads_with_six_sources_and_the_article_disclaimer(corpus_dir):
    corpus = load_corpus(corpus_dir)
    ids = {d.id for d in corpus.documents}
    assert ids == {
        "article", "aboalsoud2020-ehrlich", "ciwun2024-adjuvant", "donahue2011-ovarian",
        "liu2016-gene-expression", "ma2020-colorectal",
    }
    assert corpus.disclaimer().startswith("This article is for educational purposes only")
    ovarian = corpus.by_id()["donahue2011-ovarian"]
    assert not ovarian.quotable and not ovarian.complete and "abstract" in ovarian.missing
    assert ovarian.link == "https://doi.org/10.1258/ebm.2011.011096"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("---\ntitle: x\n---\nbody\n", "no 'id'"),
        ("---\nid: x\n---\nbody\n", "no 'title'"),
        ("---\nid: x\ntitle: [unclosed\n---\nbody\n", "unreadable YAML"),
        ("no front matter here\n", "no YAML front matter"),
        ("---\nid: x\ntitle: t\n", "not closed"),
        ("---\n- a list\n---\nbody\n", "mapping"),
    ],
)
def test_invalid_files_raise_an_error_naming_the_file(tmp_path, text, problem):
    path = write(tmp_path, "broken.md", text)
    with pytest.raises(CorpusError) as info:
        load_corpus(tmp_path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_duplicate_ids_are_reported_with_both_files(tmp_path):
    write(tmp_path, "a.md", GOOD.format(id="same"))
    write(tmp_path, "b.md", GOOD.format(id="same"))
    with pytest.raises(CorpusError, match=r"b\.md: duplicate id 'same' \(also in .*a\.md\)"):
        load_corpus(tmp_path)


def test_one_broken_file_does_not_stop_the_others_loading(tmp_path):
    write(tmp_path, "good.md", GOOD.format(id="good"))
    write(tmp_path, "bad.md", "---\nid: [\n---\n")
    corpus = read_corpus(tmp_path)
    assert [d.id for d in corpus.documents] == ["good"]
    assert len(corpus.errors) == 1 and "bad.md" in str(corpus.errors[0])


def test_corpus_version_changes_when_a_document_changes(tmp_path):
    path = write(tmp_path, "a.md", GOOD.format(id="a"))
    before = load_corpus(tmp_path).version
    assert load_corpus(tmp_path).version == before
    path.write_text(GOOD.format(id="a").replace("First", "Changed"), encoding="utf-8")
    assert load_corpus(tmp_path).version != before


def test_sentences_and_chunks_keep_exact_offsets_into_every_body(corpus_dir):
    for doc in load_corpus(corpus_dir).documents:
        sentences, chunks = chunk_document(doc)
        for s in sentences:
            assert doc.body[s.start : s.end] == s.text
        for c in chunks:
            assert doc.body[c.start : c.end] == c.text
        assert bool(sentences) == doc.quotable


def test_sentences_split_whole_sentences_list_items_and_reference_markers(corpus_dir):
    article = load_corpus(corpus_dir).by_id()["article"]
    texts = {s.text: s for s in split_sentences(article)}
    # a list item is one quotable unit, without its "- " marker
    assert "Vivid dreams" in texts
    # an abbreviation does not end a sentence
    assert "Writer: Dr. Lena Suhaila" in texts
    # the reference marker is kept out of the quote but remembered
    ogf = next(s for s in texts.values() if s.text.startswith("This upregulation inhibits"))
    assert ogf.text.endswith("signaling pathway.") and ogf.refs == (1, 2, 3)
