"""The staff console through gradio_client and plain HTTP: nothing without a staff login."""

from __future__ import annotations

import csv
import dataclasses
import inspect
import json
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import httpx
import pytest
from conftest import SHARED_CACHE
from gradio_client import Client

from assistant.logstore import LogStore
from assistant.ratelimit import MemoryWindows
from assistant.settings import Settings
from assistant.staff import COOKIE, MemorySessions, StaffAuth, StaffDirectory, hash_password
from assistant.ui import build_app, serve_in_background
from assistant.ui.review import as_test_case, build_review, expected_kind

pytestmark = pytest.mark.slow

PASSWORD = "correct horse battery"
FILTERS_ALL = ("All", "All", "All", None, None, "")


@pytest.fixture(scope="module")
def console(shared_assistant, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("review")
    store = LogStore(f"sqlite:///{tmp / 'log.sqlite3'}")
    store.add_staff("alice", hash_password(PASSWORD))
    assistant = dataclasses.replace(shared_assistant, log=store)
    ids = {}
    for key, question in [
        ("colorectal", "What did the colorectal cancer study find?"),
        ("dose", "How much LDN should I take?"),
        ("weather", "What is the weather like today?"),
        ("effects", "What are the side effects of LDN?"),
    ]:
        ids[key] = assistant.ask(question, session_id=f"s-{key}").exchange_id
    store.add_feedback(ids["colorectal"], False, "Wrong study")
    store.add_feedback(ids["dose"], True)
    settings = Settings(cache_root=SHARED_CACHE, data_dir=tmp)
    auth = StaffAuth(StaffDirectory(store), MemorySessions(), MemoryWindows(), attempts=5)
    app = build_app(assistant, settings, store=store, auth=auth)
    with serve_in_background(app) as url, store:
        yield SimpleNamespace(url=url, store=store, ids=ids, auth=auth)


def staff_client(console) -> Client:
    return Client(console.url + "/review/", auth=("alice", PASSWORD), verbose=False)


def login_cookie(console) -> str:
    response = httpx.post(
        console.url + "/review/login", data={"username": "alice", "password": PASSWORD}
    )
    assert response.status_code == 200, response.text
    return response.cookies[COOKIE]


# --- without a staff login -------------------------------------------------------------


def test_the_console_page_sends_visitors_to_the_login_form(console):
    response = httpx.get(console.url + "/review")
    assert response.status_code == 303 and response.headers["location"] == "/review/login"
    response = httpx.get(console.url + "/review/")
    assert response.status_code == 303 and response.headers["location"] == "/review/login"
    form = httpx.get(console.url + "/review/login")
    assert form.status_code == 200 and 'name="password"' in form.text
    assert form.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("cookie", [None, "forged-token", ""])
def test_no_review_route_answers_without_a_valid_session(console, cookie):
    cookies = {COOKIE: cookie} if cookie is not None else {}
    with httpx.Client(base_url=console.url, cookies=cookies) as http:
        for path in ("/review/config", "/review/gradio_api/info", "/review/theme.css/../config"):
            assert http.get(path).status_code in (401, 404), path
        for fn_index in range(40):
            joined = http.post(
                "/review/gradio_api/queue/join",
                json={"data": list(FILTERS_ALL) + [1], "fn_index": fn_index, "session_hash": "x"},
            )
            assert joined.status_code == 401, (fn_index, joined.text)
        for name in ("search", "exchange", "review", "export_csv", "export_cases", "dashboard"):
            call = http.post(f"/review/gradio_api/call/{name}", json={"data": []})
            assert call.status_code == 401, name
            run = http.post(f"/review/gradio_api/run/{name}", json={"data": []})
            assert run.status_code == 401, name


def test_gradio_client_needs_a_staff_login(console):
    with pytest.raises(Exception, match="(?i)credentials|login|auth"):
        Client(console.url + "/review/", verbose=False)
    with pytest.raises(Exception, match="(?i)credentials|login"):
        Client(console.url + "/review/", auth=("alice", "not the password"), verbose=False)
    with pytest.raises(Exception, match="(?i)credentials|login"):
        Client(console.url + "/review/", auth=("visitor", PASSWORD), verbose=False)


def test_the_visitor_api_has_no_review_endpoint(console):
    api = Client(console.url + "/", verbose=False).view_api(print_info=False, return_format="dict")
    assert set(api["named_endpoints"]) == {"/chat", "/feedback"}


def test_every_review_handler_checks_the_session_itself(console):
    """Even a request that got past the route check is refused by each handler."""
    blocks = build_review(console.store, console.auth, {})
    handlers = [fn.fn for fn in blocks.fns.values() if fn.fn is not None]
    assert len(handlers) >= 10
    for handler in handlers:
        params = inspect.signature(handler).parameters
        args = {name: gr.Request() if name == "request" else None for name in params}
        with pytest.raises(gr.Error, match="log in"):
            handler(**args)
    token = console.auth.login("alice", PASSWORD).token
    signed_in = gr.Request(cookies={COOKIE: token})
    search = next(fn.fn for fn in blocks.fns.values() if fn.api_name == "search")
    table, info, ids, page = search(*FILTERS_ALL, request=signed_in)
    assert len(ids) == 4 and page == 1


def test_logging_out_ends_the_session(console):
    cookie = login_cookie(console)
    with httpx.Client(base_url=console.url, cookies={COOKIE: cookie}) as http:
        assert http.get("/review/config").status_code == 200
        assert http.get("/review/").status_code == 200
        assert http.post("/review/logout").status_code == 303
    assert httpx.get(console.url + "/review/config", cookies={COOKIE: cookie}).status_code == 401


def test_login_form_sets_a_strict_cookie_and_throttles_guessing(console):
    page = httpx.post(
        console.url + "/review/login",
        data={"username": "alice", "password": PASSWORD},
        headers={"Accept": "text/html"},
    )
    assert page.status_code == 303 and page.headers["location"] == "/review/"
    cookie = page.headers["set-cookie"].lower()
    for flag in ("httponly", "samesite=lax", "path=/review", "max-age="):
        assert flag in cookie
    for _ in range(5):
        wrong = httpx.post(
            console.url + "/review/login",
            data={"username": "bob", "password": "guess"},
            headers={"Accept": "text/html"},
        )
        assert wrong.status_code == 401 and "Wrong username or password" in wrong.text
    locked = httpx.post(console.url + "/review/login", data={"username": "bob", "password": "x"})
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0


# --- with a staff login ------------------------------------------------------------------


def rows(table) -> list[list]:
    return table["data"] if isinstance(table, dict) else table


def test_search_lists_newest_or_thumbs_down_first_and_filters(console):
    staff = staff_client(console)
    table, info, *_ = staff.predict(*FILTERS_ALL, api_name="/search")
    questions = [row[4] for row in rows(table)]
    assert questions[0] == "What are the side effects of LDN?"  # newest first
    assert info == "Page 1 of 1 · 4 exchanges"
    table, *_ = staff.predict("All", "Thumbs down first", "All", None, None, "", api_name="/search")
    assert [row[2] for row in rows(table)][:2] == ["👎 down", "👍 up"]
    table, *_ = staff.predict("refusal", "All", "All", None, None, "", api_name="/search")
    assert [row[1] for row in rows(table)] == ["refusal"]
    table, *_ = staff.predict(*FILTERS_ALL[:-1], "weather", api_name="/search")
    assert [row[4] for row in rows(table)] == ["What is the weather like today?"]
    table, info, *_ = staff.predict(
        "All", "All", "All", "2000-01-01", "2000-01-02", "", api_name="/search"
    )
    assert rows(table) in ([], [["", "", "", "", ""]]) and "0 exchanges" in info


def test_detail_shows_what_the_visitor_saw_and_why(console):
    staff = staff_client(console)
    result = staff.predict(console.ids["colorectal"], api_name="/exchange")
    (
        exchange_id,
        question,
        shown,
        raw,
        decision,
        citations,
        passages,
        timings,
        visitor,
        reviewed,
        label,
        note,
        history,
        status,
    ) = result
    assert exchange_id == console.ids["colorectal"]
    assert question == "What did the colorectal cancer study find?"
    assert "ldn-banner-answer" in shown and "doi.org" in shown and "> “" in raw
    assert decision["kind"] == "answer" and decision["reason"] and decision["session_id"]
    assert rows(citations)[0][2] and rows(citations)[0][1] in ("ma2020-colorectal", "article")
    assert len(rows(passages)) >= 3 and float(rows(passages)[0][2]) > 0
    assert "(passage no longer" not in rows(passages)[0][3]  # passage text is shown
    assert "total_ms" in [row[0] for row in rows(timings)]
    assert visitor == "👎 Not helpful · “Wrong study”"
    assert status == "Not reviewed yet." and label == "(none)"
    with pytest.raises(Exception, match="No exchange"):
        staff.predict("no-such-id", api_name="/exchange")


def test_reviews_record_who_and_when_and_keep_their_history(console):
    staff = staff_client(console)
    dose = console.ids["dose"]
    status, history = staff.predict(dose, True, "incorrect", "first look", api_name="/review")
    assert "alice" in status
    status, history = staff.predict(dose, True, "unsafe", "expected: emergency", api_name="/review")
    assert [row[3] for row in rows(history)] == ["unsafe", "incorrect"]
    assert {row[1] for row in rows(history)} == {"alice"}
    changes = console.store.review_history(dose)
    assert [c["label"] for c in changes] == ["incorrect", "unsafe"]
    assert all(c["reviewer"] == "alice" and c["changed_at"] for c in changes)
    with pytest.raises(Exception, match="not in the list of choices"):
        staff.predict(dose, True, "great", "", api_name="/review")
    table, *_ = staff.predict("All", "All", "Reviewed", None, None, "", api_name="/search")
    assert [row[3] for row in rows(table)] == ["✓ unsafe"]


def test_exports_of_the_filtered_view_and_of_test_cases(console):
    staff = staff_client(console)
    staff.predict(
        console.ids["weather"], True, "incorrect", "it is out of scope", api_name="/review"
    )
    csv_path = staff.predict(*FILTERS_ALL, api_name="/export_csv")
    with open(csv_path, encoding="utf-8", newline="") as fp:
        table = list(csv.DictReader(fp))
    assert len(table) == 4 and {"id", "question", "answer", "liked", "label"} <= set(table[0])
    jsonl_path = staff.predict("answer", "All", "All", None, None, "", api_name="/export_jsonl")
    records = [json.loads(line) for line in Path(jsonl_path).read_text().splitlines()]
    assert {r["kind"] for r in records} == {"answer"} and len(records) == 2
    cases_path = staff.predict(api_name="/export_cases")
    cases = [json.loads(line) for line in Path(cases_path).read_text().splitlines()]
    assert all(set(case) == {"text", "expected_kind", "note"} for case in cases)
    by_text = {case["text"]: case for case in cases}
    assert by_text["What is the weather like today?"]["expected_kind"] == "answer"
    if "How much LDN should I take?" in by_text:  # labelled unsafe by the test above
        assert by_text["How much LDN should I take?"]["expected_kind"] == "emergency"


def test_dashboard(console):
    cards, per_day, by_kind, top = staff_client(console).predict("All time", api_name="/dashboard")
    assert cards.startswith("**") and "exchanges" in cards and "thumbs down" in cards
    assert "50%** thumbs down (1 of 2)" in cards
    assert rows(top)[0][1] >= 1


def test_expected_kind_rules():
    from assistant.logstore import ExchangeRow
    from assistant.types import Exchange

    def row(kind, label, note=None):
        ex = Exchange("id", "2025-01-01T00:00:00+00:00", "s", "q?", kind, "a", "r")
        return ExchangeRow(ex, reviewed=True, label=label, note=note)

    assert expected_kind(row("answer", "unsafe")) == "refusal"
    assert expected_kind(row("answer", "incorrect")) == "out_of_scope"
    assert expected_kind(row("refusal", "incorrect")) == "answer"
    assert expected_kind(row("answer", "unsafe", "Expected: emergency!")) == "emergency"
    assert expected_kind(row("answer", "unsafe", "expected: nonsense")) == "refusal"
    case = as_test_case(row("answer", "unsafe", "gave a dose"))
    assert case["text"] == "q?" and case["note"].startswith("unsafe: gave a dose")
