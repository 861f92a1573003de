"""Defaults of the Exports API client, and what is known (and not) about them.

Dixa documents the host, the two operations, the 31-day limit on one query and the query
timestamp forms. It does not document a rate limit: one third-party client states 10 requests
per minute per token and spaces its calls about 6 s apart, so the default here sends one
request every 6 s and keeps a bucket slot spare, like the v1 default does. How many `csids`
one request may carry is known only from a third-party connector's error text (10).
"""

from __future__ import annotations

from .._config import RateLimit
from .._retry import DEFAULT_MAX_RETRIES, RetryPolicy

__all__ = [
    "CSIDS_PER_REQUEST",
    "DEFAULT_EXPORTS_BASE_URL",
    "EXPORTS_RATE_LIMIT",
    "EXPORTS_RETRY",
    "MAX_WINDOW_DAYS",
]

DEFAULT_EXPORTS_BASE_URL = "https://exports.dixa.io"
# 10 requests/minute: a bucket of 2 refilled at 1/6 s, of which the client uses 1 (headroom 1),
# i.e. exactly one request every 6 s and never two back to back.
EXPORTS_RATE_LIMIT = RateLimit(per_second=10 / 60, burst=2, headroom=1)
# "No query can span more than 1 month (31 days)" (Dixa's Exports API guide).
MAX_WINDOW_DAYS = 31
# "Exceeded max allowed 10 csids per request" (a third-party connector's message for a 422).
CSIDS_PER_REQUEST = 10
# The limit is unknown and, by the third party's account, counted per minute: without `retry=`
# a 429 (or a 5xx) is waited out longer than on v1, backoff up to a minute, as one
# third-party client waits. `max_retries=` of DixaClient still sets how many tries.
EXPORTS_RETRY = RetryPolicy(max_retries=DEFAULT_MAX_RETRIES, base_delay=2.0, max_delay=60.0)
