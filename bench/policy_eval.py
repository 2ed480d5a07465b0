"""Measure the safety policy: patterns only vs patterns + the learned classifier.

For every labelled set it prints count, refusal precision and recall, the false-refusal
rate, the emergency rate and the out-of-scope rates side by side for both modes, recall
per language, then every misclassified line. Last comes the classifier's precision/recall
curve on the dev set, with what each threshold would do to the combined policy, and the
threshold this project uses (`policy_model.DEFAULT_THRESHOLD`).

    .venv/bin/python bench/policy_eval.py                  # all sets, both modes
    .venv/bin/python bench/policy_eval.py --patterns-only  # no model: about a second
    .venv/bin/python bench/policy_eval.py --sets dev,public

Sets: `public` (tests/data/public: the shared examples), `dev` (tests/data/policy_dev.jsonl,
tuned on), `heldout` … `heldout5` (tests/data/policy_heldout*.jsonl: each written
before the code first ran on it; see tests/data/README.md for which were later tuned on) and
`train` (the classifiers' own examples, for reference only).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import policy  # noqa: E402
from assistant.policy_model import (  # noqa: E402
    CachedEmbedder,
    CurvePoint,
    DosingClassifier,
    EmbeddingClassifier,
    EmergencyClassifier,
    Example,
    SetScore,
    choose_threshold,
    load_examples,
    packaged_examples,
    precision_recall_curve,
    score_set,
)
from assistant.types import Verdict  # noqa: E402

DATA = ROOT / "tests" / "data"
SET_NAMES = ("public", "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "train")
Screen = Callable[[str, Sequence[Mapping[str, Any]]], Verdict]


def load_sets(names: Sequence[str]) -> dict[str, list[Example]]:
    """The labelled sets by name, in the order asked for."""
    found: dict[str, list[Example]] = {}
    for name in names:
        if name == "public":
            found[name] = [
                e
                for kind in ("dosing", "out_of_scope", "emergency")
                for e in load_examples(DATA / "public" / f"{kind}.jsonl")
            ]
        elif name == "train":
            found[name] = packaged_examples()
        else:
            found[name] = load_examples(DATA / f"policy_{name}.jsonl")
    return found


def fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def print_table(results: Mapping[str, Mapping[str, SetScore]]) -> None:
    """One row per set and mode."""
    header = (
        f"{'set':<8} {'mode':<9} {'n':>4} {'refuse':>6} {'answer':>6} "
        f"{'prec':>5} {'recall':>6} {'f.ref':>5} {'emerg':>5} {'oos':>5} {'in→oos':>6}"
    )
    print(header)
    print("-" * len(header))
    for name, modes in results.items():
        for mode, r in modes.items():
            print(
                f"{name:<8} {mode:<9} {r.count:>4} {r.by_label.get('refuse', 0):>6} "
                f"{r.by_label.get('answer', 0):>6} {fmt(r.precision)} {fmt(r.recall):>6} "
                f"{fmt(r.false_refusal)} {fmt(r.emergency)} {fmt(r.out_of_scope)} "
                f"{fmt(r.in_scope_called_out):>6}"
            )
    print(
        "\nprec: refusals that were dosing requests; recall: dosing requests refused; "
        "f.ref: legitimate questions refused;\nemerg: emergencies answered with help first; "
        "oos: out-of-scope questions called so; in→oos: legitimate questions called out of scope."
    )


def print_languages(results: Mapping[str, Mapping[str, SetScore]]) -> None:
    print("\nDosing recall per language")
    for name, modes in results.items():
        for mode, r in modes.items():
            cells = "  ".join(
                f"{lang}:{hit}/{total}" for lang, (hit, total) in sorted(r.recall_by_lang.items())
            )
            print(f"  {name:<8} {mode:<9} {cells}")


def print_misses(results: Mapping[str, Mapping[str, SetScore]]) -> None:
    print("\nMisclassified lines (label → verdict kind:reason)")
    for name, modes in results.items():
        for mode, r in modes.items():
            print(f"\n[{name} / {mode}] {len(r.misses)} of {r.count}")
            for example, verdict in r.misses:
                turn = (
                    " (after: " + example.history[-1]["content"][:40] + ")"
                    if example.history
                    else ""
                )
                print(
                    f"  {example.label:>12} → {verdict.kind}:{verdict.reason:<20} {example.text!r}"
                    f"{turn}"
                )
                print(f"  {'':>12}   {'; '.join(verdict.evidence[:3])}")


def print_curve(
    title: str,
    classifier: EmbeddingClassifier,
    dev: Sequence[Example],
    positive: Callable[[Example], bool],
    min_precision: float,
    thresholds: Sequence[float],
    keep: Callable[[Example], bool] = lambda e: True,
    gate: str = "",
) -> CurvePoint:
    """One classifier alone on dev (on the messages `keep` lets through, as the policy does),
    and what each threshold does to the combined policy."""
    rows = [e for e in dev if e.label != "either" and not e.history and keep(e)]
    scores = classifier.scores([e.text for e in rows])
    labels = [positive(e) for e in rows]
    curve = precision_recall_curve(scores, labels, thresholds)
    chosen = choose_threshold(curve, min_precision=min_precision)
    in_use = classifier.threshold
    print(
        f"\n{title} classifier on dev{gate} ({sum(labels)} positive, {len(rows) - sum(labels)} "
        f"negative; average precision {_average_precision(scores, np.array(labels)):.3f})"
    )
    print(
        f"{'threshold':>9} {'prec':>6} {'recall':>6} {'fpr':>6} │ combined: {'recall':>6} "
        f"{'f.ref':>6} {'emerg':>6} {'false emerg':>11}"
    )
    for point in curve:
        classifier.threshold = point.threshold
        combined = score_set("dev", dev, _COMBINED[0].screen)
        false_emergencies = sum(
            k.get("emergency", 0) for label, k in combined.kinds.items() if label != "emergency"
        )
        mark = " ← chosen" if point.threshold == chosen.threshold else ""
        mark += " ← in use" if abs(point.threshold - in_use) < 1e-9 else ""
        print(
            f"{point.threshold:>9.2f} {point.precision:>6.3f} {point.recall:>6.3f} "
            f"{point.false_positive_rate:>6.3f} │ {'':>9} {fmt(combined.recall):>6} "
            f"{fmt(combined.false_refusal):>6} {fmt(combined.emergency):>6} "
            f"{false_emergencies:>11}{mark}"
        )
    classifier.threshold = in_use
    print(
        f"Chosen: the lowest threshold with precision >= {min_precision} on dev → "
        f"{chosen.threshold:.2f} (precision {chosen.precision:.3f}, recall {chosen.recall:.3f}); "
        f"in use: {in_use:.2f}."
    )
    return chosen


_COMBINED: list[policy.Policy] = []


def _average_precision(scores: np.ndarray, positives: np.ndarray) -> float:
    order = np.argsort(-scores)
    hits = positives[order]
    precision_at = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision_at * hits).sum() / max(hits.sum(), 1))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SET_NAMES), help="comma-separated set names")
    parser.add_argument("--patterns-only", action="store_true", help="skip the classifier")
    parser.add_argument(
        "--no-misses", action="store_true", help="leave out the misclassified lines"
    )
    args = parser.parse_args(argv)

    sets = load_sets([s.strip() for s in args.sets.split(",") if s.strip()])
    modes: dict[str, Screen] = {"patterns": policy.screen}
    dosing = emergency = None
    if not args.patterns_only:
        from assistant.embedding import SentenceTransformerEmbedder

        started = time.perf_counter()
        model = SentenceTransformerEmbedder()
        loaded = time.perf_counter()
        training = packaged_examples()
        dosing = DosingClassifier.train(model, training)
        emergency = EmergencyClassifier.train(model, training)
        trained = time.perf_counter()
        print(
            f"model load {loaded - started:.1f} s; both classifiers trained on {len(training)} "
            f"examples in {trained - loaded:.1f} s (dosing threshold {dosing.threshold:.2f}, "
            f"emergency threshold {emergency.threshold:.2f})\n"
        )
        # Embed every text once, in batches; screening then reads from the cache.
        cache = CachedEmbedder(model)
        texts = [e.text for rows in sets.values() for e in rows]
        texts += [
            str(m.get("content", "")) for rows in sets.values() for e in rows for m in e.history
        ]
        texts += [e.text for e in load_examples(DATA / "policy_dev.jsonl")]
        cache.embed(sorted({policy.classifier_text(t) for t in texts}))
        dosing.embedder = emergency.embedder = cache
        combined = policy.Policy(dosing, emergency_classifier=emergency)
        _COMBINED.append(combined)
        modes["combined"] = combined.screen

    results = {
        name: {mode: score_set(name, rows, screen) for mode, screen in modes.items()}
        for name, rows in sets.items()
    }
    print_table(results)
    print_languages(results)
    if not args.no_misses:
        print_misses(results)
    if dosing is not None and emergency is not None:
        dev = sets.get("dev") or load_examples(DATA / "policy_dev.jsonl")
        thresholds = [round(t, 2) for t in np.arange(0.05, 1.0, 0.05)]
        print_curve("Dosing", dosing, dev, lambda e: e.label == "refuse", 0.97, thresholds)
        # The policy consults the emergency classifier only on messages with an alarm word.
        print_curve(
            "Emergency",
            emergency,
            dev,
            lambda e: e.label == "emergency",
            0.97,
            thresholds,
            keep=lambda e: policy._EMERGENCY_CUES.search(policy.normalise(e.text)) is not None,
            gate=" messages with an alarm word",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
