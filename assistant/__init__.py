"""A grounded assistant for "Low-Dose Naltrexone (LDN) and Cancer" and the studies it cites."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Settings", "build_assistant", "__version__"]

if TYPE_CHECKING:
    from .factory import build_assistant
    from .settings import Settings


def __getattr__(name: str) -> Any:
    # Lazy, so `import assistant` stays cheap and does nothing at import time.
    if name == "build_assistant":
        from .factory import build_assistant

        return build_assistant
    if name == "Settings":
        from .settings import Settings

        return Settings
    raise AttributeError(name)
