"""Run each fault and attack N times and print the table the README carries.

    .venv/bin/python bench/faults.py               # everything, N=3 for app kills and cuts
    .venv/bin/python bench/faults.py --runs 5 --only kill,cut
    .venv/bin/python bench/faults.py --json out.json

Faults run against `python app.py` in a subprocess (real model, real index) with 20
visitors chatting through the HTTP API; PostgreSQL is the local server, reached through a
TCP proxy that the bench cuts. Attacks run against the app built in-process. Everything
talks to 127.0.0.1 only, and every loop is bounded.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]

from conftest_pg import postgres_schema  # noqa: E402
from faultkit import (  # noqa: E402
    AppProcess,
    ChatLoad,
    TcpProxy,
    chroma_server,
    logged_questions,
    postgres_target,
    spooled_questions,
    through_proxy,
    wait_for,
)


@dataclass
class Row:
    """One line of the table: a fault or attack, tried `times`, and what came of it."""

    what: str
    times: int = 0
    lost: int = 0
    visitor_saw: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def app_env(work: Path, index: Path, **extra: str) -> dict[str, str]:
    if not (work / "data" / "chroma").exists():
        shutil.copytree(index, work / "data" / "chroma")
    return {
        "ASSISTANT_DATA_DIR": str(work / "data"),
        "ASSISTANT_CORPUS_DIR": str(ROOT / "corpus"),
        "ASSISTANT_RATE_PER_CLIENT": "100000",
        "ASSISTANT_RATE_PER_SESSION": "100000",
        **extra,
    }


def build_real_index(work: Path) -> Path:
    from assistant import Settings
    from assistant.factory import build_index

    data = work / "index-data"
    build_index(Settings(data_dir=data, corpus_dir=ROOT / "corpus"))
    return data / "chroma"


def kill_9(work: Path, index: Path, runs: int, database: str) -> Row:
    """kill -9 the app while 20 visitors chat; restart it on the same data; repeat."""
    row = Row(f"kill -9 `python app.py` under 20 chatting visitors ({database})")
    received = failed = 0
    integrity_ok = True
    with ExitStack() as stack:
        if database == "postgresql":
            url = stack.enter_context(postgres_schema())
            extra = {"ASSISTANT_DATABASE_URL": url}
        else:
            url = f"sqlite:///{work / 'data' / 'log.sqlite3'}"
            extra = {}
        answered: list[str] = []
        app = AppProcess(app_env(work, index, **extra), work / f"app-{database}.log")
        for _ in range(runs):
            app.start()
            load = ChatLoad(app.url, clients=20).start()
            wait_for(lambda load=load: len(load.received) >= 10, timeout=60)
            time.sleep(2)
            app.kill()
            load.stop()
            row.times += 1
            received += len(load.received)
            failed += len(load.failed)
            answered += load.received
            from assistant.logstore import LogStore

            with LogStore(url) as store:
                integrity_ok &= store.check_integrity()
        app.start()  # the spool, if any, drains at start; the app must come back
        logged = logged_questions(url)
        app.stop()
        spooled = spooled_questions(work / "data" / "spool")
    lost = [q for q in answered if q not in set(logged) | set(spooled)]
    row.lost = len(lost)
    row.visitor_saw = (
        f"{received} answers; the {failed} requests in flight at the kills got a dropped "
        "connection (no answer, so nothing owed to the log)"
    )
    row.details = {
        "answered": received,
        "in_flight_cut": failed,
        "logged": len(logged),
        "duplicates": len(logged) - len(set(logged)),
        "integrity_ok": integrity_ok,
    }
    return row


def postgres_cut(work: Path, index: Path, runs: int, outage: float = 4.0) -> Row:
    """Cut PostgreSQL (a proxy in front of it) for `outage` seconds, `runs` times."""
    row = Row(f"PostgreSQL unreachable for {outage:g} s while 20 visitors chat")
    with postgres_schema() as url, TcpProxy(postgres_target(url)) as proxy:
        env = app_env(work, index, ASSISTANT_DATABASE_URL=through_proxy(url, proxy))
        app = AppProcess(env, work / "app-cut.log").start()
        load = ChatLoad(app.url, clients=20).start()
        wait_for(lambda: len(load.received) >= 10, timeout=60)
        while_down = 0
        drain: list[float] = []
        for _ in range(runs):
            proxy.stop()
            before = len(load.received)
            time.sleep(outage)
            while_down += len(load.received) - before
            proxy.start()
            back = time.monotonic()
            snapshot = list(load.received)
            wait_for(lambda s=snapshot: set(s) <= set(logged_questions(url)), timeout=90)
            drain.append(time.monotonic() - back)
            row.times += 1
        load.stop()
        wait_for(lambda: set(load.received) <= set(logged_questions(url)), timeout=90)
        app.stop()
        logged = logged_questions(url)
    row.lost = len(set(load.received) - set(logged))
    row.visitor_saw = (
        f"an answer every time: {len(load.received)} answers, {while_down} of them while "
        f"the database was away; {len(load.failed)} errors"
    )
    row.details = {
        "answered": len(load.received),
        "answered_while_down": while_down,
        "errors": len(load.failed),
        "duplicates": len(logged) - len(set(logged)),
        "seconds_to_write_spool_after_return": [round(s, 1) for s in drain],
    }
    return row


def chroma_death(work: Path, runs: int) -> Row:
    """Kill the Chroma server under a serving assistant; ask; count keyword-only answers."""
    from assistant import Settings, build_assistant
    from assistant.embedding import SentenceTransformerEmbedder

    row = Row("Chroma server killed while serving")
    embedder = SentenceTransformerEmbedder()
    answered = refused = logged_reason = 0
    for i in range(runs):
        with chroma_server(work / f"chroma-{i}") as (url, proc):
            settings = Settings(
                data_dir=work / f"cd-{i}", corpus_dir=ROOT / "corpus", chroma_url=url
            )
            assistant = build_assistant(settings, embedder=embedder)
            proc.kill()
            proc.wait(10)
            for question in ChatLoad.QUESTIONS:
                answer = assistant.ask(question)
                answered += answer.kind == "answer"
                refused += answer.kind == "refusal"
                logged = assistant.log.get(answer.exchange_id)
                reasons = [e for e in (logged.evidence if logged else []) if "retrieval.fault" in e]
                logged_reason += bool(reasons) or answer.kind == "refusal"
            assistant.log.close()
        row.times += 1
    asked = runs * len(ChatLoad.QUESTIONS)
    row.visitor_saw = (
        f"{answered} answers with quotes from keyword-only retrieval, {refused} dosing "
        f"refusals, of {asked} questions; the reason is in each logged exchange"
    )
    row.details = {"asked": asked, "fault_reason_logged": logged_reason}
    return row


def corrupt_index(work: Path, runs: int) -> Row:
    from assistant import Settings, build_assistant
    from assistant.embedding import HashingEmbedder

    row = Row("index database corrupt at start (chroma.sqlite3 overwritten)")
    rebuilt = 0
    for i in range(runs):
        settings = Settings(data_dir=work / f"ci-{i}", corpus_dir=ROOT / "corpus")
        build_assistant(settings, embedder=HashingEmbedder()).log.close()
        (settings.chroma_dir / "chroma.sqlite3").write_bytes(b"garbage" * 1000)
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient._identifier_to_system.pop(str(settings.chroma_dir), None)
        assistant = build_assistant(settings, embedder=HashingEmbedder())
        rebuilt += assistant.retriever.dense.count() > 0
        assistant.log.close()
        row.times += 1
    row.visitor_saw = f"nothing: rebuilt from the corpus at start {rebuilt}/{runs} times"
    return row


def broken_corpus(work: Path, runs: int) -> Row:
    from assistant import Settings, build_assistant
    from assistant.embedding import HashingEmbedder

    row = Row("a corpus file with broken front matter")
    loaded = []
    for i in range(runs):
        corpus = work / f"corpus-{i}"
        shutil.copytree(ROOT / "corpus", corpus)
        (corpus / "ma2020-colorectal.md").write_text("---\ntitle: [unclosed\n---\nbody\n")
        settings = Settings(data_dir=work / f"bc-{i}", corpus_dir=corpus)
        assistant = build_assistant(settings, embedder=HashingEmbedder())
        loaded.append(len(assistant.corpus.documents))
        assistant.log.close()
        row.times += 1
    row.visitor_saw = (
        f"answers from the other {min(loaded)} documents; a warning names the file at start"
    )
    return row


def attacks(work: Path) -> list[Row]:
    """The attacks of tests/test_security.py, counted: each must get nothing."""
    import httpx
    import test_security as sec
    from gradio_client import Client

    from assistant import build_assistant
    from assistant.embedding import HashingEmbedder
    from assistant.privacy import find_identifiers
    from assistant.ui import build_app, serve_in_background

    settings = sec.site_settings(work / "attack")
    assistant = build_assistant(settings, embedder=HashingEmbedder())
    app = build_app(assistant, settings)
    rows = []
    with serve_in_background(app) as url:
        client = httpx.Client(base_url=url, timeout=60)
        # 1. every route and every console handler without a login
        calls = answered = 0
        for template, methods in sorted({(p, frozenset(m)) for p, m in sec.routes(app)}):
            path = sec.concrete(template)
            if not path.startswith("/review") and any(s in path for s in sec.ENDLESS):
                continue
            for method in sorted(methods & {"GET", "POST"}):
                calls += 1
                try:
                    r = client.request(method, path, json={"data": [], "fn_index": 0})
                except httpx.TransportError:
                    continue
                staff_only = path.startswith("/review") and path.rstrip("/") not in (
                    sec.REVIEW_PUBLIC | sec.REVIEW_NO_DATA
                )
                answered += staff_only and r.status_code < 300
        staff = sec.login(url, "carol")
        indices = [d["id"] for d in staff.get("/review/config").json()["dependencies"]]
        for fn_index in indices:
            calls += 1
            r = client.post(
                "/review/gradio_api/queue/join",
                json={"data": [], "fn_index": fn_index, "session_hash": "v"},
            )
            answered += r.status_code < 300
        rows.append(
            Row(
                "every HTTP route and console handler called without a staff login",
                calls,
                answered,
                f"{answered} answered with data; the rest 401/303/403/404",
            )
        )
        # 2. SQL injection through the console's search and filters
        store = assistant.log
        before = store.count()
        console = Client(url + "/review/", auth=("alice", sec.PASSWORD), verbose=False)
        matched_all = 0
        for payload in sec.INJECTIONS:
            _, info = console.predict("All", "All", "All", None, None, payload, api_name="/search")
            matched_all += f"· {before} exchange" in info and before > 0
        rows.append(
            Row(
                "SQL injection in the console search box",
                len(sec.INJECTIONS),
                (store.count() != before) + matched_all,
                "payloads matched as literal text; no table touched",
            )
        )
        # 3. path traversal through the file routes
        targets = [
            "/etc/passwd",
            "../../../../etc/passwd",
            "..%2f..%2fetc%2fpasswd",
            "/proc/self/environ",
            str(Path(settings.data_dir).resolve() / "log.sqlite3"),
        ]
        served = 0
        for target in targets:
            for prefix in ("", "/review"):
                r = client.get(f"{prefix}/gradio_api/file={target}")
                served += r.status_code == 200
        rows.append(
            Row("path traversal via /gradio_api/file=", len(targets) * 2, served, "403/404/401")
        )
        # 4. password guessing
        guesses = 0
        status = 0
        while guesses < 50 and status != 429:
            guesses += 1
            status = client.post(
                "/review/login", data={"username": "bob", "password": f"guess{guesses}"}
            ).status_code
        rows.append(
            Row(
                "password guessing on one staff account",
                guesses,
                0,
                f"HTTP 429 with Retry-After after {guesses - 1} wrong passwords",
            )
        )
        # 5. bad input through the chat API
        payloads: list[Any] = [
            "", "   ", "\x00\x01", "\u202eLDN?", "😀" * 100, "x" * 1_000_000,
            "<script>window.__xss=1</script>", ["a", "list"], None, {"wrong": "shape"},
        ]
        errors = 0
        for payload in payloads:
            r = client.post("/gradio_api/call/chat", json={"data": [payload]})
            if r.status_code >= 500:
                errors += 1
                continue
            if r.status_code == 200:
                stream = client.get(f"/gradio_api/call/chat/{r.json()['event_id']}").text
                errors += "event: complete" not in stream and "event: error" not in stream
        for raw in (b'{"data": ["\xff\xfe"]}', b"not json", b"[" * 10_000):
            r = client.post(
                "/gradio_api/call/chat", content=raw, headers={"content-type": "application/json"}
            )
            errors += r.status_code >= 500
        rows.append(
            Row(
                "bad input through the chat API (empty, NUL, RTL, emoji, 1 MB, wrong shapes, "
                "invalid UTF-8, deep JSON)",
                len(payloads) + 3,
                0,
                f"a clear message or a 4xx; {errors} server errors",
            )
        )
        # 6. identifiers typed into the chat
        typed = [
            "mail me at jo.smith@example.com about LDN side effects",
            "call +44 20 7946 0958, what is LDN?",
            "my card 4111 1111 1111 1111, LDN cost?",
            "SSN 123-45-6789 — can LDN help?",
            "is 4.5 mg of LDN studied? reach me on (555) 123-4567",
        ]
        leaked = 0
        for text in typed:
            answer = assistant.ask(text)
            logged = store.get(answer.exchange_id)
            secrets = [text[f.start : f.end] for f in find_identifiers(text)]
            leaked += any(s in json.dumps(asdict(logged)) for s in secrets)
        rows.append(
            Row(
                "e-mail, phone, card, SSN typed into the chat",
                len(typed),
                leaked,
                "their answer as usual; the log holds [email], [phone]…",
            )
        )
    assistant.log.close()
    return rows


def print_table(rows: list[Row]) -> None:
    print("| fault or attack | times | lost / leaked | what the visitor saw |")
    print("|---|---:|---:|---|")
    for row in rows:
        print(f"| {row.what} | {row.times} | {row.lost} | {row.visitor_saw} |")
    for row in rows:
        if row.details:
            print(f"\n{row.what}: {json.dumps(row.details)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="kill,cut,chroma,index,corpus,attacks")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    only = set(args.only.split(","))
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="ldn-faults-") as tmp:
        work = Path(tmp)
        index = build_real_index(work) if only & {"kill", "cut"} else Path()
        steps: list[tuple[str, Callable[[], Row | list[Row]]]] = [
            ("kill", lambda: kill_9(work / "k-sqlite", index, args.runs, "sqlite")),
            ("kill", lambda: kill_9(work / "k-pg", index, args.runs, "postgresql")),
            ("cut", lambda: postgres_cut(work / "cut", index, args.runs)),
            ("chroma", lambda: chroma_death(work / "chroma", args.runs)),
            ("index", lambda: corrupt_index(work / "index", args.runs)),
            ("corpus", lambda: broken_corpus(work / "corpus", args.runs)),
            ("attacks", lambda: attacks(work / "attacks")),
        ]
        for name, step in steps:
            if name not in only:
                continue
            started = time.monotonic()
            result = step()
            for row in result if isinstance(result, list) else [result]:
                row.details["seconds"] = round(time.monotonic() - started, 1)
                rows.append(row)
                print(f"[{row.times}x] {row.what}: lost {row.lost}", file=sys.stderr, flush=True)
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=2))
    return 1 if any(r.lost for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
