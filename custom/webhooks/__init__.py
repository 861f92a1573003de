"""Dixa webhooks: verify deliveries, parse them into typed events, receive them over ASGI.

    from dixa_async.webhooks import WebhookReceiver, ConversationNoteAddedEvent

    receiver = WebhookReceiver(secret=os.environ["DIXA_WEBHOOK_SECRET"])

    @receiver.on(ConversationNoteAddedEvent)
    async def note_added(event: ConversationNoteAddedEvent) -> None:
        ...

    # Starlette / FastAPI: an exact route (Mount would 307-redirect to a trailing slash).
    app = Starlette(routes=[Route("/dixa/webhooks", receiver)])
    # Any other framework: event = await receiver.handle(raw_body, request_headers)

Lower level: `verify_signature(raw_body, header, secret)` then `parse_event(raw_body)`.
"""

# Each private module declares its public names once, in its own `__all__`; this package
# re-exports them and builds its `__all__` from theirs (a form type checkers and IDEs follow).
from dixa_async._core._errors import WebhookVerificationError

# The event names are the spec's (generated): one list, shared with the REST models.
from dixa_async.models.webhook_event_name import WebhookEventName

from . import _event_enums, _event_readers, _event_shared, _events
from ._event_enums import *  # noqa: F403
from ._event_readers import *  # noqa: F403
from ._event_shared import *  # noqa: F403
from ._events import *  # noqa: F403
from ._receiver import WebhookHandler, WebhookReceiver
from ._signature import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    SUBSCRIPTION_ID_HEADER,
    sign,
    verify_signature,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "SUBSCRIPTION_ID_HEADER",
    "WebhookEventName",
    "WebhookHandler",
    "WebhookReceiver",
    "WebhookVerificationError",
    "sign",
    "verify_signature",
]
__all__ += _event_enums.__all__
__all__ += _event_readers.__all__
__all__ += _event_shared.__all__
__all__ += _events.__all__
