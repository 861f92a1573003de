"""Every Dixa v1 operation: the resource method that wraps it and the route it calls.

The transport uses this table to enforce allow-lists on every request (including calls
made through `DixaClient.raw`); the ledger test checks it against the generated modules
and the resource classes, so an operation cannot be added to the spec unnoticed.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["OPERATIONS", "Operation", "resolve"]


class Operation(NamedTuple):
    """One operation: `tag` is the client attribute, `name` the method on it.

    `path` is the route with `{}` for each path parameter; `module` names the generated
    module `dixa_async.api.<tag>.<module>`.
    """

    tag: str
    name: str
    method: str
    path: str
    module: str

    @property
    def qualified_name(self) -> str:
        """`<tag>.<name>`, the form allow-lists use (e.g. `"conversations.get"`)."""
        return f"{self.tag}.{self.name}"


OPERATIONS: tuple[Operation, ...] = (
    Operation("agents", "delete", "DELETE", "/v1/agents/{}", "delete_agents_agentid"),
    Operation("agents", "list", "GET", "/v1/agents", "get_agents"),
    Operation("agents", "get", "GET", "/v1/agents/{}", "get_agents_agentid"),
    Operation("agents", "presence", "GET", "/v1/agents/{}/presence", "get_agents_agentid_presence"),
    Operation("agents", "teams", "GET", "/v1/agents/{}/teams", "get_agents_agentid_teams"),
    Operation("agents", "list_presence", "GET", "/v1/agents/presence", "get_agents_presence"),
    Operation("agents", "bulk_patch", "PATCH", "/v1/agents", "patch_agents"),
    Operation("agents", "patch", "PATCH", "/v1/agents/{}", "patch_agents_agentid"),
    Operation("agents", "create", "POST", "/v1/agents", "post_agents"),
    Operation("agents", "bulk_create", "POST", "/v1/agents/bulk", "post_agents_bulk"),
    Operation("agents", "bulk_update", "PUT", "/v1/agents", "put_agents"),
    Operation("agents", "update", "PUT", "/v1/agents/{}", "put_agents_agentid"),
    Operation(
        "agents",
        "set_working_channel",
        "PUT",
        "/v1/agents/{}/presence/working-channel",
        "put_agents_agentid_presence_working_channel",
    ),
    Operation(
        "analytics",
        "filter_values",
        "GET",
        "/v1/analytics/filter/{}",
        "get_analytics_filter_filterattribute",
    ),
    Operation("analytics", "list_metrics", "GET", "/v1/analytics/metrics", "get_analytics_metrics"),
    Operation(
        "analytics",
        "get_metric",
        "GET",
        "/v1/analytics/metrics/{}",
        "get_analytics_metrics_metricid",
    ),
    Operation("analytics", "list_records", "GET", "/v1/analytics/records", "get_analytics_records"),
    Operation(
        "analytics",
        "get_record",
        "GET",
        "/v1/analytics/records/{}",
        "get_analytics_records_recordid",
    ),
    Operation(
        "analytics", "query_metric", "POST", "/v1/analytics/metrics", "post_analytics_metrics"
    ),
    Operation(
        "analytics", "query_records", "POST", "/v1/analytics/records", "post_analytics_records"
    ),
    Operation(
        "anonymization",
        "anonymize_conversation",
        "PATCH",
        "/v1/conversations/{}/anonymize",
        "patch_conversations_conversationid_anonymize",
    ),
    Operation(
        "anonymization",
        "anonymize_end_user",
        "PATCH",
        "/v1/endusers/{}/anonymize",
        "patch_endusers_userid_anonymize",
    ),
    Operation("anonymization", "request", "POST", "/v1/anonymization", "post_anonymization"),
    Operation(
        "business_hours",
        "list_schedules",
        "GET",
        "/v1/business-hours/schedules",
        "get_business_hours_schedules",
    ),
    Operation(
        "business_hours",
        "status",
        "GET",
        "/v1/business-hours/schedules/{}/status",
        "get_business_hours_schedules_scheduleid_status",
    ),
    Operation("contact_endpoints", "list", "GET", "/v1/contact-endpoints", "get_contact_endpoints"),
    Operation(
        "contact_endpoints",
        "get",
        "GET",
        "/v1/contact-endpoints/{}",
        "get_contact_endpoints_contactendpointid",
    ),
    Operation(
        "conversations",
        "list_activity_log",
        "GET",
        "/v1/conversations/activitylog",
        "get_conversations_activitylog",
    ),
    Operation(
        "conversations", "get", "GET", "/v1/conversations/{}", "get_conversations_conversationid"
    ),
    Operation(
        "conversations",
        "activity_log",
        "GET",
        "/v1/conversations/{}/activitylog",
        "get_conversations_conversationid_activitylog",
    ),
    Operation(
        "conversations",
        "linked",
        "GET",
        "/v1/conversations/{}/linked",
        "get_conversations_conversationid_linked",
    ),
    Operation(
        "conversations", "flows", "GET", "/v1/conversations/flows", "get_conversations_flows"
    ),
    Operation("conversations", "create", "POST", "/v1/conversations", "post_conversations"),
    Operation(
        "conversations",
        "import_conversation",
        "POST",
        "/v1/conversations/import",
        "post_conversations_import",
    ),
    Operation(
        "conversations",
        "claim",
        "PUT",
        "/v1/conversations/{}/claim",
        "put_conversations_conversationid_claim",
    ),
    Operation(
        "conversations",
        "close",
        "PUT",
        "/v1/conversations/{}/close",
        "put_conversations_conversationid_close",
    ),
    Operation(
        "conversations",
        "follow_up",
        "PUT",
        "/v1/conversations/{}/followup",
        "put_conversations_conversationid_followup",
    ),
    Operation(
        "conversations",
        "link",
        "PUT",
        "/v1/conversations/{}/link",
        "put_conversations_conversationid_link",
    ),
    Operation(
        "conversations",
        "reopen",
        "PUT",
        "/v1/conversations/{}/reopen",
        "put_conversations_conversationid_reopen",
    ),
    Operation(
        "conversations",
        "transfer",
        "PUT",
        "/v1/conversations/{}/transfer/queue",
        "put_conversations_conversationid_transfer_queue",
    ),
    Operation("custom_attributes", "list", "GET", "/v1/custom-attributes", "get_custom_attributes"),
    Operation(
        "custom_attributes",
        "get",
        "GET",
        "/v1/custom-attributes/{}",
        "get_custom_attributes_customattributeid",
    ),
    Operation(
        "custom_attributes",
        "patch_conversation",
        "PATCH",
        "/v1/conversations/{}/custom-attributes",
        "patch_conversations_conversationid_custom_attributes",
    ),
    Operation(
        "custom_attributes",
        "patch_end_user",
        "PATCH",
        "/v1/endusers/{}/custom-attributes",
        "patch_endusers_userid_custom_attributes",
    ),
    Operation("end_users", "list", "GET", "/v1/endusers", "get_endusers"),
    Operation("end_users", "get", "GET", "/v1/endusers/{}", "get_endusers_userid"),
    Operation(
        "end_users",
        "conversations",
        "GET",
        "/v1/endusers/{}/conversations",
        "get_endusers_userid_conversations",
    ),
    Operation("end_users", "bulk_patch", "PATCH", "/v1/endusers", "patch_endusers"),
    Operation("end_users", "patch", "PATCH", "/v1/endusers/{}", "patch_endusers_userid"),
    Operation("end_users", "create", "POST", "/v1/endusers", "post_endusers"),
    Operation("end_users", "bulk_create", "POST", "/v1/endusers/bulk", "post_endusers_bulk"),
    Operation("end_users", "bulk_update", "PUT", "/v1/endusers", "put_endusers"),
    Operation("end_users", "update", "PUT", "/v1/endusers/{}", "put_endusers_userid"),
    Operation(
        "internal_notes",
        "list",
        "GET",
        "/v1/conversations/{}/notes",
        "get_conversations_conversationid_notes",
    ),
    Operation(
        "internal_notes",
        "create",
        "POST",
        "/v1/conversations/{}/notes",
        "post_conversations_conversationid_notes",
    ),
    Operation(
        "internal_notes",
        "bulk_create",
        "POST",
        "/v1/conversations/{}/notes/bulk",
        "post_conversations_conversationid_notes_bulk",
    ),
    Operation(
        "messages",
        "list",
        "GET",
        "/v1/conversations/{}/messages",
        "get_conversations_conversationid_messages",
    ),
    Operation(
        "messages",
        "anonymize",
        "PATCH",
        "/v1/conversations/{}/messages/{}/anonymize",
        "patch_conversations_conversationid_messages_messageid_anonymize",
    ),
    Operation(
        "messages",
        "create",
        "POST",
        "/v1/conversations/{}/messages",
        "post_conversations_conversationid_messages",
    ),
    Operation("organization", "get", "GET", "/v1/organization", "get_organization"),
    Operation(
        "queues",
        "remove_members",
        "DELETE",
        "/v1/queues/{}/members",
        "delete_queues_queueid_members",
    ),
    Operation("queues", "list", "GET", "/v1/queues", "get_queues"),
    Operation("queues", "get", "GET", "/v1/queues/{}", "get_queues_queueid"),
    Operation(
        "queues",
        "availability",
        "GET",
        "/v1/queues/{}/availability",
        "get_queues_queueid_availability",
    ),
    Operation(
        "queues", "list_members", "GET", "/v1/queues/{}/members", "get_queues_queueid_members"
    ),
    Operation(
        "queues", "add_members", "PATCH", "/v1/queues/{}/members", "patch_queues_queueid_members"
    ),
    Operation("queues", "create", "POST", "/v1/queues", "post_queues"),
    Operation(
        "ratings",
        "list_legacy",
        "GET",
        "/v1/conversations/{}/rating",
        "get_conversations_conversationid_rating",
    ),
    Operation(
        "ratings",
        "list",
        "GET",
        "/v1/conversations/{}/ratings",
        "get_conversations_conversationid_ratings",
    ),
    Operation(
        "ratings",
        "offer",
        "POST",
        "/v1/conversations/{}/ratings/offer",
        "post_conversations_conversationid_ratings_offer",
    ),
    Operation(
        "ratings",
        "submit",
        "POST",
        "/v1/conversations/{}/ratings/{}/submit",
        "post_conversations_conversationid_ratings_ratingid_submit",
    ),
    Operation(
        "search",
        "conversations_by_text",
        "GET",
        "/v1/search/conversations",
        "get_search_conversations",
    ),
    Operation(
        "search", "conversations", "POST", "/v1/search/conversations", "post_search_conversations"
    ),
    Operation(
        "tags",
        "untag",
        "DELETE",
        "/v1/conversations/{}/tags/{}",
        "delete_conversations_conversationid_tags_tagid",
    ),
    Operation("tags", "delete", "DELETE", "/v1/tags/{}", "delete_tags_tagid"),
    Operation(
        "tags",
        "list_for_conversation",
        "GET",
        "/v1/conversations/{}/tags",
        "get_conversations_conversationid_tags",
    ),
    Operation("tags", "list", "GET", "/v1/tags", "get_tags"),
    Operation("tags", "get", "GET", "/v1/tags/{}", "get_tags_tagid"),
    Operation("tags", "activate", "PATCH", "/v1/tags/{}/activate", "patch_tags_tagid_activate"),
    Operation(
        "tags", "deactivate", "PATCH", "/v1/tags/{}/deactivate", "patch_tags_tagid_deactivate"
    ),
    Operation(
        "tags",
        "bulk_tag",
        "POST",
        "/v1/conversations/{}/tags/bulk",
        "post_conversations_conversationid_tags_bulk",
    ),
    Operation("tags", "create", "POST", "/v1/tags", "post_tags"),
    Operation(
        "tags",
        "tag",
        "PUT",
        "/v1/conversations/{}/tags/{}",
        "put_conversations_conversationid_tags_tagid",
    ),
    Operation("teams", "delete", "DELETE", "/v1/teams/{}", "delete_teams_teamid"),
    Operation(
        "teams", "remove_members", "DELETE", "/v1/teams/{}/agents", "delete_teams_teamid_agents"
    ),
    Operation("teams", "list", "GET", "/v1/teams", "get_teams"),
    Operation("teams", "get", "GET", "/v1/teams/{}", "get_teams_teamid"),
    Operation("teams", "list_members", "GET", "/v1/teams/{}/agents", "get_teams_teamid_agents"),
    Operation("teams", "presence", "GET", "/v1/teams/{}/presence", "get_teams_teamid_presence"),
    Operation("teams", "add_members", "PATCH", "/v1/teams/{}/agents", "patch_teams_teamid_agents"),
    Operation("teams", "create", "POST", "/v1/teams", "post_teams"),
    Operation(
        "webhooks", "delete", "DELETE", "/v1/webhooks/{}", "delete_webhooks_webhooksubscriptionid"
    ),
    Operation("webhooks", "list", "GET", "/v1/webhooks", "get_webhooks"),
    Operation("webhooks", "get", "GET", "/v1/webhooks/{}", "get_webhooks_webhooksubscriptionid"),
    Operation(
        "webhooks",
        "delivery_status",
        "GET",
        "/v1/webhooks/{}/delivery-status",
        "get_webhooks_webhooksubscriptionid_delivery_status",
    ),
    Operation(
        "webhooks",
        "delivery_logs",
        "GET",
        "/v1/webhooks/{}/delivery-status/logs/{}",
        "get_webhooks_webhooksubscriptionid_delivery_status_logs_event",
    ),
    Operation(
        "webhooks", "update", "PATCH", "/v1/webhooks/{}", "patch_webhooks_webhooksubscriptionid"
    ),
    Operation("webhooks", "create", "POST", "/v1/webhooks", "post_webhooks"),
)

_BY_SHAPE: dict[tuple[str, int], list[tuple[tuple[str, ...], Operation]]] = {}
for _op in OPERATIONS:
    _segments = tuple(_op.path.strip("/").split("/"))
    _BY_SHAPE.setdefault((_op.method, len(_segments)), []).append((_segments, _op))


def resolve(method: str, path: str) -> Operation | None:
    """The operation a request `method path` calls, or None for an unknown route.

    Literal segments beat parameters (`/v1/agents/presence` is not `/v1/agents/{id}`).
    """
    segments = path.strip("/").split("/")
    best: Operation | None = None
    best_literals = -1
    for pattern, op in _BY_SHAPE.get((method.upper(), len(segments)), ()):
        literals = 0
        for expected, actual in zip(pattern, segments, strict=True):
            if expected == "{}":
                continue
            if expected != actual:
                break
            literals += 1
        else:
            if literals > best_literals:
                best, best_literals = op, literals
    return best
