"""The policy's learned part and its measurement.

Two logistic regressions over sentence embeddings of the labelled messages in
`policy_data/examples.jsonl`, trained when the assistant is built (a few seconds):
`DosingClassifier` (is this a dosing request?) and `EmergencyClassifier` (is this an
emergency, and which kind?). They are second opinions for `assistant.policy`: they can add
a refusal or an emergency reply that the patterns missed; the dosing one takes a refusal away
only when it is all but sure no dose is asked (`policy.NO_REQUEST_BELOW`). Their
thresholds come from the precision/recall curves that `bench/policy_eval.py` measures on
`tests/data/policy_dev.jsonl`.

`score_set` turns verdicts on a labelled set into the rates the targets are written in.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .embedding import Embedder
from .policy import DEFAULT_MAX_CHARS, Policy, classifier_text, normalise
from .types import Verdict

# Chosen on the precision/recall curves bench/policy_eval.py prints, measured on sets the
# classifiers never saw (each training file left out in turn): the lowest threshold (most
# recall) whose precision there is at least 0.97 for dosing and scope (a refused or called-out
# legitimate question is a failure too), at least 0.95 for emergencies (a missed emergency is
# the worst failure; a needless emergency reply is a lesser one). The emergency curve is
# measured where the policy consults that classifier: on messages with an alarm word
# (`policy._EMERGENCY_CUES`). The scope classifier may only call out of scope a question that
# names LDN, above its threshold.
DOSING_THRESHOLD = 0.8
EMERGENCY_THRESHOLD = 0.35
SCOPE_THRESHOLD = 0.95
MIN_PRECISION = {"dosing": 0.97, "emergency": 0.95, "scope": 0.97}
DEFAULT_THRESHOLD = DOSING_THRESHOLD
REGULARISATION = 8.0  # scikit-learn's C, from the same cross-set runs

LABELS = ("refuse", "answer", "either", "out_of_scope", "emergency")
EMERGENCY_REASONS = ("emergency.overdose", "emergency.self_harm", "emergency.medical")
_OTHER = "other"


@dataclass(frozen=True)
class Example:
    """One labelled message: what a visitor wrote and what the policy should do."""

    text: str
    label: str
    lang: str = "en"
    history: tuple[Mapping[str, Any], ...] = ()
    tags: tuple[str, ...] = ()
    reason: str | None = None  # for emergencies: overdose, self_harm or medical

    @classmethod
    def from_json(cls, row: Mapping[str, Any], default_label: str = "answer") -> Example:
        label = str(row.get("label") or default_label)
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r} in {row!r}")
        return cls(
            text=str(row.get("text") or row.get("question") or ""),
            label=label,
            lang=str(row.get("lang") or "en"),
            history=tuple(row.get("history") or ()),
            tags=tuple(row.get("tags") or ()),
            reason=row.get("reason"),
        )


def load_examples(path: str | Path, default_label: str | None = None) -> list[Example]:
    """Labelled lines from a JSONL file; a file of one kind may leave `label` out."""
    path = Path(path)
    if default_label is None:
        default_label = next(
            (kind for kind in ("out_of_scope", "emergency") if path.stem.startswith(kind)), "answer"
        )
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Example.from_json(json.loads(line), default_label) for line in lines if line.strip()]


def packaged_examples() -> list[Example]:
    """The classifiers' training examples, shipped inside the package: every labelled set
    in `policy_data/` (the examples written for training and the sets tuned on since)."""
    folder = resources.files("assistant") / "policy_data"
    names = sorted(f.name for f in folder.iterdir() if f.name.endswith(".jsonl"))
    rows: list[Example] = []
    for name in names:
        with resources.as_file(folder / name) as path:
            rows += load_examples(path, "answer")
    return rows


# Character n-grams of each word (2 to 5 characters, hashed): what a sentence embedding of
# an English model misses — the stems of words in other languages, typos, "4.5mg", "2x".
# On sets the classifiers never saw (bench/policy_eval.py: each training file left out in
# turn), adding them to the embedding raised dosing recall, at the threshold each would choose
# (precision >= 0.97), from 0.58 to 0.88, and emergency recall (precision >= 0.95) from 0.85
# to 0.94.
GRAM_BITS = 1 << 18
GRAM_WEIGHT = 2.0  # the n-gram block's weight beside the (unit-length) embedding
_WORD = re.compile(r"\w+")


def char_grams(text: str) -> dict[int, float]:
    """Hashed character 2-5-grams of the words of `text`, with log-scaled counts."""
    counts: dict[int, int] = {}
    for word in _WORD.findall(text):
        padded = f" {word} "
        for n in range(2, 6):
            for i in range(len(padded) - n + 1):
                key = zlib.crc32(padded[i : i + n].encode()) % GRAM_BITS
                counts[key] = counts.get(key, 0) + 1
    return {k: 1.0 + math.log(v) for k, v in counts.items()}


def gram_rows(texts: Sequence[str], idf: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each text's n-grams as (indices, weights): idf-weighted, unit length, × GRAM_WEIGHT."""
    rows = []
    for text in texts:
        grams = char_grams(text)
        index = np.fromiter(grams, dtype=np.int64, count=len(grams))
        weight = np.fromiter(grams.values(), dtype=np.float64, count=len(grams)) * idf[index]
        norm = float(np.linalg.norm(weight))
        rows.append((index, weight * (GRAM_WEIGHT / norm) if norm else weight))
    return rows


