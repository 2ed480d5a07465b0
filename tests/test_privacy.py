"""Identifiers a visitor types are redacted before the exchange is logged; doses are not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.privacy import Redactor, find_identifiers, redact
from assistant.types import Exchange


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Email me at john.smith+ldn@example.co.uk please", "Email me at [email] please"),
        ("write to jane (at) example (dot) org", "write to [email]"),
        ("Call +44 20 7946 0958 or 020 7946 0958", "Call [phone] or [phone]"),
        ("(555) 123-4567, 555-123-4567, 555.123.4567", "[phone], [phone], [phone]"),
        ("ruf an: 0151 12345678 oder +49 (0)30 1234567", "ruf an: [phone] oder [phone]"),
        ("mon portable: 06 12 34 56 78.", "mon portable: [phone]."),
        ("0041 44 668 18 00", "[phone]"),
        ("+1 800 222 1222", "[phone]"),
        ("text me on 07700 900123", "text me on [phone]"),
        ("card 4111 1111 1111 1111 exp 12/27", "card [card number] exp 12/27"),
        ("4111-1111-1111-1111", "[card number]"),
        ("SSN 123-45-6789", "SSN [ssn]"),
        ("IBAN DE89 3704 0044 0532 0130 00", "IBAN [iban]"),
        ("from 192.168.1.20", "from [ip address]"),
        (
            "https://clinic.example/r?token=abc123&page=2",
            "https://clinic.example/r?token=[redacted]&page=2",
        ),
        ("https://user:hunter2@host.example/a", "https://[redacted]@host.example/a"),
    ],
)
def test_identifiers_are_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Is 4.5 mg of LDN daily ok? 1.5-4.5 mg/day, 0.1 mg/kg, 50mg, 1000 mg, 3 mg at 9pm",
        "doses of 0.5, 1.5, 3.0 and 4.5 mg; 1 - 4.5 mg; 4,5 mg",
        "the 2016 study, 2016-2020, 2016 2020, 2024-03-01, 01.03.2024, p < 0.001",
        "n = 1,234,567; 10,000 patients; 12345 cells; 1234567 reads; 123456789 cells",
        "https://doi.org/10.3892/ol.2016.4513 and PMID 27347115",
        "I'm 45, stage 3 breast cancer since 2019, on 4.5mg LDN for 6 months",
        "call 911 or 988",
        "4111 1111 1111 1112",  # fails the Luhn check: not a card
        "https://example.com/page?lang=en&q=ldn",
    ],
)
def test_doses_dates_and_study_numbers_are_left_alone(text: str) -> None:
    assert redact(text) == text


def exchange(question: str, answer: str = "An answer.", evidence: tuple[str, ...] = ()) -> Exchange:
    return Exchange(
        id="x1",
        created_at="2024-03-01T12:00:00+00:00",
        session_id="s",
        question=question,
        kind="out_of_scope",
        answer=answer,
        reason="scope.other",
        evidence=list(evidence),
    )


def test_echoes_of_the_question_go_but_the_replys_own_numbers_stay() -> None:
    question = "I'm at jo@example.com or +44 20 7946 0958: is LDN ok with my MS?"
    answer = (
        "You wrote from jo@example.com. Call **Poison Control at 1-800-222-1222**. "
        "See https://doi.org/10.1000/xyz123"
    )
    logged = Redactor().exchange(
        exchange(question, answer, ("other use: 'ok with my ms' jo@example.com",))
    )
    assert logged.question == "I'm at [email] or [phone]: is LDN ok with my MS?"
    assert "jo@example.com" not in logged.answer and "[email]" in logged.answer
    assert "1-800-222-1222" in logged.answer and "10.1000/xyz123" in logged.answer
    assert logged.evidence == ["other use: 'ok with my ms' [email]"]


def test_an_exchange_without_identifiers_is_unchanged() -> None:
    original = exchange("What are the side effects of LDN?", "Vivid dreams 1-800-222-1222")
    assert Redactor().exchange(original) == original


EMAILS = st.from_regex(
    r"[a-z][a-z0-9._]{0,15}@[a-z][a-z0-9-]{0,10}\.(com|org|de|co\.uk)", fullmatch=True
)
PHONES = st.one_of(
    st.from_regex(r"\+[1-9]\d{0,2} \d{2,4} \d{3,4} \d{3,4}", fullmatch=True),
    st.from_regex(r"\(\d{3}\) \d{3}-\d{4}", fullmatch=True),
    st.from_regex(r"0\d{3} \d{6,8}", fullmatch=True),
)
DOSES = st.from_regex(r"\d{1,3}(\.\d{1,2})? ?(mg|mcg|µg|ml|mg/kg|mg/day)", fullmatch=True)
WORDS = st.sampled_from(["What", "about", "LDN", "side", "effects", "my", "is", "?", ",", "and"])


@settings(max_examples=150, deadline=None)
@given(
    before=st.lists(WORDS, max_size=5),
    secret=st.one_of(EMAILS, PHONES),
    dose=DOSES,
    after=st.lists(WORDS, max_size=5),
)
def test_any_email_or_phone_goes_and_any_dose_stays(before, secret, dose, after) -> None:
    text = " ".join([*before, dose, "contact", secret, *after])
    out = redact(text)
    assert secret not in out
    assert dose in out


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_redaction_never_raises_and_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
    assert all(0 <= f.start < f.end <= len(text) for f in find_identifiers(text))
