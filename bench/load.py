"""50 visitors chatting through the app's HTTP interface for 60 s; every exchange counted.

    .venv/bin/python bench/load.py [--visitors 50] [--seconds 60] [--url URL --database-url DB]
                                   [--app VARIANT.py]

Without --url it prepares a data dir (`assistant ingest`) and starts `python app.py` itself,
with the default limits. Each visitor is one chat session from its own address (sent as
X-Forwarded-For, as a proxy in front would; the app trusts it from 127.0.0.1). A visitor
asks a question from the labelled sets (sometimes a follow-up after it), reads the reply as
it streams, thinks 2–5 s, and asks again, until the time is up.

Reported: errors (HTTP, broken streams, timeouts, "something went wrong" replies), replies
refused by a rate limit, the time until the reply appears and until its streamed reveal is
complete (the chat reveals a reply over ~0.6 s on purpose), CPU used by the app and by this
load generator (both share the machine's 2 cores), and the log check: the exchanges in the
log for each visitor's session must equal the replies that visitor got (limit and error
replies are not exchanges).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from chatclient import ChatError, Reply, Visitor, connect  # noqa: E402
from startup import AppProcess, app_env, free_port, prepare  # noqa: E402

from assistant.logstore import LogStore  # noqa: E402

LOGGED = frozenset({"answer", "refusal", "emergency", "out_of_scope", "invalid"})


def conversation_starters(rng: random.Random) -> list[list[str]]:
    """Questions from the labelled sets; about one in five is followed by a follow-up."""
    singles: list[list[str]] = []
    for path in sorted((ROOT / "tests/data/public").glob("*.jsonl")) + sorted(
        (ROOT / "tests/data").glob("qa_*.jsonl")
    ):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                singles.append([str(row.get("question") or row.get("text"))])
    pairs = []
    for line in (ROOT / "tests/data/followups.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pairs.append([row["history"][-1]["content"], row["question"]])
    rng.shuffle(singles)
    return singles + pairs * max(1, len(singles) // (4 * max(1, len(pairs))))


@dataclass
class Tally:
    """Everything the visitors saw."""

    replies: list[Reply] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    per_session: Counter[str] = field(default_factory=Counter)


async def visitor(
    number: int,
    client: httpx.AsyncClient,
    endpoint,
    conversations: list[list[str]],
    stop_at: float,
    tally: Tally,
    rng: random.Random,
) -> None:
    me = Visitor(client, endpoint, forwarded_for=f"10.77.{number // 250}.{number % 250 + 1}")
    await asyncio.sleep(rng.uniform(0, 2.0))  # visitors arrive over the first seconds
    while time.monotonic() < stop_at:
        for question in rng.choice(conversations):
            if time.monotonic() >= stop_at:
                break
            try:
                reply = await me.ask(question, timeout=60)
            except (TimeoutError, httpx.HTTPError, ChatError) as exc:
                tally.errors.append(f"{type(exc).__name__}: {exc}"[:200])
                continue
            tally.replies.append(reply)
            if reply.kind == "error":
                tally.errors.append(f"error reply to {question!r}")
            if reply.kind in LOGGED:
                tally.per_session[me.session_hash] += 1
            await asyncio.sleep(rng.uniform(2.0, 5.0))


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run(url: str, visitors: int, seconds: float, seed: int) -> tuple[Tally, float]:
    rng = random.Random(seed)
    conversations = conversation_starters(rng)
    tally = Tally()
    limits = httpx.Limits(max_connections=4 * visitors, max_keepalive_connections=2 * visitors)
    async with httpx.AsyncClient(base_url=url, limits=limits) as client:
        endpoint = await connect(url, client)
        started = time.monotonic()
        stop_at = started + seconds
        await asyncio.gather(
            *(
                visitor(n, client, endpoint, conversations, stop_at, tally, random.Random(seed + n))
                for n in range(visitors)
            )
        )
    return tally, time.monotonic() - started


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def report(tally: Tally, elapsed: float, log: LogStore | None, cpu: dict[str, float]) -> bool:
    replies = tally.replies
    kinds = Counter(r.kind for r in replies)
    shown = [r.first_text_s for r in replies if r.kind in LOGGED]
    complete = [r.complete_s for r in replies if r.kind in LOGGED]
    print(
        f"{'asks':>5} {'asks/s':>7} {'errors':>6} {'limited':>7} "
        f"{'shown p50':>9} {'p95':>6} {'max':>6} {'complete p50':>12} {'p95':>6}  kinds"
    )
    print("-" * 110)
    print(
        f"{len(replies) + len(tally.errors) - kinds['error']:>5} {len(replies) / elapsed:>7.1f} "
        f"{len(tally.errors):>6} {kinds['limit']:>7} "
        f"{pct(shown, 50):>8.3f}s {pct(shown, 95):>5.3f}s {max(shown, default=0):>5.2f}s "
        f"{pct(complete, 50):>11.3f}s {pct(complete, 95):>5.3f}s  "
        + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
    )
    for error in tally.errors[:10]:
        print(f"  error: {error}")
    print(
        "shown = until the reply appears in the chat; complete = until its streamed reveal ends"
        f"\nCPU over the run: app {cpu.get('app', float('nan')):.0%} of one core, "
        f"load generator {cpu['generator']:.0%} of one core (2 cores in all)"
        + (f"; app RSS {cpu['app_rss_mb']:.0f} MB" if "app_rss_mb" in cpu else "")
    )
    ok = not tally.errors and pct(shown, 95) < 1.0
    if log is not None:
        expected = sum(tally.per_session.values())
        found = sum(log.count(session_id=s) for s in tally.per_session)
        wrong = [s for s, n in tally.per_session.items() if log.count(session_id=s) != n]
        print(
            f"log check: {expected} exchanges answered, {found} in the log for those "
            f"{len(tally.per_session)} sessions; sessions that disagree: {len(wrong)}"
        )
        ok = ok and expected == found and not wrong
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visitors", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--url", help="an app that is already running (default: start one)")
    parser.add_argument("--database-url", help="its log, for the count (with --url)")
    parser.add_argument("--app", default="app.py", help="the script to start (a variant)")
    args = parser.parse_args()
    before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    app = None
    with tempfile.TemporaryDirectory(prefix="ldn-load-") as tmp:
        if args.url:
            url, database_url = args.url, args.database_url
        else:
            data_dir = Path(tmp) / "data"
            prepare(data_dir)
            app = AppProcess(app_env(data_dir, free_port()), Path(tmp) / "app.log", args.app)
            url = app.url
            database_url = f"sqlite:///{data_dir / 'log.sqlite3'}"
            asyncio.run(_wait_until_up(app))
        try:
            app_cpu = cpu_seconds(app.process.pid) if app else 0.0
            own_cpu = time.process_time()
            print(
                f"{args.visitors} visitors for {args.seconds:.0f} s against {url}; "
                f"load average before: {before}"
            )
            tally, elapsed = asyncio.run(run(url, args.visitors, args.seconds, args.seed))
            cpu = {"generator": (time.process_time() - own_cpu) / elapsed}
            if app:
                cpu["app"] = (cpu_seconds(app.process.pid) - app_cpu) / elapsed
                cpu["app_rss_mb"] = rss_mb(app.process.pid)
            print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
        finally:
            if app:
                app.stop()
        log = LogStore(database_url) if database_url else None
        ok = report(tally, elapsed, log, cpu)
        print("PASS" if ok else "FAIL", "(zero errors, shown p95 < 1 s, every exchange logged)")
        sys.exit(0 if ok else 1)


async def _wait_until_up(app: AppProcess, deadline_s: float = 180) -> None:
    """Until the chat answers once (its first reply also warms the app up)."""
    from startup import first_answer

    await first_answer(app, deadline_s)


if __name__ == "__main__":
    main()