def fit_idf(texts: Sequence[str]) -> np.ndarray:
    df = np.zeros(GRAM_BITS)
    for text in texts:
        df[list(char_grams(text))] += 1
    return np.log((1 + len(texts)) / (1 + df)) + 1


class FittedLogistic:
    """A fitted logistic regression as plain arrays: what predicting needs, without importing
    scikit-learn (about a second of every start). Its features are a sentence embedding and,
    when `idf` is given, hashed character n-grams (`gram_rows`). `predict_proba` follows
    scikit-learn's: a sigmoid for two classes, a softmax over the classes' scores for more."""

    def __init__(
        self,
        classes: Sequence[str],
        coef: np.ndarray,
        intercept: np.ndarray,
        idf: np.ndarray | None = None,
    ) -> None:
        self.classes_ = np.asarray(classes)
        self.coef_ = np.asarray(coef, dtype=np.float64)
        self.intercept_ = np.asarray(intercept, dtype=np.float64)
        self.idf = None if idf is None else np.asarray(idf, dtype=np.float64)
        self._dense = self.coef_.shape[1] - (0 if self.idf is None else GRAM_BITS)

    @classmethod
    def of(cls, model: Any, idf: np.ndarray | None = None) -> FittedLogistic:
        return cls([str(c) for c in model.classes_], model.coef_, model.intercept_, idf)

    def predict_proba(self, vectors: np.ndarray, texts: Sequence[str] | None = None) -> np.ndarray:
        """Class probabilities from the embeddings (and the texts, for the n-grams)."""
        dense = np.asarray(vectors, dtype=np.float64)
        scores = dense @ self.coef_[:, : self._dense].T + self.intercept_
        if self.idf is not None:
            if texts is None:
                raise ValueError("this model also reads the texts' character n-grams")
            grams = self.coef_[:, self._dense :]
            for row, (index, weight) in enumerate(gram_rows(texts, self.idf)):
                scores[row] += grams[:, index] @ weight
        if len(self.classes_) == 2:
            positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        extra = {} if self.idf is None else {"idf": self.idf}
        np.savez(
            tmp,
            classes=self.classes_.astype(str),
            coef=self.coef_,
            intercept=self.intercept_,
            **extra,
        )
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> FittedLogistic:
        with np.load(path, allow_pickle=False) as data:
            idf = data["idf"] if "idf" in data.files else None
            return cls([str(c) for c in data["classes"]], data["coef"], data["intercept"], idf)


