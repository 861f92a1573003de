"""The route table: the fake's handler for every operation of the operation table (the v1
ones and those Dixa documents only for beta)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.responses import Response

from dixa_async.operations import OPERATIONS

from . import _analytics as an
from . import _conversations as cv
from . import _knowledge as kn
from . import _org as org
from . import _people as pp
from . import _search as se
from . import _webhooks as wh
from ._call import Call

Handler = Callable[[Call], Awaitable[Response]]

# The fake's handler of every Dixa v1 operation, by the operation's qualified name; method and
# route come from the operation table (`dixa_async.operations`), which the spec generates.
HANDLERS: dict[str, Handler] = {
    "agents.bulk_create": pp.create_agents,
    "agents.bulk_patch": pp.patch_agents,
    "agents.bulk_update": pp.update_agents,
    "agents.create": pp.create_agent,
    "agents.delete": pp.delete_agent,
    "agents.get": pp.get_agent,
    "agents.list": pp.list_agents,
    "agents.list_presence": pp.all_presence,
    "agents.patch": pp.patch_agent,
    "agents.presence": pp.agent_presence,
    "agents.set_working_channel": pp.working_channel,
    "agents.teams": pp.agent_teams,
    "agents.update": pp.update_agent,
    "analytics.filter_values": an.filter_values,
    "analytics.get_metric": an.get_metric,
    "analytics.get_record": an.get_record,
    "analytics.list_metrics": an.list_metrics,
    "analytics.list_records": an.list_records,
    "analytics.query_metric": an.metric_data,
    "analytics.query_records": an.record_data,
    "anonymization.anonymize_conversation": cv.anonymize,
    "anonymization.anonymize_end_user": pp.anonymize_user,
    "anonymization.request": cv.anonymize_entity,
    "anonymization.request_status": org.anonymization_status,
    "business_hours.list_schedules": org.list_schedules,
    "business_hours.definition": org.schedule_definition,
    "business_hours.status": org.schedule_status,
    "business_hours.upcoming": org.schedule_upcoming,
    "contact_endpoints.get": org.get_contact_endpoint,
    "contact_endpoints.list": org.list_contact_endpoints,
    "conversations.activity_log": cv.activity_log,
    "conversations.claim": cv.claim,
    "conversations.close": cv.close,
    "conversations.create": cv.create,
    "conversations.flows": cv.flows,
    "conversations.follow_up": cv.followup,
    "conversations.get": cv.get,
    "conversations.import_conversation": cv.import_conversation,
    "conversations.link": cv.link,
    "conversations.linked": cv.linked,
    "conversations.list_activity_log": cv.organization_activity_log,
    "conversations.reopen": cv.reopen,
    "conversations.transfer": cv.transfer,
    "custom_attributes.get": org.get_attribute_definition,
    "custom_attributes.list": org.list_attribute_definitions,
    "custom_attributes.patch_conversation": cv.set_custom_attributes,
    "custom_attributes.patch_end_user": pp.patch_user_attributes,
    "end_users.bulk_create": pp.create_users,
    "end_users.bulk_patch": pp.patch_users,
    "end_users.bulk_update": pp.update_users,
    "end_users.conversations": pp.user_conversations,
    "end_users.create": pp.create_user,
    "end_users.get": pp.get_user,
    "end_users.list": pp.list_users,
    "end_users.patch": pp.patch_user,
    "end_users.update": pp.update_user,
    "internal_notes.bulk_create": cv.add_notes,
    "internal_notes.create": cv.add_note,
    "internal_notes.list": cv.list_notes,
    "knowledge.article_translations": kn.article_translations,
    "knowledge.catalog": kn.catalog,
    "knowledge.category_translations": kn.category_translations,
    "knowledge.create_article": kn.create_article,
    "knowledge.delete_article": kn.delete_article,
    "knowledge.delete_translation": kn.delete_translation,
    "knowledge.detach_article": kn.detach_article,
    "knowledge.get_article": kn.get_article,
    "knowledge.get_category": kn.get_category,
    "knowledge.get_collection": kn.get_collection,
    "knowledge.list_collections": kn.list_collections,
    "knowledge.move_article": kn.move_article,
    "knowledge.patch_article": kn.patch_article,
    "knowledge.patch_translations": kn.patch_translations,
    "knowledge.publish_article": kn.publish_article,
    "knowledge.publish_translation": kn.publish_translation,
    "knowledge.unpublish_article": kn.unpublish_article,
    "knowledge.unpublish_translation": kn.unpublish_translation,
    "knowledge.upload_attachments": kn.upload_attachments,
    "messages.anonymize": cv.anonymize_message,
    "messages.create": cv.add_message,
    "messages.list": cv.list_messages,
    "organization.get": org.organization,
    "queues.add_members": org.add_queue_members,
    "queues.availability": org.queue_availability,
    "queues.conversation_position": org.conversation_position,
    "queues.create": org.create_queue,
    "queues.get": org.get_queue,
    "queues.list": org.list_queues,
    "queues.list_members": org.queue_members,
    "queues.remove_members": org.remove_queue_members,
    "ratings.list": cv.list_ratings,
    "ratings.list_legacy": cv.list_ratings,
    "ratings.offer": cv.offer_rating,
    "ratings.submit": cv.submit_rating,
    "search.conversations": se.search,
    "search.conversations_by_text": se.search_get,
    "tags.activate": org.activate_tag,
    "tags.bulk_tag": cv.bulk_tag,
    "tags.create": org.create_tag,
    "tags.deactivate": org.deactivate_tag,
    "tags.delete": org.delete_tag,
    "tags.get": org.get_tag,
    "tags.list": org.list_tags,
    "tags.list_for_conversation": cv.list_tags,
    "tags.tag": cv.add_tag,
    "tags.untag": cv.remove_tag,
    "teams.add_members": org.add_team_agents,
    "teams.create": org.create_team,
    "teams.delete": org.delete_team,
    "teams.get": org.get_team,
    "teams.list": org.list_teams,
    "teams.list_members": org.team_agents,
    "teams.presence": org.team_presence,
    "teams.remove_members": org.remove_team_agents,
    "templates.delete": kn.delete_template,
    "templates.list": kn.list_templates,
    "webhooks.create": wh.create_subscription,
    "webhooks.delete": wh.delete_subscription,
    "webhooks.delivery_logs": wh.delivery_logs,
    "webhooks.delivery_status": wh.delivery_status,
    "webhooks.get": wh.get_subscription,
    "webhooks.list": wh.list_subscriptions,
    "webhooks.update": wh.patch_subscription,
}

ROUTES: tuple[tuple[str, str, Handler], ...] = tuple(
    (op.method, op.route, HANDLERS[op.qualified_name])
    for op in OPERATIONS
    if op.qualified_name in HANDLERS
)
