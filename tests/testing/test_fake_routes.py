"""The fake serves exactly the operations of the generated operation table."""

from __future__ import annotations

from dixa_async.testing._routes import HANDLERS, ROUTES

from dixa_async.operations import OPERATIONS


def test_every_operation_of_the_table_has_a_handler_and_nothing_else_does() -> None:
    assert set(HANDLERS) == {op.qualified_name for op in OPERATIONS}
    assert len(ROUTES) == len(OPERATIONS)