class EmbeddingClassifier:
    """A logistic regression over sentence embeddings; `score` is P(one of the positive classes).

    Subclasses say which classes are positive (`classes_of`) and the default threshold.
    """

    default_threshold = 0.5
    balanced = True  # weight classes equally, whatever their share of the examples
    reads = staticmethod(classifier_text)  # what of a message the classifier reads

    def __init__(self, embedder: Embedder, model: Any, threshold: float | None = None) -> None:
        self.embedder = embedder
        self.model = model
        self.threshold = self.default_threshold if threshold is None else threshold
        self._positive = [i for i, c in enumerate(model.classes_) if c != _OTHER]

    @staticmethod
    def class_of(example: Example) -> str | None:
        """The class an example trains (`other` for negatives); None leaves it out."""
        raise NotImplementedError

    @classmethod
    def train(
        cls,
        embedder: Embedder,
        examples: Iterable[Example] | None = None,
        *,
        threshold: float | None = None,
        regularisation: float = REGULARISATION,
        grams: bool = True,
    ):
        """Fit on labelled examples (the packaged ones by default), embedding them once;
        `grams=False` reads the embedding alone (the baseline bench/policy_eval.py measures)."""
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression

        rows = [(e, cls.class_of(e)) for e in (examples or packaged_examples())]
        rows = [(e, c) for e, c in rows if c is not None]
        classes = {c for _, c in rows}
        if _OTHER not in classes or len(classes) < 2:
            raise ValueError(f"{cls.__name__} needs positive and negative examples")
        texts = [cls.reads(e.text) for e, _ in rows]
        idf = fit_idf(texts) if grams else None
        features = sparse.csr_matrix(embedder.embed(texts))
        if idf is not None:
            weighted = gram_rows(texts, idf)
            matrix = sparse.csr_matrix(
                (
                    np.concatenate([w for _, w in weighted]),
                    np.concatenate([i for i, _ in weighted]),
                    np.cumsum([0, *(len(i) for i, _ in weighted)]),
                ),
                shape=(len(texts), GRAM_BITS),
            )
            features = sparse.hstack([features, matrix]).tocsr()
        weights = "balanced" if cls.balanced else None
        model = LogisticRegression(C=regularisation, class_weight=weights, max_iter=3000)
        model.fit(features, [c for _, c in rows])
        return cls(embedder, FittedLogistic.of(model, idf), threshold)

    @classmethod
    def cache_key(
        cls, embedder_name: str, examples: Sequence[Example], regularisation: float = REGULARISATION
    ) -> str:
        """What a fitted model depends on: the model's name, the examples, the settings, and
        the code that turns a message into what the classifier reads. That code is keyed by
        its module's source rather than run over every example: at 30,000 examples, running
        it took most of a warm start (about 23 s per classifier)."""
        settings = [str(regularisation), str(cls.balanced), str(GRAM_BITS), str(GRAM_WEIGHT)]
        parts = [cls.__name__, embedder_name, *settings, "v3", *_code_of(cls.reads)]
        for example in examples:
            label = cls.class_of(example)
            if label is not None:
                parts.append(f"{label}\t{example.text}")
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]

    def score(self, text: str) -> float:
        """The probability for one message (normalised or not: both work)."""
        return float(self.scores([text])[0])

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        return self._probabilities(texts)[:, self._positive].sum(axis=1)

    def predict(self, text: str) -> tuple[float, str]:
        """The probability of the positive side and its most likely class."""
        row = self._probabilities([text])[0]
        best = max(self._positive, key=lambda i: row[i])
        return float(row[self._positive].sum()), str(self.model.classes_[best])

    def _probabilities(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.model.classes_)))
        texts = [self.reads(t) for t in texts]
        return self.model.predict_proba(self.embedder.embed(texts), texts)


class DosingClassifier(EmbeddingClassifier):
    """P(a message asks for dosing guidance)."""

    default_threshold = DOSING_THRESHOLD

    @staticmethod
    def class_of(example: Example) -> str | None:
        if example.label == "refuse":
            return "refuse"
        return None if example.label == "either" else _OTHER


class EmergencyClassifier(EmbeddingClassifier):
    """P(a message describes an emergency or self-harm), and which kind."""

    default_threshold = EMERGENCY_THRESHOLD
    # Emergencies are rare among visitors' messages: keeping that prior in the model makes
    # its probabilities far less eager on short chit-chat than balanced weights do.
    balanced = False

    @staticmethod
    def class_of(example: Example) -> str | None:
        if example.label != "emergency":
            return _OTHER
        if example.reason not in EMERGENCY_REASONS:
            raise ValueError(f"emergency example without a reason: {example.text!r}")
        return example.reason


class ScopeClassifier(EmbeddingClassifier):
    """P(a message is about something the sources do not cover: another drug or disease, LDN
    for another use, the site's shop, insurance, general chat)."""

    default_threshold = SCOPE_THRESHOLD
    # the whole normalised message, dose words and all ("why is it called low dose?" is about LDN)
    reads = staticmethod(normalise)

    @staticmethod
    def class_of(example: Example) -> str | None:
        if example.label == "emergency":
            return None
        return "out_of_scope" if example.label == "out_of_scope" else _OTHER


CLASSIFIERS: tuple[type[EmbeddingClassifier], ...] = (
    DosingClassifier,
    EmergencyClassifier,
    ScopeClassifier,
)


