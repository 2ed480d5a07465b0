"""One web app: the visitor chat at `/`, the staff console at `/review` behind a login.

`build_app(assistant, settings)` returns a FastAPI app; `app.py` serves it with uvicorn.
"""

from __future__ import annotations

import contextlib
import html
import re
import tempfile
import threading
import time
from collections.abc import Iterator
from typing import Any

import gradio as gr
import uvicorn
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..logstore import LogStore
from ..pipeline import Assistant
from ..ratelimit import RateLimiter, Windows, make_windows
from ..settings import Settings
from ..staff import COOKIE, StaffAuth
from . import chat as chat_ui
from . import review as review_ui

__all__ = ["build_app", "build_theme", "serve_in_background", "frame_ancestors"]

REVIEW = "/review"


def build_theme() -> gr.themes.Base:
    """Calm colours, system fonts (nothing fetched from a font CDN), readable sizes."""
    return gr.themes.Soft(
        primary_hue="teal",
        neutral_hue="slate",
        font=[
            "system-ui",
            "-apple-system",
            "Segoe UI",
            "Roboto",
            "Helvetica",
            "Arial",
            "sans-serif",
        ],
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
    ).set(body_text_size="16px")


# Both pages are designed in light colours only: keep them light when the OS prefers dark.
LIGHT_ONLY = """() => {
  const light = () => document.body.classList.remove('dark');
  light();
  new MutationObserver(light)
    .observe(document.body, {attributes: true, attributeFilter: ['class']});
}"""


def frame_ancestors(origins: tuple[str, ...]) -> str:
    """The CSP `frame-ancestors` value for the chat: this site plus the allowed embedders."""
    if "*" in origins:
        return "frame-ancestors *"
    allowed = [o.rstrip("/") for o in origins if o.startswith(("http://", "https://"))]
    return " ".join(["frame-ancestors 'self'", *allowed])


class SecurityHeaders:
    """Headers on every response: who may frame each page, no sniffing, no caching staff data."""

    def __init__(self, app: ASGIApp, chat_ancestors: str) -> None:
        self.app = app
        self.chat_ancestors = chat_ancestors.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        staff = path == REVIEW or path.startswith(REVIEW + "/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in (b"x-frame-options", b"content-security-policy")
                ]
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"strict-origin-when-cross-origin"),
                ]
                if staff:
                    headers += [
                        (b"content-security-policy", b"frame-ancestors 'none'"),
                        (b"x-frame-options", b"DENY"),
                    ]
                    if "/assets/" not in path:
                        headers.append((b"cache-control", b"no-store"))
                else:
                    headers.append((b"content-security-policy", self.chat_ancestors))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


