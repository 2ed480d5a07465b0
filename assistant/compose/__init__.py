"""Composers turn retrieved sentences into the visitor's Markdown; one protocol, several backends."""

from .base import Composer, render_answer
from .extractive import ExtractiveComposer

__all__ = ["Composer", "ExtractiveComposer", "render_answer"]