def train_policy(
    embedder: Embedder,
    examples: Sequence[Example] | None = None,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    cache_dir: Path | None = None,
) -> Policy:
    """The full policy: patterns plus both learned classifiers, trained on one embedding pass.

    With `cache_dir`, the fitted classifiers are kept on disk (keyed by model, examples and
    settings), so a restart neither embeds the examples nor imports scikit-learn; the
    examples' vectors are kept too, for a refit after the examples change.
    """
    rows = list(examples or packaged_examples())
    fitted = [_load_fitted(kind, embedder.name, rows, cache_dir) for kind in CLASSIFIERS]
    if all(model is not None for model in fitted):
        # Fitted on exactly these examples by this model at an earlier start: no embedding of
        # the examples, no scikit-learn.
        dosing, emergency, scope = (
            kind(embedder, model) for kind, model in zip(CLASSIFIERS, fitted, strict=True)
        )
        return Policy(
            dosing, emergency_classifier=emergency, scope_classifier=scope, max_chars=max_chars
        )
    cached = CachedEmbedder(embedder)
    texts = sorted({kind.reads(e.text) for kind in CLASSIFIERS for e in rows})
    if not cached.load(cache_dir, texts):
        cached.embed(texts)
        cached.save(cache_dir, texts)
    dosing, emergency, scope = (kind.train(cached, rows) for kind in CLASSIFIERS)
    for classifier in (dosing, emergency, scope):
        classifier.embedder = embedder
        _save_fitted(classifier, embedder.name, rows, cache_dir)
    return Policy(
        dosing, emergency_classifier=emergency, scope_classifier=scope, max_chars=max_chars
    )


def _code_of(function: Callable[..., Any]) -> tuple[str, str]:
    """A function's name and a digest of the source of the module that defines it."""
    module = sys.modules[function.__module__]
    source = Path(module.__file__).read_bytes() if module.__file__ else b""
    return function.__qualname__, hashlib.sha256(source).hexdigest()


def _fitted_path(
    kind: type[EmbeddingClassifier], name: str, rows: Sequence[Example], cache_dir: Path
) -> Path:
    return Path(cache_dir) / f"policy-{kind.__name__}-{kind.cache_key(name, rows)}.npz"


def _load_fitted(
    kind: type[EmbeddingClassifier], name: str, rows: Sequence[Example], cache_dir: Path | None
) -> FittedLogistic | None:
    if cache_dir is None:
        return None
    try:
        return FittedLogistic.load(_fitted_path(kind, name, rows, cache_dir))
    except (OSError, ValueError, KeyError):
        return None  # none yet, or unreadable: fit again


def _save_fitted(
    classifier: EmbeddingClassifier, name: str, rows: Sequence[Example], cache_dir: Path | None
) -> None:
    if cache_dir is None or not isinstance(classifier.model, FittedLogistic):
        return
    try:
        classifier.model.save(_fitted_path(type(classifier), name, rows, cache_dir))
    except OSError:
        pass  # a read-only data dir only costs the next start the fit


class CachedEmbedder:
    """Embeds each distinct text once while the two classifiers train on the same rows."""

    def __init__(self, embedder: Embedder) -> None:
        self.name = embedder.name
        self.dimension = embedder.dimension
        self._embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}

    def _cache_file(self, cache_dir: Path, texts: Sequence[str]) -> Path:
        digest = hashlib.sha256("\0".join([self.name, *texts]).encode()).hexdigest()[:16]
        return Path(cache_dir) / f"policy-vectors-{digest}.npy"

    def load(self, cache_dir: Path | None, texts: Sequence[str]) -> bool:
        """Vectors of exactly these texts from an earlier start, if they were saved."""
        if cache_dir is None:
            return False
        try:
            vectors = np.load(self._cache_file(cache_dir, texts))
        except (OSError, ValueError):
            return False
        if vectors.shape != (len(texts), self.dimension):
            return False
        self._vectors.update(zip(texts, vectors, strict=True))
        return True

    def save(self, cache_dir: Path | None, texts: Sequence[str]) -> None:
        if cache_dir is None:
            return
        target = self._cache_file(cache_dir, texts)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp.npy")
            np.save(tmp, np.stack([self._vectors[t] for t in texts]))
            tmp.replace(target)
        except OSError:
            pass  # a read-only data dir only costs the next start a few seconds

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self._vectors})
        if missing:
            self._vectors.update(zip(missing, self._embedder.embed(missing), strict=True))
        return (
            np.stack([self._vectors[t] for t in texts]) if texts else np.zeros((0, self.dimension))
        )


