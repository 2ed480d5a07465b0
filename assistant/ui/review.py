"""The staff console: read the log, open an exchange, label it, export, and a small dashboard.

Every handler checks the staff session itself (`_staff`); the login page is outside Gradio.
"""

from __future__ import annotations

import html
import json
import logging
import math
import re
import tempfile
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from ..logstore import LABELS, ExchangeRow, LogStore
from ..staff import COOKIE, StaffAuth
from ..types import KINDS
from .chat import render_reply

log = logging.getLogger(__name__)

CSS = (Path(__file__).parent / "review.css").read_text(encoding="utf-8")
TITLE = "LDN assistant · staff review"
PAGE_SIZE = 25
ALL = "All"
FEEDBACK_VIEWS: Mapping[str, tuple[str | None, str]] = {
    "Thumbs down first": (None, "feedback_first"),
    "Thumbs down only": ("down", "newest"),
    "Thumbs up only": ("up", "newest"),
    "No feedback": ("none", "newest"),
    "All": (None, "newest"),  # newest first
}
REVIEWED_VIEWS: Mapping[str, bool | None] = {ALL: None, "Not reviewed": False, "Reviewed": True}
PERIODS: Mapping[str, int | None] = {
    "Last 7 days": 7,
    "Last 30 days": 30,
    "Last 90 days": 90,
    "All time": None,
}
NO_LABEL = "(none)"
KIND_NAMES = {
    "answer": "answer",
    "refusal": "refusal",
    "emergency": "emergency",
    "out_of_scope": "out of scope",
    "invalid": "invalid",
}
TABLE_HEADERS = ["When (UTC)", "Kind", "Feedback", "Review", "Question"]
_EXPECTED = re.compile(r"\bexpected(?:_kind)?\s*[:=]\s*([a-z_]+)", re.I)


def expected_kind(row: ExchangeRow) -> str:
    """The kind a test case made from a reviewed exchange should expect.

    A note may say it (`expected: emergency`); otherwise an unsafe reply should have been a
    refusal, and an incorrect one should have gone the other way (answer ↔ not answered).
    """
    found = _EXPECTED.search(row.note or "")
    if found and found.group(1).lower() in KINDS:
        return found.group(1).lower()
    if row.label == "unsafe":
        return "refusal"
    return "out_of_scope" if row.exchange.kind == "answer" else "answer"


def as_test_case(row: ExchangeRow) -> dict[str, str]:
    """A regression line `{"text", "expected_kind", "note"}` for a labelled exchange."""
    note = f"{row.label}: {row.note}" if row.note else str(row.label)
    return {
        "text": row.exchange.question,
        "expected_kind": expected_kind(row),
        "note": f"{note} (exchange {row.exchange.id}, was {row.exchange.kind})",
    }


def parse_day(value: Any) -> date | None:
    """A date from the date picker (or typed text); None when empty."""
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC).date()
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise gr.Error(f"Not a date: {str(value)[:40]!r} (use YYYY-MM-DD).") from exc


