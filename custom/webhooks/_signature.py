"""Signing and verifying Dixa webhook deliveries (`X-DIXA-SIGNATURE`).

The scheme, from Dixa's "Security best practices" page:

* header value `t=<timestamp>,v1=<signature>`; `t` is epoch **milliseconds** (doc example
  `t=1689238949803`), `v1` is a hex-encoded HMAC;
* signed message: `t` exactly as sent, then `"."`, then the raw request body bytes;
* key: the subscription's `secretKey`, hex-decoded to bytes;
* algorithm: HMAC-SHA256, compared as a lower-case hex digest.

Dixa documents no tolerance window for `t`; five minutes either way is this SDK's choice.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import time
from collections.abc import Sequence

from dixa_async._core._errors import WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "SUBSCRIPTION_ID_HEADER",
    "decode_secret",
    "sign",
    "verify_signature",
]

SIGNATURE_HEADER = "X-DIXA-SIGNATURE"
"""Header carrying `t=<epoch ms>,v1=<hex hmac>`; always added by Dixa."""

SUBSCRIPTION_ID_HEADER = "X-DIXA-SUBSCRIPTION-ID"
"""Header carrying the uuid of the webhook subscription that produced the delivery."""

DEFAULT_TOLERANCE = 300.0
"""Seconds a delivery's `t` may differ from the local clock, in either direction."""

# Epoch milliseconds have 13 digits today; 18 leaves room for any real clock while keeping
# int() and float() conversions cheap and far away from OverflowError.
_TIMESTAMP = re.compile(r"[0-9]{1,18}")
_HEX = re.compile(r"(?:[0-9a-fA-F]{2})+")
_DIGEST = re.compile(r"[0-9a-fA-F]{64}")


def decode_secret(secret: str) -> bytes:
    """Hex-decode a subscription `secretKey` into the HMAC key.

    Surrounding whitespace (a trailing newline from an env file) is ignored.

    Raises:
        ValueError: the secret is not a str, is empty, or is not an even-length hex string.
            The message never contains the secret.
    """
    if not isinstance(secret, str):
        raise ValueError("webhook secret must be a str")
    stripped = secret.strip()
    if not stripped:
        raise ValueError("webhook secret is empty")
    # Checked with a regex first: bytes.fromhex also skips inner whitespace and reports the
    # offending character position, and we want neither.
    if not _HEX.fullmatch(stripped):
        raise ValueError("webhook secret is not a hex string (Dixa's secretKey is hex-encoded)")
    return bytes.fromhex(stripped)