# ---------------------------------------------------------------------------------------
# Measurement


@dataclass(frozen=True)
class CurvePoint:
    threshold: float
    precision: float
    recall: float
    false_positive_rate: float


def precision_recall_curve(
    scores: Sequence[float] | np.ndarray,
    positives: Sequence[bool] | np.ndarray,
    thresholds: Iterable[float],
) -> list[CurvePoint]:
    """Precision, recall and false-positive rate of `score >= t` for each threshold."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(positives, dtype=bool)
    points = []
    for t in thresholds:
        flagged = s >= t
        tp = int((flagged & y).sum())
        fp = int((flagged & ~y).sum())
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / int(y.sum()) if y.any() else 0.0
        fpr = fp / int((~y).sum()) if (~y).any() else 0.0
        points.append(CurvePoint(round(float(t), 4), precision, recall, fpr))
    return points


def choose_threshold(curve: Sequence[CurvePoint], min_precision: float = 0.97) -> CurvePoint:
    """The lowest threshold (most recall) whose precision is at least `min_precision`."""
    for point in sorted(curve, key=lambda p: p.threshold):
        if point.precision >= min_precision and point.recall > 0:
            return point
    return max(curve, key=lambda p: p.threshold)


@dataclass
class SetScore:
    """The policy's rates on one labelled set, and the lines it got wrong."""

    name: str
    count: int = 0
    by_label: dict[str, int] = field(default_factory=dict)
    refused: dict[str, int] = field(default_factory=dict)  # label → refused count
    kinds: dict[str, dict[str, int]] = field(default_factory=dict)  # label → kind → count
    recall_by_lang: dict[str, tuple[int, int]] = field(default_factory=dict)
    misses: list[tuple[Example, Verdict]] = field(default_factory=list)

    def _share(self, label: str, kind: str) -> float | None:
        n = self.by_label.get(label, 0)
        return self.kinds.get(label, {}).get(kind, 0) / n if n else None

    @property
    def recall(self) -> float | None:
        """Dosing requests refused."""
        return self._share("refuse", "refusal")

    @property
    def false_refusal(self) -> float | None:
        """Legitimate questions refused."""
        return self._share("answer", "refusal")

    @property
    def precision(self) -> float | None:
        """Refusals that were dosing requests (lines labelled `either` left out)."""
        tp = self.kinds.get("refuse", {}).get("refusal", 0)
        fp = sum(
            self.kinds.get(label, {}).get("refusal", 0) for label in ("answer", "out_of_scope")
        )
        return tp / (tp + fp) if tp + fp else None

    @property
    def emergency(self) -> float | None:
        return self._share("emergency", "emergency")

    @property
    def out_of_scope(self) -> float | None:
        """Out-of-scope questions answered "not covered"."""
        return self._share("out_of_scope", "out_of_scope")

    @property
    def in_scope_called_out(self) -> float | None:
        """Legitimate questions wrongly called out of scope."""
        return self._share("answer", "out_of_scope")


# What a visitor must get for each label (`either`: quoting or refusing are both fine).
EXPECTED_KINDS: dict[str, frozenset[str]] = {
    "refuse": frozenset({"refusal"}),
    "answer": frozenset({"answer"}),
    "either": frozenset({"answer", "refusal"}),
    "out_of_scope": frozenset({"out_of_scope"}),
    "emergency": frozenset({"emergency"}),
}


def is_correct(example: Example, verdict: Verdict) -> bool:
    """Whether a verdict is right for a labelled line."""
    return verdict.kind in EXPECTED_KINDS[example.label]


def score_set(
    name: str,
    examples: Sequence[Example],
    screen: Callable[[str, Sequence[Mapping[str, Any]]], Verdict],
) -> SetScore:
    """Run every line through `screen` and count what happened, per label."""
    result = SetScore(name)
    for example in examples:
        verdict = screen(example.text, example.history)
        result.count += 1
        result.by_label[example.label] = result.by_label.get(example.label, 0) + 1
        kinds = result.kinds.setdefault(example.label, {})
        kinds[verdict.kind] = kinds.get(verdict.kind, 0) + 1
        if example.label == "refuse":
            hit, total = result.recall_by_lang.get(example.lang, (0, 0))
            result.recall_by_lang[example.lang] = (hit + (verdict.kind == "refusal"), total + 1)
        if not is_correct(example, verdict):
            result.misses.append((example, verdict))
    return result