LOGIN_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Staff login · LDN assistant</title>
<style>
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
         background: #f4f6f8; color: #1f2933; }
  main { max-width: 380px; margin: 12vh auto 0; background: #fff; padding: 28px 28px 24px;
         border-radius: 12px; box-shadow: 0 2px 12px rgba(15, 23, 42, .08); }
  h1 { font-size: 1.3rem; margin: 0 0 4px; }
  p.sub { margin: 0 0 18px; color: #52606d; font-size: .95rem; }
  label { display: block; font-weight: 600; margin: 12px 0 4px; }
  input { width: 100%; box-sizing: border-box; font-size: 1rem; padding: 9px 10px;
          border: 1px solid #bcccdc; border-radius: 8px; }
  input:focus { outline: 2px solid #0f766e; border-color: #0f766e; }
  button { margin-top: 18px; width: 100%; font-size: 1rem; font-weight: 600; padding: 10px;
           border: 0; border-radius: 8px; background: #0f766e; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #134e4a; outline-offset: 2px; }
  .error { background: #fde2e2; color: #8a1010; padding: 8px 10px; border-radius: 8px;
           margin: 0 0 8px; }
  @media (max-width: 420px) { main { margin: 4vh 10px 0; padding: 20px; } }
</style>
</head>
<body>
<main>
  <h1>Staff review</h1>
  <p class="sub">LDN assistant · sign in to read and label the log.</p>
  {error}
  <form method="post" action="{action}">
    <label for="username">Username</label>
    <input id="username" name="username" autocomplete="username" required autofocus>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password"
           required>
    <button type="submit">Sign in</button>
  </form>
</main>
</body>
</html>
"""


def _login_page(action: str, error: str | None = None, status: int = 200) -> HTMLResponse:
    block = f'<p class="error" role="alert">{html.escape(error)}</p>' if error else ""
    page = LOGIN_PAGE.replace("{error}", block).replace("{action}", html.escape(action))
    return HTMLResponse(page, status_code=status)


def _wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


def _root(request: Request) -> str:
    return str(request.scope.get("root_path") or "").rstrip("/")


def add_login_routes(app: FastAPI, auth: StaffAuth, ttl_seconds: int) -> None:
    """`/review/login` (a plain form; also what gradio_client's `auth=` posts to) and logout.

    The session token is an HttpOnly, SameSite=Lax cookie scoped to /review; Gradio asks
    `auth_dependency` for every request under /review, and each handler checks it again.
    """

    @app.get(REVIEW + "/login", include_in_schema=False)
    def login_form(request: Request) -> Response:
        if auth.username(request.cookies.get(COOKIE)):
            return RedirectResponse(_root(request) + REVIEW + "/", status_code=303)
        return _login_page(_root(request) + REVIEW + "/login")

    @app.post(REVIEW + "/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await request.form()
        username = str(form.get("username") or "")[:128]
        password = str(form.get("password") or "")[:1024]
        client = request.client.host if request.client else ""
        result = auth.login(username, password, client)
        if not result.ok:
            status = 429 if result.retry_after else 401
            headers = {"Retry-After": str(result.retry_after)} if result.retry_after else None
            if _wants_html(request):
                page = _login_page(_root(request) + REVIEW + "/login", result.error, status)
                if headers:
                    page.headers.update(headers)
                return page
            return JSONResponse({"detail": result.error}, status_code=status, headers=headers)
        if _wants_html(request):
            response: Response = RedirectResponse(_root(request) + REVIEW + "/", status_code=303)
        else:
            response = JSONResponse({"success": True})
        response.set_cookie(
            COOKIE,
            result.token or "",
            max_age=ttl_seconds,
            path=(_root(request) + REVIEW) or "/",
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
        )
        return response

    @app.api_route(REVIEW + "/logout", methods=["GET", "POST"], include_in_schema=False)
    def logout(request: Request) -> Response:
        auth.logout(request.cookies.get(COOKIE))
        response = RedirectResponse(_root(request) + REVIEW + "/login", status_code=303)
        response.delete_cookie(COOKIE, path=(_root(request) + REVIEW) or "/")
        return response


_UPLOAD = re.compile(r"^(/review)?/gradio_api/(upload|upload_progress|process_recording)/?$")
_NAMED_CALL = re.compile(r"^(/review)?/gradio_api/(call/v2|call|run|api)/([^/]+)(?:/.*)?$")


class KnownEndpoints:
    """An API call to a name a mount does not have is a 404, not an error inside Gradio;
    and no uploads on either mount.

    On the console, only once signed in: a visitor gets Gradio's 401 for every name alike.
    """

    def __init__(self, app: ASGIApp, names: dict[str, set[str]], auth: StaffAuth) -> None:
        self.app = app
        self.names = names
        self.auth = auth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and _UPLOAD.match(path):
            # Neither page takes files: no uploads to fill the disk or to serve back.
            await JSONResponse({"detail": "Uploads are not accepted."}, status_code=404)(
                scope, receive, send
            )
            return
        found = _NAMED_CALL.match(path) if scope["type"] == "http" else None
        if found and found.group(1) is None and found.group(2) in ("run", "api"):
            # Gradio's non-queued routes do not fill the chat's session state (they answered
            # 500); the queued route is the API, and gradio_client uses it.
            message = "Use the queued API: POST /gradio_api/call/<name> (gradio_client does)."
            await JSONResponse({"detail": message}, status_code=405)(scope, receive, send)
            return
        if found and found.group(3) not in self.names[found.group(1) or ""]:
            staff_mount = found.group(1) is not None
            if not staff_mount or self.auth.username(Request(scope).cookies.get(COOKIE)):
                response = JSONResponse({"detail": "No such API endpoint."}, status_code=404)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _api_names(blocks: gr.Blocks) -> set[str]:
    return {
        str(fn.api_name)
        for fn in blocks.fns.values()
        if fn.fn is not None and fn.api_name and fn.api_visibility != "private"
    }


class ReviewEntry:
    """The console's front door: nothing under /review without a session but the login form.

    Gradio checks the session too (auth_dependency) and so does every handler; this layer
    also covers Gradio's static routes, and sends a signed-out browser to the login form.
    """

    OPEN = (REVIEW + "/login", REVIEW + "/logout")

    def __init__(self, app: ASGIApp, auth: StaffAuth) -> None:
        self.app = app
        self.auth = auth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        staff_path = path == REVIEW or path.startswith(REVIEW + "/")
        if scope["type"] != "http" or not staff_path or path.rstrip("/") in self.OPEN:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        signed_in = self.auth.username(request.cookies.get(COOKIE)) is not None
        page = scope.get("method") in ("GET", "HEAD") and path in (REVIEW, REVIEW + "/")
        response: Response | None = None
        if page and (path == REVIEW or not signed_in):
            target = REVIEW + "/" if signed_in else REVIEW + "/login"
            response = RedirectResponse(_root(request) + target, status_code=303)
        elif not signed_in:
            response = JSONResponse({"detail": "Staff login required."}, status_code=401)
        if response is not None:
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def build_app(
    assistant: Assistant,
    settings: Settings,
    *,
    store: LogStore | None = None,
    auth: StaffAuth | None = None,
    windows: Windows | None = None,
) -> FastAPI:
    """The whole web app for one assistant; tests build many with their own stores."""
    if store is None:
        # The assistant's own log (a spooled, redacting LogStore) serves reads and feedback,
        # so a visitor's feedback reason is redacted and survives a database outage too.
        log = assistant.log
        store = log if hasattr(log, "query") else LogStore.from_settings(settings)
    windows = windows or make_windows(settings)
    auth = auth or StaffAuth.from_settings(settings, store)
    limiter = RateLimiter.from_settings(settings, windows)
    chunk_texts = {c.id: c.text for c in getattr(assistant.retriever, "chunks", [])}

    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok" if store.check_integrity() else "degraded"}

    add_login_routes(app, auth, int(settings.session_ttl_minutes * 60))
    theme = build_theme()
    common: dict[str, Any] = {
        "footer_links": [],
        "run_history": False,
        "ssr_mode": False,
        "show_error": False,
        "theme": theme,
        "js": LIGHT_ONLY,
        "head": '<meta name="color-scheme" content="light">',
    }
    review = review_ui.build_review(store, auth, chunk_texts)
    chat = chat_ui.build_chat(assistant, settings, store, limiter)
    gr.mount_gradio_app(
        app,
        review,
        path=REVIEW,
        auth_dependency=lambda request: auth.username(request.cookies.get(COOKIE)),
        css=review_ui.CSS,
        **common,
    )
    gr.mount_gradio_app(
        app,
        chat,
        path="",
        css=chat_ui.CSS,
        # The chat serves no files: nothing from Gradio's cache (e.g. staff exports) either.
        blocked_paths=[tempfile.gettempdir()],
        **common,
    )
    # Our own CORS policy (the embedding origins only) replaces Gradio's per-app default.
    origins = ["*"] if "*" in settings.embed_origins else list(settings.embed_origins)
    app.add_middleware(
        CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"], allow_headers=["*"]
    )
    app.add_middleware(ReviewEntry, auth=auth)
    app.add_middleware(
        KnownEndpoints, names={REVIEW: _api_names(review), "": _api_names(chat)}, auth=auth
    )
    app.add_middleware(SecurityHeaders, chat_ancestors=frame_ancestors(settings.embed_origins))
    return app


@contextlib.contextmanager
def serve_in_background(app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve an app from a thread on a free port; yields its base URL (for tests and demos)."""
    server = uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=1)
    )
    thread = threading.Thread(target=server.run, name="ldn-ui", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the app did not start")
        time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
