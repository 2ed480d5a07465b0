"""Quote verification: only exact substrings of a source body are ever shown."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.citations import QuoteNotFound, locate, number_sources, verify_quotes
from assistant.corpus import load_corpus


@pytest.fixture(scope="module")
def documents():
    from conftest import CORPUS

    return load_corpus(CORPUS).by_id()


def test_a_verbatim_quote_is_verified_and_numbered_by_source(documents):
    article, ma = documents["article"], documents["ma2020-colorectal"]
    quotes = [
        (article, "Vivid dreams", None, 1.0),
        (ma, "We suggest that LDN has potential for the treatment of CRC.", None, 0.9),
        (article, "For now, LDN remains an experimental and off-label treatment.", None, 0.8),
    ]
    citations, sources = number_sources(quotes)
    assert [c.number for c in citations] == [1, 2, 1]
    assert [s.id for s in sources] == ["article", "ma2020-colorectal"]
    verified, rejected = verify_quotes(citations, documents)
    assert verified == citations and rejected == []


def test_a_fabricated_quote_is_rejected(documents):
    article = documents["article"]
    real, _ = number_sources([(article, "Vivid dreams", None, 1.0)])
    fabricated = replace(real[0], quote="LDN cures cancer")
    moved = replace(real[0], start=real[0].start + 1)
    wrong_source = replace(real[0], source_id="ma2020-colorectal")
    verified, rejected = verify_quotes([fabricated, moved, wrong_source], documents)
    assert verified == [] and len(rejected) == 3
    with pytest.raises(QuoteNotFound):
        locate("LDN cures cancer", article)


def test_nothing_can_be_quoted_from_a_metadata_only_record(documents):
    ovarian = documents["donahue2011-ovarian"]
    citations, sources = number_sources([(ovarian, "Low-dose naltrexone suppresses ovarian cancer", None, 1.0)])
    assert citations == [] and sources == []