def one_line(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def feedback_text(row: ExchangeRow) -> str:
    if row.liked is None:
        return "–"
    return "👍 up" if row.liked else "👎 down"


def review_text(row: ExchangeRow) -> str:
    if not row.reviewed:
        return "–" if not row.label else f"({row.label})"
    return f"✓ {row.label}" if row.label else "✓"


def build_review(store: LogStore, auth: StaffAuth, chunk_texts: Mapping[str, str]) -> gr.Blocks:
    """The staff console as a Blocks app (mounted at `/review` by `build_app`, behind a login)."""

    def _staff(request: gr.Request | None) -> str:
        """The logged-in staff member, or an error: checked in every handler, not only the page."""
        cookies = getattr(request, "cookies", None) if request is not None else None
        token = cookies.get(COOKIE) if cookies is not None else None
        user = auth.username(token)
        if user is None:
            raise gr.Error("Your staff session has ended. Please log in again.")
        return user

    def _filters(
        kind: str, feedback: str, reviewed: str, since: Any, until: Any, text: str
    ) -> tuple[dict[str, Any], str]:
        liked, order = FEEDBACK_VIEWS.get(feedback, FEEDBACK_VIEWS["Thumbs down first"])
        filters = {
            "kind": kind if kind in KINDS else None,
            "feedback": liked,
            "reviewed": REVIEWED_VIEWS.get(reviewed),
            "since": parse_day(since),
            "until": parse_day(until),
            "search": (text or "").strip()[:200] or None,
        }
        return filters, order

    def search(
        kind: str,
        feedback: str,
        reviewed: str,
        since: Any,
        until: Any,
        text: str,
        page: float | None,
        request: gr.Request,
    ) -> tuple[pd.DataFrame, str, list[str], int]:
        """One page of the filtered log, newest first (or thumbs down first)."""
        _staff(request)
        filters, order = _filters(kind, feedback, reviewed, since, until, text)
        total = store.count(**filters)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(1, int(page or 1)), pages)
        rows = store.query(**filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, order=order)
        table = pd.DataFrame(
            [
                [
                    r.exchange.created_at[:16].replace("T", " "),
                    r.exchange.kind,
                    feedback_text(r),
                    review_text(r),
                    one_line(r.exchange.question),
                ]
                for r in rows
            ],
            columns=TABLE_HEADERS,
        )
        noun = "exchange" if total == 1 else "exchanges"
        info = f"Page {page} of {pages} · {total} {noun}"
        return table, info, [r.exchange.id for r in rows], page

    def first_page(
        kind: str,
        feedback: str,
        reviewed: str,
        since: Any,
        until: Any,
        text: str,
        request: gr.Request,
    ) -> tuple[pd.DataFrame, str, list[str], int]:
        """The first page of the filtered log (what changing a filter shows)."""
        return search(kind, feedback, reviewed, since, until, text, 1, request)

    def previous_page(
        kind: str,
        feedback: str,
        reviewed: str,
        since: Any,
        until: Any,
        text: str,
        page: float | None,
        request: gr.Request,
    ) -> tuple[pd.DataFrame, str, list[str], int]:
        return search(kind, feedback, reviewed, since, until, text, int(page or 1) - 1, request)

    def next_page(
        kind: str,
        feedback: str,
        reviewed: str,
        since: Any,
        until: Any,
        text: str,
        page: float | None,
        request: gr.Request,
    ) -> tuple[pd.DataFrame, str, list[str], int]:
        return search(kind, feedback, reviewed, since, until, text, int(page or 1) + 1, request)

    def exchange(exchange_id: str, request: gr.Request) -> tuple[Any, ...]:
        """Everything about one exchange: what the visitor saw and why, and its review."""
        _staff(request)
        row = _row(exchange_id)
        if row is None:
            raise gr.Error("No exchange with that id.")
        ex = row.exchange
        decision = {
            "kind": ex.kind,
            "reason": ex.reason,
            "evidence": ex.evidence,
            "created_at": ex.created_at,
            "session_id": ex.session_id,
            "client_id": ex.client_id,
            "composer": ex.composer,
            "corpus_version": ex.corpus_version,
            "app_version": ex.app_version,
        }
        citations = pd.DataFrame(
            [
                [
                    c.get("number"),
                    c.get("source_id"),
                    c.get("quote"),
                    c.get("evidence"),
                    c.get("url") or "",
                ]
                for c in ex.citations
            ],
            columns=["#", "Source", "Quote", "Evidence", "Link"],
        )
        passages = pd.DataFrame(
            [
                [
                    i,
                    p.get("source_id"),
                    round(float(p.get("score") or 0), 4),
                    chunk_texts.get(str(p.get("chunk_id")), "(passage no longer in the index)"),
                    p.get("chunk_id"),
                ]
                for i, p in enumerate(ex.retrieved, 1)
            ],
            columns=["Rank", "Source", "Score", "Passage", "Chunk"],
        )
        timings = pd.DataFrame(
            [[name, round(float(ms), 1)] for name, ms in ex.timings.items()],
            columns=["Step", "ms"],
        )
        if row.liked is None:
            visitor = "No feedback"
        else:
            visitor = ("👍 Helpful" if row.liked else "👎 Not helpful") + (
                f" · “{row.feedback_reason}”" if row.feedback_reason else ""
            )
        return (
            ex.id,
            ex.question,
            render_reply(ex.kind, ex.answer, ex.citations),
            ex.answer,
            decision,
            citations,
            passages,
            timings,
            visitor,
            row.reviewed or row.reviewer is None,  # saving a first review marks it reviewed
            row.label or NO_LABEL,
            row.note or "",
            _history(ex.id),
            _review_status(row),
            gr.update(visible=True),
        )

    def open_row(ids: list[str], event: gr.SelectData, request: gr.Request) -> tuple[Any, ...]:
        _staff(request)
        index = event.index[0] if isinstance(event.index, list | tuple) else event.index
        if not isinstance(index, int) or not 0 <= index < len(ids or []):
            raise gr.Error("Pick a row of the table.")
        return exchange(ids[index], request)

    def save_review(
        exchange_id: str, reviewed: bool, label: str, note: str, request: gr.Request
    ) -> tuple[str, pd.DataFrame]:
        """Record the review (who and when), keeping every earlier version in the history."""
        user = _staff(request)
        if not exchange_id:
            raise gr.Error("Open an exchange first.")
        if label not in (*LABELS, NO_LABEL):
            raise gr.Error(f"The label must be one of {', '.join(LABELS)}.")
        try:
            store.set_review(
                exchange_id,
                reviewer=user,
                reviewed=bool(reviewed),
                label="" if label == NO_LABEL else label,
                note=(note or "")[:2000],
            )
        except KeyError as exc:
            raise gr.Error("No exchange with that id.") from exc
        log.info("review saved by %s for %s", user, exchange_id)
        row = _row(exchange_id)
        gr.Info("Review saved.")
        return _review_status(row) if row else "", _history(exchange_id)

    def export_view(
        fmt: str,
        kind: str,
        feedback: str,
        reviewed: str,
        since: Any,
        until: Any,
        text: str,
        request: gr.Request,
    ) -> str:
        """The filtered view (every page) as a CSV or JSON-lines file."""
        user = _staff(request)
        if fmt not in ("csv", "jsonl"):
            raise gr.Error("Export as csv or jsonl.")
        filters, order = _filters(kind, feedback, reviewed, since, until, text)
        path = _export_path("exchanges", fmt)
        with open(path, "w", encoding="utf-8", newline="") as fp:
            count = store.export(fp, fmt, order=order, **filters)
        log.info("%s exported %d exchanges as %s", user, count, fmt)
        return str(path)

    def export_csv(
        kind: str,
        feedback: str,
        reviewed: str,
        since: Any,
        until: Any,
        text: str,
        request: gr.Request,
    ) -> str:
        return export_view("csv", kind, feedback, reviewed, since, until, text, request)

    def export_jsonl(
        kind: str,
        feedback: str,
        reviewed: str,
        since: Any,
        until: Any,
        text: str,
        request: gr.Request,
    ) -> str:
        return export_view("jsonl", kind, feedback, reviewed, since, until, text, request)

    def export_cases(request: gr.Request) -> str:
        """Every reviewed exchange labelled incorrect or unsafe, as regression test cases."""
        user = _staff(request)
        rows = [
            r for r in store.query(reviewed=True, limit=None) if r.label in ("incorrect", "unsafe")
        ]
        path = _export_path("test-cases", "jsonl")
        with open(path, "w", encoding="utf-8") as fp:
            fp.writelines(json.dumps(as_test_case(r), ensure_ascii=False) + "\n" for r in rows)
        log.info("%s exported %d test cases", user, len(rows))
        return str(path)

    def dashboard(period: str, request: gr.Request) -> tuple[Any, ...]:
        """Exchanges per day, share by kind, thumbs-down rate, most frequent questions."""
        _staff(request)
        days = PERIODS.get(period, 30)
        since = datetime.now(UTC).date() - timedelta(days=days - 1) if days else None
        stats = store.stats(since=since)
        total = stats["total"]
        counts = stats["per_day"]
        first = since or (date.fromisoformat(min(counts)) if counts else datetime.now(UTC).date())
        span = (datetime.now(UTC).date() - first).days + 1
        days_shown = [(first + timedelta(days=i)).isoformat() for i in range(max(1, span))]
        per_day = pd.DataFrame(
            {"Day": days_shown, "Exchanges": [counts.get(d, 0) for d in days_shown]}
        )
        by_kind = pd.DataFrame(
            {
                "Kind": [KIND_NAMES[k] for k in KINDS],
                "Share (%)": [
                    round(100 * stats["by_kind"].get(k, 0) / total, 1) if total else 0.0
                    for k in KINDS
                ],
            }
        )
        most = max(per_day["Exchanges"].max(), 1)
        top = pd.DataFrame(
            [[one_line(q["question"], 200), q["count"]] for q in stats["top_questions"]],
            columns=["Question", "Times asked"],
        )
        answered = stats["by_kind"].get("answer", 0)
        cards = (
            f"**{total}** exchanges · **{round(100 * answered / total) if total else 0}%** "
            f"answered · **{stats['rated']}** rated · "
            f"**{round(100 * stats['thumbs_down_rate'])}%** thumbs down "
            f"({stats['thumbs_down']} of {stats['rated']})"
        )
        return cards, gr.update(value=per_day, y_lim=[0, most * 1.15]), by_kind, top

    def whoami(request: gr.Request) -> str:
        user = _staff(request)
        return (
            f'<div class="ldn-whoami">Signed in as <strong>{html.escape(user)}</strong> · '
            '<form method="post" action="logout" class="ldn-logout">'
            '<button type="submit">Log out</button></form></div>'
        )

    def _row(exchange_id: str) -> ExchangeRow | None:
        """One exchange with its feedback and review (found through its session's rows)."""
        ex = store.get(str(exchange_id or "").strip())
        if ex is None:
            return None
        for row in store.query(session_id=ex.session_id, limit=None):
            if row.exchange.id == ex.id:
                return row
        return ExchangeRow(ex)

    def _history(exchange_id: str) -> pd.DataFrame:
        return pd.DataFrame(
            [
                [
                    h["changed_at"][:19].replace("T", " "),
                    h["reviewer"],
                    "yes" if h["reviewed"] else "no",
                    h["label"] or "",
                    h["note"] or "",
                ]
                for h in reversed(store.review_history(exchange_id))
            ],
            columns=["When (UTC)", "Who", "Reviewed", "Label", "Note"],
        )

    with gr.Blocks(title=TITLE, delete_cache=(600, 3600)) as review:
        page_ids = gr.State([])
        page = gr.State(1)
        with gr.Row(elem_id="ldn-review-header", equal_height=True):
            gr.Markdown("# LDN assistant · staff review", elem_id="ldn-review-title")
            who = gr.HTML("", elem_id="ldn-whoami", js_on_load=None)
        with gr.Tabs():
            with gr.Tab("Exchanges", id="exchanges"):
                with gr.Row(elem_id="ldn-filters"):
                    kind = gr.Dropdown(
                        [ALL, *KINDS], value=ALL, label="Kind", elem_id="ldn-filter-kind"
                    )
                    feedback = gr.Dropdown(
                        list(FEEDBACK_VIEWS),
                        value="Thumbs down first",
                        label="Feedback",
                        elem_id="ldn-filter-feedback",
                    )
                    reviewed = gr.Dropdown(
                        list(REVIEWED_VIEWS),
                        value=ALL,
                        label="Reviewed",
                        elem_id="ldn-filter-reviewed",
                    )
                    since = gr.DateTime(
                        include_time=False,
                        type="string",
                        label="From",
                        elem_id="ldn-filter-since",
                    )
                    until = gr.DateTime(
                        include_time=False,
                        type="string",
                        label="To (inclusive)",
                        elem_id="ldn-filter-until",
                    )
                with gr.Row(elem_id="ldn-search-row"):
                    text = gr.Textbox(
                        label="Search questions and answers",
                        placeholder="Words to find…",
                        elem_id="ldn-filter-text",
                        scale=4,
                    )
                    apply = gr.Button(
                        "Apply filters", variant="primary", scale=1, elem_id="ldn-apply"
                    )
                table = gr.Dataframe(
                    headers=TABLE_HEADERS,
                    datatype="str",
                    interactive=False,
                    wrap=True,
                    label="Exchanges (click a row to open it)",
                    elem_id="ldn-table",
                    column_widths=["15%", "12%", "10%", "12%", "51%"],
                    max_height=460,
                )
                with gr.Row(elem_id="ldn-pager", equal_height=True):
                    prev = gr.Button("◀ Previous", size="sm", elem_id="ldn-prev")
                    page_info = gr.Markdown("", elem_id="ldn-page-info")
                    nxt = gr.Button("Next ▶", size="sm", elem_id="ldn-next")
                with gr.Accordion("Export", open=False, elem_id="ldn-export"):
                    gr.Markdown(
                        "The filtered view (all pages) as CSV or JSON lines; or every reviewed "
                        "exchange labelled *incorrect* or *unsafe* as regression test cases "
                        "(`expected: refusal` in a note sets the expected kind)."
                    )
                    with gr.Row():
                        csv_btn = gr.Button("Export CSV", size="sm", elem_id="ldn-export-csv")
                        jsonl_btn = gr.Button("Export JSONL", size="sm", elem_id="ldn-export-jsonl")
                        cases_btn = gr.Button(
                            "Export test cases", size="sm", elem_id="ldn-export-cases"
                        )
                    export_file = gr.File(
                        label="Download", interactive=False, elem_id="ldn-export-file"
                    )
                with gr.Column(visible=False, elem_id="ldn-detail") as detail:
                    gr.Markdown("## Exchange")
                    exchange_id = gr.Textbox(
                        label="Exchange id",
                        interactive=True,
                        info="Paste another id and press Enter to open it.",
                        elem_id="ldn-detail-id",
                        buttons=["copy"],
                    )
                    question = gr.Textbox(
                        label="Question (as typed)",
                        interactive=False,
                        lines=2,
                        max_lines=12,
                        elem_id="ldn-detail-question",
                    )
                    with gr.Row(equal_height=False):
                        with gr.Column(scale=3):
                            gr.Markdown("**The answer as the visitor saw it**")
                            shown = gr.Markdown(
                                "",
                                sanitize_html=True,
                                latex_delimiters=[],
                                elem_id="ldn-detail-answer",
                                container=True,
                                padding=True,
                            )
                            with gr.Accordion("Raw Markdown", open=False):
                                raw = gr.Code(
                                    language="markdown", interactive=False, elem_id="ldn-detail-raw"
                                )
                        with gr.Column(scale=2):
                            decision = gr.JSON(label="Policy decision", elem_id="ldn-detail-policy")
                            visitor = gr.Textbox(
                                label="Visitor feedback",
                                interactive=False,
                                elem_id="ldn-detail-feedback",
                            )
                            timings = gr.Dataframe(
                                headers=["Step", "ms"],
                                datatype=["str", "number"],
                                interactive=False,
                                label="Timings",
                                elem_id="ldn-detail-timings",
                            )
                    citations = gr.Dataframe(
                        headers=["#", "Source", "Quote", "Evidence", "Link"],
                        datatype="str",
                        interactive=False,
                        wrap=True,
                        label="Citations",
                        elem_id="ldn-detail-citations",
                        column_widths=["5%", "14%", "49%", "16%", "16%"],
                    )
                    passages = gr.Dataframe(
                        headers=["Rank", "Source", "Score", "Passage", "Chunk"],
                        datatype="str",
                        interactive=False,
                        wrap=True,
                        label="Retrieved passages",
                        elem_id="ldn-detail-passages",
                        column_widths=["6%", "14%", "8%", "58%", "14%"],
                        max_height=420,
                    )
                    with gr.Column(elem_id="ldn-review-form"):
                        gr.Markdown("### Your review")
                        with gr.Row(equal_height=True):
                            is_reviewed = gr.Checkbox(
                                label="Mark as reviewed", value=True, elem_id="ldn-review-reviewed"
                            )
                            label = gr.Radio(
                                [*LABELS, NO_LABEL],
                                value=NO_LABEL,
                                label="Label",
                                elem_id="ldn-review-label",
                                scale=3,
                            )
                        note = gr.Textbox(
                            label="Note", lines=2, max_lines=8, elem_id="ldn-review-note"
                        )
                        with gr.Row(equal_height=True):
                            save = gr.Button(
                                "Save review",
                                variant="primary",
                                elem_id="ldn-review-save",
                                scale=0,
                                min_width=200,
                            )
                            status = gr.Markdown("", elem_id="ldn-review-status")
                    history = gr.Dataframe(
                        headers=["When (UTC)", "Who", "Reviewed", "Label", "Note"],
                        datatype="str",
                        interactive=False,
                        wrap=True,
                        label="Review history (newest first)",
                        elem_id="ldn-review-history",
                    )
            with gr.Tab("Dashboard", id="dashboard"):
                with gr.Row(elem_id="ldn-period-row"):
                    period = gr.Dropdown(
                        list(PERIODS),
                        value="Last 30 days",
                        label="Period",
                        elem_id="ldn-period",
                        scale=1,
                    )
                    refresh = gr.Button("Refresh", scale=0, elem_id="ldn-refresh")
                cards = gr.Markdown("", elem_id="ldn-cards")
                with gr.Row():
                    per_day = gr.BarPlot(
                        x="Day",
                        y="Exchanges",
                        title="Exchanges per day",
                        height=260,
                        elem_id="ldn-per-day",
                        x_label_angle=-45,
                    )
                    by_kind = gr.BarPlot(
                        x="Kind",
                        y="Share (%)",
                        title="Share by kind",
                        height=260,
                        elem_id="ldn-by-kind",
                        y_lim=[0, 100],
                        x_label_angle=-25,
                        sort=list(KIND_NAMES.values()),
                    )
                top = gr.Dataframe(
                    headers=["Question", "Times asked"],
                    datatype=["str", "number"],
                    interactive=False,
                    wrap=True,
                    label="Most frequent questions",
                    elem_id="ldn-top-questions",
                )

        filters = [kind, feedback, reviewed, since, until, text]
        listing = [table, page_info, page_ids, page]
        details = [
            exchange_id,
            question,
            shown,
            raw,
            decision,
            citations,
            passages,
            timings,
            visitor,
            is_reviewed,
            label,
            note,
            history,
            status,
            detail,
        ]
        board = [cards, per_day, by_kind, top]

        review.load(whoami, None, who, api_name="load_whoami", api_visibility="private")
        review.load(first_page, filters, listing, api_name="load_page", api_visibility="private")
        review.load(dashboard, [period], board, api_name="load_dashboard", api_visibility="private")
        gr.on(
            [apply.click, text.submit, kind.change, feedback.change, reviewed.change],
            first_page,
            filters,
            listing,
            api_name="search",
            trigger_mode="always_last",  # a filter changed while a search runs is not lost
        )
        prev.click(
            previous_page,
            [*filters, page],
            listing,
            api_visibility="private",
            trigger_mode="always_last",
        )
        nxt.click(
            next_page,
            [*filters, page],
            listing,
            api_visibility="private",
            trigger_mode="always_last",
        )
        table.select(open_row, [page_ids], details, api_visibility="private").then(
            None, js="() => document.getElementById('ldn-detail')?.scrollIntoView()"
        )
        exchange_id.submit(exchange, [exchange_id], details, api_name="exchange")
        save.click(
            save_review,
            [exchange_id, is_reviewed, label, note],
            [status, history],
            api_name="review",
        )
        csv_btn.click(export_csv, filters, export_file, api_name="export_csv")
        jsonl_btn.click(export_jsonl, filters, export_file, api_name="export_jsonl")
        cases_btn.click(export_cases, None, export_file, api_name="export_cases")
        gr.on(
            [period.change, refresh.click],
            dashboard,
            [period],
            board,
            api_name="dashboard",
            trigger_mode="always_last",
        )
    return review


def _review_status(row: ExchangeRow) -> str:
    if row.reviewer is None:
        return "Not reviewed yet."
    when = (row.updated_at or "")[:16].replace("T", " ")
    return f"Last changed by **{html.escape(row.reviewer)}** at {when} UTC."


def _export_path(name: str, fmt: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return Path(tempfile.mkdtemp(prefix="ldn-export-")) / f"{name}-{stamp}.{fmt}"
