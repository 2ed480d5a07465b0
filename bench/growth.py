"""Growth: ingest throughput and answer latency on synthetic corpora of 1k, 10k, 100k chunks.

    .venv/bin/python bench/growth.py [--sizes 1000 10000 100000] [--threads 1] [--rounds 2]
                                     [--embedder model|hashing] [--keep DIR [--reuse]]

Each size is a fresh corpus of generated documents (sentences drawn from the real corpus's
vocabulary, Zipf-weighted, in four sections) with five planted answerable passages hidden
in random documents. For each size, through the real code paths:

- ingest: `factory.build_index` (what `assistant ingest` runs) — chunks and vectors per second;
- open: `build_assistant` on the ingested index (no re-embedding; BM25 is built in memory);
- answer latency: the planted questions plus the labelled QA questions of tests/data, each
  asked once per round (query-embedding cache emptied first), p50/p95 and the step medians;
- planted-passage hit rate: the planted document cited, and its key phrase quoted.

Every size is ingested first; then answers are timed at every size in turn, question by
question, so machine load falls on all sizes alike. `--keep DIR --reuse` times answers again
on kept indexes (ingest numbers are carried over from bench/out/growth.json).
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


def planted_in(directory: Path) -> dict[str, dict[str, str]]:
    """The planted question → doc id of a corpus written earlier (for --reuse)."""
    planted: dict[str, dict[str, str]] = {}
    for path in sorted(directory.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for question, sentence, phrase in PLANTED:
            if sentence in text:
                planted[question] = {"doc": path.stem, "phrase": phrase}
    return planted


def prepare_size(size: int, work: Path, embedder, reuse: bool) -> dict[str, Any]:
    """Generate and ingest one size (or reuse a kept one), then open its assistant."""
    corpus_dir, data_dir = work / f"corpus-{size}", work / f"data-{size}"
    settings = Settings(data_dir=data_dir, corpus_dir=corpus_dir)
    entry: dict[str, Any] = {"size": size, "load_before": load_average()}
    if reuse and corpus_dir.is_dir() and data_dir.is_dir():
        entry["planted_docs"] = planted_in(corpus_dir)
        # the ingest numbers of the run that built this index, if it left them
        earlier = (
            json.loads((OUT / "growth.json").read_text()) if (OUT / "growth.json").is_file() else []
        )
        for row in earlier:
            if row.get("size") == size and "ingest_s" in row:
                keys = ("ingest_s", "vectors", "load_before")
                entry.update({k: row[k] for k in keys if k in row}, ingest_reused=True)
    else:
        entry["planted_docs"] = write_corpus(corpus_dir, size)
        t = time.perf_counter()
        report = build_index(settings, embedder=embedder)
        entry["ingest_s"] = time.perf_counter() - t
        entry["vectors"] = report.embedded
    before = rss_mb()
    t = time.perf_counter()
    assistant = build_assistant(settings, embedder=embedder)
    entry["open_s"] = time.perf_counter() - t
    entry["memory_mb"] = rss_mb() - before  # what this size's index and BM25 add
    entry["chunks"] = len(assistant.retriever.chunks)
    entry["documents"] = len(assistant.corpus.documents)
    if "ingest_s" in entry:
        entry["chunks_per_s"] = entry["chunks"] / entry["ingest_s"]
        entry["vectors_per_s"] = entry["vectors"] / entry["ingest_s"]
    for q in ("Hello there", "What was studied?", "Were there side effects?"):
        assistant.ask(q, session_id="growth-warm-up")
    entry["assistant"] = assistant
    return entry


def measure(entries: list[dict[str, Any]], asked: list[str], rounds: int = 2) -> None:
    """Every question at every size in turn (order reversed each round), so machine load
    falls on all sizes alike; each ask pays for the model (the query cache is emptied)."""
    questions_ = [q for q, _, _ in PLANTED] + asked
    times: dict[int, list[float]] = defaultdict(list)
    steps: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    hits: dict[int, list[tuple[bool, bool]]] = defaultdict(list)
    load_before = load_average()
    for round_no in range(rounds):
        for q in questions_:
            for entry in entries if round_no % 2 == 0 else entries[::-1]:
                assistant, size = entry["assistant"], entry["size"]
                clear_query_cache(assistant)
                t = time.perf_counter()
                answer = assistant.ask(q, session_id="growth")
                times[size].append((time.perf_counter() - t) * 1000)
                for key, value in answer.timings.items():
                    steps[size][key].append(value)
                planted = entry["planted_docs"].get(q)
                if planted and round_no == 0:
                    cited = [c for c in answer.citations if c.source_id == planted["doc"]]
                    phrase = planted["phrase"].lower()
                    hits[size].append((bool(cited), any(phrase in c.quote.lower() for c in cited)))
    for entry in entries:
        size = entry["size"]
        entry.update(
            asks=len(times[size]),
            p50_ms=pct(times[size], 50),
            p95_ms=pct(times[size], 95),
            steps_p50_ms={k: pct(v, 50) for k, v in steps[size].items()},
            planted=len(PLANTED),
            planted_found=sum(found for found, _ in hits[size]),
            planted_quoted=sum(quoted for _, quoted in hits[size]),
            load_latency=f"{load_before} → {load_average()}",
        )


def print_table(results: list[dict[str, Any]]) -> None:
    print(
        f"{'chunks':>7} {'docs':>6} {'vectors':>8} {'ingest s':>9} {'chunks/s':>9} "
        f"{'vec/s':>6} {'open s':>7} {'+MB':>6} {'p50 ms':>7} {'p95 ms':>7} {'planted':>8} "
        f"{'quoted':>7}"
    )
    print("-" * 96)
    for r in results:
        if "ingest_s" in r:
            ingest = (
                f"{r['vectors']:>8} {r['ingest_s']:>9.1f} {r['chunks_per_s']:>9.1f} "
                f"{r['vectors_per_s']:>6.0f}"
            )
        else:
            ingest = f"{'(reused)':>8} {'—':>9} {'—':>9} {'—':>6}"
        print(
            f"{r['chunks']:>7} {r['documents']:>6} {ingest} {r['open_s']:>7.1f} "
            f"{r['memory_mb']:>6.0f} {r['p50_ms']:>7.1f} {r['p95_ms']:>7.1f} "
            f"{r['planted_found']:>6}/{r['planted']} {r['planted_quoted']:>5}/{r['planted']}"
        )
    print(
        f"load average (1/5/15 min) while ingesting the largest: {results[-1]['load_before']}; "
        f"while timing answers: {results[-1]['load_latency']}"
    )
    keys = list(dict.fromkeys(k for r in results for k in r["steps_p50_ms"]))
    print(f"\n{'step p50 ms':<14}" + "".join(f" {r['chunks']:>9}" for r in results))
    for key in keys:
        values = "".join(f" {r['steps_p50_ms'].get(key, float('nan')):>9.2f}" for r in results)
        print(f"{key:<14}{values}")


# Steps whose cost does not depend on the corpus size (the model call, the log write):
# their noise must not be read as growth.
SIZE_FREE = ("policy_ms", "embed_ms", "log_ms", "total_ms", "verify_ms")


def bend(results: list[dict[str, Any]]) -> str:
    """Where the curve bends: the ratio of the ends, and the steps that grow with size."""
    if len(results) < 2:
        return "one size only: no curve"
    first, last = results[0], results[-1]
    lines = [
        f"p50 at {last['chunks']} chunks is ×{last['p50_ms'] / first['p50_ms']:.2f} that at "
        f"{first['chunks']} (target ≤ ×3); p95 ×{last['p95_ms'] / first['p95_ms']:.2f}."
    ]
    growing = []
    for key in first["steps_p50_ms"]:
        if key in SIZE_FREE:
            continue
        values = [r["steps_p50_ms"].get(key, 0.0) for r in results]
        if values[0] > 0 and values[-1] / values[0] > 1.3 and values[-1] - values[0] > 0.1:
            steps = [b - a for a, b in zip(values, values[1:], strict=False)]
            where = max(range(len(steps)), key=lambda i: steps[i])
            growing.append(
                f"{key} {' → '.join(f'{v:.2f}' for v in values)} ms "
                f"(most between {results[where]['chunks']} and {results[where + 1]['chunks']})"
            )
    lines.append(
        "Steps that grow with the corpus: "
        + ("; ".join(growing) if growing else "none")
        + ". The rest (the model call in the policy, the log write) does not depend on size."
    )
    lines.append(
        "Start-up (open: corpus read, BM25 built in memory) "
        + " → ".join(f"{r['open_s']:.1f} s" for r in results)
        + "; memory it adds "
        + " → ".join(f"{r['memory_mb'] / 1024:.1f} GB" for r in results)
        + "; ingest "
        + " → ".join(f"{r['vectors_per_s']:.0f}" if "vectors_per_s" in r else "—" for r in results)
        + " vectors/s."
    )
    return "\n".join(lines)


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
        "policy_ms": (90, 90, 200),  # holds the one model call (the classifiers embed first)
        "keyword_ms": (200, 40, 90),
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
    parser.add_argument(
        "--reuse", action="store_true", help="with --keep: time answers on kept indexes"
    )
    parser.add_argument("--rounds", type=int, default=2)
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
    entries = []
    try:
        for size in sorted(args.sizes):
            print(f"[{time.strftime('%H:%M:%S')}] {size} chunks: generate, ingest, open …")
            entries.append(prepare_size(size, work, embedder, args.reuse))
            sys.stdout.flush()
        print(f"[{time.strftime('%H:%M:%S')}] timing answers at every size in turn …")
        measure(entries, asked, args.rounds)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    results = [{k: v for k, v in e.items() if k != "assistant"} for e in entries]
    (OUT / "growth.json").write_text(json.dumps(results, indent=2))
    print(f"\nembedder: {args.embedder}, torch threads {args.threads or 'default'}, 2 cores")
    print_table(results)
    print()
    print(bend(results))
    plot(results, OUT / "growth.png")
    print(f"plot: {OUT / 'growth.png'}; numbers: {OUT / 'growth.json'}")


if __name__ == "__main__":
    main()
