"""Start the Prism mock server (``node_modules/.bin/prism``) for a test, and read its verdicts.

    with prism_server(spec_path, dynamic=True) as prism:
        r = httpx.get(prism.base_url + "/projects", headers={"Authorization": "Bearer test"})
        assert_no_violations(r, prism)

Prism runs as ``prism mock SPEC -h 127.0.0.1 -p PORT [--errors] [--dynamic]`` in its own
process group, is polled until it answers HTTP and its log says it listens on that port
(bounded; the failure message carries Prism's output), and is always killed, group and all, when the block ends.

How Prism reports (5.14, seen on the seed specs):

* It validates every request, and its own answer, against the spec. Every violation is
  listed as JSON in the ``sl-violations`` response header, with or without ``--errors``;
  ``location[0]`` is ``"request"`` or ``"response"``. No header: no violation.
* An invalid request gets the spec's own 422/400 response if it declares one (generated
  from the spec, so possibly invalid itself), else Prism's 422 ``application/problem+json``
  (``type`` ``https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY``, violations in its
  ``validation`` member, no header). A failed security check is a 401 (``#UNAUTHORIZED``).
* With ``--errors``, an answer that violates the spec becomes a 500 (``#VIOLATIONS``).
  Without it, that answer is served as is, with the violations in the header.

``violations()`` gathers all of that; ``request_violations()``/``response_violations()``
split it; ``assert_no_violations()`` checks it is empty (optionally tolerating known
response violations).
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]
PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"
PRISM_ERROR_PREFIX = "https://stoplight.io/prism/errors#"


class PrismError(RuntimeError):
    """Prism could not be started, or died."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass
class PrismServer:
    """A running Prism: ``base_url`` to call, ``output()`` for its log so far."""

    spec: Path
    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    args: list[str] = field(default_factory=list)

    def output(self, tail: int = 200) -> str:
        """The last ``tail`` lines Prism wrote (stdout and stderr together)."""
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except FileNotFoundError:
            return ""
        return "\n".join(lines[-tail:])

    def alive(self) -> bool:
        return self.process.poll() is None

    def __str__(self) -> str:
        return self.base_url


# Kills Prism's process group if this Python process dies without cleaning up (SIGKILL,
# a CI time-out): Prism runs in its own session, so nothing else would stop it.
_REAPER = (
    'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; '
    'kill -0 "$2" 2>/dev/null || exit 0; '
    'kill -TERM "-$2" 2>/dev/null; sleep 5; kill -KILL "-$2" 2>/dev/null'  # dash: no "--"
)


