"""The policy's warm start: its three fitted classifiers found in the cache dir and loaded,
now and with the cache keys as they were before session 28, in the same run.

    .venv/bin/python bench/policy_start.py [--runs 3] [--cache-dir DIR]

Every start of the app, of `assistant ask` and of each test's assistant builds the policy.
With the classifiers already fitted, what is left is finding their files: a key per
classifier over the packaged examples. Before session 28 that key was a digest of what each
classifier reads of every example, so each start ran the policy's normalisation (typo
correction included) over all of them; now it is a digest of the examples as written and of
the source of the code that reads them. Both sides load the same fitted files from one cache
dir (filled first, untimed, by a fit on the real embedding model). Prints one row per side:
examples, seconds per start (the best and the median of the runs).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant import policy_model  # noqa: E402
from assistant.embedding import SentenceTransformerEmbedder  # noqa: E402
from assistant.policy_model import (  # noqa: E402
    CLASSIFIERS,
    GRAM_BITS,
    GRAM_WEIGHT,
    REGULARISATION,
    EmbeddingClassifier,
    Example,
    FittedLogistic,
    packaged_examples,
    train_policy,
)


def read_text_key(kind: type[EmbeddingClassifier], name: str, rows: list[Example]) -> str:
    """The key before session 28: the digest of what the classifier reads of every example."""
    settings = [str(REGULARISATION), str(kind.balanced), str(GRAM_BITS), str(GRAM_WEIGHT)]
    parts = [kind.__name__, name, *settings, "v2"]
    for example in rows:
        label = kind.class_of(example)
        if label is not None:
            parts.append(f"{label}\t{kind.reads(example.text)}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def start_before(embedder: SentenceTransformerEmbedder, cache_dir: Path) -> None:
    """A warm start as before: the keys from the read texts, then the same files loaded."""
    rows = packaged_examples()
    for kind in CLASSIFIERS:
        read_text_key(kind, embedder.name, rows)
        path = policy_model._fitted_path(kind, embedder.name, rows, cache_dir)
        kind(embedder, FittedLogistic.load(path))


def start_now(embedder: SentenceTransformerEmbedder, cache_dir: Path) -> None:
    train_policy(embedder, cache_dir=cache_dir)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--cache-dir",
        type=Path,
        help="a cache dir to use (and fill if need be) instead of a new one",
    )
    args = parser.parse_args()
    embedder = SentenceTransformerEmbedder()
    with tempfile.TemporaryDirectory() as cache:
        cache_dir = args.cache_dir or Path(cache)
        train_policy(embedder, cache_dir=cache_dir)  # fill the cache if need be: untimed
        sides = {"keyed by read texts (before)": start_before, "keyed by source (now)": start_now}
        times: dict[str, list[float]] = {name: [] for name in sides}
        for _ in range(args.runs):  # interleaved, so both sides see the same machine load
            for name, start in sides.items():
                began = time.perf_counter()
                start(embedder, cache_dir)
                times[name].append(time.perf_counter() - began)
    count = len(packaged_examples())
    print(f"{'':32s}{'examples':>10s}{'best s':>10s}{'median s':>10s}")
    for name, seconds in times.items():
        best, median = min(seconds), statistics.median(seconds)
        print(f"{name:32s}{count:10d}{best:10.2f}{median:10.2f}")


if __name__ == "__main__":
    main()
