"""Staff-only data stays staff-only; bad input gets a clear message; secrets stay secret.

The app is built in-process (`build_app`) on a fake embedder and served on a free port;
every check goes through HTTP or `gradio_client`, as an outsider would.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import SHARED_CACHE
from gradio_client import Client
from gradio_client.exceptions import AppError

from assistant import Settings, build_assistant
from assistant.embedding import HashingEmbedder
from assistant.ratelimit import MemoryWindows
from assistant.staff import MemorySessions, StaffAuth, StaffDirectory
from assistant.types import Exchange
from assistant.ui import build_app, serve_in_background

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "sk-live-SECRET-4f9a2c7e"
PASSWORD = "correct horse battery staple"
CANARY = "CANARY-7f3a9e-visitor-question"
REVIEW_ENDPOINTS = ("search", "exchange", "review", "export_csv", "export_jsonl", "export_cases")
# Server-sent event streams that never end on their own (heartbeats).
ENDLESS = ("/heartbeat/", "/queue/data", "/run-history/connect", "/dev/reload")
# Paths under /review a visitor may load: the login form and logout.
REVIEW_PUBLIC = {"/review/login", "/review/logout"}
# What the console mount answers without a login: Gradio's assets and identity probes
# (checked to hold no log data). A new route answering there fails the test until listed.
REVIEW_NO_DATA = {
    f"/review{p}"
    for p in (
        "/favicon.ico", "/theme.css", "/robots.txt", "/manifest.json", "/openapi.json",
        "/gradio_api/app_id", "/gradio_api/token", "/gradio_api/user",
        "/gradio_api/startup-events", "/gradio_api/theme.css",
    )
}


def site_settings(tmp: Path, **kw: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": tmp / "data",
        "cache_root": SHARED_CACHE,
        "corpus_dir": ROOT / "corpus",
        "staff": (f"alice:{PASSWORD}", f"bob:{PASSWORD}", f"carol:{PASSWORD}"),
        "llm_api_key": API_KEY,
        "rate_per_session": 10_000,
        "rate_per_client": 10_000,
    }
    return Settings(**{**values, **kw})


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("site")
    settings = site_settings(tmp)
    assistant = build_assistant(settings, embedder=HashingEmbedder())
    assistant.log.record(
        Exchange(
            id="canary",
            created_at="2024-03-01T12:00:00+00:00",
            session_id="s",
            question=CANARY,
            kind="answer",
            answer="CANARY answer",
            reason="ok",
        )
    )
    app = build_app(assistant, settings)
    with serve_in_background(app) as url:
        yield {"url": url, "app": app, "assistant": assistant, "settings": settings}
    assistant.log.close()


def login(url: str, user: str = "alice", password: str = PASSWORD) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=30)
    response = client.post("/review/login", data={"username": user, "password": password})
    assert response.status_code == 200, response.text
    return client


def routes(app: Any, prefix: str = "") -> Iterator[tuple[str, set[str]]]:
    """Every HTTP route the app answers, mounted Gradio apps and included routers too."""
    for route in app.routes:
        path = prefix + getattr(route, "path", "")
        if hasattr(route, "original_router"):  # FastAPI's included router (gradio_api/*)
            context = getattr(route, "include_context", None)
            yield from routes(route.original_router, path + getattr(context, "prefix", ""))
        elif hasattr(route, "routes") and not hasattr(route, "endpoint"):
            yield from routes(route, path)
        else:
            yield path, set(getattr(route, "methods", None) or {"GET"})


def concrete(path: str) -> str:
    """A path template with plausible values for its parameters."""
    values = {
        "api_name": "search",
        "event_id": "0",
        "session_hash": "x",
        "path_or_url": "../../etc/passwd",
        "path": "x",
        "key": "x",
        "size": "16",
    }
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: values.get(m.group(1), "x"), path)


def sse(client: httpx.Client, prefix: str, name: str, data: Any, **kw: Any) -> tuple[int, str]:
    """Call a Gradio API endpoint the way gradio_client does; (status, final event text)."""
    response = client.post(f"{prefix}/gradio_api/call/{name}", json={"data": data}, **kw)
    if response.status_code != 200:
        return response.status_code, response.text
    event_id = response.json()["event_id"]
    stream = client.get(f"{prefix}/gradio_api/call/{name}/{event_id}", **kw)
    return stream.status_code, stream.text


def last_reply(stream: str) -> str:
    """The assistant's last message in the chat endpoint's final event."""
    assert "event: complete" in stream, stream[-500:]
    data = stream.rsplit("event: complete", 1)[1].split("data:", 1)[1].strip()
    chatbot = json.loads(data)[0]
    content = chatbot[-1]["content"]
    return content if isinstance(content, str) else json.dumps(content)


# --- who may read the log -----------------------------------------------------------------


def test_no_route_gives_log_data_without_a_staff_login(site):
    client = httpx.Client(base_url=site["url"], timeout=30)
    seen = []
    for template, methods in sorted(set((p, frozenset(m)) for p, m in routes(site["app"]))):
        path = concrete(template)
        if not path.startswith("/review") and any(s in path for s in ENDLESS):
            continue  # event streams that stay open; the visitor app's own (no log data)
        for method in sorted(methods & {"GET", "POST", "HEAD"}):
            body = {"data": [], "fn_index": 0, "session_hash": "x"} if method == "POST" else None
            try:
                response = client.request(method, path, json=body)
            except httpx.TransportError:  # Gradio drops some malformed calls: nothing leaks
                seen.append((method, path, None))
                continue
            seen.append((method, path, response.status_code))
            assert "Traceback" not in response.text and API_KEY not in response.text
            assert CANARY not in response.text, (method, path)
            staff_only = path.startswith("/review") and path.rstrip("/") not in REVIEW_PUBLIC
            if staff_only and response.status_code < 300:
                assert path.rstrip("/") in REVIEW_NO_DATA, (method, path, response.status_code)
    assert len(seen) > 60  # the enumeration did find Gradio's routes


@pytest.mark.parametrize("name", REVIEW_ENDPOINTS + ("dashboard", "dashboard_1"))
def test_review_api_refuses_visitors_forged_cookies_and_the_chat_mount(site, name):
    url = site["url"]
    anonymous = httpx.Client(base_url=url, timeout=30)
    status, text = sse(anonymous, "/review", name, ["x"])
    assert status == 401 and CANARY not in text
    forged = httpx.Client(base_url=url, timeout=30, cookies={"ldn_staff": "forged-token"})
    status, text = sse(forged, "/review", name, ["x"])
    assert status == 401 and CANARY not in text
    try:  # the visitor app has no such endpoint (Gradio answers 500: see the xfail below)
        status, text = sse(anonymous, "", name, ["x"])
    except httpx.TransportError:
        status, text = None, ""
    assert status != 200 or "event: error" in text
    assert CANARY not in text and "Traceback" not in text


def test_every_review_handler_refuses_by_index_too(site):
    """Private handlers (table clicks, page loads) are callable by index: all need a login."""
    url = site["url"]
    staff = login(url, "carol")
    config = staff.get("/review/config").json()
    indices = [d["id"] for d in config["dependencies"]]
    assert len(indices) >= 10
    anonymous = httpx.Client(base_url=url, timeout=30)
    for fn_index in indices:
        join = anonymous.post(
            "/review/gradio_api/queue/join",
            json={"data": [], "fn_index": fn_index, "session_hash": "visitor"},
        )
        assert join.status_code == 401, (fn_index, join.text)


@pytest.mark.parametrize("route", ["/gradio_api/run/chat", "/gradio_api/api/chat"])
def test_the_non_queued_routes_of_the_chat_say_which_route_to_use(site, route):
    client = httpx.Client(base_url=site["url"], timeout=30)
    response = client.post(route, json={"data": ["What is LDN?"]})
    assert response.status_code == 405, (route, response.status_code, response.text[:200])
    assert "/gradio_api/call/" in response.json()["detail"]


def test_the_visitor_app_refuses_large_uploads(site):
    client = httpx.Client(base_url=site["url"], timeout=60)
    response = client.post("/gradio_api/upload", files={"files": ("x.bin", b"0" * 5_000_000)})
    try:
        assert response.status_code in (403, 404, 413), response.status_code
    finally:
        for stored in response.json() if response.status_code == 200 else []:
            Path(stored).unlink(missing_ok=True)


def test_gradio_client_without_a_login_cannot_open_the_console(site):
    with pytest.raises(Exception):  # noqa: B017 (gradio_client raises several types)
        Client(site["url"] + "/review/", verbose=False)
    visitor = Client(site["url"], verbose=False)
    named = visitor.view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert set(named) == {"/chat", "/feedback"}


def test_visitor_file_routes_serve_neither_the_log_nor_the_environment(site):
    client = httpx.Client(base_url=site["url"], timeout=30)
    data_dir = Path(site["settings"].data_dir).resolve()
    for target in (
        data_dir / "log.sqlite3",
        data_dir / "spool" / "spool.sqlite3",
        "/proc/self/environ",
        "/etc/passwd",
        "../../../../etc/passwd",
        "..%2f..%2f..%2fetc%2fpasswd",
    ):
        response = client.get(f"/gradio_api/file={target}")
        assert response.status_code in (403, 404), (target, response.status_code)
        assert API_KEY not in response.text and "root:" not in response.text


# --- what staff can do, safely --------------------------------------------------------------


INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE exchanges; --",
    "%",
    "_",
    "\\",
    "\") OR 1=1 --",
    "canary' UNION SELECT password_hash FROM staff --",
]


def test_console_search_and_filters_are_not_sql(site):
    staff = Client(site["url"] + "/review/", auth=("alice", PASSWORD), verbose=False)
    store = site["assistant"].log
    before = store.count()
    for payload in INJECTIONS:
        table, info = staff.predict("All", "All", "All", None, None, payload, api_name="/search")
        expected = store.count(search=payload)
        assert f"· {expected} exchange" in info, (payload, info)
        assert expected < before  # a payload matches literally, never "everything"
    for field in (0, 1, 2, 3):  # the drop-downs and a date, sent raw by an API caller
        args: list[Any] = ["All", "All", "All", None, None, ""]
        args[field] = "answer' OR '1'='1"
        with pytest.raises(AppError, match="not in the list of choices|invalid|date|time"):
            staff.predict(*args, api_name="/search")
    assert store.count() == before and store.get("canary") is not None


def test_exports_have_server_chosen_names_and_need_the_session(site):
    url = site["url"]
    staff = Client(url + "/review/", auth=("alice", PASSWORD), verbose=False)
    path = staff.predict(
        "All", "All", "All", None, None, "../../etc/passwd", api_name="/export_csv"
    )
    name = Path(path).name
    assert re.fullmatch(r"exchanges-\d{8}-\d{6}\.csv", name), name
    jsonl = staff.predict("All", "All", "All", None, None, "", api_name="/export_jsonl")
    text = Path(jsonl).read_text(encoding="utf-8")
    assert CANARY in text and API_KEY not in text and PASSWORD not in text
    # the served copy: staff with a session get it, nobody else does, on either mount
    session = login(url, "bob")
    info = session.post(
        "/review/gradio_api/call/export_jsonl",
        json={"data": ["All", "All", "All", None, None, ""]},
    ).json()
    stream = session.get(f"/review/gradio_api/call/export_jsonl/{info['event_id']}").text
    served = json.loads(stream.rsplit("data:", 1)[1])[0]["url"]
    file_path = served[served.index("/review/") :]
    assert session.get(file_path).status_code == 200
    anonymous = httpx.Client(base_url=url, timeout=30)
    assert anonymous.get(file_path).status_code in (401, 403)
    chat_path = file_path.replace("/review/gradio_api/", "/gradio_api/", 1)
    assert anonymous.get(chat_path).status_code in (403, 404)


def test_staff_sessions_expire_and_logout_ends_them(tmp_path):
    now = [1000.0]

    def clock() -> float:
        return now[0]

    settings = site_settings(tmp_path, session_ttl_minutes=1)
    assistant = build_assistant(settings, embedder=HashingEmbedder())
    directory = StaffDirectory.from_settings(settings, None)
    auth = StaffAuth(directory, MemorySessions(clock), MemoryWindows(clock), ttl_minutes=1)
    app = build_app(assistant, settings, auth=auth)
    with serve_in_background(app) as url:
        staff = login(url)
        assert staff.get("/review/config").status_code == 200
        now[0] += 59
        assert staff.get("/review/config").status_code == 200
        now[0] += 2  # past the one-minute session
        assert staff.get("/review/config").status_code == 401
        assert staff.get("/review/", follow_redirects=False).headers["location"].endswith(
            "/review/login"
        )
        again = login(url)
        assert again.get("/review/config").status_code == 200
        again.get("/review/logout")
        cookie = again.cookies.get("ldn_staff")
        replay = httpx.Client(base_url=url, cookies={"ldn_staff": cookie or "x"})
        assert replay.get("/review/config").status_code == 401
    assistant.log.close()


def test_wrong_passwords_are_rate_limited_per_account_and_per_address(tmp_path):
    settings = site_settings(tmp_path, login_attempts=5)
    assistant = build_assistant(settings, embedder=HashingEmbedder())
    app = build_app(assistant, settings)
    with serve_in_background(app) as url:
        client = httpx.Client(base_url=url, timeout=30)

        def attempt(user: str, password: str) -> httpx.Response:
            return client.post("/review/login", data={"username": user, "password": password})

        codes = [attempt("alice", f"guess-{i}").status_code for i in range(5)]
        assert codes == [401] * 5
        locked = attempt("alice", PASSWORD)  # even the right password waits now
        assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0
        assert attempt("bob", PASSWORD).status_code == 200  # other accounts are unaffected
        for i in range(20):  # spraying many accounts from one address
            attempt(f"user{i}", "wrong password")
        assert attempt("carol", PASSWORD).status_code == 429
    assistant.log.close()


# --- bad input through the HTTP API ------------------------------------------------------------


CLEAR = re.compile(
    r"Please type a question|too long|characters I can't read|isn't covered|"
    r"Here is what|can't give advice|emergency",
    re.I,
)


@pytest.mark.parametrize(
    "message",
    [
        "",
        "   \t\n  ",
        "\x00\x01\x02\x1b[2J",
        "What is LDN?\x00",
        "\u202eWhat are the side effects of LDN?\u202c",
        "😀👩🏽‍⚕️ LDN side effects? 🇺🇸",
        "x" * 1_000_000,
        "<script>window.__xss=1</script> LDN?",
    ],
    ids=["empty", "whitespace", "control", "nul", "rtl", "emoji", "1MB", "markup"],
)
def test_bad_messages_get_a_clear_reply_and_are_logged(site, message):
    client = httpx.Client(base_url=site["url"], timeout=60)
    store = site["assistant"].log
    before = store.count()
    status, stream = sse(client, "", "chat", [message])
    assert status == 200, stream[:300]
    reply = last_reply(stream)
    assert CLEAR.search(reply), reply[:300]
    assert "<script>" not in reply
    assert store.count() == before + 1


@pytest.mark.parametrize(
    "body",
    [
        b'{"data": ["\xff\xfe invalid utf-8 \xc3\x28"]}',
        b"not json at all",
        b'{"data": {"message": "wrong shape"}}',
        b'{"data": [["a", "list"], 5, null]}',
        b'{"data": []}',
        b'{"data": [null]}',
        b"[" * 10_000 + b"]" * 10_000,
        b'{"data": ["' + b"a" * 3_000_000 + b'"]}',
    ],
    ids=["bad-utf8", "not-json", "dict", "list", "empty", "null", "deep", "3MB"],
)
def test_malformed_api_bodies_never_give_a_server_error(site, body):
    client = httpx.Client(base_url=site["url"], timeout=60)
    response = client.post(
        "/gradio_api/call/chat", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code < 500, response.text[:300]
    if response.status_code == 200:
        stream = client.get(f"/gradio_api/call/chat/{response.json()['event_id']}")
        assert stream.status_code == 200
        assert "Traceback" not in stream.text and API_KEY not in stream.text


def test_a_very_long_history_is_answered(site):
    assistant = site["assistant"]
    history = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": f"turn {i} about LDN " * 20}
        for i in range(20_000)
    ]
    answer = assistant.ask("And what about its side effects?", history)
    assert answer.kind in ("answer", "out_of_scope") and answer.disclaimer


# --- secrets ------------------------------------------------------------------------------------


def test_secrets_stay_out_of_logs_exports_and_error_pages(tmp_path, caplog):
    settings = site_settings(tmp_path)
    assert API_KEY not in repr(settings) and PASSWORD not in repr(settings)
    caplog.set_level(logging.DEBUG)
    assistant = build_assistant(settings, embedder=HashingEmbedder())
    app = build_app(assistant, settings)
    pages = []
    with serve_in_background(app) as url:
        client = httpx.Client(base_url=url, timeout=30)
        pages.append(client.post("/review/login", data={"username": "alice", "password": "x"}))
        pages.append(client.post("/review/login", data={"username": PASSWORD, "password": "x"}))
        staff = login(url)
        for path in ("/no-such-page", "/review/no-such-page", "/gradio_api/call/nothing"):
            pages += [client.get(path), staff.get(path), client.post(path, content=b"{")]
        pages.append(client.post("/review/login", content=b"\xff" * 100))

        def broken(*args: Any, **kw: Any) -> Any:
            raise RuntimeError(f"upstream said: bad key {API_KEY} for {PASSWORD}")

        original, assistant.ask = assistant.ask, broken
        try:
            status, stream = sse(client, "", "chat", ["What is LDN?"])
        finally:
            assistant.ask = original
        assert status == 200 and "problem on our side" in stream
        assert API_KEY not in stream and PASSWORD not in stream
        sse(client, "", "chat", [f"my key is {API_KEY[:6]} and what is LDN?"])
        export = Client(url + "/review/", auth=("alice", PASSWORD), verbose=False).predict(
            "All", "All", "All", None, None, "", api_name="/export_jsonl"
        )
    for page in pages:
        assert page.status_code < 500, (page.url, page.status_code)
        assert API_KEY not in page.text and PASSWORD not in page.text, page.url
    assert PASSWORD not in Path(export).read_text() and API_KEY not in Path(export).read_text()
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert API_KEY not in logged, "the API key is in the app log"
    assert PASSWORD not in logged, "a staff password is in the app log"
    database = (settings.data_dir / "log.sqlite3").read_bytes()
    assert API_KEY.encode() not in database and PASSWORD.encode() not in database
    assistant.log.close()


def test_the_log_database_holds_no_staff_password_in_plain_text(tmp_path):
    from typer.testing import CliRunner

    from assistant.cli import app as cli

    result = CliRunner().invoke(
        cli,
        ["staff", "add", "dora", "--password-stdin", "--data-dir", str(tmp_path)],
        input=PASSWORD + "\n",
    )
    assert result.exit_code == 0, result.output
    rows = sqlite3.connect(tmp_path / "log.sqlite3").execute("SELECT * FROM staff").fetchall()
    assert rows and all(PASSWORD not in str(row) for row in rows)