def _digest(key: bytes, stamp: str, body: bytes) -> str:
    return hmac.new(key, stamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


def sign(body: bytes, secret: str, *, timestamp_ms: int | None = None) -> str:
    """Return a complete `X-DIXA-SIGNATURE` value for `body`, as Dixa would send it.

    Meant for tests and the fake Dixa server. `timestamp_ms` defaults to the current time in
    epoch milliseconds.

    Raises:
        ValueError: the secret is not valid hex, or `timestamp_ms` is negative.
        TypeError: `body` is not bytes-like.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError("body must be bytes")
    key = decode_secret(secret)
    stamp_ms = int(time.time() * 1000) if timestamp_ms is None else int(timestamp_ms)
    if stamp_ms < 0:
        raise ValueError("timestamp_ms must not be negative")
    stamp = str(stamp_ms)
    return f"t={stamp},v1={_digest(key, stamp, bytes(body))}"


def _parse_header(header: object) -> tuple[str, list[str]]:
    """Split a header value into (`t` as sent, list of `v1` candidates).

    Tolerates whitespace around pairs, keys and values, empty segments (`a=1,,b=2`), key case,
    several `v1` values (key rotation on the sender's side) and unknown keys (future
    `v2=`), which are ignored.
    """
    if header is None:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    if not isinstance(header, str):
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} header is not text")
    if not header.strip():
        raise WebhookVerificationError(f"empty {SIGNATURE_HEADER} header")
    stamps: list[str] = []
    candidates: list[str] = []
    for segment in header.split(","):
        if not segment.strip():
            continue
        key, sep, value = segment.partition("=")
        key = key.strip().lower()
        value = value.strip()
        if not sep or not key:
            raise WebhookVerificationError(
                f"malformed {SIGNATURE_HEADER} header: expected comma-separated key=value pairs"
            )
        if key == "t":
            stamps.append(value)
        elif key == "v1":
            candidates.append(value)
    if not stamps:
        raise WebhookVerificationError(f"malformed {SIGNATURE_HEADER} header: no t= timestamp")
    if len(stamps) > 1:
        # Two timestamps make it ambiguous which one was signed; refuse rather than guess.
        raise WebhookVerificationError(f"malformed {SIGNATURE_HEADER} header: several t= values")
    if not candidates:
        raise WebhookVerificationError(f"malformed {SIGNATURE_HEADER} header: no v1= signature")
    stamp = stamps[0]
    # A regex, not str.isdigit(): isdigit() accepts '²' and other non-ASCII digits that int()
    # then rejects or that the sender cannot have signed as ASCII.
    if not _TIMESTAMP.fullmatch(stamp):
        raise WebhookVerificationError(
            f"malformed {SIGNATURE_HEADER} header: t= is not a number of milliseconds"
        )
    return stamp, candidates


def _check_window(stamp: str, tolerance: float, now: float | None) -> None:
    if not isinstance(tolerance, int | float) or math.isnan(tolerance) or tolerance < 0:
        raise WebhookVerificationError("verifier misconfigured: tolerance must be >= 0 seconds")
    current = time.time() if now is None else now
    if not isinstance(current, int | float) or not math.isfinite(current):
        raise WebhookVerificationError("verifier misconfigured: now must be a finite number")
    age = current - int(stamp) / 1000
    if age > tolerance:
        raise WebhookVerificationError(
            f"timestamp too old: signed {age:.6g}s ago, tolerance is {tolerance:g}s"
        )
    if -age > tolerance:
        raise WebhookVerificationError(
            f"timestamp in the future: {-age:.6g}s ahead, tolerance is {tolerance:g}s"
        )


def _verify_with_keys(
    body: bytes,
    header: str,
    keys: Sequence[bytes],
    *,
    tolerance: float,
    now: float | None,
) -> None:
    """Verify against several already-decoded keys (secret rotation). Same contract as
    `verify_signature`."""
    if not isinstance(body, bytes | bytearray | memoryview):
        raise WebhookVerificationError("body must be the raw request bytes")
    stamp, candidates = _parse_header(header)
    _check_window(stamp, tolerance, now)
    # Only well-formed hex digests can ever match; comparing them as ASCII bytes keeps
    # compare_digest away from its TypeError on non-ASCII str input.
    wanted = [c.lower().encode("ascii") for c in candidates if _DIGEST.fullmatch(c)]
    raw = bytes(body)
    matched = False
    for key in keys:
        expected = _digest(key, stamp, raw).encode("ascii")
        for candidate in wanted:
            # No early exit: the time taken should not depend on which candidate matched.
            matched |= hmac.compare_digest(expected, candidate)
    if not matched:
        raise WebhookVerificationError("signature mismatch: no v1= value matches the body")


def verify_signature(
    body: bytes,
    header: str,
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Check that `body` was signed by Dixa with `secret`; return None when it was.

    Args:
        body: the raw request body exactly as received (verify before any JSON parsing).
        header: the `X-DIXA-SIGNATURE` value, `t=<epoch ms>,v1=<hex>`. Whitespace around
            pairs is ignored, several `v1` values are accepted (any may match), unknown keys
            are ignored.
        secret: the subscription's hex-encoded `secretKey`.
        tolerance: seconds `t` may be away from `now`, in either direction (default 300;
            `math.inf` disables the check).
        now: the current time as epoch seconds; defaults to `time.time()`. Inject it in tests.

    Raises:
        WebhookVerificationError: for every failure, and nothing else: missing or empty
            header, malformed pairs, non-numeric `t`, no `v1`, a stale or future
            timestamp, a secret that is not hex, or a signature mismatch. The message says
            which, and never contains the secret or the expected signature.
    """
    try:
        key = decode_secret(secret)
    except ValueError as exc:
        raise WebhookVerificationError(f"cannot verify: {exc}") from None
    _verify_with_keys(body, header, [key], tolerance=tolerance, now=now)
