"""Defaults of the Exports API client, and what is known (and not) about them.

Dixa documents the host, the two operations, the 31-day limit on one query and the query
timestamp forms. It does not document a rate limit: one third-party client states 10 requests
per minute per token and spaces its calls about 6 s apart, so the default here sends one
request every 6 s and keeps a bucket slot spare, like the v1 default does. How many `csids`
one request may carry is not documented either: batches are bounded by the URL's length.
"""

from __future__ import annotations

from .._config import RateLimit
from .._retry import RetryPolicy

__all__ = [
    "CSIDS_PER_REQUEST",
    "CSIDS_QUERY_CHARS",
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
# Dixa's guide: "There are no other query limitations". The 10 a third-party connector chunks
# by is the limit of a v1 endpoint (the activity log), not of this API. A request carries as
# many ids as fit in CSIDS_QUERY_CHARS characters of the query (so the URL stays far below
# the ~8 KiB common servers and proxies accept), at most CSIDS_PER_REQUEST; a batch Dixa
# answers with 422 or 414 is halved and sent again.
CSIDS_QUERY_CHARS = 4000
CSIDS_PER_REQUEST = 1000
# The limit is unknown and, by the third parties' account, counted per minute; the peers wait
# 60 s x 3 (tap-dixa), a constant 60 s (Airbyte), up to 120 s x 5 (PostHog). Without `retry=`
# or `max_retries=` a 429 (or a 5xx) is waited out for at least two minutes: eight retries
# whose waits are at least half of 2, 4, 8, 16, 32, 60, 60, 60 s, i.e. at least 121 s in all
# (`EXPORTS_RETRY.least_patience()`), at most 242 s.
EXPORTS_RETRY = RetryPolicy(max_retries=8, base_delay=2.0, max_delay=60.0, min_jitter=0.5)
