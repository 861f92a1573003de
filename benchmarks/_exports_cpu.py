"""The CPU figure of the Exports API warehouse path (issue 19, "Fast"), beside the naive path.

One window of 30,000 realistic conversations (about 2.5 KB each, every field tap-dixa's
schema declares) is served by a small server in its own process, without pacing. Two child
processes each take it once, and report their own CPU time and peak memory (VmHWM):

* `export_period` (conversations only), the SDK's warehouse path;
* the naive path, as tap-dixa does it: read the whole body, one `json.loads`, one
  `json.dumps` line per record, written to a file.

The figure is the ratio of their CPU per conversation (target <= 1.0), with the peak memory
of `export_period` (target < 150 MB; the naive path holds the whole body).

    python -m benchmarks._exports_cpu serve PORT CONVERSATIONS
    python -m benchmarks._exports_cpu sdk|naive BASE_URL
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console

from ._report import Figure
from ._rss import peak_mb
from ._server import free_port

__all__ = ["exports_cpu_figures"]

CONVERSATIONS = 30_000
_T0 = 1_704_067_200_000  # 2024-01-01
_WINDOW = (dt.date(2024, 1, 1), dt.date(2024, 1, 31))
_ROOT = Path(__file__).resolve().parents[1]
_CHANNELS = ["email", "widgetchat", "pstnphone", "sms", "whatsapp", "contactform"]


def _conversation(i: int) -> dict[str, Any]:
    """A realistic export item: every field of the conversation export, with values."""
    created = _T0 + i * 80_000
    channel = _CHANNELS[i % len(_CHANNELS)]
    phone = channel == "pstnphone"
    return {
        "id": 100_000 + i,
        "created_at": created,
        "updated_at": created + 7_200_000,
        "initial_channel": channel,
        "status": "closed",
        "direction": "inbound",
        "subject": f"Order #{400_000 + i}: the parcel arrived damaged, can I get a replacement?",
        "requester_id": f"5b0e6d3c-8e1f-4a7b-9c2d-{i:012d}",
        "requester_name": "Kirsten Møller-Jørgensen",
        "requester_email": f"kirsten.moller.{i}@example.com",
        "requester_additional_emails": [f"k.m.{i}@work.example.com"],
        "requester_phone_number": "+4520123456",
        "requester_additional_phone_numbers": [],
        "originating_country": "DK",
        "queued_at": created + 1_000,
        "queue_id": "9f3c2a1e-7b6d-4c5e-8a9f-0b1c2d3e4f50",
        "queue_name": "Customer Service DK",
        "assigned_at": created + 60_000,
        "assignee_id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        "assignee_name": "Mads Sørensen",
        "assignee_email": "mads.sorensen@acme.example",
        "assignee_phone_number": None,
        "closed_at": created + 7_200_000,
        "last_message_created_at": created + 7_100_000,
        "anonymized_at": None,
        "total_duration": 7200,
        "handling_duration": 2400,
        "rating_score": 4,
        "rating_message": "Quick and helpful, thanks!",
        "ratings": [
            {
                "rating_score": 4,
                "rating_message": "Quick and helpful, thanks!",
                "rating_type": "csat",
                "rating_status": "rated",
                "rating_language": "da",
                "rating_created_timestamp": created + 7_260_000,
                "rating_offered_timestamp": created + 7_260_000,
                "rating_modified_timestamp": created + 10_800_000,
                "rating_rated_timestamp": created + 10_800_000,
                "rating_scheduled_timestamp": None,
                "rating_scheduled_for_timestamp": None,
                "rating_unscheduled_timestamp": None,
                "rating_cancelled_timestamp": None,
            }
        ],
        "tags": ["damaged", "replacement", "vip"],
        "tags_info": [
            {"id": "t-damaged", "name": "damaged", "is_deactivated": False},
            {"id": "t-replacement", "name": "replacement", "is_deactivated": False},
            {"id": "t-vip", "name": "vip", "is_deactivated": False},
        ],
        "custom_fields": [
            {
                "attribute_id": "a-order",
                "identifier": "order_number",
                "data_type": "text",
                "archived": False,
                "value": str(400_000 + i),
            },
            {
                "attribute_id": "a-reason",
                "identifier": "contact_reason",
                "data_type": "select",
                "archived": False,
                "value": ["Delivery", "Damaged item"],
            },
        ],
        "conversation_wrapup_notes": [
            "Customer sent photos of the damaged box. Replacement ordered, return label sent "
            "by email; refund not needed. Follow up if the carrier claim is rejected."
        ],
        "to_provisioned_phone_number_id": "pn-1" if phone else None,
        "to_provisioned_phone_number_name": "Support DK" if phone else None,
        "from_provisioned_phone_number_id": None,
        "from_provisioned_phone_number_name": None,
        "transfer_time": None,
        "transferee_name": None,
        "transferee_number": None,
        "dixa_email_integration_id": "em-1" if channel == "email" else None,
        "dixa_email_integration_sender_name": "Acme Support" if channel == "email" else None,
        "forwarding_email": "support@acme.example" if channel == "email" else None,
        "facebook_page_id": None,
        "facebook_page_name": None,
        "widget_id": "wg-1" if channel == "widgetchat" else None,
        "widget_name": "Help center chat" if channel == "widgetchat" else None,
    }


# ---- the body server (its own process) -------------------------------------------------------


def _serve(port: int, conversations: int) -> None:
    body = json.dumps([_conversation(i) for i in range(conversations)]).encode()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await reader.readline()
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass
            data = body if b"conversation_export" in line else b"[]"
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n"
            )
            writer.write(head.encode())
            for start in range(0, len(data), 1 << 16):
                writer.write(data[start : start + (1 << 16)])
                await writer.drain()
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", port)
        print(f"ready {len(body) / conversations:.0f}", flush=True)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


# ---- the two measured paths (each in its own process) ---------------------------------------


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _sdk(base_url: str) -> dict[str, Any]:
    from dixa_async.warehouse import export_period

    from dixa_async import DixaClient

    async with DixaClient(
        "bench-cpu", base_url=base_url, exports_base_url=base_url, exports_rate_limit=None
    ) as dixa:
        _ = dixa.exports  # built on first use: not part of the export
        with tempfile.TemporaryDirectory() as tmp:
            started = _cpu()
            manifest = await export_period(
                dixa, Path(tmp) / "w", since=_WINDOW[0], until=_WINDOW[1], include_messages=False
            )
            cpu = _cpu() - started
    if not manifest.complete:
        raise RuntimeError(f"export_period did not complete: {manifest.errors}")
    return {"conversations": manifest.exported_total, "cpu_s": cpu, "peak_mb": peak_mb()}


async def _naive(base_url: str) -> dict[str, Any]:
    import httpx

    url = f"{base_url}/v1/conversation_export"
    params = {"created_after": "2024-01-01", "created_before": "2024-01-31"}
    async with httpx.AsyncClient(timeout=120) as http:
        with tempfile.TemporaryDirectory() as tmp:
            started = _cpu()
            response = await http.get(url, params=params)
            records = json.loads(response.content)
            with open(Path(tmp) / "conversations.jsonl", "w") as out:  # noqa: ASYNC230 - as the tap does
                for record in records:
                    out.write(json.dumps(record) + "\n")
            cpu = _cpu() - started
    return {"conversations": len(records), "cpu_s": cpu, "peak_mb": peak_mb()}


def _measure(kind: str, base_url: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks._exports_cpu", kind, base_url],
        capture_output=True,
        text=True,
        check=False,
        cwd=_ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the {kind} run failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def exports_cpu_figures(console: Console, conversations: int = CONVERSATIONS) -> list[Figure]:
    console.print(
        f"[bold]Exports API CPU[/]: one window of {conversations:,} conversations, "
        "export_period beside the naive path (json.loads + json.dumps per record) ..."
    )
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._exports_cpu", "serve", str(port), str(conversations)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=_ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert server.stdout is not None
        ready = server.stdout.readline().split()
        if not ready or ready[0] != "ready":
            raise RuntimeError("the body server did not start")
        item_bytes = float(ready[1])
        base_url = f"http://127.0.0.1:{port}"
        # Alternated and repeated: the machine is shared, take each path's best run.
        runs: dict[str, list[dict[str, Any]]] = {"sdk": [], "naive": []}
        for _ in range(2):
            for kind in ("naive", "sdk"):
                runs[kind].append(_measure(kind, base_url))
    finally:
        server.terminate()
        server.wait(timeout=10)
    best = {kind: min(results, key=lambda r: r["cpu_s"]) for kind, results in runs.items()}
    for kind, result in best.items():
        if result["conversations"] != conversations:
            raise RuntimeError(f"the {kind} run saw {result['conversations']} conversations")
    per = {k: r["cpu_s"] / conversations * 1e6 for k, r in best.items()}
    ratio = per["sdk"] / per["naive"]
    console.print(
        f"   {item_bytes:,.0f} bytes/conversation; CPU per conversation: export_period "
        f"{per['sdk']:.1f} µs, naive {per['naive']:.1f} µs (ratio {ratio:.2f}); peak memory "
        f"{best['sdk']['peak_mb']:.0f} MB vs {best['naive']['peak_mb']:.0f} MB"
    )
    details = {
        "conversations": conversations,
        "bytes_per_conversation": round(item_bytes),
        "cpu_us_per_conversation": {k: round(v, 1) for k, v in per.items()},
        "peak_mb": {k: round(r["peak_mb"], 1) for k, r in best.items()},
        "runs": runs,
    }
    return [
        Figure(
            f"export_period CPU per conversation / naive path's ({conversations:,}-conversation "
            "window)",
            ratio,
            "x",
            1.0,
            "<=",
            details=details,
        ),
        Figure(
            f"export_period peak memory, {conversations:,}-conversation window",
            best["sdk"]["peak_mb"],
            "MB",
            150.0,
            "<",
            details=details,
            baselines={"naive path": best["naive"]["peak_mb"]},
        ),
    ]


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "serve":
        _serve(int(sys.argv[2]), int(sys.argv[3]))
    else:
        result = asyncio.run((_sdk if command == "sdk" else _naive)(sys.argv[2]))
        print(json.dumps(result))
