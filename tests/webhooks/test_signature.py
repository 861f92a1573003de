from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import time

import pytest
from _webhook_fixtures import body, note_added_payload
from dixa_async.webhooks import (
    SIGNATURE_HEADER,
    SUBSCRIPTION_ID_HEADER,
    ConversationNoteAddedEvent,
    WebhookVerificationError,
    parse_event,
    sign,
    verify_signature,
)
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dixa_async import DixaError

SECRET = "8f3a" * 16  # 64 hex chars, like a subscription secretKey
NOW = 1_689_238_949.803  # the docs example timestamp, in seconds
NOW_MS = 1_689_238_949_803


def _hmac_hex(secret_hex: str, stamp: str, raw: bytes) -> str:
    """Independent reimplementation of the documented scheme, for known-answer checks."""
    return hmac.new(
        bytes.fromhex(secret_hex), f"{stamp}.".encode() + raw, hashlib.sha256
    ).hexdigest()


def test_header_constants() -> None:
    assert SIGNATURE_HEADER == "X-DIXA-SIGNATURE"
    assert SUBSCRIPTION_ID_HEADER == "X-DIXA-SUBSCRIPTION-ID"


def test_sign_produces_documented_header() -> None:
    raw = b'{"event_id":"x"}'
    header = sign(raw, SECRET, timestamp_ms=NOW_MS)
    assert header == f"t={NOW_MS},v1={_hmac_hex(SECRET, str(NOW_MS), raw)}"


def test_sign_defaults_to_current_time_in_milliseconds() -> None:
    before = int(time.time() * 1000)
    header = sign(b"{}", SECRET)
    after = int(time.time() * 1000)
    stamp = int(header.split(",")[0].removeprefix("t="))
    assert before <= stamp <= after


def test_round_trip() -> None:
    raw = b'{"hello": "world"}\n'
    verify_signature(raw, sign(raw, SECRET, timestamp_ms=NOW_MS), SECRET, now=NOW)