def _start_reaper(prism_pid: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        ["sh", "-c", _REAPER, "prism-reaper", str(os.getpid()), str(prism_pid)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _stop(process: subprocess.Popen[bytes], reaper: subprocess.Popen[bytes] | None = None) -> None:
    """Kill Prism's whole process group: SIGTERM, then SIGKILL after 5 s (reaper first)."""
    if reaper is not None and reaper.poll() is None:
        try:
            os.killpg(reaper.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        reaper.wait()
    if process.poll() is not None:
        return
    try:
        pgid = os.getpgid(process.pid)
    except ProcessLookupError:
        return
    for sig, wait in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue


def _wait_until_answering(server: PrismServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    probe = server.base_url + "/__prism_readiness_probe__"
    while True:
        if not server.alive():
            raise PrismError(
                f"Prism exited with code {server.process.returncode} before answering on "
                f"{server.base_url} (spec {server.spec}).\n--- Prism output ---\n{server.output()}"
            )
        try:
            httpx.get(probe, timeout=1.0)  # any HTTP answer (Prism says 404) means ready ...
            if f"is listening on {server.base_url}" in server.output():
                return  # ... from this Prism, not another that took the port first
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise PrismError(
                f"Prism did not answer on {server.base_url} within {timeout:.0f} s "
                f"(spec {server.spec}).\n--- Prism output ---\n{server.output()}"
            )
        time.sleep(0.1)


@contextmanager
def prism_server(
    spec: str | os.PathLike[str],
    *,
    dynamic: bool = False,
    errors: bool = True,
    seed: str | None = None,
    extra_args: Sequence[str] = (),
    startup_timeout: float = 90.0,
) -> Iterator[PrismServer]:
    """Run ``prism mock SPEC`` on a free 127.0.0.1 port for the ``with`` block.

    Yields a ``PrismServer`` (``.base_url`` like ``http://127.0.0.1:PORT``). Raises
    ``PrismError`` with Prism's output if it does not answer within ``startup_timeout``
    seconds. Prism is stopped (process group killed) however the block ends.
    """
    spec_path = Path(spec).resolve()
    if not PRISM_BIN.exists():
        raise PrismError(f"{PRISM_BIN} is missing: run `npm ci` (or `make test`) in {REPO_ROOT}")
    if not spec_path.is_file():
        raise PrismError(f"spec not found: {spec_path}")
    with tempfile.TemporaryDirectory(prefix="prism-") as tmp:
        log_path = Path(tmp) / "prism.log"
        last_error: PrismError | None = None
        for _attempt in range(3):  # a port taken between free_port() and listen(): retry
            port = free_port()
            args = [str(PRISM_BIN), "mock", str(spec_path), "-h", HOST, "-p", str(port)]
            if errors:
                args.append("--errors")
            if dynamic:
                args.append("--dynamic")
            if seed is not None:
                args += ["--seed", seed]
            args += list(extra_args)
            with open(log_path, "wb") as log:
                process = subprocess.Popen(
                    args,
                    cwd=REPO_ROOT,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # own process group, so we can kill it whole
                    env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
                )
            reaper = _start_reaper(process.pid)
            server = PrismServer(spec_path, f"http://{HOST}:{port}", process, log_path, args)
            try:
                _wait_until_answering(server, startup_timeout)
            except PrismError as exc:
                _stop(process, reaper)
                last_error = exc
                if "EADDRINUSE" in server.output():
                    continue
                raise
            except BaseException:
                _stop(process, reaper)
                raise
            try:
                yield server
            finally:
                _stop(process, reaper)
            return
        assert last_error is not None
        raise last_error


def violations(response: httpx.Response) -> list[dict[str, Any]]:
    """Every violation Prism reports for this exchange (empty when it found none).

    Reads the ``sl-violations`` header and, for Prism's own error answers (422, 401, 500
    with a ``https://stoplight.io/prism/errors#...`` problem type), the problem body.
    """
    found: list[dict[str, Any]] = []
    header = response.headers.get("sl-violations")
    if header:
        try:
            parsed = json.loads(header)
        except ValueError:
            parsed = [{"message": header}]
        found.extend(parsed if isinstance(parsed, list) else [parsed])
    if "json" in response.headers.get("content-type", ""):
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and str(body.get("type", "")).startswith(PRISM_ERROR_PREFIX):
            listed = [v for v in body.get("validation") or [] if isinstance(v, dict)]
            found.extend(v for v in listed if v not in found)
            if not listed:  # e.g. 401 UNAUTHORIZED: no itemized violations
                found.append(
                    {
                        "location": ["prism"],
                        "code": body["type"][len(PRISM_ERROR_PREFIX) :],
                        "message": f"{body.get('title')}: {body.get('detail')}",
                    }
                )
    return found


def is_response_violation(violation: dict[str, Any]) -> bool:
    """True for a violation of Prism's own answer (location ``["response", ...]``)."""
    location = violation.get("location") or []
    return bool(location) and location[0] == "response"


def request_violations(response: httpx.Response) -> list[dict[str, Any]]:
    """The violations that blame the request (its path, query, headers, body or security)."""
    return [v for v in violations(response) if not is_response_violation(v)]


def response_violations(response: httpx.Response) -> list[dict[str, Any]]:
    """The violations that blame Prism's answer (an invalid example or generated body)."""
    return [v for v in violations(response) if is_response_violation(v)]


def assert_no_violations(
    response: httpx.Response,
    server: PrismServer | None = None,
    *,
    allow_response: Sequence[str] = (),
) -> None:
    """Fail unless Prism accepted the request, and its own answer, without any violation.

    ``allow_response``: regexes for response violations that are known and tolerated (e.g.
    a spec example that contradicts its schema); a request violation is never tolerated.
    """
    found = [
        v
        for v in violations(response)
        if not (is_response_violation(v) and any(re.search(a, str(v.get("message"))) for a in allow_response))
    ]
    if found:
        request = response.request
        detail = json.dumps(found, indent=2)
        log = f"\n--- Prism output ---\n{server.output(60)}" if server is not None else ""
        raise AssertionError(
            f"Prism reported violations for {request.method} {request.url} "
            f"(status {response.status_code}):\n{detail}{log}"
        )
