"""Contains all the data models used in inputs/outputs.

A model's module is imported when the model is first used (module `__getattr__`), so importing
one model, or this package, does not load the other four hundred. Type checkers and IDEs see
every name through the `TYPE_CHECKING` imports.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_log_entry import ActivityLogEntry
    from .activity_log_entry_type import ActivityLogEntryType
    from .activity_log_user import ActivityLogUser
    from .agent import Agent
    from .agent_id import AgentId
    from .agent_id_type import AgentIdType
    from .agent_output import AgentOutput
    from .agent_presence_duration_value import AgentPresenceDurationValue
    from .agent_presence_duration_value_type import AgentPresenceDurationValueType
    from .agent_teams_output import AgentTeamsOutput
    from .agents_to_team_input import AgentsToTeamInput
    from .aggregate_metadata import AggregateMetadata
    from .aggregate_metadata_measure import AggregateMetadataMeasure
    from .analytics_field_in import AnalyticsFieldIn
    from .analytics_field_in_field import AnalyticsFieldInField
    from .analytics_field_in_type import AnalyticsFieldInType
    from .analytics_field_not_in import AnalyticsFieldNotIn
    from .analytics_field_not_in_field import AnalyticsFieldNotInField
    from .analytics_field_not_in_type import AnalyticsFieldNotInType
    from .anonymization_request_status import AnonymizationRequestStatus
    from .anonymization_request_status_type import AnonymizationRequestStatusType
    from .anonymize_entity_input import AnonymizeEntityInput
    from .anonymize_entity_input_type import AnonymizeEntityInputType
    from .anonymize_entity_output import AnonymizeEntityOutput
    from .anonymized_conversation import AnonymizedConversation
    from .anonymized_conversation_channel import AnonymizedConversationChannel
    from .anonymized_conversation_direction import AnonymizedConversationDirection
    from .anonymized_conversation_state import AnonymizedConversationState
    from .anonymized_conversation_type import AnonymizedConversationType
    from .article import Article
    from .article_catalog_item import ArticleCatalogItem
    from .article_content import ArticleContent
    from .article_translation import ArticleTranslation
    from .article_translation_versions import ArticleTranslationVersions
    from .article_translations import ArticleTranslations
    from .assigned_date import AssignedDate
    from .assigned_date_type import AssignedDateType
    from .assignment import Assignment
    from .attachment_error import AttachmentError
    from .attachment_result import AttachmentResult
    from .attachments import Attachments
    from .attachments_type import AttachmentsType
    from .available_at import AvailableAt
    from .bad_request import BadRequest
    from .basic_auth import BasicAuth
    from .basic_auth_type import BasicAuthType
    from .between import Between
    from .between_type import BetweenType
    from .boolean_field import BooleanField
    from .boolean_field_type import BooleanFieldType
    from .browser_info import BrowserInfo
    from .bulk_action_failure_bulk_error_agent import BulkActionFailureBulkErrorAgent
    from .bulk_action_failure_bulk_error_agent_type import (
        BulkActionFailureBulkErrorAgentType,
    )
    from .bulk_action_failure_bulk_error_end_user import (
        BulkActionFailureBulkErrorEndUser,
    )
    from .bulk_action_failure_bulk_error_end_user_type import (
        BulkActionFailureBulkErrorEndUserType,
    )
    from .bulk_action_failure_bulk_error_uuid import BulkActionFailureBulkErrorUUID
    from .bulk_action_failure_bulk_error_uuid_type import (
        BulkActionFailureBulkErrorUUIDType,
    )
    from .bulk_action_failure_error_response_internal_note_data import (
        BulkActionFailureErrorResponseInternalNoteData,
    )
    from .bulk_action_failure_error_response_internal_note_data_type import (
        BulkActionFailureErrorResponseInternalNoteDataType,
    )
    from .bulk_action_success_bulk_error_agent import BulkActionSuccessBulkErrorAgent
    from .bulk_action_success_bulk_error_agent_type import (
        BulkActionSuccessBulkErrorAgentType,
    )
    from .bulk_action_success_bulk_error_end_user import (
        BulkActionSuccessBulkErrorEndUser,
    )
    from .bulk_action_success_bulk_error_end_user_type import (
        BulkActionSuccessBulkErrorEndUserType,
    )
    from .bulk_action_success_bulk_error_uuid import BulkActionSuccessBulkErrorUUID
    from .bulk_action_success_bulk_error_uuid_type import (
        BulkActionSuccessBulkErrorUUIDType,
    )
    from .bulk_action_success_error_response_internal_note_data import (
        BulkActionSuccessErrorResponseInternalNoteData,
    )
    from .bulk_action_success_error_response_internal_note_data_type import (
        BulkActionSuccessErrorResponseInternalNoteDataType,
    )
    from .bulk_create_internal_note_input import BulkCreateInternalNoteInput
    from .bulk_create_note_output import BulkCreateNoteOutput
    from .bulk_patch_agent_input import BulkPatchAgentInput
    from .bulk_patch_end_user_input import BulkPatchEndUserInput
    from .bulk_patch_end_users_input import BulkPatchEndUsersInput
    from .bulk_patch_end_users_output import BulkPatchEndUsersOutput
    from .bulk_queue_endpoint_input import BulkQueueEndpointInput
    from .bulk_queue_endpoint_output import BulkQueueEndpointOutput
    from .bulk_tag_conversation_input import BulkTagConversationInput
    from .bulk_update_agent_input import BulkUpdateAgentInput
    from .bulk_update_agent_output import BulkUpdateAgentOutput
    from .bulk_update_end_user_input import BulkUpdateEndUserInput
    from .bulk_update_end_users_input import BulkUpdateEndUsersInput
    from .bulk_update_end_users_output import BulkUpdateEndUsersOutput
    from .business_hour import BusinessHour
    from .business_hour_exception import BusinessHourException
    from .business_hour_exception_type import BusinessHourExceptionType
    from .business_hour_regular import BusinessHourRegular
    from .business_hour_regular_type import BusinessHourRegularType
    from .business_hour_status import BusinessHourStatus
    from .business_hour_type import BusinessHourType
    from .business_hours_schedule import BusinessHoursSchedule
    from .business_hours_schedule_definition import BusinessHoursScheduleDefinition
    from .business_hours_upcoming_schedule import BusinessHoursUpcomingSchedule
    from .call_recording_attributes import CallRecordingAttributes
    from .call_recording_attributes_type import CallRecordingAttributesType
    from .callback import Callback
    from .callback_direction import CallbackDirection
    from .callback_type import CallbackType
    from .category import Category
    from .category_catalog_item import CategoryCatalogItem
    from .category_translations import CategoryTranslations
    from .channel import Channel
    from .channel_in import ChannelIn
    from .channel_in_type import ChannelInType
    from .channel_not_in import ChannelNotIn
    from .channel_not_in_type import ChannelNotInType
    from .channel_type import ChannelType
    from .chat import Chat
    from .chat_attributes import ChatAttributes
    from .chat_attributes_direction import ChatAttributesDirection
    from .chat_attributes_type import ChatAttributesType
    from .chat_conversation import ChatConversation
    from .chat_conversation_channel import ChatConversationChannel
    from .chat_conversation_direction import ChatConversationDirection
    from .chat_conversation_state import ChatConversationState
    from .chat_conversation_type import ChatConversationType
    from .chat_type import ChatType
    from .checksum import Checksum
    from .claim_conversation_input import ClaimConversationInput
    from .close_conversation_input import CloseConversationInput
    from .closed_date import ClosedDate
    from .closed_date_type import ClosedDateType
    from .closing import Closing
    from .collection import Collection
    from .collection_catalog_item import CollectionCatalogItem
    from .combined_filters import CombinedFilters
    from .combined_filters_strategy import CombinedFiltersStrategy
    from .combined_filters_type import CombinedFiltersType
    from .condition import Condition
    from .conflict import Conflict
    from .contact_form import ContactForm
    from .contact_form_attributes import ContactFormAttributes
    from .contact_form_attributes_direction import ContactFormAttributesDirection
    from .contact_form_attributes_type import ContactFormAttributesType
    from .contact_form_conversation import ContactFormConversation
    from .contact_form_conversation_channel import ContactFormConversationChannel
    from .contact_form_conversation_direction import ContactFormConversationDirection
    from .contact_form_conversation_state import ContactFormConversationState
    from .contact_form_conversation_type import ContactFormConversationType
    from .contact_form_type import ContactFormType
    from .contact_id import ContactId
    from .contact_id_type import ContactIdType
    from .conversation_anonymization_type import ConversationAnonymizationType
    from .conversation_assigned_activity_type import ConversationAssignedActivityType
    from .conversation_assigned_attribute import ConversationAssignedAttribute
    from .conversation_assigned_attribute_type import ConversationAssignedAttributeType
    from .conversation_auto_reply_sent_attribute import (
        ConversationAutoReplySentAttribute,
    )
    from .conversation_auto_reply_sent_attribute_type import (
        ConversationAutoReplySentAttributeType,
    )
    from .conversation_autoreply_sent_activity_type import (
        ConversationAutoreplySentActivityType,
    )
    from .conversation_channel_changed_attribute import (
        ConversationChannelChangedAttribute,
    )
    from .conversation_channel_changed_attribute_type import (
        ConversationChannelChangedAttributeType,
    )
    from .conversation_claimed_activity_type import ConversationClaimedActivityType
    from .conversation_claimed_attribute import ConversationClaimedAttribute
    from .conversation_claimed_attribute_type import ConversationClaimedAttributeType
    from .conversation_closed_activity_type import ConversationClosedActivityType
    from .conversation_created_attribute import ConversationCreatedAttribute
    from .conversation_created_attribute_type import ConversationCreatedAttributeType
    from .conversation_created_by_agent_activity_type import (
        ConversationCreatedByAgentActivityType,
    )
    from .conversation_created_by_customer_activity_type import (
        ConversationCreatedByCustomerActivityType,
    )
    from .conversation_custom_attributes_updated_attribute import (
        ConversationCustomAttributesUpdatedAttribute,
    )
    from .conversation_custom_attributes_updated_attribute_type import (
        ConversationCustomAttributesUpdatedAttributeType,
    )
    from .conversation_end_user_replaced_activity_type import (
        ConversationEndUserReplacedActivityType,
    )
    from .conversation_end_user_replaced_attribute import (
        ConversationEndUserReplacedAttribute,
    )
    from .conversation_end_user_replaced_attribute_type import (
        ConversationEndUserReplacedAttributeType,
    )
    from .conversation_flow import ConversationFlow
    from .conversation_flow_channel import ConversationFlowChannel
    from .conversation_id import ConversationId
    from .conversation_id_type import ConversationIdType
    from .conversation_language_updated_activity_type import (
        ConversationLanguageUpdatedActivityType,
    )
    from .conversation_language_updated_attribute import (
        ConversationLanguageUpdatedAttribute,
    )
    from .conversation_language_updated_attribute_type import (
        ConversationLanguageUpdatedAttributeType,
    )
    from .conversation_linked_attribute import ConversationLinkedAttribute
    from .conversation_linked_attribute_type import ConversationLinkedAttributeType
    from .conversation_offer_accepted_activity_type import (
        ConversationOfferAcceptedActivityType,
    )
    from .conversation_offer_rejected_activity_type import (
        ConversationOfferRejectedActivityType,
    )
    from .conversation_offer_timeout_activity_type import (
        ConversationOfferTimeoutActivityType,
    )
    from .conversation_offered_activity_type import ConversationOfferedActivityType
    from .conversation_offered_attribute import ConversationOfferedAttribute
    from .conversation_offered_attribute_type import ConversationOfferedAttributeType
    from .conversation_pending_activity_type import ConversationPendingActivityType
    from .conversation_rated_activity_type import ConversationRatedActivityType
    from .conversation_rated_attribute import ConversationRatedAttribute
    from .conversation_rated_attribute_type import ConversationRatedAttributeType
    from .conversation_rating import ConversationRating
    from .conversation_rating_cancelled_activity_type import (
        ConversationRatingCancelledActivityType,
    )
    from .conversation_rating_conversation_channel import (
        ConversationRatingConversationChannel,
    )
    from .conversation_rating_not_offered_attribute import (
        ConversationRatingNotOfferedAttribute,
    )
    from .conversation_rating_not_offered_attribute_type import (
        ConversationRatingNotOfferedAttributeType,
    )
    from .conversation_rating_offered_activity_type import (
        ConversationRatingOfferedActivityType,
    )
    from .conversation_rating_offered_attribute import (
        ConversationRatingOfferedAttribute,
    )
    from .conversation_rating_offered_attribute_type import (
        ConversationRatingOfferedAttributeType,
    )
    from .conversation_rating_rating_status import ConversationRatingRatingStatus
    from .conversation_rating_rating_type import ConversationRatingRatingType
    from .conversation_rating_scheduled_activity_type import (
        ConversationRatingScheduledActivityType,
    )
    from .conversation_rating_scheduled_attribute import (
        ConversationRatingScheduledAttribute,
    )
    from .conversation_rating_scheduled_attribute_type import (
        ConversationRatingScheduledAttributeType,
    )
    from .conversation_rating_unscheduled_activity_type import (
        ConversationRatingUnscheduledActivityType,
    )
    from .conversation_reopened_activity_type import ConversationReopenedActivityType
    from .conversation_reserved_attribute import ConversationReservedAttribute
    from .conversation_reserved_attribute_type import ConversationReservedAttributeType
    from .conversation_reserved_type import ConversationReservedType
    from .conversation_resolved_state_toggled_attribute import (
        ConversationResolvedStateToggledAttribute,
    )
    from .conversation_resolved_state_toggled_attribute_type import (
        ConversationResolvedStateToggledAttributeType,
    )
    from .conversation_response import ConversationResponse
    from .conversation_search_hit import ConversationSearchHit
    from .conversation_search_inner_hit import ConversationSearchInnerHit
    from .conversation_search_with_filters_hit import ConversationSearchWithFiltersHit
    from .conversation_subject_updated_attribute import (
        ConversationSubjectUpdatedAttribute,
    )
    from .conversation_subject_updated_attribute_type import (
        ConversationSubjectUpdatedAttributeType,
    )
    from .conversation_tags_output import ConversationTagsOutput
    from .conversation_transcription_ended_activity_type import (
        ConversationTranscriptionEndedActivityType,
    )
    from .conversation_transcription_ended_attribute import (
        ConversationTranscriptionEndedAttribute,
    )
    from .conversation_transcription_ended_attribute_type import (
        ConversationTranscriptionEndedAttributeType,
    )
    from .conversation_transcription_started_activity_type import (
        ConversationTranscriptionStartedActivityType,
    )
    from .conversation_transferred_attribute import ConversationTransferredAttribute
    from .conversation_transferred_attribute_type import (
        ConversationTransferredAttributeType,
    )
    from .conversation_unassigned_activity_type import (
        ConversationUnassignedActivityType,
    )
    from .conversation_unassigned_attribute import ConversationUnassignedAttribute
    from .conversation_unassigned_attribute_type import (
        ConversationUnassignedAttributeType,
    )
    from .create_agent_input import CreateAgentInput
    from .create_agents_input import CreateAgentsInput
    from .create_agents_output import CreateAgentsOutput
    from .create_conversation_output import CreateConversationOutput
    from .create_end_user_input import CreateEndUserInput
    from .create_end_user_output import CreateEndUserOutput
    from .create_end_users_input import CreateEndUsersInput
    from .create_end_users_output import CreateEndUsersOutput
    from .create_internal_note_input import CreateInternalNoteInput
    from .create_knowledge_article_input import CreateKnowledgeArticleInput
    from .create_knowledge_article_output import CreateKnowledgeArticleOutput
    from .create_message_output import CreateMessageOutput
    from .create_message_output_data import CreateMessageOutputData
    from .create_message_output_data_direction import CreateMessageOutputDataDirection
    from .create_note_output import CreateNoteOutput
    from .create_or_update_queue_request import CreateOrUpdateQueueRequest
    from .create_or_update_queue_request_offer_algorithm import (
        CreateOrUpdateQueueRequestOfferAlgorithm,
    )
    from .create_queue_input import CreateQueueInput
    from .create_queue_output import CreateQueueOutput
    from .create_rating_offer_input import CreateRatingOfferInput
    from .create_rating_offer_output import CreateRatingOfferOutput
    from .create_rating_result_input import CreateRatingResultInput
    from .create_rating_result_output import CreateRatingResultOutput
    from .create_tag_input import CreateTagInput
    from .create_tag_output import CreateTagOutput
    from .create_team_input import CreateTeamInput
    from .create_team_output import CreateTeamOutput
    from .create_webhook_subscription_input import CreateWebhookSubscriptionInput
    from .create_webhook_subscription_output import CreateWebhookSubscriptionOutput
    from .creation_date import CreationDate
    from .creation_date_type import CreationDateType
    from .csat import Csat
    from .csat_type import CsatType
    from .custom_attribute import CustomAttribute
    from .custom_attribute_definition import CustomAttributeDefinition
    from .custom_attribute_definition_entity_type import (
        CustomAttributeDefinitionEntityType,
    )
    from .custom_attribute_field import CustomAttributeField
    from .custom_attribute_field_type import CustomAttributeFieldType
    from .delete_agents_from_team_input import DeleteAgentsFromTeamInput
    from .delivery_detail import DeliveryDetail
    from .delivery_detail_type import DeliveryDetailType
    from .deprecated_activity_log_type import DeprecatedActivityLogType
    from .deprecated_anonymization_type import DeprecatedAnonymizationType
    from .direction import Direction
    from .direction_in import DirectionIn
    from .direction_in_type import DirectionInType
    from .direction_not_in import DirectionNotIn
    from .direction_not_in_type import DirectionNotInType
    from .direction_type import DirectionType
    from .double_aggregate_value import DoubleAggregateValue
    from .double_aggregate_value_measure import DoubleAggregateValueMeasure
    from .double_aggregate_value_type import DoubleAggregateValueType
    from .double_field import DoubleField
    from .double_field_type import DoubleFieldType
    from .duration import Duration
    from .duration_between import DurationBetween
    from .duration_between_type import DurationBetweenType
    from .duration_type import DurationType
    from .email import Email
    from .email_attributes import EmailAttributes
    from .email_attributes_direction import EmailAttributesDirection
    from .email_attributes_type import EmailAttributesType
    from .email_auto_reply import EmailAutoReply
    from .email_auto_reply_type import EmailAutoReplyType
    from .email_contact import EmailContact
    from .email_conversation import EmailConversation
    from .email_conversation_channel import EmailConversationChannel
    from .email_conversation_direction import EmailConversationDirection
    from .email_conversation_state import EmailConversationState
    from .email_conversation_type import EmailConversationType
    from .email_endpoint import EmailEndpoint
    from .email_endpoint_type import EmailEndpointType
    from .email_forward import EmailForward
    from .email_forward_type import EmailForwardType
    from .email_type import EmailType
    from .empty_patch_set import EmptyPatchSet
    from .empty_patch_set_type import EmptyPatchSetType
    from .end_user import EndUser
    from .error_response import ErrorResponse
    from .error_response_type import ErrorResponseType
    from .event_delivery_log import EventDeliveryLog
    from .event_delivery_status import EventDeliveryStatus
    from .excludes_all import ExcludesAll
    from .excludes_all_type import ExcludesAllType
    from .excludes_one import ExcludesOne
    from .excludes_one_type import ExcludesOneType
    from .facebook_messenger_attributes import FacebookMessengerAttributes
    from .facebook_messenger_attributes_direction import (
        FacebookMessengerAttributesDirection,
    )
    from .facebook_messenger_attributes_type import FacebookMessengerAttributesType
    from .facebook_messenger_conversation import FacebookMessengerConversation
    from .facebook_messenger_conversation_channel import (
        FacebookMessengerConversationChannel,
    )
    from .facebook_messenger_conversation_direction import (
        FacebookMessengerConversationDirection,
    )
    from .facebook_messenger_conversation_state import (
        FacebookMessengerConversationState,
    )
    from .facebook_messenger_conversation_type import FacebookMessengerConversationType
    from .failure import Failure
    from .failure_type import FailureType
    from .field import Field
    from .field_metadata import FieldMetadata
    from .file import File
    from .file_meta import FileMeta
    from .filter_ import Filter
    from .filter_metadata import FilterMetadata
    from .filter_value import FilterValue
    from .filters import Filters
    from .filters_strategy import FiltersStrategy
    from .follow_up import FollowUp
    from .follow_up_type import FollowUpType
    from .followup_added_activity_type import FollowupAddedActivityType
    from .followup_conversation_input import FollowupConversationInput
    from .followup_expired_activity_type import FollowupExpiredActivityType
    from .followup_removed_activity_type import FollowupRemovedActivityType
    from .form_submission import FormSubmission
    from .generic_attributes import GenericAttributes
    from .generic_attributes_direction import GenericAttributesDirection
    from .generic_attributes_type import GenericAttributesType
    from .generic_channel import GenericChannel
    from .generic_channel_availability import GenericChannelAvailability
    from .generic_channel_type import GenericChannelType
    from .generic_conversation import GenericConversation
    from .generic_conversation_channel import GenericConversationChannel
    from .generic_conversation_direction import GenericConversationDirection
    from .generic_conversation_import import GenericConversationImport
    from .generic_conversation_import_direction import (
        GenericConversationImportDirection,
    )
    from .generic_conversation_import_requester_connection_status import (
        GenericConversationImportRequesterConnectionStatus,
    )
    from .generic_conversation_import_type import GenericConversationImportType
    from .generic_conversation_state import GenericConversationState
    from .generic_conversation_type import GenericConversationType
    from .get_activity_log_output import GetActivityLogOutput
    from .get_business_hours_schedule_definition_output import (
        GetBusinessHoursScheduleDefinitionOutput,
    )
    from .get_business_hours_schedule_definition_result import (
        GetBusinessHoursScheduleDefinitionResult,
    )
    from .get_business_open_status_output import GetBusinessOpenStatusOutput
    from .get_business_open_status_result import GetBusinessOpenStatusResult
    from .get_contact_endpoints_type import GetContactEndpointsType
    from .get_contact_point_by_id_output import GetContactPointByIdOutput
    from .get_conversation_output import GetConversationOutput
    from .get_conversations_flows_channel import GetConversationsFlowsChannel
    from .get_custom_attributes_definitions_output import (
        GetCustomAttributesDefinitionsOutput,
    )
    from .get_end_user_output import GetEndUserOutput
    from .get_filter_values_output import GetFilterValuesOutput
    from .get_knowledge_article_output import GetKnowledgeArticleOutput
    from .get_knowledge_article_translations_output import (
        GetKnowledgeArticleTranslationsOutput,
    )
    from .get_knowledge_category_output import GetKnowledgeCategoryOutput
    from .get_knowledge_category_translations_output import (
        GetKnowledgeCategoryTranslationsOutput,
    )
    from .get_knowledge_collection_catalog_output import (
        GetKnowledgeCollectionCatalogOutput,
    )
    from .get_knowledge_collection_output import GetKnowledgeCollectionOutput
    from .get_metric_data_input_csid_filter import GetMetricDataInputCsidFilter
    from .get_metric_data_input_csid_filter_aggregations_item import (
        GetMetricDataInputCsidFilterAggregationsItem,
    )
    from .get_metric_data_input_period_filter import GetMetricDataInputPeriodFilter
    from .get_metric_data_input_period_filter_aggregations_item import (
        GetMetricDataInputPeriodFilterAggregationsItem,
    )
    from .get_metric_data_output import GetMetricDataOutput
    from .get_metric_output import GetMetricOutput
    from .get_metric_record_output import GetMetricRecordOutput
    from .get_metric_records_data_input_csid_filter import (
        GetMetricRecordsDataInputCsidFilter,
    )
    from .get_metric_records_data_input_period_filter import (
        GetMetricRecordsDataInputPeriodFilter,
    )
    from .get_metric_records_data_output import GetMetricRecordsDataOutput
    from .get_metric_records_output import GetMetricRecordsOutput
    from .get_metrics_output import GetMetricsOutput
    from .get_organization_output import GetOrganizationOutput
    from .get_queue_by_id_output import GetQueueByIdOutput
    from .get_queued_conversation_position_output import (
        GetQueuedConversationPositionOutput,
    )
    from .get_tag_output import GetTagOutput
    from .get_templates_type import GetTemplatesType
    from .get_upcoming_business_hours_schedule_output import (
        GetUpcomingBusinessHoursScheduleOutput,
    )
    from .get_upcoming_business_hours_schedule_result import (
        GetUpcomingBusinessHoursScheduleResult,
    )
    from .get_webhook_event_delivery_logs_output import (
        GetWebhookEventDeliveryLogsOutput,
    )
    from .get_webhook_last_delivery_status_output import (
        GetWebhookLastDeliveryStatusOutput,
    )
    from .get_webhook_subscription_output import GetWebhookSubscriptionOutput
    from .help_center_link import HelpCenterLink
    from .html import Html
    from .html_type import HtmlType
    from .id_in import IdIn
    from .id_in_type import IdInType
    from .id_not_in import IdNotIn
    from .id_not_in_type import IdNotInType
    from .import_conversation_output import ImportConversationOutput
    from .import_conversation_response import ImportConversationResponse
    from .inbound import Inbound
    from .inbound_import import InboundImport
    from .inbound_import_type import InboundImportType
    from .inbound_type import InboundType
    from .includes_all import IncludesAll
    from .includes_all_type import IncludesAllType
    from .includes_one import IncludesOne
    from .includes_one_type import IncludesOneType
    from .infrastructure import Infrastructure
    from .infrastructure_type import InfrastructureType
    from .inherited_restriction import InheritedRestriction
    from .instant_field import InstantField
    from .instant_field_type import InstantFieldType
    from .int_field import IntField
    from .int_field_type import IntFieldType
    from .integrity import Integrity
    from .integrity_type import IntegrityType
    from .internal_note_data import InternalNoteData
    from .interval import Interval
    from .interval_type import IntervalType
    from .invalid_argument import InvalidArgument
    from .invalid_argument_type import InvalidArgumentType
    from .is_empty import IsEmpty
    from .is_empty_type import IsEmptyType
    from .is_not_empty import IsNotEmpty
    from .is_not_empty_type import IsNotEmptyType
    from .last_activity import LastActivity
    from .last_activity_type import LastActivityType
    from .last_message import LastMessage
    from .last_message_type import LastMessageType
    from .link_conversation_input import LinkConversationInput
    from .link_conversation_input_link_type import LinkConversationInputLinkType
    from .list_activity_log_output import ListActivityLogOutput
    from .list_agents_output import ListAgentsOutput
    from .list_business_hours_schedules_output import ListBusinessHoursSchedulesOutput
    from .list_business_hours_schedules_result import ListBusinessHoursSchedulesResult
    from .list_contact_points_output import ListContactPointsOutput
    from .list_conversation_ratings_output import ListConversationRatingsOutput
    from .list_custom_attributes_definitions_output import (
        ListCustomAttributesDefinitionsOutput,
    )
    from .list_end_user_conversations_output import ListEndUserConversationsOutput
    from .list_end_users_output import ListEndUsersOutput
    from .list_field import ListField
    from .list_field_type import ListFieldType
    from .list_flows_output import ListFlowsOutput
    from .list_internal_notes_output import ListInternalNotesOutput
    from .list_knowledge_collections_output import ListKnowledgeCollectionsOutput
    from .list_linked_conversations_output import ListLinkedConversationsOutput
    from .list_messages_output import ListMessagesOutput
    from .list_presence_output import ListPresenceOutput
    from .list_queues_output import ListQueuesOutput
    from .list_tags_output import ListTagsOutput
    from .list_team_members_output import ListTeamMembersOutput
    from .list_teams_output import ListTeamsOutput
    from .list_templates_output import ListTemplatesOutput
    from .list_webhook_subscriptions_endpoint_output import (
        ListWebhookSubscriptionsEndpointOutput,
    )
    from .long_aggregate_value import LongAggregateValue
    from .long_aggregate_value_measure import LongAggregateValueMeasure
    from .long_aggregate_value_type import LongAggregateValueType
    from .long_field import LongField
    from .long_field_type import LongFieldType
    from .longer_than_or_equal_to import LongerThanOrEqualTo
    from .longer_than_or_equal_to_type import LongerThanOrEqualToType
    from .map_attribute_value import MapAttributeValue
    from .map_conversation_channel_int import MapConversationChannelInt
    from .map_conversation_channel_set_string import MapConversationChannelSetString
    from .map_form_attribute_value import MapFormAttributeValue
    from .map_queue_threshold_int import MapQueueThresholdInt
    from .map_string import MapString
    from .map_uuid_option_attribute_value import MapUUIDOptionAttributeValue
    from .map_vector_string import MapVectorString
    from .map_webhook_event_type_filters import MapWebhookEventTypeFilters
    from .markdown import Markdown
    from .markdown_type import MarkdownType
    from .message import Message
    from .message_added_attribute import MessageAddedAttribute
    from .message_added_attribute_type import MessageAddedAttributeType
    from .message_added_by_agent_activity_type import MessageAddedByAgentActivityType
    from .message_added_by_customer_activity_type import (
        MessageAddedByCustomerActivityType,
    )
    from .message_anonymization_type import MessageAnonymizationType
    from .message_redacted_attribute import MessageRedactedAttribute
    from .message_redacted_attribute_type import MessageRedactedAttributeType
    from .messenger_conversation import MessengerConversation
    from .messenger_conversation_channel import MessengerConversationChannel
    from .messenger_conversation_direction import MessengerConversationDirection
    from .messenger_conversation_state import MessengerConversationState
    from .messenger_conversation_type import MessengerConversationType
    from .messenger_form_attributes import MessengerFormAttributes
    from .messenger_form_attributes_direction import MessengerFormAttributesDirection
    from .messenger_form_attributes_type import MessengerFormAttributesType
    from .metric_data import MetricData
    from .metric_metadata import MetricMetadata
    from .metric_record import MetricRecord
    from .metric_record_metadata import MetricRecordMetadata
    from .mime_type_impl import MimeTypeImpl
    from .mime_type_impl_type import MimeTypeImplType
    from .no_auth import NoAuth
    from .no_auth_type import NoAuthType
    from .no_recent_delivery import NoRecentDelivery
    from .no_recent_delivery_type import NoRecentDeliveryType
    from .not_found import NotFound
    from .not_found_1 import NotFound1
    from .not_found_1_type import NotFound1Type
    from .note_added_activity_type import NoteAddedActivityType
    from .note_added_attribute import NoteAddedAttribute
    from .note_added_attribute_type import NoteAddedAttributeType
    from .nps import Nps
    from .nps_type import NpsType
    from .option_path_in import OptionPathIn
    from .option_path_in_type import OptionPathInType
    from .option_path_not_in import OptionPathNotIn
    from .option_path_not_in_type import OptionPathNotInType
    from .organization_details import OrganizationDetails
    from .organization_details_status import OrganizationDetailsStatus
    from .outbound import Outbound
    from .outbound_import import OutboundImport
    from .outbound_import_type import OutboundImportType
    from .outbound_type import OutboundType
    from .pagination_links import PaginationLinks
    from .partial_error import PartialError
    from .patch_agent_input import PatchAgentInput
    from .patch_conversation_custom_attributes_output import (
        PatchConversationCustomAttributesOutput,
    )
    from .patch_end_user_custom_attributes_output import (
        PatchEndUserCustomAttributesOutput,
    )
    from .patch_end_user_input import PatchEndUserInput
    from .patch_end_user_output import PatchEndUserOutput
    from .patch_webhook_subscription_input import PatchWebhookSubscriptionInput
    from .patch_webhook_subscription_output import PatchWebhookSubscriptionOutput
    from .phone_attributes import PhoneAttributes
    from .phone_attributes_direction import PhoneAttributesDirection
    from .phone_attributes_type import PhoneAttributesType
    from .presence_duration import PresenceDuration
    from .preset import Preset
    from .preset_type import PresetType
    from .preset_value import PresetValue
    from .preset_value_type import PresetValueType
    from .pstn_phone_conversation import PstnPhoneConversation
    from .pstn_phone_conversation_channel import PstnPhoneConversationChannel
    from .pstn_phone_conversation_direction import PstnPhoneConversationDirection
    from .pstn_phone_conversation_state import PstnPhoneConversationState
    from .pstn_phone_conversation_type import PstnPhoneConversationType
    from .query import Query
    from .queue import Queue
    from .queue_1 import Queue1
    from .queue_1_member_list_type import Queue1MemberListType
    from .queue_1_offering_algorithm import Queue1OfferingAlgorithm
    from .queue_1_sla_calculation_method import Queue1SlaCalculationMethod
    from .queue_availability_output import QueueAvailabilityOutput
    from .queue_id import QueueId
    from .queue_id_type import QueueIdType
    from .queue_member import QueueMember
    from .queue_members_output import QueueMembersOutput
    from .queue_usages import QueueUsages
    from .queued_conversation import QueuedConversation
    from .quick_response import QuickResponse
    from .quick_response_type import QuickResponseType
    from .rating_offer import RatingOffer
    from .rating_offer_rating_type import RatingOfferRatingType
    from .rating_result import RatingResult
    from .recurring import Recurring
    from .regular import Regular
    from .regular_type import RegularType
    from .reopen_conversation_input import ReopenConversationInput
    from .restrictions import Restrictions
    from .search_channel import SearchChannel
    from .search_conversations_with_filters_output import (
        SearchConversationsWithFiltersOutput,
    )
    from .search_direction import SearchDirection
    from .search_output import SearchOutput
    from .search_parameters_input import SearchParametersInput
    from .search_status import SearchStatus
    from .select import Select
    from .select_1 import Select1
    from .select_1_type import Select1Type
    from .select_option import SelectOption
    from .select_type import SelectType
    from .server_error import ServerError
    from .shorter_than_or_equal_to import ShorterThanOrEqualTo
    from .shorter_than_or_equal_to_type import ShorterThanOrEqualToType
    from .side_conversation import SideConversation
    from .side_conversation_type import SideConversationType
    from .since import Since
    from .since_type import SinceType
    from .sms import Sms
    from .sms_attributes import SmsAttributes
    from .sms_attributes_direction import SmsAttributesDirection
    from .sms_attributes_type import SmsAttributesType
    from .sms_conversation import SmsConversation
    from .sms_conversation_channel import SmsConversationChannel
    from .sms_conversation_direction import SmsConversationDirection
    from .sms_conversation_state import SmsConversationState
    from .sms_conversation_type import SmsConversationType
    from .sms_type import SmsType
    from .status import Status
    from .status_field import StatusField
    from .status_field_type import StatusFieldType
    from .status_in import StatusIn
    from .status_in_type import StatusInType
    from .status_not_in import StatusNotIn
    from .status_not_in_type import StatusNotInType
    from .string_field import StringField
    from .string_field_type import StringFieldType
    from .success import Success
    from .success_type import SuccessType
    from .tag import Tag
    from .tag_added_activity_type import TagAddedActivityType
    from .tag_added_attribute import TagAddedAttribute
    from .tag_added_attribute_type import TagAddedAttributeType
    from .tag_conversation_input import TagConversationInput
    from .tag_id import TagId
    from .tag_id_type import TagIdType
    from .tag_removed_activity_type import TagRemovedActivityType
    from .tag_removed_attribute import TagRemovedAttribute
    from .tag_removed_attribute_type import TagRemovedAttributeType
    from .tag_state import TagState
    from .tags_update_input import TagsUpdateInput
    from .team import Team
    from .team_1 import Team1
    from .team_member import TeamMember
    from .telephony_endpoint import TelephonyEndpoint
    from .telephony_endpoint_functionality_item import (
        TelephonyEndpointFunctionalityItem,
    )
    from .telephony_endpoint_type import TelephonyEndpointType
    from .template_translation import TemplateTranslation
    from .text import Text
    from .text_1 import Text1
    from .text_1_type import Text1Type
    from .text_2 import Text2
    from .text_2_type import Text2Type
    from .text_type import TextType
    from .thumbs_up_or_down import ThumbsUpOrDown
    from .thumbs_up_or_down_type import ThumbsUpOrDownType
    from .time_interval import TimeInterval
    from .timestamp_field import TimestampField
    from .timestamp_field_type import TimestampFieldType
    from .token_auth import TokenAuth
    from .token_auth_type import TokenAuthType
    from .too_large import TooLarge
    from .too_large_type import TooLargeType
    from .too_many_requests import TooManyRequests
    from .transcript_attributes import TranscriptAttributes
    from .transcript_attributes_direction import TranscriptAttributesDirection
    from .transcript_attributes_type import TranscriptAttributesType
    from .transfer_conversation_input import TransferConversationInput
    from .transfer_failed_activity_type import TransferFailedActivityType
    from .transfer_initiated_activity_type import TransferInitiatedActivityType
    from .transfer_successful_activity_type import TransferSuccessfulActivityType
    from .translation_error import TranslationError
    from .translation_input import TranslationInput
    from .translation_list import TranslationList
    from .translation_title import TranslationTitle
    from .twitter_attributes import TwitterAttributes
    from .twitter_attributes_direction import TwitterAttributesDirection
    from .twitter_attributes_type import TwitterAttributesType
    from .twitter_conversation import TwitterConversation
    from .twitter_conversation_channel import TwitterConversationChannel
    from .twitter_conversation_conversation_type import (
        TwitterConversationConversationType,
    )
    from .twitter_conversation_direction import TwitterConversationDirection
    from .twitter_conversation_state import TwitterConversationState
    from .twitter_conversation_type import TwitterConversationType
    from .unauthorized import Unauthorized
    from .unexpected_error import UnexpectedError
    from .unexpected_error_type import UnexpectedErrorType
    from .unknown_activity_type import UnknownActivityType
    from .unknown_anonymization_type import UnknownAnonymizationType
    from .until import Until
    from .until_type import UntilType
    from .update_agent_input import UpdateAgentInput
    from .update_agent_presence_channel_input import UpdateAgentPresenceChannelInput
    from .update_agent_presence_channel_input_channel import (
        UpdateAgentPresenceChannelInputChannel,
    )
    from .update_end_user_input import UpdateEndUserInput
    from .update_end_user_output import UpdateEndUserOutput
    from .update_knowledge_article_input import UpdateKnowledgeArticleInput
    from .update_knowledge_article_output import UpdateKnowledgeArticleOutput
    from .update_translations_input import UpdateTranslationsInput
    from .update_translations_output import UpdateTranslationsOutput
    from .upload_attachments_input import UploadAttachmentsInput
    from .upload_attachments_output import UploadAttachmentsOutput
    from .user_anonymization_type import UserAnonymizationType
    from .user_presence import UserPresence
    from .user_presence_active_channels_item import UserPresenceActiveChannelsItem
    from .user_presence_connection_status import UserPresenceConnectionStatus
    from .user_presence_output import UserPresenceOutput
    from .user_presence_presence_status import UserPresencePresenceStatus
    from .uuid_field import UUIDField
    from .uuid_field_type import UUIDFieldType
    from .validation import Validation
    from .validation_type import ValidationType
    from .webhook_event_name import WebhookEventName
    from .webhook_headers_map_string_string import WebhookHeadersMapStringString
    from .webhook_subscription import WebhookSubscription
    from .whats_app_attributes import WhatsAppAttributes
    from .whats_app_attributes_direction import WhatsAppAttributesDirection
    from .whats_app_attributes_type import WhatsAppAttributesType
    from .whats_app_conversation import WhatsAppConversation
    from .whats_app_conversation_channel import WhatsAppConversationChannel
    from .whats_app_conversation_direction import WhatsAppConversationDirection
    from .whats_app_conversation_state import WhatsAppConversationState
    from .whats_app_conversation_type import WhatsAppConversationType
    from .unions import ActivityLogAttribute
    from .unions import AggregateValue
    from .unions import Attributes
    from .unions import BulkActionOutcomeBulkErrorAgent
    from .unions import BulkActionOutcomeBulkErrorEndUser
    from .unions import BulkActionOutcomeBulkErrorUUID
    from .unions import BulkActionOutcomeErrorResponseInternalNoteData
    from .unions import BulkError
    from .unions import ChannelAvailabilityOutcome
    from .unions import ChannelOperator
    from .unions import Condition1
    from .unions import ContactEndpoint
    from .unions import Content
    from .unions import Conversation
    from .unions import ConversationLink
    from .unions import CreateConversationInput
    from .unions import CreateMessageInput
    from .unions import CustomAttributeInputDefinition
    from .unions import CustomAttributeOperator
    from .unions import DeliveryStatus
    from .unions import DirectionOperator
    from .unions import DurationOperator
    from .unions import EmailContent
    from .unions import FieldCanHaveMultipleValuesOrBeEmptyOperator
    from .unions import FieldCanHaveSingleValueOrBeEmptyOperator
    from .unions import FieldHasSingleValueOperator
    from .unions import FieldType
    from .unions import FormAttributeValue
    from .unions import GetMetricDataInput
    from .unions import GetMetricRecordsDataInput
    from .unions import ImportMessageInput
    from .unions import PeriodFilter
    from .unions import PrimitiveField
    from .unions import SearchField
    from .unions import StatusOperator
    from .unions import SubmittedRatingResult
    from .unions import Template
    from .unions import TimestampOperator
    from .unions import WebhookAuthorization

_MODULES = {
    "ActivityLogEntry": "activity_log_entry",
    "ActivityLogEntryType": "activity_log_entry_type",
    "ActivityLogUser": "activity_log_user",
    "Agent": "agent",
    "AgentId": "agent_id",
    "AgentIdType": "agent_id_type",
    "AgentOutput": "agent_output",
    "AgentPresenceDurationValue": "agent_presence_duration_value",
    "AgentPresenceDurationValueType": "agent_presence_duration_value_type",
    "AgentTeamsOutput": "agent_teams_output",
    "AgentsToTeamInput": "agents_to_team_input",
    "AggregateMetadata": "aggregate_metadata",
    "AggregateMetadataMeasure": "aggregate_metadata_measure",
    "AnalyticsFieldIn": "analytics_field_in",
    "AnalyticsFieldInField": "analytics_field_in_field",
    "AnalyticsFieldInType": "analytics_field_in_type",
    "AnalyticsFieldNotIn": "analytics_field_not_in",
    "AnalyticsFieldNotInField": "analytics_field_not_in_field",
    "AnalyticsFieldNotInType": "analytics_field_not_in_type",
    "AnonymizationRequestStatus": "anonymization_request_status",
    "AnonymizationRequestStatusType": "anonymization_request_status_type",
    "AnonymizeEntityInput": "anonymize_entity_input",
    "AnonymizeEntityInputType": "anonymize_entity_input_type",
    "AnonymizeEntityOutput": "anonymize_entity_output",
    "AnonymizedConversation": "anonymized_conversation",
    "AnonymizedConversationChannel": "anonymized_conversation_channel",
    "AnonymizedConversationDirection": "anonymized_conversation_direction",
    "AnonymizedConversationState": "anonymized_conversation_state",
    "AnonymizedConversationType": "anonymized_conversation_type",
    "Article": "article",
    "ArticleCatalogItem": "article_catalog_item",
    "ArticleContent": "article_content",
    "ArticleTranslation": "article_translation",
    "ArticleTranslationVersions": "article_translation_versions",
    "ArticleTranslations": "article_translations",
    "AssignedDate": "assigned_date",
    "AssignedDateType": "assigned_date_type",
    "Assignment": "assignment",
    "AttachmentError": "attachment_error",
    "AttachmentResult": "attachment_result",
    "Attachments": "attachments",
    "AttachmentsType": "attachments_type",
    "AvailableAt": "available_at",
    "BadRequest": "bad_request",
    "BasicAuth": "basic_auth",
    "BasicAuthType": "basic_auth_type",
    "Between": "between",
    "BetweenType": "between_type",
    "BooleanField": "boolean_field",
    "BooleanFieldType": "boolean_field_type",
    "BrowserInfo": "browser_info",
    "BulkActionFailureBulkErrorAgent": "bulk_action_failure_bulk_error_agent",
    "BulkActionFailureBulkErrorAgentType": "bulk_action_failure_bulk_error_agent_type",
    "BulkActionFailureBulkErrorEndUser": "bulk_action_failure_bulk_error_end_user",
    "BulkActionFailureBulkErrorEndUserType": "bulk_action_failure_bulk_error_end_user_type",
    "BulkActionFailureBulkErrorUUID": "bulk_action_failure_bulk_error_uuid",
    "BulkActionFailureBulkErrorUUIDType": "bulk_action_failure_bulk_error_uuid_type",
    "BulkActionFailureErrorResponseInternalNoteData": "bulk_action_failure_error_response_internal_note_data",
    "BulkActionFailureErrorResponseInternalNoteDataType": "bulk_action_failure_error_response_internal_note_data_type",
    "BulkActionSuccessBulkErrorAgent": "bulk_action_success_bulk_error_agent",
    "BulkActionSuccessBulkErrorAgentType": "bulk_action_success_bulk_error_agent_type",
    "BulkActionSuccessBulkErrorEndUser": "bulk_action_success_bulk_error_end_user",
    "BulkActionSuccessBulkErrorEndUserType": "bulk_action_success_bulk_error_end_user_type",
    "BulkActionSuccessBulkErrorUUID": "bulk_action_success_bulk_error_uuid",
    "BulkActionSuccessBulkErrorUUIDType": "bulk_action_success_bulk_error_uuid_type",
    "BulkActionSuccessErrorResponseInternalNoteData": "bulk_action_success_error_response_internal_note_data",
    "BulkActionSuccessErrorResponseInternalNoteDataType": "bulk_action_success_error_response_internal_note_data_type",
    "BulkCreateInternalNoteInput": "bulk_create_internal_note_input",
    "BulkCreateNoteOutput": "bulk_create_note_output",
    "BulkPatchAgentInput": "bulk_patch_agent_input",
    "BulkPatchEndUserInput": "bulk_patch_end_user_input",
    "BulkPatchEndUsersInput": "bulk_patch_end_users_input",
    "BulkPatchEndUsersOutput": "bulk_patch_end_users_output",
    "BulkQueueEndpointInput": "bulk_queue_endpoint_input",
    "BulkQueueEndpointOutput": "bulk_queue_endpoint_output",
    "BulkTagConversationInput": "bulk_tag_conversation_input",
    "BulkUpdateAgentInput": "bulk_update_agent_input",
    "BulkUpdateAgentOutput": "bulk_update_agent_output",
    "BulkUpdateEndUserInput": "bulk_update_end_user_input",
    "BulkUpdateEndUsersInput": "bulk_update_end_users_input",
    "BulkUpdateEndUsersOutput": "bulk_update_end_users_output",
    "BusinessHour": "business_hour",
    "BusinessHourException": "business_hour_exception",
    "BusinessHourExceptionType": "business_hour_exception_type",
    "BusinessHourRegular": "business_hour_regular",
    "BusinessHourRegularType": "business_hour_regular_type",
    "BusinessHourStatus": "business_hour_status",
    "BusinessHourType": "business_hour_type",
    "BusinessHoursSchedule": "business_hours_schedule",
    "BusinessHoursScheduleDefinition": "business_hours_schedule_definition",
    "BusinessHoursUpcomingSchedule": "business_hours_upcoming_schedule",
    "CallRecordingAttributes": "call_recording_attributes",
    "CallRecordingAttributesType": "call_recording_attributes_type",
    "Callback": "callback",
    "CallbackDirection": "callback_direction",
    "CallbackType": "callback_type",
    "Category": "category",
    "CategoryCatalogItem": "category_catalog_item",
    "CategoryTranslations": "category_translations",
    "Channel": "channel",
    "ChannelIn": "channel_in",
    "ChannelInType": "channel_in_type",
    "ChannelNotIn": "channel_not_in",
    "ChannelNotInType": "channel_not_in_type",
    "ChannelType": "channel_type",
    "Chat": "chat",
    "ChatAttributes": "chat_attributes",
    "ChatAttributesDirection": "chat_attributes_direction",
    "ChatAttributesType": "chat_attributes_type",
    "ChatConversation": "chat_conversation",
    "ChatConversationChannel": "chat_conversation_channel",
    "ChatConversationDirection": "chat_conversation_direction",
    "ChatConversationState": "chat_conversation_state",
    "ChatConversationType": "chat_conversation_type",
    "ChatType": "chat_type",
    "Checksum": "checksum",
    "ClaimConversationInput": "claim_conversation_input",
    "CloseConversationInput": "close_conversation_input",
    "ClosedDate": "closed_date",
    "ClosedDateType": "closed_date_type",
    "Closing": "closing",
    "Collection": "collection",
    "CollectionCatalogItem": "collection_catalog_item",
    "CombinedFilters": "combined_filters",
    "CombinedFiltersStrategy": "combined_filters_strategy",
    "CombinedFiltersType": "combined_filters_type",
    "Condition": "condition",
    "Conflict": "conflict",
    "ContactForm": "contact_form",
    "ContactFormAttributes": "contact_form_attributes",
    "ContactFormAttributesDirection": "contact_form_attributes_direction",
    "ContactFormAttributesType": "contact_form_attributes_type",
    "ContactFormConversation": "contact_form_conversation",
    "ContactFormConversationChannel": "contact_form_conversation_channel",
    "ContactFormConversationDirection": "contact_form_conversation_direction",
    "ContactFormConversationState": "contact_form_conversation_state",
    "ContactFormConversationType": "contact_form_conversation_type",
    "ContactFormType": "contact_form_type",
    "ContactId": "contact_id",
    "ContactIdType": "contact_id_type",
    "ConversationAnonymizationType": "conversation_anonymization_type",
    "ConversationAssignedActivityType": "conversation_assigned_activity_type",
    "ConversationAssignedAttribute": "conversation_assigned_attribute",
    "ConversationAssignedAttributeType": "conversation_assigned_attribute_type",
    "ConversationAutoReplySentAttribute": "conversation_auto_reply_sent_attribute",
    "ConversationAutoReplySentAttributeType": "conversation_auto_reply_sent_attribute_type",
    "ConversationAutoreplySentActivityType": "conversation_autoreply_sent_activity_type",
    "ConversationChannelChangedAttribute": "conversation_channel_changed_attribute",
    "ConversationChannelChangedAttributeType": "conversation_channel_changed_attribute_type",
    "ConversationClaimedActivityType": "conversation_claimed_activity_type",
    "ConversationClaimedAttribute": "conversation_claimed_attribute",
    "ConversationClaimedAttributeType": "conversation_claimed_attribute_type",
    "ConversationClosedActivityType": "conversation_closed_activity_type",
    "ConversationCreatedAttribute": "conversation_created_attribute",
    "ConversationCreatedAttributeType": "conversation_created_attribute_type",
    "ConversationCreatedByAgentActivityType": "conversation_created_by_agent_activity_type",
    "ConversationCreatedByCustomerActivityType": "conversation_created_by_customer_activity_type",
    "ConversationCustomAttributesUpdatedAttribute": "conversation_custom_attributes_updated_attribute",
    "ConversationCustomAttributesUpdatedAttributeType": "conversation_custom_attributes_updated_attribute_type",
    "ConversationEndUserReplacedActivityType": "conversation_end_user_replaced_activity_type",
    "ConversationEndUserReplacedAttribute": "conversation_end_user_replaced_attribute",
    "ConversationEndUserReplacedAttributeType": "conversation_end_user_replaced_attribute_type",
    "ConversationFlow": "conversation_flow",
    "ConversationFlowChannel": "conversation_flow_channel",
    "ConversationId": "conversation_id",
    "ConversationIdType": "conversation_id_type",
    "ConversationLanguageUpdatedActivityType": "conversation_language_updated_activity_type",
    "ConversationLanguageUpdatedAttribute": "conversation_language_updated_attribute",
    "ConversationLanguageUpdatedAttributeType": "conversation_language_updated_attribute_type",
    "ConversationLinkedAttribute": "conversation_linked_attribute",
    "ConversationLinkedAttributeType": "conversation_linked_attribute_type",
    "ConversationOfferAcceptedActivityType": "conversation_offer_accepted_activity_type",
    "ConversationOfferRejectedActivityType": "conversation_offer_rejected_activity_type",
    "ConversationOfferTimeoutActivityType": "conversation_offer_timeout_activity_type",
    "ConversationOfferedActivityType": "conversation_offered_activity_type",
    "ConversationOfferedAttribute": "conversation_offered_attribute",
    "ConversationOfferedAttributeType": "conversation_offered_attribute_type",
    "ConversationPendingActivityType": "conversation_pending_activity_type",
    "ConversationRatedActivityType": "conversation_rated_activity_type",
    "ConversationRatedAttribute": "conversation_rated_attribute",
    "ConversationRatedAttributeType": "conversation_rated_attribute_type",
    "ConversationRating": "conversation_rating",
    "ConversationRatingCancelledActivityType": "conversation_rating_cancelled_activity_type",
    "ConversationRatingConversationChannel": "conversation_rating_conversation_channel",
    "ConversationRatingNotOfferedAttribute": "conversation_rating_not_offered_attribute",
    "ConversationRatingNotOfferedAttributeType": "conversation_rating_not_offered_attribute_type",
    "ConversationRatingOfferedActivityType": "conversation_rating_offered_activity_type",
    "ConversationRatingOfferedAttribute": "conversation_rating_offered_attribute",
    "ConversationRatingOfferedAttributeType": "conversation_rating_offered_attribute_type",
    "ConversationRatingRatingStatus": "conversation_rating_rating_status",
    "ConversationRatingRatingType": "conversation_rating_rating_type",
    "ConversationRatingScheduledActivityType": "conversation_rating_scheduled_activity_type",
    "ConversationRatingScheduledAttribute": "conversation_rating_scheduled_attribute",
    "ConversationRatingScheduledAttributeType": "conversation_rating_scheduled_attribute_type",
    "ConversationRatingUnscheduledActivityType": "conversation_rating_unscheduled_activity_type",
    "ConversationReopenedActivityType": "conversation_reopened_activity_type",
    "ConversationReservedAttribute": "conversation_reserved_attribute",
    "ConversationReservedAttributeType": "conversation_reserved_attribute_type",
    "ConversationReservedType": "conversation_reserved_type",
    "ConversationResolvedStateToggledAttribute": "conversation_resolved_state_toggled_attribute",
    "ConversationResolvedStateToggledAttributeType": "conversation_resolved_state_toggled_attribute_type",
    "ConversationResponse": "conversation_response",
    "ConversationSearchHit": "conversation_search_hit",
    "ConversationSearchInnerHit": "conversation_search_inner_hit",
    "ConversationSearchWithFiltersHit": "conversation_search_with_filters_hit",
    "ConversationSubjectUpdatedAttribute": "conversation_subject_updated_attribute",
    "ConversationSubjectUpdatedAttributeType": "conversation_subject_updated_attribute_type",
    "ConversationTagsOutput": "conversation_tags_output",
    "ConversationTranscriptionEndedActivityType": "conversation_transcription_ended_activity_type",
    "ConversationTranscriptionEndedAttribute": "conversation_transcription_ended_attribute",
    "ConversationTranscriptionEndedAttributeType": "conversation_transcription_ended_attribute_type",
    "ConversationTranscriptionStartedActivityType": "conversation_transcription_started_activity_type",
    "ConversationTransferredAttribute": "conversation_transferred_attribute",
    "ConversationTransferredAttributeType": "conversation_transferred_attribute_type",
    "ConversationUnassignedActivityType": "conversation_unassigned_activity_type",
    "ConversationUnassignedAttribute": "conversation_unassigned_attribute",
    "ConversationUnassignedAttributeType": "conversation_unassigned_attribute_type",
    "CreateAgentInput": "create_agent_input",
    "CreateAgentsInput": "create_agents_input",
    "CreateAgentsOutput": "create_agents_output",
    "CreateConversationOutput": "create_conversation_output",
    "CreateEndUserInput": "create_end_user_input",
    "CreateEndUserOutput": "create_end_user_output",
    "CreateEndUsersInput": "create_end_users_input",
    "CreateEndUsersOutput": "create_end_users_output",
    "CreateInternalNoteInput": "create_internal_note_input",
    "CreateKnowledgeArticleInput": "create_knowledge_article_input",
    "CreateKnowledgeArticleOutput": "create_knowledge_article_output",
    "CreateMessageOutput": "create_message_output",
    "CreateMessageOutputData": "create_message_output_data",
    "CreateMessageOutputDataDirection": "create_message_output_data_direction",
    "CreateNoteOutput": "create_note_output",
    "CreateOrUpdateQueueRequest": "create_or_update_queue_request",
    "CreateOrUpdateQueueRequestOfferAlgorithm": "create_or_update_queue_request_offer_algorithm",
    "CreateQueueInput": "create_queue_input",
    "CreateQueueOutput": "create_queue_output",
    "CreateRatingOfferInput": "create_rating_offer_input",
    "CreateRatingOfferOutput": "create_rating_offer_output",
    "CreateRatingResultInput": "create_rating_result_input",
    "CreateRatingResultOutput": "create_rating_result_output",
    "CreateTagInput": "create_tag_input",
    "CreateTagOutput": "create_tag_output",
    "CreateTeamInput": "create_team_input",
    "CreateTeamOutput": "create_team_output",
    "CreateWebhookSubscriptionInput": "create_webhook_subscription_input",
    "CreateWebhookSubscriptionOutput": "create_webhook_subscription_output",
    "CreationDate": "creation_date",
    "CreationDateType": "creation_date_type",
    "Csat": "csat",
    "CsatType": "csat_type",
    "CustomAttribute": "custom_attribute",
    "CustomAttributeDefinition": "custom_attribute_definition",
    "CustomAttributeDefinitionEntityType": "custom_attribute_definition_entity_type",
    "CustomAttributeField": "custom_attribute_field",
    "CustomAttributeFieldType": "custom_attribute_field_type",
    "DeleteAgentsFromTeamInput": "delete_agents_from_team_input",
    "DeliveryDetail": "delivery_detail",
    "DeliveryDetailType": "delivery_detail_type",
    "DeprecatedActivityLogType": "deprecated_activity_log_type",
    "DeprecatedAnonymizationType": "deprecated_anonymization_type",
    "Direction": "direction",
    "DirectionIn": "direction_in",
    "DirectionInType": "direction_in_type",
    "DirectionNotIn": "direction_not_in",
    "DirectionNotInType": "direction_not_in_type",
    "DirectionType": "direction_type",
    "DoubleAggregateValue": "double_aggregate_value",
    "DoubleAggregateValueMeasure": "double_aggregate_value_measure",
    "DoubleAggregateValueType": "double_aggregate_value_type",
    "DoubleField": "double_field",
    "DoubleFieldType": "double_field_type",
    "Duration": "duration",
    "DurationBetween": "duration_between",
    "DurationBetweenType": "duration_between_type",
    "DurationType": "duration_type",
    "Email": "email",
    "EmailAttributes": "email_attributes",
    "EmailAttributesDirection": "email_attributes_direction",
    "EmailAttributesType": "email_attributes_type",
    "EmailAutoReply": "email_auto_reply",
    "EmailAutoReplyType": "email_auto_reply_type",
    "EmailContact": "email_contact",
    "EmailConversation": "email_conversation",
    "EmailConversationChannel": "email_conversation_channel",
    "EmailConversationDirection": "email_conversation_direction",
    "EmailConversationState": "email_conversation_state",
    "EmailConversationType": "email_conversation_type",
    "EmailEndpoint": "email_endpoint",
    "EmailEndpointType": "email_endpoint_type",
    "EmailForward": "email_forward",
    "EmailForwardType": "email_forward_type",
    "EmailType": "email_type",
    "EmptyPatchSet": "empty_patch_set",
    "EmptyPatchSetType": "empty_patch_set_type",
    "EndUser": "end_user",
    "ErrorResponse": "error_response",
    "ErrorResponseType": "error_response_type",
    "EventDeliveryLog": "event_delivery_log",
    "EventDeliveryStatus": "event_delivery_status",
    "ExcludesAll": "excludes_all",
    "ExcludesAllType": "excludes_all_type",
    "ExcludesOne": "excludes_one",
    "ExcludesOneType": "excludes_one_type",
    "FacebookMessengerAttributes": "facebook_messenger_attributes",
    "FacebookMessengerAttributesDirection": "facebook_messenger_attributes_direction",
    "FacebookMessengerAttributesType": "facebook_messenger_attributes_type",
    "FacebookMessengerConversation": "facebook_messenger_conversation",
    "FacebookMessengerConversationChannel": "facebook_messenger_conversation_channel",
    "FacebookMessengerConversationDirection": "facebook_messenger_conversation_direction",
    "FacebookMessengerConversationState": "facebook_messenger_conversation_state",
    "FacebookMessengerConversationType": "facebook_messenger_conversation_type",
    "Failure": "failure",
    "FailureType": "failure_type",
    "Field": "field",
    "FieldMetadata": "field_metadata",
    "File": "file",
    "FileMeta": "file_meta",
    "Filter": "filter_",
    "FilterMetadata": "filter_metadata",
    "FilterValue": "filter_value",
    "Filters": "filters",
    "FiltersStrategy": "filters_strategy",
    "FollowUp": "follow_up",
    "FollowUpType": "follow_up_type",
    "FollowupAddedActivityType": "followup_added_activity_type",
    "FollowupConversationInput": "followup_conversation_input",
    "FollowupExpiredActivityType": "followup_expired_activity_type",
    "FollowupRemovedActivityType": "followup_removed_activity_type",
    "FormSubmission": "form_submission",
    "GenericAttributes": "generic_attributes",
    "GenericAttributesDirection": "generic_attributes_direction",
    "GenericAttributesType": "generic_attributes_type",
    "GenericChannel": "generic_channel",
    "GenericChannelAvailability": "generic_channel_availability",
    "GenericChannelType": "generic_channel_type",
    "GenericConversation": "generic_conversation",
    "GenericConversationChannel": "generic_conversation_channel",
    "GenericConversationDirection": "generic_conversation_direction",
    "GenericConversationImport": "generic_conversation_import",
    "GenericConversationImportDirection": "generic_conversation_import_direction",
    "GenericConversationImportRequesterConnectionStatus": "generic_conversation_import_requester_connection_status",
    "GenericConversationImportType": "generic_conversation_import_type",
    "GenericConversationState": "generic_conversation_state",
    "GenericConversationType": "generic_conversation_type",
    "GetActivityLogOutput": "get_activity_log_output",
    "GetBusinessHoursScheduleDefinitionOutput": "get_business_hours_schedule_definition_output",
    "GetBusinessHoursScheduleDefinitionResult": "get_business_hours_schedule_definition_result",
    "GetBusinessOpenStatusOutput": "get_business_open_status_output",
    "GetBusinessOpenStatusResult": "get_business_open_status_result",
    "GetContactEndpointsType": "get_contact_endpoints_type",
    "GetContactPointByIdOutput": "get_contact_point_by_id_output",
    "GetConversationOutput": "get_conversation_output",
    "GetConversationsFlowsChannel": "get_conversations_flows_channel",
    "GetCustomAttributesDefinitionsOutput": "get_custom_attributes_definitions_output",
    "GetEndUserOutput": "get_end_user_output",
    "GetFilterValuesOutput": "get_filter_values_output",
    "GetKnowledgeArticleOutput": "get_knowledge_article_output",
    "GetKnowledgeArticleTranslationsOutput": "get_knowledge_article_translations_output",
    "GetKnowledgeCategoryOutput": "get_knowledge_category_output",
    "GetKnowledgeCategoryTranslationsOutput": "get_knowledge_category_translations_output",
    "GetKnowledgeCollectionCatalogOutput": "get_knowledge_collection_catalog_output",
    "GetKnowledgeCollectionOutput": "get_knowledge_collection_output",
    "GetMetricDataInputCsidFilter": "get_metric_data_input_csid_filter",
    "GetMetricDataInputCsidFilterAggregationsItem": "get_metric_data_input_csid_filter_aggregations_item",
    "GetMetricDataInputPeriodFilter": "get_metric_data_input_period_filter",
    "GetMetricDataInputPeriodFilterAggregationsItem": "get_metric_data_input_period_filter_aggregations_item",
    "GetMetricDataOutput": "get_metric_data_output",
    "GetMetricOutput": "get_metric_output",
    "GetMetricRecordOutput": "get_metric_record_output",
    "GetMetricRecordsDataInputCsidFilter": "get_metric_records_data_input_csid_filter",
    "GetMetricRecordsDataInputPeriodFilter": "get_metric_records_data_input_period_filter",
    "GetMetricRecordsDataOutput": "get_metric_records_data_output",
    "GetMetricRecordsOutput": "get_metric_records_output",
    "GetMetricsOutput": "get_metrics_output",
    "GetOrganizationOutput": "get_organization_output",
    "GetQueueByIdOutput": "get_queue_by_id_output",
    "GetQueuedConversationPositionOutput": "get_queued_conversation_position_output",
    "GetTagOutput": "get_tag_output",
    "GetTemplatesType": "get_templates_type",
    "GetUpcomingBusinessHoursScheduleOutput": "get_upcoming_business_hours_schedule_output",
    "GetUpcomingBusinessHoursScheduleResult": "get_upcoming_business_hours_schedule_result",
    "GetWebhookEventDeliveryLogsOutput": "get_webhook_event_delivery_logs_output",
    "GetWebhookLastDeliveryStatusOutput": "get_webhook_last_delivery_status_output",
    "GetWebhookSubscriptionOutput": "get_webhook_subscription_output",
    "HelpCenterLink": "help_center_link",
    "Html": "html",
    "HtmlType": "html_type",
    "IdIn": "id_in",
    "IdInType": "id_in_type",
    "IdNotIn": "id_not_in",
    "IdNotInType": "id_not_in_type",
    "ImportConversationOutput": "import_conversation_output",
    "ImportConversationResponse": "import_conversation_response",
    "Inbound": "inbound",
    "InboundImport": "inbound_import",
    "InboundImportType": "inbound_import_type",
    "InboundType": "inbound_type",
    "IncludesAll": "includes_all",
    "IncludesAllType": "includes_all_type",
    "IncludesOne": "includes_one",
    "IncludesOneType": "includes_one_type",
    "Infrastructure": "infrastructure",
    "InfrastructureType": "infrastructure_type",
    "InheritedRestriction": "inherited_restriction",
    "InstantField": "instant_field",
    "InstantFieldType": "instant_field_type",
    "IntField": "int_field",
    "IntFieldType": "int_field_type",
    "Integrity": "integrity",
    "IntegrityType": "integrity_type",
    "InternalNoteData": "internal_note_data",
    "Interval": "interval",
    "IntervalType": "interval_type",
    "InvalidArgument": "invalid_argument",
    "InvalidArgumentType": "invalid_argument_type",
    "IsEmpty": "is_empty",
    "IsEmptyType": "is_empty_type",
    "IsNotEmpty": "is_not_empty",
    "IsNotEmptyType": "is_not_empty_type",
    "LastActivity": "last_activity",
    "LastActivityType": "last_activity_type",
    "LastMessage": "last_message",
    "LastMessageType": "last_message_type",
    "LinkConversationInput": "link_conversation_input",
    "LinkConversationInputLinkType": "link_conversation_input_link_type",
    "ListActivityLogOutput": "list_activity_log_output",
    "ListAgentsOutput": "list_agents_output",
    "ListBusinessHoursSchedulesOutput": "list_business_hours_schedules_output",
    "ListBusinessHoursSchedulesResult": "list_business_hours_schedules_result",
    "ListContactPointsOutput": "list_contact_points_output",
    "ListConversationRatingsOutput": "list_conversation_ratings_output",
    "ListCustomAttributesDefinitionsOutput": "list_custom_attributes_definitions_output",
    "ListEndUserConversationsOutput": "list_end_user_conversations_output",
    "ListEndUsersOutput": "list_end_users_output",
    "ListField": "list_field",
    "ListFieldType": "list_field_type",
    "ListFlowsOutput": "list_flows_output",
    "ListInternalNotesOutput": "list_internal_notes_output",
    "ListKnowledgeCollectionsOutput": "list_knowledge_collections_output",
    "ListLinkedConversationsOutput": "list_linked_conversations_output",
    "ListMessagesOutput": "list_messages_output",
    "ListPresenceOutput": "list_presence_output",
    "ListQueuesOutput": "list_queues_output",
    "ListTagsOutput": "list_tags_output",
    "ListTeamMembersOutput": "list_team_members_output",
    "ListTeamsOutput": "list_teams_output",
    "ListTemplatesOutput": "list_templates_output",
    "ListWebhookSubscriptionsEndpointOutput": "list_webhook_subscriptions_endpoint_output",
    "LongAggregateValue": "long_aggregate_value",
    "LongAggregateValueMeasure": "long_aggregate_value_measure",
    "LongAggregateValueType": "long_aggregate_value_type",
    "LongField": "long_field",
    "LongFieldType": "long_field_type",
    "LongerThanOrEqualTo": "longer_than_or_equal_to",
    "LongerThanOrEqualToType": "longer_than_or_equal_to_type",
    "MapAttributeValue": "map_attribute_value",
    "MapConversationChannelInt": "map_conversation_channel_int",
    "MapConversationChannelSetString": "map_conversation_channel_set_string",
    "MapFormAttributeValue": "map_form_attribute_value",
    "MapQueueThresholdInt": "map_queue_threshold_int",
    "MapString": "map_string",
    "MapUUIDOptionAttributeValue": "map_uuid_option_attribute_value",
    "MapVectorString": "map_vector_string",
    "MapWebhookEventTypeFilters": "map_webhook_event_type_filters",
    "Markdown": "markdown",
    "MarkdownType": "markdown_type",
    "Message": "message",
    "MessageAddedAttribute": "message_added_attribute",
    "MessageAddedAttributeType": "message_added_attribute_type",
    "MessageAddedByAgentActivityType": "message_added_by_agent_activity_type",
    "MessageAddedByCustomerActivityType": "message_added_by_customer_activity_type",
    "MessageAnonymizationType": "message_anonymization_type",
    "MessageRedactedAttribute": "message_redacted_attribute",
    "MessageRedactedAttributeType": "message_redacted_attribute_type",
    "MessengerConversation": "messenger_conversation",
    "MessengerConversationChannel": "messenger_conversation_channel",
    "MessengerConversationDirection": "messenger_conversation_direction",
    "MessengerConversationState": "messenger_conversation_state",
    "MessengerConversationType": "messenger_conversation_type",
    "MessengerFormAttributes": "messenger_form_attributes",
    "MessengerFormAttributesDirection": "messenger_form_attributes_direction",
    "MessengerFormAttributesType": "messenger_form_attributes_type",
    "MetricData": "metric_data",
    "MetricMetadata": "metric_metadata",
    "MetricRecord": "metric_record",
    "MetricRecordMetadata": "metric_record_metadata",
    "MimeTypeImpl": "mime_type_impl",
    "MimeTypeImplType": "mime_type_impl_type",
    "NoAuth": "no_auth",
    "NoAuthType": "no_auth_type",
    "NoRecentDelivery": "no_recent_delivery",
    "NoRecentDeliveryType": "no_recent_delivery_type",
    "NotFound": "not_found",
    "NotFound1": "not_found_1",
    "NotFound1Type": "not_found_1_type",
    "NoteAddedActivityType": "note_added_activity_type",
    "NoteAddedAttribute": "note_added_attribute",
    "NoteAddedAttributeType": "note_added_attribute_type",
    "Nps": "nps",
    "NpsType": "nps_type",
    "OptionPathIn": "option_path_in",
    "OptionPathInType": "option_path_in_type",
    "OptionPathNotIn": "option_path_not_in",
    "OptionPathNotInType": "option_path_not_in_type",
    "OrganizationDetails": "organization_details",
    "OrganizationDetailsStatus": "organization_details_status",
    "Outbound": "outbound",
    "OutboundImport": "outbound_import",
    "OutboundImportType": "outbound_import_type",
    "OutboundType": "outbound_type",
    "PaginationLinks": "pagination_links",
    "PartialError": "partial_error",
    "PatchAgentInput": "patch_agent_input",
    "PatchConversationCustomAttributesOutput": "patch_conversation_custom_attributes_output",
    "PatchEndUserCustomAttributesOutput": "patch_end_user_custom_attributes_output",
    "PatchEndUserInput": "patch_end_user_input",
    "PatchEndUserOutput": "patch_end_user_output",
    "PatchWebhookSubscriptionInput": "patch_webhook_subscription_input",
    "PatchWebhookSubscriptionOutput": "patch_webhook_subscription_output",
    "PhoneAttributes": "phone_attributes",
    "PhoneAttributesDirection": "phone_attributes_direction",
    "PhoneAttributesType": "phone_attributes_type",
    "PresenceDuration": "presence_duration",
    "Preset": "preset",
    "PresetType": "preset_type",
    "PresetValue": "preset_value",
    "PresetValueType": "preset_value_type",
    "PstnPhoneConversation": "pstn_phone_conversation",
    "PstnPhoneConversationChannel": "pstn_phone_conversation_channel",
    "PstnPhoneConversationDirection": "pstn_phone_conversation_direction",
    "PstnPhoneConversationState": "pstn_phone_conversation_state",
    "PstnPhoneConversationType": "pstn_phone_conversation_type",
    "Query": "query",
    "Queue": "queue",
    "Queue1": "queue_1",
    "Queue1MemberListType": "queue_1_member_list_type",
    "Queue1OfferingAlgorithm": "queue_1_offering_algorithm",
    "Queue1SlaCalculationMethod": "queue_1_sla_calculation_method",
    "QueueAvailabilityOutput": "queue_availability_output",
    "QueueId": "queue_id",
    "QueueIdType": "queue_id_type",
    "QueueMember": "queue_member",
    "QueueMembersOutput": "queue_members_output",
    "QueueUsages": "queue_usages",
    "QueuedConversation": "queued_conversation",
    "QuickResponse": "quick_response",
    "QuickResponseType": "quick_response_type",
    "RatingOffer": "rating_offer",
    "RatingOfferRatingType": "rating_offer_rating_type",
    "RatingResult": "rating_result",
    "Recurring": "recurring",
    "Regular": "regular",
    "RegularType": "regular_type",
    "ReopenConversationInput": "reopen_conversation_input",
    "Restrictions": "restrictions",
    "SearchChannel": "search_channel",
    "SearchConversationsWithFiltersOutput": "search_conversations_with_filters_output",
    "SearchDirection": "search_direction",
    "SearchOutput": "search_output",
    "SearchParametersInput": "search_parameters_input",
    "SearchStatus": "search_status",
    "Select": "select",
    "Select1": "select_1",
    "Select1Type": "select_1_type",
    "SelectOption": "select_option",
    "SelectType": "select_type",
    "ServerError": "server_error",
    "ShorterThanOrEqualTo": "shorter_than_or_equal_to",
    "ShorterThanOrEqualToType": "shorter_than_or_equal_to_type",
    "SideConversation": "side_conversation",
    "SideConversationType": "side_conversation_type",
    "Since": "since",
    "SinceType": "since_type",
    "Sms": "sms",
    "SmsAttributes": "sms_attributes",
    "SmsAttributesDirection": "sms_attributes_direction",
    "SmsAttributesType": "sms_attributes_type",
    "SmsConversation": "sms_conversation",
    "SmsConversationChannel": "sms_conversation_channel",
    "SmsConversationDirection": "sms_conversation_direction",
    "SmsConversationState": "sms_conversation_state",
    "SmsConversationType": "sms_conversation_type",
    "SmsType": "sms_type",
    "Status": "status",
    "StatusField": "status_field",
    "StatusFieldType": "status_field_type",
    "StatusIn": "status_in",
    "StatusInType": "status_in_type",
    "StatusNotIn": "status_not_in",
    "StatusNotInType": "status_not_in_type",
    "StringField": "string_field",
    "StringFieldType": "string_field_type",
    "Success": "success",
    "SuccessType": "success_type",
    "Tag": "tag",
    "TagAddedActivityType": "tag_added_activity_type",
    "TagAddedAttribute": "tag_added_attribute",
    "TagAddedAttributeType": "tag_added_attribute_type",
    "TagConversationInput": "tag_conversation_input",
    "TagId": "tag_id",
    "TagIdType": "tag_id_type",
    "TagRemovedActivityType": "tag_removed_activity_type",
    "TagRemovedAttribute": "tag_removed_attribute",
    "TagRemovedAttributeType": "tag_removed_attribute_type",
    "TagState": "tag_state",
    "TagsUpdateInput": "tags_update_input",
    "Team": "team",
    "Team1": "team_1",
    "TeamMember": "team_member",
    "TelephonyEndpoint": "telephony_endpoint",
    "TelephonyEndpointFunctionalityItem": "telephony_endpoint_functionality_item",
    "TelephonyEndpointType": "telephony_endpoint_type",
    "TemplateTranslation": "template_translation",
    "Text": "text",
    "Text1": "text_1",
    "Text1Type": "text_1_type",
    "Text2": "text_2",
    "Text2Type": "text_2_type",
    "TextType": "text_type",
    "ThumbsUpOrDown": "thumbs_up_or_down",
    "ThumbsUpOrDownType": "thumbs_up_or_down_type",
    "TimeInterval": "time_interval",
    "TimestampField": "timestamp_field",
    "TimestampFieldType": "timestamp_field_type",
    "TokenAuth": "token_auth",
    "TokenAuthType": "token_auth_type",
    "TooLarge": "too_large",
    "TooLargeType": "too_large_type",
    "TooManyRequests": "too_many_requests",
    "TranscriptAttributes": "transcript_attributes",
    "TranscriptAttributesDirection": "transcript_attributes_direction",
    "TranscriptAttributesType": "transcript_attributes_type",
    "TransferConversationInput": "transfer_conversation_input",
    "TransferFailedActivityType": "transfer_failed_activity_type",
    "TransferInitiatedActivityType": "transfer_initiated_activity_type",
    "TransferSuccessfulActivityType": "transfer_successful_activity_type",
    "TranslationError": "translation_error",
    "TranslationInput": "translation_input",
    "TranslationList": "translation_list",
    "TranslationTitle": "translation_title",
    "TwitterAttributes": "twitter_attributes",
    "TwitterAttributesDirection": "twitter_attributes_direction",
    "TwitterAttributesType": "twitter_attributes_type",
    "TwitterConversation": "twitter_conversation",
    "TwitterConversationChannel": "twitter_conversation_channel",
    "TwitterConversationConversationType": "twitter_conversation_conversation_type",
    "TwitterConversationDirection": "twitter_conversation_direction",
    "TwitterConversationState": "twitter_conversation_state",
    "TwitterConversationType": "twitter_conversation_type",
    "Unauthorized": "unauthorized",
    "UnexpectedError": "unexpected_error",
    "UnexpectedErrorType": "unexpected_error_type",
    "UnknownActivityType": "unknown_activity_type",
    "UnknownAnonymizationType": "unknown_anonymization_type",
    "Until": "until",
    "UntilType": "until_type",
    "UpdateAgentInput": "update_agent_input",
    "UpdateAgentPresenceChannelInput": "update_agent_presence_channel_input",
    "UpdateAgentPresenceChannelInputChannel": "update_agent_presence_channel_input_channel",
    "UpdateEndUserInput": "update_end_user_input",
    "UpdateEndUserOutput": "update_end_user_output",
    "UpdateKnowledgeArticleInput": "update_knowledge_article_input",
    "UpdateKnowledgeArticleOutput": "update_knowledge_article_output",
    "UpdateTranslationsInput": "update_translations_input",
    "UpdateTranslationsOutput": "update_translations_output",
    "UploadAttachmentsInput": "upload_attachments_input",
    "UploadAttachmentsOutput": "upload_attachments_output",
    "UserAnonymizationType": "user_anonymization_type",
    "UserPresence": "user_presence",
    "UserPresenceActiveChannelsItem": "user_presence_active_channels_item",
    "UserPresenceConnectionStatus": "user_presence_connection_status",
    "UserPresenceOutput": "user_presence_output",
    "UserPresencePresenceStatus": "user_presence_presence_status",
    "UUIDField": "uuid_field",
    "UUIDFieldType": "uuid_field_type",
    "Validation": "validation",
    "ValidationType": "validation_type",
    "WebhookEventName": "webhook_event_name",
    "WebhookHeadersMapStringString": "webhook_headers_map_string_string",
    "WebhookSubscription": "webhook_subscription",
    "WhatsAppAttributes": "whats_app_attributes",
    "WhatsAppAttributesDirection": "whats_app_attributes_direction",
    "WhatsAppAttributesType": "whats_app_attributes_type",
    "WhatsAppConversation": "whats_app_conversation",
    "WhatsAppConversationChannel": "whats_app_conversation_channel",
    "WhatsAppConversationDirection": "whats_app_conversation_direction",
    "WhatsAppConversationState": "whats_app_conversation_state",
    "WhatsAppConversationType": "whats_app_conversation_type",
    "ActivityLogAttribute": "unions",
    "AggregateValue": "unions",
    "Attributes": "unions",
    "BulkActionOutcomeBulkErrorAgent": "unions",
    "BulkActionOutcomeBulkErrorEndUser": "unions",
    "BulkActionOutcomeBulkErrorUUID": "unions",
    "BulkActionOutcomeErrorResponseInternalNoteData": "unions",
    "BulkError": "unions",
    "ChannelAvailabilityOutcome": "unions",
    "ChannelOperator": "unions",
    "Condition1": "unions",
    "ContactEndpoint": "unions",
    "Content": "unions",
    "Conversation": "unions",
    "ConversationLink": "unions",
    "CreateConversationInput": "unions",
    "CreateMessageInput": "unions",
    "CustomAttributeInputDefinition": "unions",
    "CustomAttributeOperator": "unions",
    "DeliveryStatus": "unions",
    "DirectionOperator": "unions",
    "DurationOperator": "unions",
    "EmailContent": "unions",
    "FieldCanHaveMultipleValuesOrBeEmptyOperator": "unions",
    "FieldCanHaveSingleValueOrBeEmptyOperator": "unions",
    "FieldHasSingleValueOperator": "unions",
    "FieldType": "unions",
    "FormAttributeValue": "unions",
    "GetMetricDataInput": "unions",
    "GetMetricRecordsDataInput": "unions",
    "ImportMessageInput": "unions",
    "PeriodFilter": "unions",
    "PrimitiveField": "unions",
    "SearchField": "unions",
    "StatusOperator": "unions",
    "SubmittedRatingResult": "unions",
    "Template": "unions",
    "TimestampOperator": "unions",
    "WebhookAuthorization": "unions",
}

__all__ = (
    "ActivityLogEntry",
    "ActivityLogEntryType",
    "ActivityLogUser",
    "Agent",
    "AgentId",
    "AgentIdType",
    "AgentOutput",
    "AgentPresenceDurationValue",
    "AgentPresenceDurationValueType",
    "AgentsToTeamInput",
    "AgentTeamsOutput",
    "AggregateMetadata",
    "AggregateMetadataMeasure",
    "AnalyticsFieldIn",
    "AnalyticsFieldInField",
    "AnalyticsFieldInType",
    "AnalyticsFieldNotIn",
    "AnalyticsFieldNotInField",
    "AnalyticsFieldNotInType",
    "AnonymizationRequestStatus",
    "AnonymizationRequestStatusType",
    "AnonymizedConversation",
    "AnonymizedConversationChannel",
    "AnonymizedConversationDirection",
    "AnonymizedConversationState",
    "AnonymizedConversationType",
    "AnonymizeEntityInput",
    "AnonymizeEntityInputType",
    "AnonymizeEntityOutput",
    "Article",
    "ArticleCatalogItem",
    "ArticleContent",
    "ArticleTranslation",
    "ArticleTranslations",
    "ArticleTranslationVersions",
    "AssignedDate",
    "AssignedDateType",
    "Assignment",
    "AttachmentError",
    "AttachmentResult",
    "Attachments",
    "AttachmentsType",
    "AvailableAt",
    "BadRequest",
    "BasicAuth",
    "BasicAuthType",
    "Between",
    "BetweenType",
    "BooleanField",
    "BooleanFieldType",
    "BrowserInfo",
    "BulkActionFailureBulkErrorAgent",
    "BulkActionFailureBulkErrorAgentType",
    "BulkActionFailureBulkErrorEndUser",
    "BulkActionFailureBulkErrorEndUserType",
    "BulkActionFailureBulkErrorUUID",
    "BulkActionFailureBulkErrorUUIDType",
    "BulkActionFailureErrorResponseInternalNoteData",
    "BulkActionFailureErrorResponseInternalNoteDataType",
    "BulkActionSuccessBulkErrorAgent",
    "BulkActionSuccessBulkErrorAgentType",
    "BulkActionSuccessBulkErrorEndUser",
    "BulkActionSuccessBulkErrorEndUserType",
    "BulkActionSuccessBulkErrorUUID",
    "BulkActionSuccessBulkErrorUUIDType",
    "BulkActionSuccessErrorResponseInternalNoteData",
    "BulkActionSuccessErrorResponseInternalNoteDataType",
    "BulkCreateInternalNoteInput",
    "BulkCreateNoteOutput",
    "BulkPatchAgentInput",
    "BulkPatchEndUserInput",
    "BulkPatchEndUsersInput",
    "BulkPatchEndUsersOutput",
    "BulkQueueEndpointInput",
    "BulkQueueEndpointOutput",
    "BulkTagConversationInput",
    "BulkUpdateAgentInput",
    "BulkUpdateAgentOutput",
    "BulkUpdateEndUserInput",
    "BulkUpdateEndUsersInput",
    "BulkUpdateEndUsersOutput",
    "BusinessHour",
    "BusinessHourException",
    "BusinessHourExceptionType",
    "BusinessHourRegular",
    "BusinessHourRegularType",
    "BusinessHoursSchedule",
    "BusinessHoursScheduleDefinition",
    "BusinessHourStatus",
    "BusinessHoursUpcomingSchedule",
    "BusinessHourType",
    "Callback",
    "CallbackDirection",
    "CallbackType",
    "CallRecordingAttributes",
    "CallRecordingAttributesType",
    "Category",
    "CategoryCatalogItem",
    "CategoryTranslations",
    "Channel",
    "ChannelIn",
    "ChannelInType",
    "ChannelNotIn",
    "ChannelNotInType",
    "ChannelType",
    "Chat",
    "ChatAttributes",
    "ChatAttributesDirection",
    "ChatAttributesType",
    "ChatConversation",
    "ChatConversationChannel",
    "ChatConversationDirection",
    "ChatConversationState",
    "ChatConversationType",
    "ChatType",
    "Checksum",
    "ClaimConversationInput",
    "CloseConversationInput",
    "ClosedDate",
    "ClosedDateType",
    "Closing",
    "Collection",
    "CollectionCatalogItem",
    "CombinedFilters",
    "CombinedFiltersStrategy",
    "CombinedFiltersType",
    "Condition",
    "Conflict",
    "ContactForm",
    "ContactFormAttributes",
    "ContactFormAttributesDirection",
    "ContactFormAttributesType",
    "ContactFormConversation",
    "ContactFormConversationChannel",
    "ContactFormConversationDirection",
    "ContactFormConversationState",
    "ContactFormConversationType",
    "ContactFormType",
    "ContactId",
    "ContactIdType",
    "ConversationAnonymizationType",
    "ConversationAssignedActivityType",
    "ConversationAssignedAttribute",
    "ConversationAssignedAttributeType",
    "ConversationAutoreplySentActivityType",
    "ConversationAutoReplySentAttribute",
    "ConversationAutoReplySentAttributeType",
    "ConversationChannelChangedAttribute",
    "ConversationChannelChangedAttributeType",
    "ConversationClaimedActivityType",
    "ConversationClaimedAttribute",
    "ConversationClaimedAttributeType",
    "ConversationClosedActivityType",
    "ConversationCreatedAttribute",
    "ConversationCreatedAttributeType",
    "ConversationCreatedByAgentActivityType",
    "ConversationCreatedByCustomerActivityType",
    "ConversationCustomAttributesUpdatedAttribute",
    "ConversationCustomAttributesUpdatedAttributeType",
    "ConversationEndUserReplacedActivityType",
    "ConversationEndUserReplacedAttribute",
    "ConversationEndUserReplacedAttributeType",
    "ConversationFlow",
    "ConversationFlowChannel",
    "ConversationId",
    "ConversationIdType",
    "ConversationLanguageUpdatedActivityType",
    "ConversationLanguageUpdatedAttribute",
    "ConversationLanguageUpdatedAttributeType",
    "ConversationLinkedAttribute",
    "ConversationLinkedAttributeType",
    "ConversationOfferAcceptedActivityType",
    "ConversationOfferedActivityType",
    "ConversationOfferedAttribute",
    "ConversationOfferedAttributeType",
    "ConversationOfferRejectedActivityType",
    "ConversationOfferTimeoutActivityType",
    "ConversationPendingActivityType",
    "ConversationRatedActivityType",
    "ConversationRatedAttribute",
    "ConversationRatedAttributeType",
    "ConversationRating",
    "ConversationRatingCancelledActivityType",
    "ConversationRatingConversationChannel",
    "ConversationRatingNotOfferedAttribute",
    "ConversationRatingNotOfferedAttributeType",
    "ConversationRatingOfferedActivityType",
    "ConversationRatingOfferedAttribute",
    "ConversationRatingOfferedAttributeType",
    "ConversationRatingRatingStatus",
    "ConversationRatingRatingType",
    "ConversationRatingScheduledActivityType",
    "ConversationRatingScheduledAttribute",
    "ConversationRatingScheduledAttributeType",
    "ConversationRatingUnscheduledActivityType",
    "ConversationReopenedActivityType",
    "ConversationReservedAttribute",
    "ConversationReservedAttributeType",
    "ConversationReservedType",
    "ConversationResolvedStateToggledAttribute",
    "ConversationResolvedStateToggledAttributeType",
    "ConversationResponse",
    "ConversationSearchHit",
    "ConversationSearchInnerHit",
    "ConversationSearchWithFiltersHit",
    "ConversationSubjectUpdatedAttribute",
    "ConversationSubjectUpdatedAttributeType",
    "ConversationTagsOutput",
    "ConversationTranscriptionEndedActivityType",
    "ConversationTranscriptionEndedAttribute",
    "ConversationTranscriptionEndedAttributeType",
    "ConversationTranscriptionStartedActivityType",
    "ConversationTransferredAttribute",
    "ConversationTransferredAttributeType",
    "ConversationUnassignedActivityType",
    "ConversationUnassignedAttribute",
    "ConversationUnassignedAttributeType",
    "CreateAgentInput",
    "CreateAgentsInput",
    "CreateAgentsOutput",
    "CreateConversationOutput",
    "CreateEndUserInput",
    "CreateEndUserOutput",
    "CreateEndUsersInput",
    "CreateEndUsersOutput",
    "CreateInternalNoteInput",
    "CreateKnowledgeArticleInput",
    "CreateKnowledgeArticleOutput",
    "CreateMessageOutput",
    "CreateMessageOutputData",
    "CreateMessageOutputDataDirection",
    "CreateNoteOutput",
    "CreateOrUpdateQueueRequest",
    "CreateOrUpdateQueueRequestOfferAlgorithm",
    "CreateQueueInput",
    "CreateQueueOutput",
    "CreateRatingOfferInput",
    "CreateRatingOfferOutput",
    "CreateRatingResultInput",
    "CreateRatingResultOutput",
    "CreateTagInput",
    "CreateTagOutput",
    "CreateTeamInput",
    "CreateTeamOutput",
    "CreateWebhookSubscriptionInput",
    "CreateWebhookSubscriptionOutput",
    "CreationDate",
    "CreationDateType",
    "Csat",
    "CsatType",
    "CustomAttribute",
    "CustomAttributeDefinition",
    "CustomAttributeDefinitionEntityType",
    "CustomAttributeField",
    "CustomAttributeFieldType",
    "DeleteAgentsFromTeamInput",
    "DeliveryDetail",
    "DeliveryDetailType",
    "DeprecatedActivityLogType",
    "DeprecatedAnonymizationType",
    "Direction",
    "DirectionIn",
    "DirectionInType",
    "DirectionNotIn",
    "DirectionNotInType",
    "DirectionType",
    "DoubleAggregateValue",
    "DoubleAggregateValueMeasure",
    "DoubleAggregateValueType",
    "DoubleField",
    "DoubleFieldType",
    "Duration",
    "DurationBetween",
    "DurationBetweenType",
    "DurationType",
    "Email",
    "EmailAttributes",
    "EmailAttributesDirection",
    "EmailAttributesType",
    "EmailAutoReply",
    "EmailAutoReplyType",
    "EmailContact",
    "EmailConversation",
    "EmailConversationChannel",
    "EmailConversationDirection",
    "EmailConversationState",
    "EmailConversationType",
    "EmailEndpoint",
    "EmailEndpointType",
    "EmailForward",
    "EmailForwardType",
    "EmailType",
    "EmptyPatchSet",
    "EmptyPatchSetType",
    "EndUser",
    "ErrorResponse",
    "ErrorResponseType",
    "EventDeliveryLog",
    "EventDeliveryStatus",
    "ExcludesAll",
    "ExcludesAllType",
    "ExcludesOne",
    "ExcludesOneType",
    "FacebookMessengerAttributes",
    "FacebookMessengerAttributesDirection",
    "FacebookMessengerAttributesType",
    "FacebookMessengerConversation",
    "FacebookMessengerConversationChannel",
    "FacebookMessengerConversationDirection",
    "FacebookMessengerConversationState",
    "FacebookMessengerConversationType",
    "Failure",
    "FailureType",
    "Field",
    "FieldMetadata",
    "File",
    "FileMeta",
    "Filter",
    "FilterMetadata",
    "Filters",
    "FiltersStrategy",
    "FilterValue",
    "FollowUp",
    "FollowupAddedActivityType",
    "FollowupConversationInput",
    "FollowupExpiredActivityType",
    "FollowupRemovedActivityType",
    "FollowUpType",
    "FormSubmission",
    "GenericAttributes",
    "GenericAttributesDirection",
    "GenericAttributesType",
    "GenericChannel",
    "GenericChannelAvailability",
    "GenericChannelType",
    "GenericConversation",
    "GenericConversationChannel",
    "GenericConversationDirection",
    "GenericConversationImport",
    "GenericConversationImportDirection",
    "GenericConversationImportRequesterConnectionStatus",
    "GenericConversationImportType",
    "GenericConversationState",
    "GenericConversationType",
    "GetActivityLogOutput",
    "GetBusinessHoursScheduleDefinitionOutput",
    "GetBusinessHoursScheduleDefinitionResult",
    "GetBusinessOpenStatusOutput",
    "GetBusinessOpenStatusResult",
    "GetContactEndpointsType",
    "GetContactPointByIdOutput",
    "GetConversationOutput",
    "GetConversationsFlowsChannel",
    "GetCustomAttributesDefinitionsOutput",
    "GetEndUserOutput",
    "GetFilterValuesOutput",
    "GetKnowledgeArticleOutput",
    "GetKnowledgeArticleTranslationsOutput",
    "GetKnowledgeCategoryOutput",
    "GetKnowledgeCategoryTranslationsOutput",
    "GetKnowledgeCollectionCatalogOutput",
    "GetKnowledgeCollectionOutput",
    "GetMetricDataInputCsidFilter",
    "GetMetricDataInputCsidFilterAggregationsItem",
    "GetMetricDataInputPeriodFilter",
    "GetMetricDataInputPeriodFilterAggregationsItem",
    "GetMetricDataOutput",
    "GetMetricOutput",
    "GetMetricRecordOutput",
    "GetMetricRecordsDataInputCsidFilter",
    "GetMetricRecordsDataInputPeriodFilter",
    "GetMetricRecordsDataOutput",
    "GetMetricRecordsOutput",
    "GetMetricsOutput",
    "GetOrganizationOutput",
    "GetQueueByIdOutput",
    "GetQueuedConversationPositionOutput",
    "GetTagOutput",
    "GetTemplatesType",
    "GetUpcomingBusinessHoursScheduleOutput",
    "GetUpcomingBusinessHoursScheduleResult",
    "GetWebhookEventDeliveryLogsOutput",
    "GetWebhookLastDeliveryStatusOutput",
    "GetWebhookSubscriptionOutput",
    "HelpCenterLink",
    "Html",
    "HtmlType",
    "IdIn",
    "IdInType",
    "IdNotIn",
    "IdNotInType",
    "ImportConversationOutput",
    "ImportConversationResponse",
    "Inbound",
    "InboundImport",
    "InboundImportType",
    "InboundType",
    "IncludesAll",
    "IncludesAllType",
    "IncludesOne",
    "IncludesOneType",
    "Infrastructure",
    "InfrastructureType",
    "InheritedRestriction",
    "InstantField",
    "InstantFieldType",
    "Integrity",
    "IntegrityType",
    "InternalNoteData",
    "Interval",
    "IntervalType",
    "IntField",
    "IntFieldType",
    "InvalidArgument",
    "InvalidArgumentType",
    "IsEmpty",
    "IsEmptyType",
    "IsNotEmpty",
    "IsNotEmptyType",
    "LastActivity",
    "LastActivityType",
    "LastMessage",
    "LastMessageType",
    "LinkConversationInput",
    "LinkConversationInputLinkType",
    "ListActivityLogOutput",
    "ListAgentsOutput",
    "ListBusinessHoursSchedulesOutput",
    "ListBusinessHoursSchedulesResult",
    "ListContactPointsOutput",
    "ListConversationRatingsOutput",
    "ListCustomAttributesDefinitionsOutput",
    "ListEndUserConversationsOutput",
    "ListEndUsersOutput",
    "ListField",
    "ListFieldType",
    "ListFlowsOutput",
    "ListInternalNotesOutput",
    "ListKnowledgeCollectionsOutput",
    "ListLinkedConversationsOutput",
    "ListMessagesOutput",
    "ListPresenceOutput",
    "ListQueuesOutput",
    "ListTagsOutput",
    "ListTeamMembersOutput",
    "ListTeamsOutput",
    "ListTemplatesOutput",
    "ListWebhookSubscriptionsEndpointOutput",
    "LongAggregateValue",
    "LongAggregateValueMeasure",
    "LongAggregateValueType",
    "LongerThanOrEqualTo",
    "LongerThanOrEqualToType",
    "LongField",
    "LongFieldType",
    "MapAttributeValue",
    "MapConversationChannelInt",
    "MapConversationChannelSetString",
    "MapFormAttributeValue",
    "MapQueueThresholdInt",
    "MapString",
    "MapUUIDOptionAttributeValue",
    "MapVectorString",
    "MapWebhookEventTypeFilters",
    "Markdown",
    "MarkdownType",
    "Message",
    "MessageAddedAttribute",
    "MessageAddedAttributeType",
    "MessageAddedByAgentActivityType",
    "MessageAddedByCustomerActivityType",
    "MessageAnonymizationType",
    "MessageRedactedAttribute",
    "MessageRedactedAttributeType",
    "MessengerConversation",
    "MessengerConversationChannel",
    "MessengerConversationDirection",
    "MessengerConversationState",
    "MessengerConversationType",
    "MessengerFormAttributes",
    "MessengerFormAttributesDirection",
    "MessengerFormAttributesType",
    "MetricData",
    "MetricMetadata",
    "MetricRecord",
    "MetricRecordMetadata",
    "MimeTypeImpl",
    "MimeTypeImplType",
    "NoAuth",
    "NoAuthType",
    "NoRecentDelivery",
    "NoRecentDeliveryType",
    "NoteAddedActivityType",
    "NoteAddedAttribute",
    "NoteAddedAttributeType",
    "NotFound",
    "NotFound1",
    "NotFound1Type",
    "Nps",
    "NpsType",
    "OptionPathIn",
    "OptionPathInType",
    "OptionPathNotIn",
    "OptionPathNotInType",
    "OrganizationDetails",
    "OrganizationDetailsStatus",
    "Outbound",
    "OutboundImport",
    "OutboundImportType",
    "OutboundType",
    "PaginationLinks",
    "PartialError",
    "PatchAgentInput",
    "PatchConversationCustomAttributesOutput",
    "PatchEndUserCustomAttributesOutput",
    "PatchEndUserInput",
    "PatchEndUserOutput",
    "PatchWebhookSubscriptionInput",
    "PatchWebhookSubscriptionOutput",
    "PhoneAttributes",
    "PhoneAttributesDirection",
    "PhoneAttributesType",
    "PresenceDuration",
    "Preset",
    "PresetType",
    "PresetValue",
    "PresetValueType",
    "PstnPhoneConversation",
    "PstnPhoneConversationChannel",
    "PstnPhoneConversationDirection",
    "PstnPhoneConversationState",
    "PstnPhoneConversationType",
    "Query",
    "Queue",
    "Queue1",
    "Queue1MemberListType",
    "Queue1OfferingAlgorithm",
    "Queue1SlaCalculationMethod",
    "QueueAvailabilityOutput",
    "QueuedConversation",
    "QueueId",
    "QueueIdType",
    "QueueMember",
    "QueueMembersOutput",
    "QueueUsages",
    "QuickResponse",
    "QuickResponseType",
    "RatingOffer",
    "RatingOfferRatingType",
    "RatingResult",
    "Recurring",
    "Regular",
    "RegularType",
    "ReopenConversationInput",
    "Restrictions",
    "SearchChannel",
    "SearchConversationsWithFiltersOutput",
    "SearchDirection",
    "SearchOutput",
    "SearchParametersInput",
    "SearchStatus",
    "Select",
    "Select1",
    "Select1Type",
    "SelectOption",
    "SelectType",
    "ServerError",
    "ShorterThanOrEqualTo",
    "ShorterThanOrEqualToType",
    "SideConversation",
    "SideConversationType",
    "Since",
    "SinceType",
    "Sms",
    "SmsAttributes",
    "SmsAttributesDirection",
    "SmsAttributesType",
    "SmsConversation",
    "SmsConversationChannel",
    "SmsConversationDirection",
    "SmsConversationState",
    "SmsConversationType",
    "SmsType",
    "Status",
    "StatusField",
    "StatusFieldType",
    "StatusIn",
    "StatusInType",
    "StatusNotIn",
    "StatusNotInType",
    "StringField",
    "StringFieldType",
    "Success",
    "SuccessType",
    "Tag",
    "TagAddedActivityType",
    "TagAddedAttribute",
    "TagAddedAttributeType",
    "TagConversationInput",
    "TagId",
    "TagIdType",
    "TagRemovedActivityType",
    "TagRemovedAttribute",
    "TagRemovedAttributeType",
    "TagState",
    "TagsUpdateInput",
    "Team",
    "Team1",
    "TeamMember",
    "TelephonyEndpoint",
    "TelephonyEndpointFunctionalityItem",
    "TelephonyEndpointType",
    "TemplateTranslation",
    "Text",
    "Text1",
    "Text1Type",
    "Text2",
    "Text2Type",
    "TextType",
    "ThumbsUpOrDown",
    "ThumbsUpOrDownType",
    "TimeInterval",
    "TimestampField",
    "TimestampFieldType",
    "TokenAuth",
    "TokenAuthType",
    "TooLarge",
    "TooLargeType",
    "TooManyRequests",
    "TranscriptAttributes",
    "TranscriptAttributesDirection",
    "TranscriptAttributesType",
    "TransferConversationInput",
    "TransferFailedActivityType",
    "TransferInitiatedActivityType",
    "TransferSuccessfulActivityType",
    "TranslationError",
    "TranslationInput",
    "TranslationList",
    "TranslationTitle",
    "TwitterAttributes",
    "TwitterAttributesDirection",
    "TwitterAttributesType",
    "TwitterConversation",
    "TwitterConversationChannel",
    "TwitterConversationConversationType",
    "TwitterConversationDirection",
    "TwitterConversationState",
    "TwitterConversationType",
    "Unauthorized",
    "UnexpectedError",
    "UnexpectedErrorType",
    "UnknownActivityType",
    "UnknownAnonymizationType",
    "Until",
    "UntilType",
    "UpdateAgentInput",
    "UpdateAgentPresenceChannelInput",
    "UpdateAgentPresenceChannelInputChannel",
    "UpdateEndUserInput",
    "UpdateEndUserOutput",
    "UpdateKnowledgeArticleInput",
    "UpdateKnowledgeArticleOutput",
    "UpdateTranslationsInput",
    "UpdateTranslationsOutput",
    "UploadAttachmentsInput",
    "UploadAttachmentsOutput",
    "UserAnonymizationType",
    "UserPresence",
    "UserPresenceActiveChannelsItem",
    "UserPresenceConnectionStatus",
    "UserPresenceOutput",
    "UserPresencePresenceStatus",
    "UUIDField",
    "UUIDFieldType",
    "Validation",
    "ValidationType",
    "WebhookEventName",
    "WebhookHeadersMapStringString",
    "WebhookSubscription",
    "WhatsAppAttributes",
    "WhatsAppAttributesDirection",
    "WhatsAppAttributesType",
    "WhatsAppConversation",
    "WhatsAppConversationChannel",
    "WhatsAppConversationDirection",
    "WhatsAppConversationState",
    "WhatsAppConversationType",
    "ActivityLogAttribute",
    "AggregateValue",
    "Attributes",
    "BulkActionOutcomeBulkErrorAgent",
    "BulkActionOutcomeBulkErrorEndUser",
    "BulkActionOutcomeBulkErrorUUID",
    "BulkActionOutcomeErrorResponseInternalNoteData",
    "BulkError",
    "ChannelAvailabilityOutcome",
    "ChannelOperator",
    "Condition1",
    "ContactEndpoint",
    "Content",
    "Conversation",
    "ConversationLink",
    "CreateConversationInput",
    "CreateMessageInput",
    "CustomAttributeInputDefinition",
    "CustomAttributeOperator",
    "DeliveryStatus",
    "DirectionOperator",
    "DurationOperator",
    "EmailContent",
    "FieldCanHaveMultipleValuesOrBeEmptyOperator",
    "FieldCanHaveSingleValueOrBeEmptyOperator",
    "FieldHasSingleValueOperator",
    "FieldType",
    "FormAttributeValue",
    "GetMetricDataInput",
    "GetMetricRecordsDataInput",
    "ImportMessageInput",
    "PeriodFilter",
    "PrimitiveField",
    "SearchField",
    "StatusOperator",
    "SubmittedRatingResult",
    "Template",
    "TimestampOperator",
    "WebhookAuthorization",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
