"""The safety policy's pattern pass, timed against an earlier revision in the same run.

    .venv/bin/python bench/policy_speed.py [--baseline 54aa5ff] [--rounds 3]

`assistant/policy.py` as it was at the baseline revision (read with `git show`) and as it is
now screen every line of the held-out policy sets (tests/data/policy_heldout*.jsonl), patterns
only (no classifier: the model's share is measured by bench/latency.py), in interleaved rounds
so machine load hits both alike. Prints the median time per message and each round's.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import assistant  # noqa: E402,F401  (the package the baseline module is loaded into)
from assistant import policy  # noqa: E402
from assistant.policy_model import load_examples  # noqa: E402


def policy_at(revision: str):
    """assistant/policy.py as it was at `revision`, as a module of the package."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:assistant/policy.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    name = "assistant._policy_baseline"
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(name, loader=None))
    module.__package__ = "assistant"
    sys.modules[name] = module
    exec(compile(source, f"policy.py@{revision}", "exec"), module.__dict__)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="54aa5ff", help="git revision to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    examples = [
        e
        for path in sorted((ROOT / "tests" / "data").glob("policy_heldout*.jsonl"))
        for e in load_examples(path)
    ]
    systems = {f"baseline {args.baseline}": policy_at(args.baseline), "now": policy}
    for module in systems.values():  # compile the patterns before timing
        module.screen(examples[0].text, examples[0].history)
    times: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(args.rounds):
        for name, module in systems.items():
            started = time.perf_counter()
            for example in examples:
                module.screen(example.text, example.history)
            times[name].append((time.perf_counter() - started) / len(examples) * 1000)
    print(f"patterns-only screen() over {len(examples)} held-out lines, {args.rounds} rounds")
    print(f"{'policy':<22} {'median ms/msg':>14}  rounds")
    for name, values in times.items():
        rounds = ", ".join(f"{v:.2f}" for v in values)
        print(f"{name:<22} {sorted(values)[len(values) // 2]:>14.2f}  {rounds}")


if __name__ == "__main__":
    main()
