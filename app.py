"""Build the assistant from settings and serve the visitor chat (`/`) and staff console (`/review`).

    python app.py          # ASSISTANT_HOST / ASSISTANT_PORT, default 127.0.0.1:7860

The first start builds the index if it is missing (inside build_assistant).
"""

from __future__ import annotations

import gc
import logging
import os


def main() -> None:
    # Start-up makes ~700k long-lived objects (the imports, the model, the index, the apps)
    # and almost no garbage (~2 MB of cycles), so the cyclic collector would only scan them
    # again and again: ~0.9 s of a ~6 s start. It stays off until the app is built; then
    # what start made is frozen (never scanned again: no full-collection pauses later).
    gc.disable()
    # One BLAS/OpenMP thread (before numpy loads): on this app's small matrices a second
    # thread costs more than it saves (the policy's refit, when its cache is cold: 0.4 s and
    # 1 s of CPU more; answers no faster); torch is on one thread already.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

    import uvicorn

    from assistant import Settings, build_assistant
    from assistant.ui import build_app

    settings = Settings.from_env()
    assistant = build_assistant(settings)
    app = build_app(assistant, settings)
    gc.freeze()
    gc.enable()
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        proxy_headers=True,
        forwarded_allow_ips=list(settings.trusted_proxies),
        log_level="info",
    )


if __name__ == "__main__":
    main()
