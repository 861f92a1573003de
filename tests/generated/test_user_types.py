"""What a user's type checker sees: overloads that make required body fields required,
named unions for choice-of-shapes results, JSON-typed bulk responses.

mypy runs in a subprocess on a small user script, against the package laid out as it is
installed (the generated `dixa_async/` with each `custom/<area>` inside it, as `make lint`
links it), with the package's own modules silenced as for any installed library.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
import typing
from pathlib import Path

import pytest

import dixa_async.models as models
from dixa_async.models import Conversation, EmailConversation
from dixa_async.resources.conversations import Conversations

ROOT = Path(__file__).resolve().parents[2]

USER_SCRIPT = textwrap.dedent(
    """
    from typing import assert_type

    from dixa_async import DixaClient
    from dixa_async.bulk import JsonResponse, RecordResult
    from dixa_async.models import ClaimConversationInput, Conversation, EmailConversation


    async def main(result: RecordResult) -> None:
        async with DixaClient() as dixa:
            await dixa.conversations.claim(1, force=True)  # line 11: agent_id is missing
            await dixa.conversations.claim(1, agent_id="a-1", force=True)
            await dixa.conversations.claim(1, body=ClaimConversationInput(agent_id="a-1"))
            conversation = await dixa.conversations.get(1)
            assert_type(conversation, Conversation)
            if isinstance(conversation, EmailConversation):
                print(conversation.from_email)
            raw = await dixa.with_raw_response(dixa.conversations.get, 1)
            assert_type(raw.parsed, Conversation)
            await dixa.webhooks.create(url="https://example.com/hook")  # line 20: no name
        assert_type(result.response, JsonResponse)
        if isinstance(result.response, dict):
            print(result.response["id"])
    """
)


@pytest.fixture(scope="module")
def installed_layout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`dixa_async` as a wheel installs it: generated files plus each custom area."""
    root = tmp_path_factory.mktemp("site")
    package = root / "dixa_async"
    package.mkdir()
    for entry in (ROOT / "dixa_async").iterdir():
        (package / entry.name).symlink_to(entry)
    for area in (ROOT / "custom").iterdir():
        if area.is_dir() and (area / "__init__.py").exists():
            (package / area.name).symlink_to(area)
    return root


def test_mypy_strict_catches_a_missing_required_body_field(
    installed_layout: Path, tmp_path: Path
) -> None:
    script = tmp_path / "user_script.py"
    script.write_text(USER_SCRIPT, encoding="utf-8")
    config = tmp_path / "mypy.ini"
    config.write_text(
        "[mypy]\nstrict = True\n\n[mypy-dixa_async.*]\nignore_errors = True\n", encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config),
         "--cache-dir", str(tmp_path / "cache"), str(script)],
        cwd=tmp_path, env={"MYPYPATH": str(installed_layout), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, done.stdout + done.stderr
    assert errors[0].startswith('user_script.py:11: error: No overload variant of "claim"')
    assert errors[1].startswith('user_script.py:20: error: No overload variant of "create"')


def test_unions_have_public_names_usable_at_run_time() -> None:
    assert len(typing.get_args(Conversation)) == 11
    assert EmailConversation in typing.get_args(Conversation)
    assert "Conversation" in models.__all__
    assert inspect.signature(Conversations.get).return_annotation == "Conversation"
    assert isinstance(EmailConversation.__new__(EmailConversation), Conversation)
