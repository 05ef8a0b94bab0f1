"""The generated SDKs at work, run in the bench environment: `python sdk_speed.py OURS PEER PAGE`.

OURS and PEER are folders to import the two device-groups SDKs from (sdkgen's `kpn_things`,
openapi-python-client's `things_device_group_api_client`); PAGE a JSON page of 1,000
DeviceGroupDeviceLinkResponse items. Prints one JSON object: medians in microseconds of
- parsing the page (ours: the public list call over httpx.MockTransport; theirs: their item model
  on `json.loads`), and `json.loads` alone;
- one `get` through our client and through a bare httpx.Client + json.loads, in-process
  (MockTransport) and against a local server on 127.0.0.1.
"""

from __future__ import annotations

import json
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

GROUP: dict[str, str] = {}  # the page's embedded device group: what a `get` answers


def median_us(run: Callable[[], object], repeat: int, number: int = 1) -> float:
    """The median of `repeat` timings of `number` calls, per call, after one warm-up."""
    run()
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            run()
        timings.append((time.perf_counter() - start) / number)
    return statistics.median(timings) * 1e6


def mock(body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers={"Content-Type": "application/json"}))


def page_parse(page: bytes) -> dict[str, float]:
    """Ours through the public list call; theirs through their models of the same schema (their
    page model types its items as DeviceGroup, an allOf it resolves wrongly, and cannot parse it)."""
    from kpn_things import Things
    from things_device_group_api_client.models import DeviceGroupDeviceLinkResponse

    group = uuid.UUID(GROUP["id"])
    ours = Things(token="t", base_url="http://127.0.0.1", http_client=httpx.Client(transport=mock(page)))
    return {
        "json_loads": median_us(lambda: json.loads(page), 15),
        "ours": median_us(lambda: list(ours.device_groups.list_devices(group)), 15),
        "peer": median_us(lambda: [DeviceGroupDeviceLinkResponse.from_dict(item) for item in json.loads(page)["items"]], 15),
    }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a pooled client uses it
    disable_nagle_algorithm = True
    wbufsize = 1 << 16  # headers and body in one write
    body = b""

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


def request_cost() -> dict[str, float]:
    from kpn_things import Things

    body = _Handler.body = json.dumps(GROUP).encode()
    results = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        for label, transport, base in (("mock", mock(body), "http://127.0.0.1"), ("local", None, f"http://127.0.0.1:{server.server_port}")):
            bare = httpx.Client(transport=transport) if transport else httpx.Client()
            ours = Things(token="t", base_url=base, http_client=httpx.Client(transport=transport) if transport else httpx.Client())
            url = f"{base}/device-groups/{GROUP['id']}"
            headers = {"Authorization": "Bearer t", "Accept": "application/json"}
            number = 200 if transport else 50
            rounds = []
            for _ in range(5):  # interleaved: a busy moment hits both alike
                rounds.append((median_us(lambda: json.loads(bare.get(url, headers=headers).content), 3, number),
                               median_us(lambda: ours.device_groups.get(GROUP["id"]), 3, number)))
            results[f"{label}_bare"] = statistics.median(r[0] for r in rounds)
            results[f"{label}_ours"] = statistics.median(r[1] for r in rounds)
    finally:
        server.shutdown()
    return results


if __name__ == "__main__":
    sys.path[:0] = [sys.argv[1], sys.argv[2]]
    with open(sys.argv[3], "rb") as file:
        page = file.read()
    GROUP.update(json.loads(page)["items"][0]["_embedded"]["deviceGroup"])
    print(json.dumps({**page_parse(page), **request_cost()}))
