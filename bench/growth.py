"""Growth: ingest throughput and answer latency on synthetic corpora of 1k, 10k, 100k chunks.

    .venv/bin/python bench/growth.py [--sizes 1000 10000 100000] [--threads 1]
                                     [--embedder model|hashing] [--keep DIR]

Each size is a fresh corpus of generated documents (sentences drawn from the real corpus's
vocabulary, Zipf-weighted, in four sections) with five planted answerable passages hidden
in random documents. For each size, through the real code paths:

- ingest: `factory.build_index` (what `assistant ingest` runs) — chunks and vectors per second;
- open: `build_assistant` on the ingested index (no re-embedding; BM25 is built in memory);
- answer latency: the planted questions plus the labelled QA questions of tests/data, each
  asked once (query-embedding cache emptied first), p50/p95 and the step medians;
- planted-passage hit rate: the planted document cited, and its key phrase quoted.

Writes bench/out/growth.json and a plot, bench/out/growth.png (latency against size), and
says where the curve bends. With the real model, 100k chunks means about 400k vectors to
embed: about an hour on this machine with one thread (`--threads 2` is faster on an idle
machine, slower on a busy one). `--embedder hashing` runs the same paths in minutes, with a
bag-of-words fake instead of the model (latency then leaves out the ~7 ms query embedding).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
sys.path.insert(0, str(ROOT))

from latency import clear_query_cache, load_average, pct, questions  # noqa: E402

from assistant import Settings, build_assistant  # noqa: E402
from assistant.factory import build_index  # noqa: E402

SECTIONS = (("Background", 6), ("Methods", 6), ("Results", 6), ("Conclusion", 3))
FUNCTION_WORDS = "the of and in with was were to a for by on that from as".split()
# (question, planted sentence, phrase a good answer quotes); asked in other words than planted.
PLANTED = (
    (
        "How many people with pancreatic cancer were given LDN in the Halvorsen cohort?",
        "In the Halvorsen cohort, 412 patients with pancreatic cancer received low-dose "
        "naltrexone alongside gemcitabine.",
        "412 patients",
    ),
    (
        "What happened to tumour size in mice treated with LDN and BX-17?",
        "Mice given low-dose naltrexone with the compound BX-17 showed a 38% smaller tumor "
        "volume after six weeks compared with untreated controls.",
        "38% smaller",
    ),
    (
        "Which complaint was most common among LDN users in the Lindqvist survey?",
        "The Lindqvist survey of low-dose naltrexone users reported that fatigue was the most "
        "common complaint, followed by headache.",
        "fatigue",
    ),
    (
        "What did the Okonkwo lab find about LDN and natural killer cells?",
        "Researchers at the Okonkwo laboratory found that low-dose naltrexone raised natural "
        "killer cell activity in blood samples from breast cancer patients.",
        "natural killer cell activity",
    ),
    (
        "What did the Porto melanoma case series on LDN describe?",
        "A melanoma case series from Porto described three patients on low-dose naltrexone "
        "whose lesions stopped growing during therapy.",
        "three patients",
    ),
)


class Generator:
    """Deterministic generated documents in the corpus's Markdown format."""

    def __init__(self, seed: int = 7) -> None:
        self.rnd = random.Random(seed)
        words = Counter()
        for path in sorted((ROOT / "corpus").glob("*.md")):
            body = path.read_text(encoding="utf-8").split("\n---", 1)[-1]
            words.update(w for w in re.findall(r"[a-z]{3,}", body.lower()))
        ranked = [w for w, _ in words.most_common()]
        self.vocabulary = ranked + FUNCTION_WORDS
        # Zipf-like weights: frequent words often, the long tail now and then.
        self.weights = [1.0 / (rank + 1) for rank in range(len(ranked))]
        self.weights += [self.weights[0]] * len(FUNCTION_WORDS)

    def sentence(self) -> str:
        words = self.rnd.choices(self.vocabulary, self.weights, k=self.rnd.randint(9, 16))
        return f"{words[0].capitalize()} {' '.join(words[1:])}."

    def document(self, number: int, planted: str | None = None) -> str:
        title = " ".join(self.rnd.choices(self.vocabulary[:400], k=4)).capitalize()
        lines = [
            "---",
            f"id: gen-{number:06d}",
            "kind: abstract",
            f'title: "Report {number}: {title}"',
            'journal: "Synthetic Reports"',
            f"year: {self.rnd.randint(1990, 2024)}",
            'evidence: "synthetic text"',
            "---",
            "",
        ]
        for name, count in SECTIONS:
            sentences = [self.sentence() for _ in range(count)]
            if planted and name == "Results":
                sentences[self.rnd.randrange(count)] = planted
            lines += [f"## {name}", "", " ".join(sentences), ""]
        return "\n".join(lines)


