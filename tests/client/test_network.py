"""Proxies, certificates and the caller's own httpx client, over real sockets on 127.0.0.1."""

from __future__ import annotations

import ssl
import subprocess
from pathlib import Path

import httpx
import pytest
from _local_http import local_server

from dixa_async import APIConnectionError, ConfigurationError, DixaClient, OperationNotAllowedError

TOKEN = "dixa-test-token-5f2b9c"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start from an environment without proxy settings (either case)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


async def test_http_proxy_from_the_environment_is_used() -> None:
    async with local_server() as dixa_host, local_server() as proxy:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("HTTP_PROXY", proxy.url)
            async with DixaClient(TOKEN, base_url=dixa_host.url, rate_limit=None) as dixa:
                organization = await dixa.organization.get()
    assert organization.name == "Acme"
    assert dixa_host.heads == []
    # A proxy is asked in absolute form, with the SDK's headers (token included) passed on.
    assert [head.target for head in proxy.heads] == [f"{dixa_host.url}/v1/organization"]
    assert proxy.heads[0].headers["authorization"] == TOKEN


async def test_no_proxy_bypasses_the_proxy() -> None:
    async with local_server() as dixa_host, local_server() as proxy:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("HTTP_PROXY", proxy.url)
            env.setenv("NO_PROXY", "127.0.0.1")
            async with DixaClient(TOKEN, base_url=dixa_host.url, rate_limit=None) as dixa:
                await dixa.organization.get()
    assert proxy.heads == []
    assert [head.target for head in dixa_host.heads] == ["/v1/organization"]


async def test_proxy_argument_is_used_without_environment() -> None:
    async with (
        local_server() as dixa_host,
        local_server() as proxy,
        DixaClient(TOKEN, base_url=dixa_host.url, rate_limit=None, proxy=proxy.url) as dixa,
    ):
        await dixa.organization.get()
    assert len(proxy.heads) == 1
    assert dixa_host.heads == []


async def test_callers_http_client_sends_inside_the_pipeline(sleeps: list[float]) -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(f"{request.method} {request.url.path}")

    async with local_server(status=503) as dixa_host:
        own = httpx.AsyncClient(event_hooks={"request": [hook]})
        async with DixaClient(
            TOKEN,
            base_url=dixa_host.url,
            rate_limit=None,
            max_retries=2,
            read_only=True,
            http_client=own,
        ) as dixa:
            with pytest.raises(OperationNotAllowedError):  # the guard runs before the client
                await dixa.tags.create(name="x")
            with pytest.raises(Exception, match="503"):  # retried by the pipeline: 1 + 2
                await dixa.organization.get()
        assert seen == ["GET /v1/organization"] * 3
        assert not own.is_closed  # the caller's client stays the caller's
        await own.aclose()


def test_conflicting_network_arguments_are_refused() -> None:
    mock = httpx.MockTransport(lambda _: httpx.Response(200))
    with pytest.raises(ConfigurationError, match="not both"):
        DixaClient(TOKEN, transport=mock, http_client=httpx.AsyncClient())
    with pytest.raises(ConfigurationError, match="proxy= and verify="):
        DixaClient(TOKEN, transport=mock, verify=False)
    with pytest.raises(ConfigurationError, match=r"httpx\.AsyncClient"):
        DixaClient(TOKEN, http_client=object())  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (made with the openssl command)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


async def test_verify_takes_the_callers_certificate_authority(
    certificate: tuple[Path, Path],
) -> None:
    cert, key = certificate
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    served.load_cert_chain(cert, key)
    async with local_server(tls=served) as dixa_host:
        async with DixaClient(TOKEN, base_url=dixa_host.url, rate_limit=None) as dixa:
            with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
                await dixa.organization.get()
        trusted = ssl.create_default_context(cafile=str(cert))
        async with DixaClient(
            TOKEN, base_url=dixa_host.url, rate_limit=None, verify=trusted
        ) as dixa:
            assert (await dixa.organization.get()).name == "Acme"
