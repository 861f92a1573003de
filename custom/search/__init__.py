"""Conversation search: a typed filter builder, date-window chunking and hydration.

```python
from dixa_async.search import F, SearchQuery, hydrate, windowed_hits

query = SearchQuery("refund").where(F.status.is_one_of(["open"]), F.created.between(start, end))
async for hit in dixa.search.conversations(query):  # one query, paged
    ...
async for conversation in hydrate(dixa, windowed_hits(dixa, query), concurrency=8):
    ...  # a year of conversations, 31-day windows, each id once, fetched 8 at a time
```
"""

from dixa_async._core._deprecation import deprecated_aliases as _deprecated_aliases
from dixa_async._core._filters import ChannelName, DirectionName, F, SearchQuery, StatusName

from ._hits import ConversationData, hydrate, windowed_hits
from ._windows import DEFAULT_WINDOW, split_by_creation

__all__ = [
    "DEFAULT_WINDOW",
    "ChannelName",
    "ConversationData",
    "DirectionName",
    "F",
    "SearchQuery",
    "StatusName",
    "hydrate",
    "split_by_creation",
    "windowed_hits",
]

# Renamed (issue 17): `Search` is also the `dixa.search` resource.
__getattr__ = _deprecated_aliases(
    __name__, {"Search": ("dixa_async.search.SearchQuery", SearchQuery)}
)
