import dixa_async
from dixa_async import DixaError


def test_errors_are_exported_from_the_package_root() -> None:
    assert issubclass(dixa_async.NotFoundError, DixaError)
