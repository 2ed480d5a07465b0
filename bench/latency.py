"""Warm answer latency over the eval-set questions, where the time goes, and two baselines.

    .venv/bin/python bench/latency.py [--rounds 3] [--no-profile]

One process, embedded stores (Chroma on disk, SQLite log) in a temporary directory, the
extractive answerer. After a warm-up on questions outside the sets, every question of
tests/data/public/*.jsonl and tests/data/qa_*.jsonl is asked once per round; the query-
embedding cache is emptied before each round, so every timed ask pays for the model as a
new visitor question does. The baselines of bench/quality.py (BM25 alone; plain LangChain:
Chroma similarity top-3 with the same embedding model) answer the same question right after
ours, interleaved, so machine load hits all three alike. Tables:

1. latency per system (ms), and per labelled set the share of questions whose gold source
   is shown and whose shown text holds a gold phrase (public/qa is ../shared/eval/qa.jsonl);
2. ours, step by step, from Answer.timings;
3. ours by reply kind;
4. a profile (pyinstrument, `pip install -e .[bench]`): the share of ask time per
   component and the functions with the most self time besides the embedding model.

The machine's load average is printed with the numbers: on 2 shared cores it matters.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quality import BM25, LANGCHAIN, OURS, build_systems, hit  # noqa: E402

from assistant import Settings, build_assistant  # noqa: E402
from assistant.evaluation import load_jsonl  # noqa: E402

WARM_UP = (
    "Hello, what can you tell me?",
    "What is naltrexone normally prescribed for?",
    "Which journals published these studies?",
    "Does LDN change immune cells?",
    "What happened to the tumours in the mouse experiments?",
)
# Where ask time goes, by the code that spends it (first match on the frame's file path).
COMPONENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("query embedding (model)", ("sentence_transformers", "transformers", "torch", "tokenizers")),
    ("vector store (Chroma)", ("chromadb",)),
    ("log write (SQL)", ("sqlalchemy", "sqlite3", "psycopg", "assistant/logstore")),
    ("log write (SQL)", ("assistant/spool", "assistant/privacy")),
    ("policy screen", ("assistant/policy",)),
    ("compose + verify quotes", ("assistant/compose", "assistant/citations", "assistant/claims")),
    ("BM25, fusion, sentence scoring", ("assistant/retrieval", "assistant/keyword")),
    ("pipeline glue", ("assistant/pipeline", "assistant/types")),
)
GLUE = ("other (Python, stdlib)", "pipeline glue")
OWN = ("log", "policy", "compose", "BM25", "pipeline")


def questions(root: Path = ROOT) -> list[tuple[str, dict[str, Any]]]:
    """(set name, row) for every distinct question of the public and labelled QA sets."""
    paths = sorted((root / "tests/data/public").glob("*.jsonl"))
    paths += sorted((root / "tests/data").glob("qa_*.jsonl"))
    seen: set[str] = set()
    out = []
    for path in paths:
        name = f"{path.parent.name}/{path.stem}" if path.parent.name == "public" else path.stem
        for row in load_jsonl(path):
            text = str(row.get("question") or row.get("text") or "")
            if text and text not in seen:
                seen.add(text)
                out.append((name, {**row, "question": text}))
    return out


def pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(values, q)) if len(values) else float("nan")


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def clear_query_cache(assistant) -> None:
    """Forget cached query vectors, so the next asks pay for the model like new questions."""
    clear = getattr(assistant.retriever._embedder, "clear_cache", None)
    if clear is not None:
        clear()


def measure(assistant, systems, rows, rounds: int) -> dict[str, Any]:
    """Ask every question of every round of every system, interleaved; collect times, hits."""
    times: dict[str, list[float]] = defaultdict(list)
    hits: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    steps: dict[str, list[float]] = defaultdict(list)
    by_kind: dict[str, list[float]] = defaultdict(list)
    misses: list[tuple[str, str, list[str]]] = []
    for round_no in range(rounds):
        clear_query_cache(assistant)
        for set_name, row in rows:
            q = row["question"]
            t = time.perf_counter()
            answer = assistant.ask(q, session_id=f"bench-{round_no}")
            wall = (time.perf_counter() - t) * 1000
            times[OURS].append(wall)
            by_kind[answer.kind].append(wall)
            for key, value in answer.timings.items():
                steps[key].append(value)
            steps["(wall clock of ask)"].append(wall)
            shown = {OURS: [(c.source_id, c.quote) for c in answer.citations]}
            for name in (BM25, LANGCHAIN):
                t = time.perf_counter()
                shown[name] = systems[name](q)
                times[name].append((time.perf_counter() - t) * 1000)
            if round_no == 0 and "gold_sources" in row:
                for name, got in shown.items():
                    hits[(set_name, name)].append(hit(row, got))
                    if name == OURS and not hits[(set_name, name)][-1][0]:
                        misses.append((set_name, q, [d for d, _ in got]))
    return {"times": times, "hits": hits, "steps": steps, "by_kind": by_kind, "misses": misses}


def print_latency(result: dict[str, Any], rows) -> None:
    times, hits = result["times"], result["hits"]
    sets = list(dict.fromkeys(s for s, r in rows if "gold_sources" in r))
    head = f"{'system':<30} {'asks':>5} {'p50 ms':>7} {'p95 ms':>7} {'mean':>6} {'max':>7}"
    print(head + "".join(f" {s[:18]:>18}" for s in sets))
    print("-" * (len(head) + 19 * len(sets)))
    for name in (OURS, LANGCHAIN, BM25):
        t = times[name]
        line = f"{name:<30} {len(t):>5} {pct(t, 50):>7.1f} {pct(t, 95):>7.1f} "
        line += f"{np.mean(t):>6.1f} {max(t):>7.1f}"
        for s in sets:
            source = sum(src for src, _ in hits[(s, name)]) / len(hits[(s, name)])
            phrase = sum(phr for _, phr in hits[(s, name)]) / len(hits[(s, name)])
            line += f" {f'{source:.0%} / {phrase:.0%}':>18}"
        print(line)
    base = times[LANGCHAIN]
    print(
        f"ours / LangChain: p50 ×{pct(times[OURS], 50) / pct(base, 50):.2f}, "
        f"p95 ×{pct(times[OURS], 95) / pct(base, 95):.2f}  (target ≤ ×2)"
    )
    print(
        "per set: gold source shown / and a shown text holds a gold phrase "
        "(ours: ≤4 quoted sentences; baselines: three ~500-character chunks)"
    )
    for set_name, question, cited in result["misses"]:
        print(f"  ours missed the gold source [{set_name}] {question!r} → cited {cited}")


def print_steps(result: dict[str, Any]) -> None:
    steps = result["steps"]
    wall = steps["(wall clock of ask)"]
    head = f"{'step (Answer.timings)':<24} {'p50 ms':>7} {'p95 ms':>7} {'mean':>6}"
    print(f"{head} {'share':>6} {'n':>5}")
    print("-" * 60)
    for key, values in steps.items():
        share = np.sum(values) / np.sum(wall)
        print(
            f"{key:<24} {pct(values, 50):>7.2f} {pct(values, 95):>7.2f} {np.mean(values):>6.2f} "
            f"{share:>6.0%} {len(values):>5}"
        )
    print(
        "a step's n is below the asks' where a reply skips it (a refusal embeds nothing);\n"
        "the policy's classifiers embed the message first, so the model's time shows in "
        "policy_ms and\nembed_ms is a cache hit whenever the model sees the same tokens "
        "(it lowercases: most questions)"
    )


def print_kinds(result: dict[str, Any]) -> None:
    print(f"{'reply kind':<14} {'asks':>5} {'p50 ms':>7} {'p95 ms':>7}")
    print("-" * 36)
    for kind, values in sorted(result["by_kind"].items(), key=lambda kv: -len(kv[1])):
        print(f"{kind:<14} {len(values):>5} {pct(values, 50):>7.1f} {pct(values, 95):>7.1f}")


def component(path: str | None) -> str | None:
    if not path:
        return None
    path = path.replace(os.sep, "/")
    for name, needles in COMPONENTS:
        if any(f"/{n}/" in path or f"/{n}." in path for n in needles):
            return name
    return None


def profile(assistant, rows, top: int = 12) -> None:
    """Where ask time goes, by component and by function, beyond the embedding model."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("(pyinstrument is not installed: pip install -e '.[bench]' for the profile)")
        return
    clear_query_cache(assistant)
    profiler = Profiler(interval=0.001, use_timing_thread=True)
    profiler.start()
    for _, row in rows:
        assistant.ask(row["question"], session_id="bench-profile")
    profiler.stop()
    root = profiler.last_session.root_frame()
    by_component: dict[str, float] = defaultdict(float)
    by_function: dict[str, float] = defaultdict(float)

    def walk(frame, inherited: str, caller: str) -> None:
        found = component(frame.file_path)
        # Libraries always count as themselves; our own modules only below the pipeline
        # (so the tokenizer a composer calls counts as composing).
        own = found if found and (inherited in GLUE or not found.startswith(OWN)) else inherited
        if frame.is_synthetic:  # pyinstrument's "[self]" and "[await]" leaves
            name = caller
        else:
            name = f"{frame.function}  {frame.file_path_short or '?'}:{frame.line_no}"
        self_time = frame.time - sum(c.time for c in frame.children)
        by_component[own] += self_time
        if own != COMPONENTS[0][0]:
            by_function[name] += self_time
        for child in frame.children:
            walk(child, own, name)

    walk(root, GLUE[0], "?")
    total = sum(by_component.values())
    n = len(rows)
    print(f"profiled {n} asks, {total * 1000 / n:.1f} ms each under the profiler")
    print(f"{'component':<32} {'ms/ask':>7} {'share':>6}")
    print("-" * 47)
    for name, seconds in sorted(by_component.items(), key=lambda kv: -kv[1]):
        print(f"{name:<32} {seconds * 1000 / n:>7.2f} {seconds / total:>6.0%}")
    print(f"\nbeyond the model: the {top} functions with the most self time")
    print(f"{'ms/ask':>7}  function")
    for name, seconds in sorted(by_function.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{seconds * 1000 / n:>7.3f}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the questions")
    parser.add_argument("--no-profile", action="store_true", help="skip the profiled pass")
    args = parser.parse_args()
    rows = questions()
    started_load = load_average()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        ours = build_assistant(Settings(data_dir=Path(tmp), corpus_dir=ROOT / "corpus"))
        built = time.perf_counter() - t
        systems = build_systems(ours, Path(tmp))
        for q in WARM_UP:
            for shown in systems.values():
                shown(q)
        import torch

        print(
            f"{len(rows)} distinct questions × {args.rounds} rounds; assistant built in "
            f"{built:.1f}s (cold index); {os.cpu_count()} CPUs, torch threads "
            f"{torch.get_num_threads()}; load average before: {started_load}"
        )
        result = measure(ours, systems, rows, args.rounds)
        print(f"load average after the timed rounds: {load_average()}\n")
        print_latency(result, rows)
        print()
        print_steps(result)
        print()
        print_kinds(result)
        if not args.no_profile:
            print()
            profile(ours, rows)


if __name__ == "__main__":
    main()
