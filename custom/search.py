"""Conversation search helpers.

from dixa_async.custom.search import F, Search

hits = dixa.search.conversations(
    Search("refund").where(F.status.is_one_of(["open"]), F.created.since(last_week))
)
"""

from ._search._filters import ChannelName, DirectionName, F, Search, StatusName

__all__ = ["ChannelName", "DirectionName", "F", "Search", "StatusName"]