def test_documented_note_added_delivery_verifies_and_parses() -> None:
    """The "done when" case: fresh random secret, current time, Dixa's documented event."""
    secret = secrets.token_hex(32)
    raw = body(note_added_payload())
    header = sign(raw, secret)

    verify_signature(raw, header, secret)  # real clock

    event = parse_event(raw)
    assert isinstance(event, ConversationNoteAddedEvent)
    assert event.event_fqn == "CONVERSATION_NOTE_ADDED"
    assert event.text == "Customer called again, escalate to Tier 2."

    changed = bytearray(raw)
    changed[len(changed) // 2] ^= 0x01
    with pytest.raises(WebhookVerificationError, match="mismatch"):
        verify_signature(bytes(changed), header, secret)

    hour_old = sign(raw, secret, timestamp_ms=int((time.time() - 3600) * 1000))
    with pytest.raises(WebhookVerificationError, match="too old"):
        verify_signature(raw, hour_old, secret)

    with pytest.raises(WebhookVerificationError, match="mismatch"):
        verify_signature(raw, header, secrets.token_hex(32))

    with pytest.raises(WebhookVerificationError, match="malformed"):
        verify_signature(raw, header.replace("=", ":"), secret)

    with pytest.raises(WebhookVerificationError, match="empty"):
        verify_signature(raw, "", secret)


def test_every_single_byte_change_is_detected() -> None:
    raw = body(note_added_payload())[:200]
    header = sign(raw, SECRET, timestamp_ms=NOW_MS)
    for i in range(len(raw)):
        changed = bytearray(raw)
        changed[i] ^= 0x20
        with pytest.raises(WebhookVerificationError):
            verify_signature(bytes(changed), header, SECRET, now=NOW)


def test_signature_covers_the_timestamp() -> None:
    raw = b"{}"
    signature = sign(raw, SECRET, timestamp_ms=NOW_MS).split(",")[1]
    with pytest.raises(WebhookVerificationError, match="mismatch"):
        verify_signature(raw, f"t={NOW_MS + 1},{signature}", SECRET, now=NOW)


@pytest.mark.parametrize(
    ("offset", "reason"),
    [(-301.0, "too old"), (301.0, "future"), (-3600.0, "too old"), (86400.0, "future")],
)
def test_timestamp_outside_tolerance_in_both_directions(offset: float, reason: str) -> None:
    raw = b"{}"
    header = sign(raw, SECRET, timestamp_ms=int((NOW + offset) * 1000))
    with pytest.raises(WebhookVerificationError, match=reason):
        verify_signature(raw, header, SECRET, now=NOW)


@pytest.mark.parametrize("offset", [-299.0, 0.0, 299.0])
def test_timestamp_inside_tolerance(offset: float) -> None:
    raw = b"{}"
    verify_signature(
        raw, sign(raw, SECRET, timestamp_ms=int((NOW + offset) * 1000)), SECRET, now=NOW
    )


def test_custom_and_infinite_tolerance() -> None:
    raw = b"{}"
    header = sign(raw, SECRET, timestamp_ms=NOW_MS - 20_000)
    with pytest.raises(WebhookVerificationError):
        verify_signature(raw, header, SECRET, now=NOW, tolerance=10)
    verify_signature(raw, header, SECRET, now=NOW, tolerance=30)
    verify_signature(raw, sign(raw, SECRET, timestamp_ms=0), SECRET, now=NOW, tolerance=math.inf)


@pytest.mark.parametrize(
    ("tolerance", "now"), [(-1.0, NOW), (math.nan, NOW), (300.0, math.nan), (300.0, math.inf)]
)
def test_bad_tolerance_or_clock_is_a_verification_error(tolerance: float, now: float) -> None:
    raw = b"{}"
    with pytest.raises(WebhookVerificationError, match="misconfigured"):
        verify_signature(
            raw, sign(raw, SECRET, timestamp_ms=NOW_MS), SECRET, tolerance=tolerance, now=now
        )


def test_header_whitespace_unknown_keys_and_several_v1_values() -> None:
    raw = b'{"a":1}'
    good = _hmac_hex(SECRET, str(NOW_MS), raw)
    other = "0" * 64
    for header in [
        f"  t={NOW_MS} ,  v1={good}  ",
        f"t = {NOW_MS}, v1 = {good}",
        f"v1={good},t={NOW_MS}",
        f"t={NOW_MS},v1={other},v1={good}",
        f"t={NOW_MS},v0=abc,v2=zzz,v1={good},",
        f"T={NOW_MS},V1={good.upper()}",
    ]:
        verify_signature(raw, header, SECRET, now=NOW)


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("garbage", "malformed"),
        (f"t={NOW_MS};v1=ab", "malformed"),
        ("v1=" + "a" * 64, "no t="),
        (f"t={NOW_MS}", "no v1="),
        (f"t={NOW_MS},v2=" + "a" * 64, "no v1="),
        ("t=abc,v1=" + "a" * 64, "not a number"),
        ("t=,v1=" + "a" * 64, "not a number"),
        ("t=-5,v1=" + "a" * 64, "not a number"),
        ("t=1.5e12,v1=" + "a" * 64, "not a number"),
        ("t=\u0661\u0662\u0663,v1=" + "a" * 64, "not a number"),
        ("t=" + "9" * 5000 + ",v1=" + "a" * 64, "not a number"),
        (f"t={NOW_MS},t={NOW_MS},v1=" + "a" * 64, "several t="),
        (f"=x,t={NOW_MS},v1=" + "a" * 64, "malformed"),
    ],
)
def test_malformed_headers(header: str, reason: str) -> None:
    with pytest.raises(WebhookVerificationError, match=reason):
        verify_signature(b"{}", header, SECRET, now=NOW)


@pytest.mark.parametrize("header", [None, b"t=1,v1=2", 12])
def test_missing_or_non_text_header(header: object) -> None:
    with pytest.raises(WebhookVerificationError, match=SIGNATURE_HEADER):
        verify_signature(b"{}", header, SECRET, now=NOW)  # type: ignore[arg-type]


def test_signature_of_wrong_shape_never_matches() -> None:
    raw = b"{}"
    good = _hmac_hex(SECRET, str(NOW_MS), raw)
    for v1 in ["", good[:-1], good + "0", "é" * 64, good[:63] + "\u0660"]:
        with pytest.raises(WebhookVerificationError, match="mismatch"):
            verify_signature(raw, f"t={NOW_MS},v1={v1}", SECRET, now=NOW)


