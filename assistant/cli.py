"""The `assistant` command: ingest, ask, eval, logs."""

from __future__ import annotations

import json
import re
import sys
from datetime import timedelta
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
    """Build or update the index from the corpus (unchanged documents are not re-embedded),
    and the vectors a start would otherwise compute."""
    from .factory import build_index, warm_caches

    settings = _settings(data_dir, corpus_dir)
    progress, close = _progress_bar("Embedding")
    try:
        report = build_index(settings, progress=progress)
    finally:
        close()
    warm_caches(settings)
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


staff_app = typer.Typer(no_args_is_help=True, help="Staff accounts for the review console.")
app.add_typer(staff_app, name="staff")


def _read_password(password_stdin: bool) -> str:
    """One line from stdin, or a hidden prompt asked twice."""
    if password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@staff_app.command("add")
def staff_add(
    username: Annotated[str, typer.Argument(help="Letters, digits or _ . @ -")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin.")
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Add a staff account (or set its password); only a salted hash is stored."""
    from .logstore import LogStore
    from .staff import hash_password, validate_password, validate_username

    try:
        username = validate_username(username)
        password = validate_password(_read_password(password_stdin))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    with LogStore(_settings(data_dir).resolved_database_url) as store:
        store.add_staff(username, hash_password(password))
    typer.echo(f"staff account {username!r} saved")


@staff_app.command("list")
def staff_list(data_dir: DataDir = None) -> None:
    """Staff usernames: from the database, and from ASSISTANT_STAFF (marked)."""
    from .logstore import LogStore

    settings = _settings(data_dir)
    configured = {pair.partition(":")[0].strip() for pair in settings.staff}
    with LogStore(settings.resolved_database_url) as store:
        stored = set(store.list_staff())
    for name in sorted(stored | configured):
        typer.echo(f"{name}  (from settings)" if name in configured else name)


@staff_app.command("hash")
def staff_hash(
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin.")
    ] = False,
) -> None:
    """Print a password hash for ASSISTANT_STAFF=user:HASH (nothing is stored)."""
    from .staff import hash_password, validate_password

    try:
        typer.echo(hash_password(validate_password(_read_password(password_stdin))))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


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


_DURATION = {"h": "hours", "d": "days", "w": "weeks"}


def parse_age(text: str) -> timedelta:
    """'90d', '36h', '2w' (or a bare number of days) → a timedelta."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([hdw]?)\s*", text.lower())
    if not match:
        raise typer.BadParameter(f"{text!r}: expected a number and a unit: h, d or w (e.g. 90d)")
    amount, unit = float(match.group(1)), match.group(2) or "d"
    return timedelta(**{_DURATION[unit]: amount})


@logs_app.command("purge")
def logs_purge(
    older_than: Annotated[
        str | None,
        typer.Option(
            "--older-than",
            help="Age such as 90d, 36h or 2w (default: ASSISTANT_LOG_RETENTION_DAYS).",
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only count.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Delete exchanges (with their feedback and reviews) older than an age."""
    from datetime import UTC, datetime

    from .logstore import LogStore

    settings = _settings(data_dir)
    if older_than is None:
        if not settings.log_retention_days:
            raise typer.BadParameter(
                "give --older-than (e.g. 90d) or set ASSISTANT_LOG_RETENTION_DAYS"
            )
        age = timedelta(days=settings.log_retention_days)
    else:
        age = parse_age(older_than)
    cutoff = datetime.now(UTC) - age
    hours = age.total_seconds() / 3600
    said = f"{hours / 24:g} days" if hours % 24 == 0 else f"{hours:g} hours"
    with LogStore(settings.resolved_database_url) as store:
        if dry_run:
            count = store.count(until=cutoff)
            typer.echo(f"{count} exchanges older than {said} (before {cutoff:%Y-%m-%d %H:%M} UTC)")
            return
        count = store.purge(age)
    typer.echo(f"{count} exchanges older than {said} purged (before {cutoff:%Y-%m-%d %H:%M} UTC)")


# --- claim checks and corpus management (staff) ---------------------------------------------

corpus_app = typer.Typer(no_args_is_help=True, help="Check the corpus before it is served.")
app.add_typer(corpus_app, name="corpus")


@app.command("claims")
def claims_command(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per row.")] = False,
    corpus_dir: CorpusDir = None,
) -> None:
    """The article's claims, the sources each cites, and what each cited abstract says."""
    from .claims import build_claim_map, format_claims
    from .corpus import load_corpus
    from .embedding import SentenceTransformerEmbedder

    corpus = load_corpus(_settings(corpus_dir=corpus_dir).corpus_dir)
    embed = SentenceTransformerEmbedder().embed
    claim_map = build_claim_map(corpus.documents, embed, corpus.version)
    documents = corpus.by_id()
    if as_json:
        for row in claim_map.rows(documents):
            typer.echo(json.dumps(row.to_json(), ensure_ascii=False))
    else:
        typer.echo(format_claims(claim_map, documents), nl=False)


@app.command("add")
def add_command(
    pubmed_xml: Annotated[
        Path, typer.Option("--pubmed-xml", help="A PubMed export (PubmedArticleSet XML).")
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Replace a document with the same id or DOI.")
    ] = False,
    corpus_dir: CorpusDir = None,
) -> None:
    """Import PubMed records as corpus files (then run `assistant ingest`)."""
    from .corpus import CorpusError
    from .pubmed import PubmedError, describe, import_pubmed_xml

    target = _settings(corpus_dir=corpus_dir).corpus_dir
    try:
        report = import_pubmed_xml(pubmed_xml, target, force=force)
    except (PubmedError, CorpusError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    for line in describe(report):
        typer.echo(line)
    if report.refused:
        typer.echo("nothing written: fix or --force the refused records", err=True)
        raise typer.Exit(1)
    if report.written:
        typer.echo("set each new file's `evidence`, then run `assistant ingest`", err=True)


@corpus_app.command("check")
def corpus_check_command(
    sets: Annotated[
        list[Path] | None,
        typer.Option("--sets", help="Labelled *.jsonl files or directories (repeatable)."),
    ] = None,
    retrieval: Annotated[
        bool, typer.Option("--retrieval/--no-retrieval", help="Check what eval questions retrieve.")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per finding.")] = False,
    corpus_dir: CorpusDir = None,
) -> None:
    """Incomplete records, unmapped references, duplicate DOIs, never-retrieved documents.

    Exits 1 when there are errors (broken files, duplicate DOIs); warnings alone exit 0.
    """
    from .corpus import read_corpus
    from .corpus_check import ERROR, default_eval_paths, run_check, summary

    corpus = read_corpus(_settings(corpus_dir=corpus_dir).corpus_dir)
    paths = default_eval_paths()
    if sets:
        paths = [p for s in sets for p in (sorted(s.glob("*.jsonl")) if s.is_dir() else [s])]
    embedder = None
    if retrieval:
        from .embedding import SentenceTransformerEmbedder

        embedder = SentenceTransformerEmbedder()
    findings = run_check(corpus, eval_paths=paths, embedder=embedder)
    for finding in findings:
        typer.echo(json.dumps(finding.to_json(), ensure_ascii=False) if as_json else str(finding))
    typer.echo(
        f"{summary(findings)} in {len(corpus.documents)} documents (corpus {corpus.version})",
        err=as_json,
    )
    if any(f.level == ERROR for f in findings):
        raise typer.Exit(1)
