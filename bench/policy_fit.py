"""The policy's cold refit (its examples embedded, its three classifiers fitted), on the
packaged examples now and at an earlier revision, in the same run.

    .venv/bin/python bench/policy_fit.py [--baseline 966fddf]

This is what a start with an empty cache dir pays (a new data dir without `assistant
ingest`), and what each test session's first trained policy pays. The baseline's examples
are read from git (`assistant/policy_data/*.jsonl` at that revision); each side loads the
same embedding model afresh (untimed), so neither reads vectors the other embedded. Prints one
row per revision: examples, distinct texts embedded, seconds to embed, seconds to fit each
classifier, and the total.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant.embedding import SentenceTransformerEmbedder  # noqa: E402
from assistant.policy_model import (  # noqa: E402
    CLASSIFIERS,
    CachedEmbedder,
    Example,
    packaged_examples,
)


def examples_at(revision: str) -> list[Example]:
    """The packaged examples as they were at `revision`."""
    listing = subprocess.run(
        ["git", "ls-tree", "--name-only", revision, "assistant/policy_data/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    rows: list[Example] = []
    for path in sorted(p for p in listing if p.endswith(".jsonl")):
        text = subprocess.run(
            ["git", "show", f"{revision}:{path}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        rows += [Example.from_json(json.loads(line)) for line in text.splitlines() if line.strip()]
    return rows


def refit(embedder: SentenceTransformerEmbedder, rows: list[Example]) -> list[float | int]:
    """Embed the examples' distinct texts, then fit each classifier: counts and seconds."""
    cached = CachedEmbedder(embedder)
    texts = sorted({kind.reads(e.text) for kind in CLASSIFIERS for e in rows})
    start = time.perf_counter()
    cached.embed(texts)
    timings: list[float | int] = [len(rows), len(texts), time.perf_counter() - start]
    for kind in CLASSIFIERS:
        start = time.perf_counter()
        kind.train(cached, rows)
        timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="966fddf", help="git revision to compare with")
    args = parser.parse_args()
    sides = {f"baseline {args.baseline}": examples_at(args.baseline), "now": packaged_examples()}
    header = ("examples", "texts", "embed s", "dosing s", "emergency s", "scope s", "total s")
    print(f"{'':22s}" + "".join(f"{h:>13s}" for h in header))
    for name, rows in sides.items():
        embedder = SentenceTransformerEmbedder()  # a fresh model each side: nothing cached
        embedder.embed(["warm up the model"])
        counts_and_times = refit(embedder, rows)
        total = sum(counts_and_times[2:])
        cells = [f"{v:13d}" if isinstance(v, int) else f"{v:13.1f}" for v in counts_and_times]
        print(f"{name:22s}" + "".join(cells) + f"{total:13.1f}")


if __name__ == "__main__":
    main()
