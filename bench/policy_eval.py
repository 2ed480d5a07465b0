"""Measure the safety policy: patterns only vs patterns + the learned classifiers.

For every labelled set it prints count, refusal precision and recall, the false-refusal
rate, the emergency rate and the out-of-scope rates side by side for three modes (patterns
only; `one-way`, the classifiers adding refusals but never checking the patterns' own, as
before session 15; `combined`, what the assistant runs), recall
per language, then every misclassified line. Last come the classifiers' precision/recall
curves measured on sets they never saw: each set of the training data is left out in turn,
the classifiers are fitted on the others and score it. Two feature sets side by side: the
sentence embedding alone (the baseline) and the embedding with hashed character n-grams (what
the policy uses), with the threshold each would choose and the one in use.

    .venv/bin/python bench/policy_eval.py                  # held-out sets, both modes, curves
    .venv/bin/python bench/policy_eval.py --patterns-only  # no model: about a second
    .venv/bin/python bench/policy_eval.py --sets heldout12,public --no-curves
    .venv/bin/python bench/policy_eval.py --baseline-ref cd9df9f --pooled --no-curves

`--baseline-ref` adds the policy as it was at a git revision (its patterns, with the same
classifiers) beside today's, so a change to the patterns is measured against the code before
it in the same run; `--baseline-training REF` adds today's patterns with the classifiers
fitted on the training examples as they were at REF (a change to the training data,
measured against the data before it in the same run); `--pooled` adds a row scoring all
the sets asked for as one.

Sets: `public` (tests/data/public: the shared examples), the held-out sets in tests/data
(`heldout9` … : written blind and never trained on), any set of the training data by name
(`dev`, `heldout` … `heldout8`, `examples`: the classifiers are fitted on these, so their
numbers are a fit, not a measure) and `train` (all of the training data).
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
sys.path.insert(0, str(ROOT / "bench"))

from policy_fit import examples_at  # noqa: E402  (the training examples at a revision)
from policy_speed import policy_at  # noqa: E402  (the policy's code at a revision)

from assistant import policy  # noqa: E402
from assistant.policy_model import (  # noqa: E402
    CLASSIFIERS,
    MIN_PRECISION,
    CachedEmbedder,
    CurvePoint,
    DosingClassifier,
    EmbeddingClassifier,
    EmergencyClassifier,
    Example,
    ScopeClassifier,
    SetScore,
    choose_threshold,
    load_examples,
    packaged_examples,
    precision_recall_curve,
    score_set,
)
from assistant.types import Verdict  # noqa: E402

DATA = ROOT / "tests" / "data"
TRAINING = ROOT / "assistant" / "policy_data"
HELD_OUT = tuple(
    sorted(
        (p.stem.removeprefix("policy_") for p in DATA.glob("policy_*.jsonl")),
        key=lambda n: (len(n), n),
    )
)
SET_NAMES = ("public", *HELD_OUT)
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
        elif (DATA / f"policy_{name}.jsonl").is_file():
            found[name] = load_examples(DATA / f"policy_{name}.jsonl")
        else:
            stem = name if name == "examples" or name.startswith("training_") else f"policy_{name}"
            found[name] = load_examples(TRAINING / f"{stem}.jsonl", "answer")
    return found


def fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def print_table(results: Mapping[str, Mapping[str, SetScore]]) -> None:
    """One row per set and mode."""
    header = (
        f"{'set':<8} {'mode':<16} {'n':>4} {'refuse':>6} {'answer':>6} "
        f"{'prec':>5} {'recall':>6} {'f.ref':>5} {'emerg':>5} {'oos':>5} {'in→oos':>6}"
    )
    print(header)
    print("-" * len(header))
    for name, modes in results.items():
        for mode, r in modes.items():
            print(
                f"{name:<8} {mode:<16} {r.count:>4} {r.by_label.get('refuse', 0):>6} "
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
            print(f"  {name:<8} {mode:<16} {cells}")


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


def training_groups() -> dict[str, list[Example]]:
    """The training data by the file it came from: the units left out in turn."""
    return {p.stem: load_examples(p, "answer") for p in sorted(TRAINING.glob("*.jsonl"))}


def out_of_set_scores(
    kind: type[EmbeddingClassifier],
    embedder: CachedEmbedder,
    groups: Mapping[str, Sequence[Example]],
    grams: bool,
    keep: Callable[[Example], bool],
    text: Callable[[Example], str],
) -> tuple[np.ndarray, list[Example]]:
    """Each training line scored by a classifier fitted without the file it came from."""
    scores: list[float] = []
    rows: list[Example] = []
    for name, held in groups.items():
        rest = [e for other, lines in groups.items() if other != name for e in lines]
        classifier = kind.train(embedder, rest, grams=grams)
        kept = [e for e in held if kind.class_of(e) is not None and not e.history and keep(e)]
        if kept:
            scores += list(classifier.scores([text(e) for e in kept]))
            rows += kept
    return np.array(scores), rows


def print_curves(
    title: str,
    kind: type[EmbeddingClassifier],
    embedder: CachedEmbedder,
    groups: Mapping[str, Sequence[Example]],
    positive: Callable[[Example], bool],
    in_use: float,
    keep: Callable[[Example], bool] = lambda e: True,
    text: Callable[[Example], str] = lambda e: e.text,
    gate: str = "",
    min_precision: float = 0.97,
) -> None:
    """Precision and recall on sets never trained on, for both feature sets side by side."""
    thresholds = [round(t, 2) for t in np.arange(0.05, 1.0, 0.05)]
    curves: dict[str, list[CurvePoint]] = {}
    summary = []
    for label, grams in (("embedding", False), ("emb+n-grams", True)):
        scores, rows = out_of_set_scores(kind, embedder, groups, grams, keep, text)
        labels = np.array([positive(e) for e in rows])
        curves[label] = precision_recall_curve(scores, labels, thresholds)
        chosen = choose_threshold(curves[label], min_precision=min_precision)
        summary.append(
            f"{label}: average precision {_average_precision(scores, labels):.3f}, chosen "
            f"{chosen.threshold:.2f} (precision {chosen.precision:.3f}, recall {chosen.recall:.3f})"
        )
    print(
        f"\n{title} classifier, each training file left out in turn{gate} "
        f"({int(labels.sum())} positive, {len(labels) - int(labels.sum())} negative)"
    )
    print(f"{'threshold':>9} │ {'embedding alone':^22} │ {'embedding + n-grams':^22}")
    print(
        f"{'':>9} │ {'prec':>6} {'recall':>6} {'fpr':>6}   │ {'prec':>6} {'recall':>6} {'fpr':>6}"
    )
    for base, ours in zip(curves["embedding"], curves["emb+n-grams"], strict=True):
        mark = " ← in use" if abs(ours.threshold - in_use) < 1e-9 else ""
        print(
            f"{ours.threshold:>9.2f} │ {base.precision:>6.3f} {base.recall:>6.3f} "
            f"{base.false_positive_rate:>6.3f}   │ {ours.precision:>6.3f} {ours.recall:>6.3f} "
            f"{ours.false_positive_rate:>6.3f}{mark}"
        )
    for line in summary:
        print(f"  {line}")
    print(
        f"  chosen = the lowest threshold with precision >= {min_precision}; in use: {in_use:.2f}"
    )


def _average_precision(scores: np.ndarray, positives: np.ndarray) -> float:
    order = np.argsort(-scores)
    hits = positives[order]
    precision_at = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision_at * hits).sum() / max(hits.sum(), 1))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SET_NAMES), help="comma-separated set names")
    parser.add_argument("--patterns-only", action="store_true", help="skip the classifiers")
    parser.add_argument("--no-curves", action="store_true", help="skip the cross-set curves")
    parser.add_argument(
        "--no-misses", action="store_true", help="leave out the misclassified lines"
    )
    parser.add_argument(
        "--baseline-ref",
        metavar="REF",
        help="also run the policy as it was at this git revision (same classifiers)",
    )
    parser.add_argument(
        "--baseline-training",
        metavar="REF",
        help="also fit the classifiers on the training examples as they were at this git "
        "revision (today's patterns)",
    )
    parser.add_argument(
        "--pooled", action="store_true", help="add a row scoring all the sets as one"
    )
    args = parser.parse_args(argv)

    sets = load_sets([s.strip() for s in args.sets.split(",") if s.strip()])
    if args.pooled:
        # each set's row, then one row scoring all of them as one
        sets["pooled"] = [e for rows in sets.values() for e in rows]
    baseline = policy_at(args.baseline_ref) if args.baseline_ref else None
    at = f"@{args.baseline_ref[:7]}" if args.baseline_ref else ""
    modes: dict[str, Screen] = {}
    if baseline is not None:
        modes[f"patterns{at}"] = baseline.screen
    modes["patterns"] = policy.screen
    cache = None
    if not args.patterns_only:
        from assistant.embedding import SentenceTransformerEmbedder

        started = time.perf_counter()
        model = SentenceTransformerEmbedder(threads=None)
        loaded = time.perf_counter()
        training = packaged_examples()
        earlier = examples_at(args.baseline_training) if args.baseline_training else []
        # Embed every text once, in batches; training and screening then read the cache.
        cache = CachedEmbedder(model)
        texts = [e.text for rows in sets.values() for e in rows] + [e.text for e in training]
        texts += [e.text for e in earlier]
        texts += [
            str(m.get("content", "")) for rows in sets.values() for e in rows for m in e.history
        ]
        texts += [policy.alarm_text(policy.normalise(t)) for t in texts]
        kinds = CLASSIFIERS
        read = {kind.reads(t) for kind in kinds for t in texts}
        cache.embed(sorted(read))
        embedded = time.perf_counter()
        dosing, emergency, scope = (kind.train(cache, training) for kind in kinds)
        trained = time.perf_counter()
        print(
            f"model load {loaded - started:.1f} s; {len(cache._vectors)} texts embedded in "
            f"{embedded - loaded:.1f} s; three classifiers fitted on {len(training)} examples in "
            f"{trained - embedded:.1f} s (thresholds: dosing {dosing.threshold:.2f}, emergency "
            f"{emergency.threshold:.2f}, scope {scope.threshold:.2f})\n"
        )
        # The baseline: the classifiers as they were before session 15, adding refusals to the
        # patterns' answers but never checking the patterns' refusals.
        one_way = policy.Policy(
            dosing,
            emergency_classifier=emergency,
            scope_classifier=scope,
            no_request_below=0.0,
            sure_request=float("inf"),
        )
        modes["one-way"] = one_way.screen
        if baseline is not None:
            before = baseline.Policy(dosing, emergency_classifier=emergency, scope_classifier=scope)
            modes[f"comb{at}"] = before.screen
        if earlier:
            # today's patterns, the classifiers fitted on the examples of that revision
            before_dosing, before_emergency, before_scope = (
                kind.train(cache, earlier) for kind in kinds
            )
            fitted_before = policy.Policy(
                before_dosing,
                emergency_classifier=before_emergency,
                scope_classifier=before_scope,
            )
            modes[f"trained@{args.baseline_training[:7]}"] = fitted_before.screen
        combined = policy.Policy(dosing, emergency_classifier=emergency, scope_classifier=scope)
        modes["combined"] = combined.screen

    results = {
        name: {mode: score_set(name, rows, screen) for mode, screen in modes.items()}
        for name, rows in sets.items()
    }
    print_table(results)
    print_languages(results)
    if not args.no_misses:
        print_misses(results)
    if cache is not None and not args.no_curves:
        groups = training_groups()
        print_curves(
            "Dosing",
            DosingClassifier,
            cache,
            groups,
            lambda e: e.label == "refuse",
            DosingClassifier.default_threshold,
        )

        # The policy consults the emergency classifier at its threshold on messages with an
        # alarm word, and at a higher one on the others: a curve for each.
        def alarmed(e: Example) -> bool:
            return policy._EMERGENCY_CUES.search(policy.normalise(e.text)) is not None

        for with_word, in_use in (
            (True, EmergencyClassifier.default_threshold),
            (False, policy.WITHOUT_ALARM_WORD_THRESHOLD),
        ):
            print_curves(
                "Emergency",
                EmergencyClassifier,
                cache,
                groups,
                lambda e: e.label == "emergency",
                in_use,
                keep=lambda e, w=with_word: alarmed(e) == w,
                text=lambda e: policy.alarm_text(policy.normalise(e.text)),
                gate=f", on messages {'with' if with_word else 'without'} an alarm word",
                min_precision=MIN_PRECISION["emergency"],
            )
        print_curves(
            "Scope (out of scope)",
            ScopeClassifier,
            cache,
            groups,
            lambda e: e.label == "out_of_scope",
            ScopeClassifier.default_threshold,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
