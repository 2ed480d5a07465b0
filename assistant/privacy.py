"""Identifiers a visitor types (e-mail, phone, card, SSN, URL tokens…) → placeholders.

The log keeps what staff need to review an answer, not who asked: before an exchange is
written, the identifiers found in the question are replaced by placeholders such as
`[email]`, and every echo of them (in the reply, in the policy's evidence) goes too. The
reply the visitor sees is never changed. Only what was found in the question is removed
from the reply: the reply's own numbers (the emergency line 1-800-222-1222, DOI links)
are the assistant's words, not the visitor's.

Dose-like text ("4.5 mg", "1.5–4.5 mg/day", "0.1 mg/kg") and other numbers a question
about studies carries (years, ranges, p-values, DOIs) are left alone: a phone number needs
7–15 digits in a phone's shape, a card number 13–19 digits that pass the Luhn check.
Names and street addresses are not recognised; see the README's privacy section.

Everything here is pure except `SecretMask`, which keeps the operator's secrets (API key,
staff passwords) out of the application's own log.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from .types import Exchange

EMAIL = "[email]"
PHONE = "[phone]"
CARD = "[card number]"
SSN = "[ssn]"
IBAN = "[iban]"
IP = "[ip address]"
SECRET = "[redacted]"

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+%'-]{1,64}"
    r"(?:@|\s*[\[(]\s*at\s*[\])]\s*)"
    r"[\w-]{1,63}(?:(?:\.|\s*[\[(]\s*dot\s*[\])]\s*)[\w-]{1,63})*"
    r"(?:\.|\s*[\[(]\s*dot\s*[\])]\s*)[^\W\d_]{2,24}\b",
    re.I,
)
# user:password@ in a URL, and query or fragment parameters that carry a token.
_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`]+", re.I)
_URL_CREDENTIALS = re.compile(r"(?<=://)[^/@\s:]+:[^/@\s]+@")
_URL_PARAMS = re.compile(r"([?&#;])([^=&#;\s]{1,64})=([^&#;\s]*)")
_SENSITIVE_PARAM = re.compile(
    r"token|key|secret|pass|pwd|auth|session|sid|code|sig|signature|email|mail|phone|tel|"
    r"user|login|account|id$|^id|credential|jwt|otp|ticket|hash|nonce|access|refresh|state",
    re.I,
)
_SSN = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])")
# Candidate card numbers: 13–19 digits, optionally in groups split by spaces or dashes.
_CARD = re.compile(r"(?<![\w.,/-])\d(?:[ -]?\d){12,18}(?![\w.,/-]?\d)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1?\d?\d)"
_IPV4 = re.compile(rf"(?<![\w.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\w.])")
# Candidate phone numbers: an optional + or 00, then digits with the separators phones use.
_PHONE = re.compile(r"(?<![\w.,/+-])(?:\+|00)?\(?\d[\d\s().\-/]{5,22}\d(?![\w/-]|[.,]\d)")
_DATE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}\s*[-–/]\s*\d{2,4}"
)
# A number followed by a unit or a count noun is a measurement, not a phone number.
_NUMBER_WITH_UNIT = re.compile(
    r"\s*(?:%|(?:[mµμun]?g|kg|[mµμn]?l|iu|units?|[mµμn]?mol|[mµμn]?m|[mµμn]?M|h|hrs?|hours?|"
    r"days?|weeks?|months?|years?|min|minutes?|cells?|patients?|mice|people|participants|"
    r"subjects|times|reads|genes|samples)\b)",
    re.I,
)


@dataclass(frozen=True)
class Finding:
    """One identifier found in a text: where, what kind, and its placeholder."""

    start: int
    end: int
    kind: str
    placeholder: str


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def _iban_ok(text: str) -> bool:
    compact = text.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _is_phone(candidate: str, text: str, end: int) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if not 7 <= len(digits) <= 15:
        return False
    if _NUMBER_WITH_UNIT.match(text, end) and not candidate.lstrip().startswith(("+", "(")):
        return False  # "1000 mg", "2016 2020 studies" are not phone numbers
    if _DATE.fullmatch(candidate.strip()):
        return False
    plain = candidate.strip()
    if plain.startswith(("+", "00", "(")):
        return True
    groups = [g for g in re.split(r"[\s().\-/]+", plain) if g]
    if len(groups) == 1:
        # One run of digits: a phone only when long enough and not a year or a count.
        return 9 <= len(digits) <= 12 and not plain.startswith(("19", "20"))
    if any(len(g) > 5 for g in groups[1:]) and len(groups) > 2:
        return False
    if "." in plain and len(groups) == 2:
        return False  # a decimal number
    if all(len(g) == 4 for g in groups) and len(groups) == 2:
        return False  # "2016 2020", a pair of years
    return len(digits) >= 8 or plain.startswith("0") or len(groups) >= 3


def find_identifiers(text: str) -> list[Finding]:
    """Every identifier in `text`, left to right, without overlaps."""
    if not text:
        return []
    found: list[Finding] = []

    def add(start: int, end: int, kind: str, placeholder: str) -> None:
        if any(start < f.end and f.start < end for f in found):
            return
        found.append(Finding(start, end, kind, placeholder))

    for m in _URL.finditer(text):
        url = m.group()
        for cred in _URL_CREDENTIALS.finditer(url):
            add(m.start() + cred.start(), m.start() + cred.end() - 1, "url_credentials", SECRET)
        for p in _URL_PARAMS.finditer(url):
            if p.group(3) and _SENSITIVE_PARAM.search(p.group(2)):
                add(m.start() + p.start(3), m.start() + p.end(3), "url_token", SECRET)
    for m in _EMAIL.finditer(text):
        add(m.start(), m.end(), "email", EMAIL)
    for m in _SSN.finditer(text):
        add(m.start(), m.end(), "ssn", SSN)
    for m in _IBAN.finditer(text):
        if _iban_ok(m.group()):
            add(m.start(), m.end(), "iban", IBAN)
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and _luhn(digits) and len(set(digits)) > 1:
            add(m.start(), m.end(), "card", CARD)
    for m in _IPV4.finditer(text):
        add(m.start(), m.end(), "ip", IP)
    for m in _PHONE.finditer(text):
        candidate = m.group()
        trimmed = candidate.rstrip(" ().-/")
        start = m.start() + (len(candidate) - len(candidate.lstrip(" ")))
        if _is_phone(trimmed, text, m.start() + len(trimmed)):
            add(start, m.start() + len(trimmed), "phone", PHONE)
    return sorted(found, key=lambda f: f.start)


def redact(text: str) -> str:
    """`text` with every identifier replaced by its placeholder."""
    if not isinstance(text, str) or not text:
        return text
    return _apply(text, find_identifiers(text))


def replace_echoes(text: str, replacements: Iterable[tuple[str, str]]) -> str:
    """Replace each (original, placeholder) wherever the original appears in `text`."""
    for original, placeholder in replacements:
        if original and original in text:
            text = text.replace(original, placeholder)
    return text


@dataclass(frozen=True)
class Redactor:
    """What is removed from an exchange before it is logged (and from feedback reasons)."""

    find: Callable[[str], list[Finding]] = find_identifiers

    def text(self, text: str) -> str:
        """Free text a visitor typed (a question, a feedback reason) without identifiers."""
        if not isinstance(text, str) or not text:
            return text
        return _apply(text, self.find(text))

    def exchange(self, exchange: Exchange) -> Exchange:
        """The exchange as it may be logged: the question and every echo of it redacted."""
        findings = self.find(exchange.question)
        if not findings:
            return replace(exchange, evidence=[self.text(e) for e in exchange.evidence])
        echoes = sorted(
            {(exchange.question[f.start : f.end], f.placeholder) for f in findings},
            key=lambda pair: -len(pair[0]),  # longest first: one original may contain another
        )
        return replace(
            exchange,
            question=_apply(exchange.question, findings),
            answer=replace_echoes(exchange.answer, echoes),
            evidence=[replace_echoes(self.text(e), echoes) for e in exchange.evidence],
        )


def _apply(text: str, findings: list[Finding]) -> str:
    out: list[str] = []
    last = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(text[last : f.start])
        out.append(f.placeholder)
        last = f.end
    out.append(text[last:])
    return "".join(out)


class SecretMask:
    """Keeps known secrets (the LLM API key, staff passwords) out of every log record.

    A client library's error may echo the key it was given ("Incorrect API key: sk-…");
    an exception logged with its traceback would carry it into the log. Installed as the
    log record factory, this masks the message, its arguments and its traceback text.
    """

    PLACEHOLDER = "[secret]"
    MIN_LENGTH = 6  # shorter "secrets" would mask ordinary words

    def __init__(self) -> None:
        self._secrets: tuple[str, ...] = ()
        self._previous: Callable[..., logging.LogRecord] | None = None

    def add(self, *secrets: str | None) -> None:
        known = set(self._secrets) | {s for s in secrets if s and len(s) >= self.MIN_LENGTH}
        self._secrets = tuple(sorted(known, key=len, reverse=True))

    def mask(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, self.PLACEHOLDER)
        return text

    def install(self) -> None:
        """Mask every record made from now on, whichever logger or handler takes it."""
        if self._previous is not None:
            return
        previous = logging.getLogRecordFactory()
        self._previous = previous

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if self._secrets:
                self._mask_record(record)
            return record

        logging.setLogRecordFactory(factory)

    def _mask_record(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a malformed format string: leave it to the handler
            return
        masked = self.mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            text = _formatter.formatException(record.exc_info)
            if self.mask(text) != text:
                record.exc_text = self.mask(text)
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)


_formatter = logging.Formatter()
SECRETS = SecretMask()


def mask_secrets_in_logs(*secrets: str | None) -> None:
    """Never let these strings reach a log handler (see SecretMask)."""
    SECRETS.add(*secrets)
    SECRETS.install()
