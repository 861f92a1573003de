"""The promise of the layout: an operation added to the spec reaches `dixa.<tag>.<verb>()`
through `make generate` alone, with no hand-written file changed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]

PROBE = {
    "get": {
        "operationId": "getTagsTagidProbe",
        "x-dixa-name": "probe",
        "tags": ["Tags"],
        "summary": "Probe a tag",
        "description": "A made-up operation, added by this test only.",
        "parameters": [
            {"name": "tagId", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "depth", "in": "query", "required": False, "schema": {"type": "integer"}},
        ],
        "responses": {
            "200": {
                "description": "Success.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/GetTagOutput"}}
                },
            }
        },
    }
}

# Pasted as Dixa describes it: no `x-dixa-name`, so `make generate` derives one and says so.
UNNAMED = {
    "get": {
        "operationId": "getTagsTagidUsage",
        "tags": ["Tags"],
        "summary": "Usage of a tag",
        "parameters": [
            {"name": "tagId", "in": "path", "required": True, "schema": {"type": "string"}},
        ],
        "responses": {
            "200": {
                "description": "Success.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/GetTagOutput"}}
                },
            }
        },
    }
}

CHECK = textwrap.dedent(
    """
    import asyncio, httpx, inspect
    from dixa_async import DixaClient
    from dixa_async.operations import operation

    seen = []
    def answer(request):
        seen.append(request)
        return httpx.Response(
            200, json={"data": {"id": "t9", "name": "probe", "state": "Active"}}
        )

    async def main():
        async with DixaClient("t", transport=httpx.MockTransport(answer), rate_limit=None) as d:
            tag = await d.tags.probe("t9", depth=2)
        print(operation("tags.probe").route, type(tag).__name__, tag.name)
        print(seen[0].method, seen[0].url.raw_path.decode())
        print(inspect.signature(d.tags.probe))
        async with DixaClient("t", transport=httpx.MockTransport(answer), rate_limit=None) as d:
            used = await d.tags.list_usage("t9")
        print(operation("tags.list_usage").route, type(used).__name__, seen[1].url.raw_path.decode())

    asyncio.run(main())
    """
)


def test_an_operation_added_to_the_spec_reaches_the_client(tmp_path: Path) -> None:
    for name in ("Makefile", "generator-config.yaml", "generator-config-exports.yaml"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "openapi", tmp_path / "openapi")
    spec_path = tmp_path / "openapi" / "dixa-v1.yaml"
    spec = yaml.safe_load(spec_path.read_text())
    spec["paths"]["/v1/tags/{tagId}/probe"] = PROBE
    spec["paths"]["/v1/tags/{tagId}/usage"] = UNNAMED
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))

    env = os.environ | {"PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    venv = Path(sys.executable).parents[1]
    generate = subprocess.run(
        ["make", "--no-print-directory", "generate", f"VENV={venv}"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert generate.returncode == 0, generate.stdout + generate.stderr
    derived = [line for line in generate.stdout.splitlines() if "no x-dixa-name" in line]
    assert derived == [
        "generate_resources: GET /v1/tags/{tagId}/usage has no x-dixa-name; "
        "named tags.list_usage() (set x-dixa-name to choose another)"
    ]
    # The hand-written layer is the repository's own, untouched.
    (tmp_path / "dixa_async" / "custom").symlink_to(ROOT / "custom")

    run = subprocess.run(
        [sys.executable, "-c", CHECK],
        cwd=tmp_path,
        env=env | {"PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    route, sent, signature, unnamed = run.stdout.splitlines()
    assert route == "/v1/tags/{tagId}/probe Tag probe"
    assert sent == "GET /v1/tags/t9/probe?depth=2"
    assert signature == "(tag_id: 'str', *, depth: 'int | None' = None) -> 'Tag'"
    assert unnamed == "/v1/tags/{tagId}/usage Tag /v1/tags/t9/usage"
