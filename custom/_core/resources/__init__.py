"""Hand-written extensions of the generated namespaces (`dixa_async.resources`).

Every operation already has its generated method; a namespace is extended here only where a
method does more than one call or takes friendlier arguments: `webhooks` (event names as
strings, `ensure`), `search` (the `Search` builder) and `tags` (`bulk_tag(names=...)`).
`DixaClient` uses these classes for those three namespaces and the generated ones elsewhere.
"""

from .search import Search
from .tags import Tags
from .webhooks import Webhooks

__all__ = ["Search", "Tags", "Webhooks"]