@pytest.mark.parametrize("secret", ["", "   ", "abc", "zz" * 32, "ab cd", "\u0661\u0662", "ab\x00"])
def test_non_hex_secret(secret: str) -> None:
    raw = b"{}"
    with pytest.raises(WebhookVerificationError, match="secret"):
        verify_signature(raw, sign(raw, SECRET, timestamp_ms=NOW_MS), secret, now=NOW)


def test_secret_surrounding_whitespace_is_ignored() -> None:
    raw = b"{}"
    verify_signature(raw, sign(raw, SECRET, timestamp_ms=NOW_MS), f" {SECRET}\n", now=NOW)


def test_non_bytes_body_is_a_verification_error() -> None:
    with pytest.raises(WebhookVerificationError, match="bytes"):
        verify_signature("{}", sign(b"{}", SECRET, timestamp_ms=NOW_MS), SECRET, now=NOW)  # type: ignore[arg-type]


def test_messages_never_leak_secret_or_expected_signature() -> None:
    raw = b'{"x":1}'
    expected = _hmac_hex(SECRET, str(NOW_MS), raw)
    attempts = [
        f"t={NOW_MS},v1={'0' * 64}",
        f"t={NOW_MS - 10_000_000},v1={expected}",
        "nonsense",
    ]
    for header in attempts:
        with pytest.raises(WebhookVerificationError) as info:
            verify_signature(raw, header, SECRET, now=NOW)
        text = str(info.value)
        assert SECRET not in text
        assert SECRET[:16] not in text
        if expected not in header:
            assert expected not in text


def test_verification_error_is_a_dixa_error() -> None:
    assert issubclass(WebhookVerificationError, DixaError)


def test_sign_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="hex"):
        sign(b"{}", "not-hex")
    with pytest.raises(ValueError, match="negative"):
        sign(b"{}", SECRET, timestamp_ms=-1)


# --------------------------------------------------------------------------- fuzzing

_hex_secret = st.binary(min_size=1, max_size=64).map(bytes.hex)
_any_secret = st.one_of(st.text(), _hex_secret)
_fragment = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["t", "v1", "T", "V1", " ", "=", ",", "v0", "t= ", "v1= "]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.binary(min_size=32, max_size=32).map(bytes.hex),
)
# Headers assembled from plausible pieces reach deeper into the parser than random text.
_structured_header = st.lists(
    st.tuples(_fragment, st.sampled_from(["=", "", "=="]), _fragment), max_size=6
).map(lambda pairs: ",".join(k + sep + v for k, sep, v in pairs))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(
    raw=st.binary(max_size=512),
    header=st.one_of(st.text(max_size=300), _structured_header),
    secret=_any_secret,
    now=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    tolerance=st.floats(allow_nan=True, allow_infinity=True),
)
@example(raw=b"", header="t=1,v1=\udcff", secret="00", now=None, tolerance=300.0)
@example(raw=b"", header="t=\u00b2,v1=aa", secret="00", now=None, tolerance=300.0)
def test_fuzz_only_verification_errors_escape(
    raw: bytes, header: str, secret: str, now: float | None, tolerance: float
) -> None:
    # Anything but WebhookVerificationError fails the test. Returning normally would need a
    # valid HMAC, which random input cannot forge: a pass would mean a bypass.
    with pytest.raises(WebhookVerificationError):
        verify_signature(raw, header, secret, tolerance=tolerance, now=now)


@settings(max_examples=200)
@given(raw=st.binary(max_size=2048), secret=_hex_secret, stamp_offset=st.integers(-299, 299))
def test_fuzz_signed_bodies_verify_and_tampering_fails(
    raw: bytes, secret: str, stamp_offset: int
) -> None:
    header = sign(raw, secret, timestamp_ms=NOW_MS + stamp_offset * 1000)
    verify_signature(raw, header, secret, now=NOW)
    with pytest.raises(WebhookVerificationError):
        verify_signature(raw + b" ", header, secret, now=NOW)
    # Flip the last hex digit (appending "00" would not do: HMAC zero-pads short keys).
    other = secret[:-1] + ("1" if secret[-1] != "1" else "2")
    with pytest.raises(WebhookVerificationError):
        verify_signature(raw, header, other, now=NOW)
