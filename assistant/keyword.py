"""Keyword search: a small BM25 over an inverted index, cost proportional to matching postings."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself
    yourselves tell say says said according show showed shown""".split()
)

# Visitors' words for what the sources call otherwise; added to a keyword query, never to quotes.
LAY_TERMS: dict[str, str] = {
    "bowel": "colorectal",
    "colon": "colorectal",
    "tumour": "tumor",
    "tumours": "tumor",
    "chemo": "chemotherapy",
    "painkillers": "opioid pain medications",
    "painkiller": "opioid pain medication",
    "opiates": "opioid",
    "insomnia": "sleep disturbances",
    "sleep": "sleep disturbances",
    "nightmares": "vivid dreams",
    "nausea": "digestive nausea",
    "stomach": "digestive stomach",
    "mouse": "mice",
    "rodents": "mice",
    "spleen": "splenocyte",
    "interferon": "IFN",
    "author": "writer",
    "wrote": "writer",
    "kill": "killing apoptosis",
    "death": "apoptosis",
    "alone": "stand alone",
    "fda": "approved",
    "lower": "reduce decreased downregulate",
    "lowered": "reduce decreased downregulate",
    "down": "decreased downregulate",
    "reduce": "downregulate decreased",
    "reduced": "downregulate decreased",
    "decrease": "downregulate reduce",
    "increase": "upregulate",
    "proteins": "expression",
    "genes": "gene expression",
    "raise": "increase upregulate",
    "raised": "increase upregulate",
    "boost": "increase enhance",
    "find": "finding",
    "found": "finding",
    "results": "finding result",
    "discover": "finding",
    "discovered": "finding",
    "conclude": "conclusion",
    "conclusions": "conclusion",
    "takeaway": "conclusion",
}

_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A deliberately light suffix stripper: 'downregulated' and 'downregulate' meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 4 else word


def expand_query(text: str) -> str:
    """The query plus the sources' words for the visitor's lay terms."""
    extra = [LAY_TERMS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in LAY_TERMS]
    return f"{text} {' '.join(extra)}" if extra else text


def tokenize(text: str) -> list[str]:
    """Lowercase content-word stems; hyphenated words also yield their parts."""
    return list(_tokens(text))


# Cached: every ask tokenizes the same candidate sentences again (bench/latency.py profile).
@functools.lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    tokens: list[str] = []
    for raw in _TOKEN.findall(text.lower().replace("’", "'")):
        parts = [raw, *re.split(r"[-']", raw)] if ("-" in raw or "'" in raw) else [raw]
        for part in parts:
            if part and part not in STOPWORDS and (len(part) > 1 or part.isdigit()):
                tokens.append(stem(part))
    return tuple(tokens)


class KeywordIndex:
    """BM25 (Okapi) scores of a query against a fixed list of texts."""

    def __init__(self, texts: Sequence[str], k1: float = 1.5, b: float = 0.75) -> None:
        self.size = len(texts)
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        lengths = np.zeros(self.size, dtype=np.float32)
        for row, text in enumerate(texts):
            counts = Counter(tokenize(text))
            lengths[row] = sum(counts.values())
            for term, tf in counts.items():
                postings[term].append((row, tf))
        avg = float(lengths.mean()) if self.size else 1.0
        norm = k1 * (1 - b + b * lengths / max(avg, 1e-9))
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, rows in postings.items():
            idx = np.fromiter((r for r, _ in rows), dtype=np.int64, count=len(rows))
            tf = np.fromiter((t for _, t in rows), dtype=np.float32, count=len(rows))
            idf = math.log(1 + (self.size - len(rows) + 0.5) / (len(rows) + 0.5))
            self._postings[term] = (idx, (idf * tf * (k1 + 1) / (tf + norm[idx])).astype(np.float32))

    def vocabulary(self) -> frozenset[str]:
        return frozenset(self._postings)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every text (zeros where no query term occurs)."""
        out = np.zeros(self.size, dtype=np.float32)
        for term in set(tokenize(query)):
            hit = self._postings.get(term)
            if hit is not None:
                out[hit[0]] += hit[1]
        return out

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """The k best (row, score) pairs with a positive score, best first."""
        scores = self.scores(query)
        if not self.size:
            return []
        k = min(k, self.size)
        best = np.argpartition(-scores, k - 1)[:k]
        ranked = sorted(best.tolist(), key=lambda r: -scores[r])
        return [(r, float(scores[r])) for r in ranked if scores[r] > 0]
