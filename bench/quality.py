"""Answer quality and latency, ours against two baselines, measured side by side in one run.

    .venv/bin/python bench/quality.py [--sets tests/data/public/qa.jsonl tests/data/qa_dev.jsonl …]

Baselines (what the issue names):
- BM25 over ~500-character chunks, showing the top three chunks whole;
- a plain LangChain pipeline: Chroma similarity search top 3 with the same embedder.
"Source" = a gold source is cited; "phrase" = one shown quote contains a gold phrase.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Settings, build_assistant  # noqa: E402
from assistant.evaluation import load_jsonl  # noqa: E402
from assistant.keyword import KeywordIndex  # noqa: E402


def fixed_chunks(documents, size: int = 500) -> list[tuple[str, str]]:
    """(doc id, text) windows of about `size` characters, cut at whitespace."""
    out = []
    for doc in documents:
        body = doc.body
        start = 0
        while start < len(body):
            end = min(len(body), start + size)
            if end < len(body):
                end = body.rfind(" ", start, end) if body.rfind(" ", start, end) > start else end
            text = body[start:end].strip()
            if text:
                out.append((doc.id, text))
            start = end
    return out


def judge(rows, shown):
    """shown(question) -> list of (doc id, text); returns (source share, phrase share, ms list)."""
    source = phrase = 0
    times = []
    for row in rows:
        t = time.perf_counter()
        hits = shown(row["question"])
        times.append((time.perf_counter() - t) * 1000)
        cited = {d for d, _ in hits}
        text = " ".join(t for _, t in hits).lower()
        ok = bool(cited & set(row["gold_sources"]))
        source += ok
        phrase += ok and any(p.lower() in text for p in row["gold_phrases"])
    return source / len(rows), phrase / len(rows), times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--sets",
        nargs="+",
        default=[
            str(ROOT / "tests/data/public/qa.jsonl"),
            str(ROOT / "tests/data/qa_dev.jsonl"),
            str(ROOT / "tests/data/qa_heldout.jsonl"),
        ],
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ours = build_assistant(Settings(data_dir=Path(tmp), corpus_dir=ROOT / "corpus"))
        documents = [d for d in ours.corpus.documents if d.quotable]
        chunks = fixed_chunks(documents)
        bm25 = KeywordIndex([t for _, t in chunks])

        from langchain_chroma import Chroma
        from langchain_core.embeddings import Embeddings

        class SameEmbedder(Embeddings):
            def embed_documents(self, texts):
                return ours.retriever._embedder.embed(texts).tolist()

            def embed_query(self, text):
                return ours.retriever._embedder.embed([text])[0].tolist()

        store = Chroma(
            collection_name="baseline",
            embedding_function=SameEmbedder(),
            persist_directory=str(Path(tmp) / "baseline"),
            collection_metadata={"hnsw:space": "cosine"},
        )
        store.add_texts([t for _, t in chunks], metadatas=[{"doc": d} for d, _ in chunks])

        systems = {
            "ours (hybrid, ≤4 sentences)": lambda q: [
                (c.source_id, c.quote) for c in ours.ask(q, session_id="bench").citations
            ],
            "BM25 top-3 chunks": lambda q: [chunks[r] for r, _ in bm25.top(q, 3)],
            "LangChain Chroma top-3": lambda q: [
                (d.metadata["doc"], d.page_content) for d in store.similarity_search(q, k=3)
            ],
        }
        for name in systems:  # warm up every system once
            systems[name]("warm up")
        print(f"{'set':<18} {'system':<30} {'n':>4} {'source':>7} {'phrase':>7} {'p50 ms':>7} {'p95 ms':>7}")
        print("-" * 86)
        for path in args.sets:
            rows = load_jsonl(Path(path))
            for name, shown in systems.items():
                src, phr, times = judge(rows, shown)
                p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
                print(
                    f"{Path(path).stem:<18} {name:<30} {len(rows):>4} {src:>7.1%} {phr:>7.1%} "
                    f"{statistics.median(times):>7.1f} {p95:>7.1f}"
                )


if __name__ == "__main__":
    main()
