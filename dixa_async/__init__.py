"""dixa-async: the asyncio SDK for the Dixa customer-service API v1 (https://dev.dixa.io/v1).

    async with DixaClient() as dixa:          # the key comes from DIXA_API_KEY
        conversation = await dixa.conversations.get(1000)

`DixaClient` paces itself to Dixa's rate limit, retries what is safe to retry and raises
typed errors (`DixaError` and its subclasses). The areas beside the client:
`dixa_async.jobs` (the job engine), `dixa_async.bulk` (write operations over records),
`dixa_async.warehouse` (exports and incremental loads), `dixa_async.search` (the query
builder), `dixa_async.webhooks`, `dixa_async.limits` (a rate limit shared through Redis) and
`dixa_async.testing` (a fake Dixa). The generated low-level client is `dixa_async.client`
with its `dixa_async.api` and `dixa_async.models`.
"""

# The hand-written layer (custom/_core, installed as dixa_async._core) imports generated
# submodules only, never this package's names, so importing it here is not a cycle.
from ._core import *  # noqa: F403
from ._core import __all__ as __all__
