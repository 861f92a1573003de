"""Conversation search: the typed filter builder, date windows and hydration."""
