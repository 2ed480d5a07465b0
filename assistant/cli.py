"""The `assistant` command: ingest, ask, eval, logs."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from .settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
logs_app = typer.Typer(no_args_is_help=True, help="Read the exchange log.")
app.add_typer(logs_app, name="logs")

DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Index and log directory.")]
CorpusDir = Annotated[Path | None, typer.Option("--corpus-dir", help="Corpus directory.")]


def _settings(data_dir: Path | None = None, corpus_dir: Path | None = None) -> Settings:
    return Settings.from_env(data_dir=data_dir, corpus_dir=corpus_dir)


@app.command()
def ingest(data_dir: DataDir = None, corpus_dir: CorpusDir = None) -> None:
    """Build or update the index from the corpus (unchanged documents are not re-embedded)."""
    from .factory import build_index

    settings = _settings(data_dir, corpus_dir)
    progress, close = _progress_bar("Embedding")
    try:
        report = build_index(settings, progress=progress)
    finally:
        close()
    typer.echo(
        f"corpus {report.corpus_version}: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.removed)} removed, {len(report.unchanged)} unchanged; "
        f"{report.embedded} passages embedded in {report.seconds:.1f}s"
    )


@app.command()
def ask(
    question: Annotated[str | None, typer.Argument(help="The question to ask.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    jsonl: Annotated[
        str | None, typer.Option("--jsonl", help="Read JSON lines from FILE ('-' for stdin).")
    ] = None,
    data_dir: DataDir = None,
    corpus_dir: CorpusDir = None,
) -> None:
    """Ask one question, or a batch of JSON lines with --jsonl (the model loads once)."""
    from .factory import build_assistant

    if question is None and jsonl is None:
        raise typer.BadParameter("give a QUESTION or --jsonl FILE")
    assistant = build_assistant(_settings(data_dir, corpus_dir))
    if jsonl is None:
        answer = assistant.ask(question or "")
        typer.echo(json.dumps(answer.to_json(), ensure_ascii=False) if as_json else answer.answer)
        return
    stream = sys.stdin if jsonl == "-" else open(jsonl, encoding="utf-8", errors="replace")
    with stream:
        for line in stream:
            if not line.strip():
                continue
            item = _parse_line(line)
            answer = assistant.ask(
                str(item.get("text") or item.get("question") or ""),
                item.get("history") if isinstance(item.get("history"), list) else [],
                session_id=str(item["session_id"]) if item.get("session_id") else None,
            )
            sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
            sys.stdout.flush()


def _parse_line(line: str) -> dict[str, Any]:
    """A JSON object line; anything else is taken as the question text itself."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        return {"text": line.rstrip("\n")}
    return item if isinstance(item, dict) else {"text": line.rstrip("\n")}


@app.command("eval")
def evaluate(
    sets: Annotated[
        Path | None, typer.Option("--sets", help="Directory of labelled *.jsonl sets.")
    ] = None,
    show_failures: Annotated[bool, typer.Option("--failures/--no-failures")] = True,
    data_dir: DataDir = None,
    corpus_dir: CorpusDir = None,
) -> None:
    """Run labelled sets through `ask` and print the share that passed, per set."""
    from .evaluation import default_sets_dir, format_report, run_sets
    from .factory import build_assistant

    assistant = build_assistant(_settings(data_dir, corpus_dir))
    report = run_sets(assistant, sets or default_sets_dir())
    typer.echo(format_report(report, show_failures=show_failures))


@logs_app.command("list")
def logs_list(
    limit: Annotated[int, typer.Option("--limit", "-n")] = 20,
    kind: Annotated[str | None, typer.Option("--kind")] = None,
    search: Annotated[str | None, typer.Option("--search")] = None,
    data_dir: DataDir = None,
) -> None:
    """The newest exchanges, one line each."""
    from .logstore import LogStore

    with LogStore(_settings(data_dir).resolved_database_url) as store:
        for row in store.query(kind=kind, search=search, limit=limit):
            ex = row.exchange
            question = " ".join(ex.question.split())[:70]
            typer.echo(f"{ex.created_at[:19]}  {ex.kind:<12} {ex.reason:<18} {ex.id[:8]}  {question}")


@logs_app.command("export")
def logs_export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    kind: Annotated[str | None, typer.Option("--kind")] = None,
    data_dir: DataDir = None,
) -> None:
    """Export the log (all exchanges, or one kind) as JSON lines or CSV."""
    from .logstore import LogStore

    if fmt not in ("jsonl", "csv"):
        raise typer.BadParameter("--format must be jsonl or csv")
    with LogStore(_settings(data_dir).resolved_database_url) as store:
        if output is None:
            count = store.export(sys.stdout, fmt, kind=kind)
        else:
            with open(output, "w", encoding="utf-8", newline="") as fp:
                count = store.export(fp, fmt, kind=kind)
    typer.echo(f"{count} exchanges exported", err=True)


def _progress_bar(label: str) -> tuple[Any, Any]:
    """A progress callback that draws a bar on a terminal and stays quiet otherwise."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from rich.progress import Progress

    bar = Progress(transient=True)
    task = bar.add_task(label, total=None)
    bar.start()

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    return update, bar.stop


def main() -> None:
    app()
