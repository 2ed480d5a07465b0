"""What a person sees, in headless Chromium: the chat, the embed page, the console, and XSS.

Screenshots go to artifacts/ (chat at 1280 and 360 px, the embed page, the console).
"""

from __future__ import annotations

import dataclasses
import functools
import http.server
import json
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import SHARED_CACHE

from assistant.logstore import LogStore
from assistant.settings import Settings
from assistant.staff import hash_password
from assistant.types import Exchange
from assistant.ui import build_app, serve_in_background

try:
    from playwright.sync_api import expect
except ImportError:  # then the browser fixture skips every test here
    expect = None

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = os.environ.get("ASSISTANT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "correct horse battery"
PAYLOADS = [
    '<img src=x onerror="window.__xss=1;alert(1)">',
    "<script>window.__xss=1;alert(1)</script>",
    "[click me](javascript:window.__xss=1)",
    '<a href="javascript:window.__xss=1">link</a>',
    '![x](x" onerror="window.__xss=1)',
    '<svg onload="window.__xss=1"></svg>',
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    "$\\href{javascript:window.__xss=1}{x}$",
    '<details open ontoggle="window.__xss=1">x</details>',
]
# Anything a payload could have turned into, inside the app (Gradio's own <head> scripts aside).
INJECTED = ".gradio-container :is({})".format(
    ", ".join(
        [
            'img[src="x"]',
            "script",
            "iframe",
            "svg[onload]",
            "details[ontoggle]",
            'a[href^="javascript:"]',
            "[onerror]",
            "[onload]",
        ]
    )
)
DISCLAIMER_END = "undergoing cancer treatment"


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    playwright_api.expect.set_options(timeout=15_000)
    if not Path(CHROMIUM).exists():
        if os.environ.get("ASSISTANT_REQUIRE_SERVICES"):
            raise RuntimeError(f"no Chromium at {CHROMIUM}")
        pytest.skip(f"no Chromium at {CHROMIUM}")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def examples_server() -> Iterator[str]:
    """examples/ served as a plain static site on its own origin."""
    handler = functools.partial(QuietHandler, directory=str(ROOT / "examples"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site(shared_assistant, tmp_path_factory, examples_server):
    """The app over the shared retriever, its own log with XSS payloads, one staff account."""
    tmp = tmp_path_factory.mktemp("browser")
    store = LogStore(f"sqlite:///{tmp / 'log.sqlite3'}")
    store.add_staff("alice", hash_password(PASSWORD))
    assistant = dataclasses.replace(shared_assistant, log=store)
    assistant.ask("What did the colorectal cancer study find?", session_id="seed-1")
    seed_xss(store, assistant)
    settings = Settings(cache_root=SHARED_CACHE, data_dir=tmp, embed_origins=(examples_server,))
    ARTIFACTS.mkdir(exist_ok=True)
    with serve_in_background(build_app(assistant, settings, store=store)) as url, store:
        yield SimpleNamespace(url=url, store=store, examples=examples_server, assistant=assistant)


def seed_xss(store: LogStore, assistant) -> None:
    """Payloads everywhere a visitor (or a misbehaving answerer) could put text in the log."""
    for _ in range(6):  # asked often enough to top the dashboard's list of questions
        assistant.ask(f"xss-probe {PAYLOADS[0]}", session_id="xss-repeat")
    for payload in PAYLOADS:
        answer = assistant.ask(f"xss-probe {payload}", session_id=payload[:60])
        store.add_feedback(answer.exchange_id, False, f"reason {payload}")
        store.set_review(answer.exchange_id, reviewer="alice", label="other", note=payload)
    store.record(
        Exchange(
            id=uuid.uuid4().hex,
            created_at="2025-01-01T00:00:00+00:00",
            session_id='"><img src=x onerror=window.__xss=1>',
            question="xss-probe an answer that echoes HTML",
            kind="answer",
            answer="You asked: " + " ".join(PAYLOADS),
            reason="ok",
            citations=[
                {"number": 1, "quote": PAYLOADS[0], "url": "javascript:window.__xss=1"},
            ],
            evidence=[PAYLOADS[1]],
            timings={"total_ms": 1.0},
        )
    )


def new_page(browser, width: int, height: int = 900):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.dialogs = []

    def on_dialog(dialog) -> None:
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return page


def open_chat(page, url: str):
    page.goto(url + "/", wait_until="load")
    page.wait_for_selector("#ldn-question textarea", timeout=30_000)
    return page


def ask(page_or_frame, question: str, replies: int) -> None:
    """Type a question, press Enter, and wait for that reply to finish streaming."""
    box = page_or_frame.locator("#ldn-question textarea")
    box.fill(question)
    box.press("Enter")
    wait_for_reply(page_or_frame, replies)


def wait_for_reply(page_or_frame, replies: int) -> None:
    page_or_frame.locator(f"[data-testid=bot] >> nth={replies - 1}").wait_for(timeout=30_000)
    page_or_frame.locator(f"[data-testid=bot] >> nth={replies - 1}").get_by_text(
        DISCLAIMER_END
    ).wait_for(timeout=30_000)


def assert_inert(page) -> None:
    assert page.evaluate("() => window.__xss") is None, "a payload ran"
    assert page.dialogs == [], f"a payload opened a dialog: {page.dialogs}"
    injected = page.locator(INJECTED)
    assert injected.count() == 0, [e.evaluate("e => e.outerHTML") for e in injected.all()]


def test_chat_answers_with_linked_quotes_and_the_disclaimer(browser, site):
    page = open_chat(new_page(browser, 1280), site.url)
    assert page.title() == "Ask about LDN and cancer"
    assert page.locator("#ldn-disclaimer").is_visible()
    assert "Not medical advice" in page.locator("#ldn-disclaimer").inner_text()
    page.screenshot(path=str(ARTIFACTS / "chat-empty-1280.png"))
    ask(page, "What did the colorectal cancer study find?", 1)
    reply = page.locator("[data-testid=bot]").nth(0)
    assert reply.locator(".ldn-banner-answer").is_visible()
    assert reply.locator("blockquote").count() >= 2
    link = reply.locator('blockquote a[href^="https://doi.org/"]').first
    assert link.inner_text() == "[1]"
    assert link.get_attribute("target") == "_blank"
    assert "noopener" in (link.get_attribute("rel") or "")
    assert "Evidence: preclinical: mice" in reply.inner_text()
    page.wait_for_timeout(600)  # the scroll to the reply's start
    page.screenshot(path=str(ARTIFACTS / "chat-1280.png"))
    ask(page, "How much LDN should I take?", 2)
    refusal = page.locator("[data-testid=bot]").nth(1)
    assert refusal.locator(".ldn-banner-refusal").is_visible()
    assert page.locator("#ldn-disclaimer").is_visible()
    page.wait_for_timeout(900)  # the scroll to the reply's start
    page.screenshot(path=str(ARTIFACTS / "chat-refusal-1280.png"))
    ask(page, "I took too many pills and I feel very dizzy", 3)
    emergency = page.locator("[data-testid=bot]").nth(2)
    assert emergency.locator(".ldn-banner-emergency").is_visible()
    border = emergency.evaluate("e => getComputedStyle(e.closest('.bot.message')).borderLeftColor")
    answer_border = reply.evaluate(
        "e => getComputedStyle(e.closest('.bot.message')).borderLeftColor"
    )
    assert border != answer_border  # a different kind looks different
    assert_inert(page)


def test_chat_on_a_phone_with_the_keyboard(browser, site):
    page = open_chat(new_page(browser, 360, 740), site.url)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(ARTIFACTS / "chat-empty-360.png"))
    example = page.locator("#ldn-conversation .example").first
    example.focus()
    page.keyboard.press("Enter")
    wait_for_reply(page, 1)
    assert page.locator("[data-testid=bot] blockquote").count() >= 1
    font = page.locator("[data-testid=bot] .prose").first.evaluate(
        "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    assert font >= 15
    page.locator("#ldn-question textarea").focus()
    page.keyboard.type("What are the side effects of LDN?")
    page.keyboard.press("Enter")
    wait_for_reply(page, 2)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    page.wait_for_timeout(900)  # the scroll to the reply's start
    page.screenshot(path=str(ARTIFACTS / "chat-360.png"))


def test_the_chat_stays_light_when_the_system_prefers_dark(browser, site):
    page = browser.new_page(viewport={"width": 800, "height": 800}, color_scheme="dark")
    open_chat(page, site.url)
    page.wait_for_timeout(300)
    assert "dark" not in (page.evaluate("() => document.body.className") or "")
    colour = page.locator("#ldn-disclaimer").evaluate("e => getComputedStyle(e).color")
    assert colour == "rgb(62, 76, 89)"  # dark text on the light disclaimer box


def test_thumbs_down_with_a_reason(browser, site):
    page = open_chat(new_page(browser, 1280), site.url)
    ask(page, "What is low-dose naltrexone?", 1)
    page.locator("[data-testid=bot]").last.hover()
    page.locator("button[aria-label=Dislike]").last.click()
    reason = page.locator("#ldn-feedback-reason textarea")
    reason.wait_for(timeout=10_000)
    reason.fill("Too vague")
    page.locator("#ldn-feedback-send").click()
    page.get_by_text("Thank you for your feedback.").wait_for(timeout=10_000)
    rows = site.store.query(search="What is low-dose naltrexone?", limit=1)
    assert rows[0].liked is False and rows[0].feedback_reason == "Too vague"


def test_what_a_visitor_types_while_a_reply_streams_is_kept(browser, site):
    page = open_chat(new_page(browser, 1280), site.url)
    box = page.locator("#ldn-question textarea")
    box.fill("What did the ovarian cancer study find?")  # a draft, then an example instead
    page.locator("#ldn-conversation .example").first.click()
    wait_for_reply(page, 1)
    page.wait_for_timeout(1500)  # anything the reply's last updates would still do
    expect(box).to_have_value("What did the ovarian cancer study find?")
    box.press("Enter")
    expect(page.locator("[data-testid=user]")).to_have_count(2)
    expect(box).to_have_value("")  # the question went out and the box was emptied
    box.press_sequentially("And the colorectal one")  # typed while the reply streams in
    wait_for_reply(page, 2)
    page.wait_for_timeout(1500)
    expect(box).to_have_value("And the colorectal one")
    expect(page.locator("[data-testid=user]").nth(1)).to_have_text(
        "What did the ovarian cancer study find?"
    )


def test_a_question_sent_while_a_reply_is_coming_is_answered_next(browser, site):
    """Enter pressed before the last reply has finished: Gradio's default dropped it."""
    page = open_chat(new_page(browser, 1280), site.url)
    box = page.locator("#ldn-question textarea")
    box.fill("What did the ovarian cancer study find?")
    box.press("Enter")
    page.locator("[data-testid=bot]").first.wait_for(timeout=30_000)  # the reply has begun
    box.fill("And the colorectal one?")
    box.press("Enter")
    wait_for_reply(page, 2)
    expect(page.locator("[data-testid=user]")).to_have_text(
        ["What did the ovarian cancer study find?", "And the colorectal one?"]
    )


def test_xss_payloads_stay_inert_in_the_chat(browser, site):
    page = open_chat(new_page(browser, 1280), site.url)
    for n, payload in enumerate(PAYLOADS, 1):
        ask(page, payload, n)
    assert_inert(page)
    expect(page.locator("[data-testid=user]")).to_have_text(PAYLOADS)  # shown as typed


def test_embed_page_shows_the_chat_answering(browser, site):
    page = new_page(browser, 1100)
    page.goto(f"{site.examples}/embed.html?src={site.url}/", wait_until="load")
    frame = page.frame_locator("#ldn-chat-frame")
    frame.locator("#ldn-question textarea").wait_for(timeout=30_000)
    ask(frame, "What did the colorectal cancer study find?", 1)
    assert frame.locator("[data-testid=bot] blockquote").count() >= 1
    page.wait_for_timeout(900)  # the scroll to the reply's start
    page.screenshot(path=str(ARTIFACTS / "embed.png"), full_page=True)


def test_embedding_is_refused_for_sites_not_allowed(browser, site, tmp_path, examples_server):
    other = build_app(site.assistant, Settings(data_dir=tmp_path), store=site.store)
    with serve_in_background(other) as url:
        page = new_page(browser, 1100)
        page.goto(f"{examples_server}/embed.html?src={url}/", wait_until="load")
        page.wait_for_timeout(1500)
        frame = next(f for f in page.frames if f != page.main_frame)
        assert frame.url.startswith("chrome-error://") or not frame.locator("#ldn-question").count()


QUESTION_CELLS = '#ldn-table [data-testid^="cell-"][data-testid$="-4"]'


def wait_for_rows(page, count: int) -> None:
    """Wait until the exchanges table shows exactly this many rows."""
    page.wait_for_function(
        f"() => document.querySelectorAll({json.dumps(QUESTION_CELLS)}).length === {count}"
    )


def log_in(page, url: str) -> None:
    page.goto(url + "/review", wait_until="load")
    assert page.url.endswith("/review/login")
    page.fill("#username", "alice")
    page.fill("#password", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_selector("#ldn-table [data-testid=cell-0-0]", timeout=30_000)


def test_console_login_filter_open_and_label(browser, site):
    page = new_page(browser, 1280)
    page.goto(site.url + "/review", wait_until="load")
    page.screenshot(path=str(ARTIFACTS / "console-login.png"))
    log_in(page, site.url)
    assert "alice" in page.locator("#ldn-whoami").inner_text()
    page.screenshot(path=str(ARTIFACTS / "console-1280.png"))
    page.locator("#ldn-filter-kind input").click()
    page.get_by_role("option", name="answer", exact=True).click()
    search = page.locator("#ldn-filter-text textarea, #ldn-filter-text input").first
    search.fill("colorectal")
    search.press("Enter")
    page.wait_for_function(
        f"() => [...document.querySelectorAll({json.dumps(QUESTION_CELLS)})]"
        ".every(cell => cell.innerText.includes('colorectal'))"
    )
    kinds = page.locator('#ldn-table [data-testid^="cell-"][data-testid$="-1"]').all_inner_texts()
    assert kinds and {kind.strip() for kind in kinds} == {"answer"}
    cell = page.locator("#ldn-table [data-testid=cell-0-4]")
    cell.click()
    page.locator("#ldn-detail").wait_for(timeout=10_000)
    page.wait_for_function(
        "() => document.querySelector('#ldn-detail-question textarea')"
        "?.value.includes('colorectal')"
    )
    assert page.locator("#ldn-detail-answer blockquote").count() >= 1
    assert page.locator("#ldn-detail-answer .ldn-banner-answer").is_visible()
    page.locator("#ldn-review-label").get_by_text("incorrect", exact=True).click()
    page.locator("#ldn-review-note textarea").fill("Quotes the article, not the study.")
    page.locator("#ldn-review-save").click()
    page.locator("#ldn-review-status").get_by_text("alice").wait_for(timeout=10_000)
    page.screenshot(path=str(ARTIFACTS / "console-detail-1280.png"), full_page=True)
    exchange_id = page.locator("#ldn-detail-id textarea, #ldn-detail-id input").first.input_value()
    history = site.store.review_history(exchange_id)
    assert history[-1]["label"] == "incorrect" and history[-1]["reviewer"] == "alice"
    page.get_by_role("tab", name="Dashboard").click()
    page.locator("#ldn-cards").get_by_text("exchanges").wait_for(timeout=10_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / "console-dashboard-1280.png"), full_page=True)
    assert_inert(page)
    phone = new_page(browser, 360, 740)
    log_in(phone, site.url)
    assert phone.evaluate("() => document.documentElement.scrollWidth") <= 360
    phone.screenshot(path=str(ARTIFACTS / "console-360.png"))


def test_xss_payloads_stay_inert_in_the_console(browser, site):
    page = new_page(browser, 1280)
    log_in(page, site.url)
    search = page.locator("#ldn-filter-text textarea, #ldn-filter-text input").first
    search.fill("xss-probe")
    search.press("Enter")
    wait_for_rows(page, len(PAYLOADS) + 7)
    assert_inert(page)
    cells = page.locator(QUESTION_CELLS).all_inner_texts()
    assert any("<img src=x" in text for text in cells)  # shown as text
    for row in range(len(PAYLOADS) + 7):
        page.locator(f"#ldn-table [data-testid=cell-{row}-4]").click()
        page.wait_for_function(
            "() => document.querySelector('#ldn-detail-question textarea')?.value"
            ".includes('xss-probe')"
        )
        page.wait_for_timeout(150)
        assert_inert(page)
    page.get_by_role("tab", name="Dashboard").click()
    page.locator("#ldn-top-questions [role=gridcell]").get_by_text("xss-probe").first.wait_for()
    assert_inert(page)