def write_corpus(directory: Path, chunks: int, seed: int = 7) -> dict[str, dict[str, str]]:
    """About `chunks` chunks of generated documents; returns the planted question → doc id."""
    per_document = sum(2 if count > 4 else 1 for _, count in SECTIONS)  # 7 with the defaults
    documents = max(len(PLANTED), round(chunks / per_document))
    generator = Generator(seed)
    hosts = generator.rnd.sample(range(documents), len(PLANTED))
    directory.mkdir(parents=True)
    planted: dict[str, dict[str, str]] = {}
    for number in range(documents):
        text = None
        if number in hosts:
            question, text, phrase = PLANTED[hosts.index(number)]
            planted[question] = {"doc": f"gen-{number:06d}", "phrase": phrase}
        (directory / f"gen-{number:06d}.md").write_text(
            generator.document(number, text), encoding="utf-8"
        )
    return planted


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    with open("/proc/self/statm") as fp:
        return int(fp.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_size(size: int, work: Path, embedder, asked: list[str]) -> dict[str, Any]:
    corpus_dir, data_dir = work / f"corpus-{size}", work / f"data-{size}"
    planted = write_corpus(corpus_dir, size)
    settings = Settings(data_dir=data_dir, corpus_dir=corpus_dir)
    load_before = load_average()
    t = time.perf_counter()
    report = build_index(settings, embedder=embedder)
    ingest_s = time.perf_counter() - t
    t = time.perf_counter()
    assistant = build_assistant(settings, embedder=embedder)
    open_s = time.perf_counter() - t
    chunks = len(assistant.retriever.chunks)
    for q in ("Hello there", "What was studied?", "Were there side effects?"):
        assistant.ask(q, session_id="growth-warm-up")
    clear_query_cache(assistant)
    times: list[float] = []
    steps: dict[str, list[float]] = defaultdict(list)
    found = quoted = 0
    for q in [*planted, *asked]:
        t = time.perf_counter()
        answer = assistant.ask(q, session_id="growth")
        times.append((time.perf_counter() - t) * 1000)
        for key, value in answer.timings.items():
            steps[key].append(value)
        if q in planted:
            cited = [c for c in answer.citations if c.source_id == planted[q]["doc"]]
            found += bool(cited)
            quoted += any(planted[q]["phrase"].lower() in c.quote.lower() for c in cited)
    return {
        "size": size,
        "chunks": chunks,
        "documents": len(assistant.corpus.documents),
        "vectors": report.embedded,
        "ingest_s": ingest_s,
        "chunks_per_s": chunks / ingest_s,
        "vectors_per_s": report.embedded / ingest_s,
        "open_s": open_s,
        "asks": len(times),
        "p50_ms": pct(times, 50),
        "p95_ms": pct(times, 95),
        "steps_p50_ms": {k: pct(v, 50) for k, v in steps.items()},
        "planted": len(planted),
        "planted_found": found,
        "planted_quoted": quoted,
        "rss_mb": rss_mb(),
        "load_before": load_before,
        "load_after": load_average(),
    }


def print_table(results: list[dict[str, Any]]) -> None:
    print(
        f"{'chunks':>7} {'docs':>6} {'vectors':>8} {'ingest s':>9} {'chunks/s':>9} "
        f"{'vec/s':>6} {'open s':>7} {'p50 ms':>7} {'p95 ms':>7} {'planted':>8} {'quoted':>7} "
        f"{'RSS MB':>7}  load (1/5/15 min)"
    )
    print("-" * 122)
    for r in results:
        print(
            f"{r['chunks']:>7} {r['documents']:>6} {r['vectors']:>8} {r['ingest_s']:>9.1f} "
            f"{r['chunks_per_s']:>9.1f} {r['vectors_per_s']:>6.0f} {r['open_s']:>7.1f} "
            f"{r['p50_ms']:>7.1f} {r['p95_ms']:>7.1f} "
            f"{r['planted_found']:>6}/{r['planted']} {r['planted_quoted']:>5}/{r['planted']} "
            f"{r['rss_mb']:>7.0f}  {r['load_after']}"
        )
    keys = list(dict.fromkeys(k for r in results for k in r["steps_p50_ms"]))
    print(f"\n{'step p50 ms':<14}" + "".join(f" {r['chunks']:>9}" for r in results))
    for key in keys:
        values = "".join(f" {r['steps_p50_ms'].get(key, float('nan')):>9.2f}" for r in results)
        print(f"{key:<14}{values}")


def bend(results: list[dict[str, Any]]) -> str:
    """Where the latency curve bends, and which step bends it."""
    if len(results) < 2:
        return "one size only: no curve"
    first, last = results[0], results[-1]
    ratio = last["p50_ms"] / first["p50_ms"]
    growth = []
    for a, b in zip(results, results[1:], strict=False):
        added = b["p50_ms"] - a["p50_ms"]
        by_step = {
            k: b["steps_p50_ms"].get(k, 0.0) - a["steps_p50_ms"].get(k, 0.0)
            for k in b["steps_p50_ms"]
            if k != "total_ms"
        }
        step = max(by_step, key=lambda k: by_step[k])
        growth.append((added, a, b, step, by_step[step]))
    added, a, b, step, step_added = max(growth, key=lambda g: g[0])
    return (
        f"p50 at {last['chunks']} chunks is ×{ratio:.2f} that at {first['chunks']} (target ≤ ×3). "
        f"The curve bends most between {a['chunks']} and {b['chunks']} chunks "
        f"(+{added:.1f} ms at p50), mostly in {step} (+{step_added:.1f} ms)."
    )


def plot(results: list[dict[str, Any]], path: Path) -> None:
    """Latency against size (log scale) as a PNG, drawn with Pillow (installed with Gradio;
    matplotlib is not used because Gradio imports it on every app's first request)."""
    from PIL import Image, ImageDraw

    width, height, left, right, top, bottom = 900, 560, 80, 190, 50, 70
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    series = [
        ("answer p50", [r["p50_ms"] for r in results], (13, 110, 110), 3),
        ("answer p95", [r["p95_ms"] for r in results], (200, 80, 30), 3),
    ]
    steps = {
        "embed_ms": (90, 90, 200),
        "dense_ms": (150, 60, 160),
        "rank_ms": (60, 150, 60),
        "compose_ms": (170, 140, 20),
        "log_ms": (120, 120, 120),
    }
    for key, colour in steps.items():
        values = [r["steps_p50_ms"].get(key, float("nan")) for r in results]
        if not all(np.isnan(values)):
            series.append((f"{key[:-3]} p50", values, colour, 1))
    xs = [float(np.log10(r["chunks"])) for r in results]
    x0, x1 = min(xs) - 0.15, max(xs) + 0.15
    highest = max(max(v for v in values if not np.isnan(v)) for _, values, _, _ in series)
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if s * 6 >= highest)
    y1 = step * (int(highest // step) + 1)

    def at(x: float, y: float) -> tuple[float, float]:
        return (
            left + (x - x0) / (x1 - x0) * (width - left - right),
            height - bottom - y / y1 * (height - top - bottom),
        )

    draw.rectangle([left, top, width - right, height - bottom], outline="black")
    for tick in range(0, y1 + 1, step):
        _, y = at(x0, tick)
        draw.line([left - 5, y, width - right, y], fill=(225, 225, 225))
        draw.text((left - 45, y - 6), f"{tick:.0f}", fill="black")
    for r, x in zip(results, xs, strict=True):
        px, _ = at(x, 0)
        draw.line([px, height - bottom, px, height - bottom + 5], fill="black")
        draw.text((px - 22, height - bottom + 10), f"{r['chunks']:,}", fill="black")
    for n, (label, values, colour, thickness) in enumerate(series):
        points = [at(x, v) for x, v in zip(xs, values, strict=True) if not np.isnan(v)]
        if len(points) > 1:
            draw.line(points, fill=colour, width=thickness)
        for px, py in points:
            draw.ellipse([px - 3, py - 3, px + 3, py + 3], fill=colour)
        ly = top + 10 + 20 * n
        draw.line([width - right + 15, ly + 6, width - right + 40, ly + 6], fill=colour, width=3)
        draw.text((width - right + 48, ly), label, fill="black")
    draw.text((left, 15), "Answer latency (ms) against chunks in the index", fill="black")
    draw.text(((width - right) / 2, height - 25), "chunks (log scale)", fill="black")
    image.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--threads", type=int, default=1, help="torch threads (0: torch default)")
    parser.add_argument("--embedder", choices=("model", "hashing"), default="model")
    parser.add_argument("--keep", type=Path, help="keep corpora and indexes in this directory")
    args = parser.parse_args()
    if args.embedder == "model":
        from assistant.embedding import SentenceTransformerEmbedder

        embedder = SentenceTransformerEmbedder(threads=args.threads or None)
    else:
        from assistant.embedding import HashingEmbedder

        embedder = HashingEmbedder()
    asked = [row["question"] for _, row in questions() if "gold_sources" in row]
    OUT.mkdir(exist_ok=True)
    work = args.keep or Path(tempfile.mkdtemp(prefix="ldn-growth-"))
    results = []
    try:
        for size in sorted(args.sizes):
            print(f"[{time.strftime('%H:%M:%S')}] {size} chunks …", flush=True)
            results.append(run_size(size, work, embedder, asked))
            print_table(results[-1:])
            (OUT / "growth.json").write_text(json.dumps(results, indent=2))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\nembedder: {args.embedder}, torch threads {args.threads or 'default'}, 2 cores")
    print_table(results)
    print()
    print(bend(results))
    plot(results, OUT / "growth.png")
    print(f"plot: {OUT / 'growth.png'}; numbers: {OUT / 'growth.json'}")


if __name__ == "__main__":
    main()
