"""The generated SDK type-checks (mypy --strict), lints (ruff), is black-formatted and installs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent


def run(*command: str | Path, cwd: Path) -> str:
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{command[0]} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_mypy_strict(sdk_root: Path, tmp_path: Path) -> None:
    usage = sdk_root / "usage_check.py"
    usage.write_text(USAGE, encoding="utf-8")
    output = run(BIN / "mypy", "--strict", "--cache-dir", tmp_path / "mypy", "-p", "kpn_things", "-m", "usage_check", cwd=sdk_root)
    assert "Success: no issues found" in output


def test_ruff(sdk_root: Path) -> None:
    run(BIN / "ruff", "check", "--no-cache", "kpn_things", cwd=sdk_root)  # rules: the SDK's pyproject.toml


def test_black(sdk_root: Path) -> None:
    run(BIN / "black", "--check", "--quiet", "--line-length", "100", "kpn_things", cwd=sdk_root)


def test_pip_install(sdk_root: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    run(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", target, sdk_root, cwd=tmp_path)
    assert (target / "kpn_things" / "py.typed").exists()
    assert (target / "kpn_things" / "models.py").exists()
    check = "import sys; sys.path.insert(0, sys.argv[1]); import kpn_things; assert kpn_things.__file__.startswith(sys.argv[1]); print(kpn_things.__version__)"
    assert run(sys.executable, "-c", check, target, cwd=tmp_path).strip() == "0.1.0"


USAGE = '''
"""How users call the SDK: mypy --strict must accept all of it (and reject misuse)."""
from datetime import datetime, timedelta
from uuid import UUID

from kpn_things import (
    AsyncThings, ConflictError, DownlinkStatus, HttpSenmlBinding, MqttDownlink, MqttTextMessage,
    NotFoundError, Project, Things,
)


def sync_usage(client: Things) -> None:
    binding = client.http_bindings.create(HttpSenmlBinding(device_id="imei:350266800610993", shared_secret="s"))
    reveal: UUID | None = binding.id
    for found in client.http_bindings.search(type="http-senml", created_since=datetime(2025, 1, 1)):
        print(found.created_at)
    page = client.projects.search(limit=10).first_page()
    cursor: str | None = page.next_cursor
    project: Project = client.projects.get(UUID(int=1))
    exists: bool = client.projects.exists("0b5f2a4e-0000-4000-8000-000000000000")
    downlink = client.mqtt_downlinks.create(
        MqttDownlink(device_id="imei:350266800610993", feedback_timeout=timedelta(hours=25),
                     message=MqttTextMessage(payload="hi", topic="t"))
    )
    status: DownlinkStatus | None = downlink.status
    try:
        client.mqtt_downlinks.cancel(UUID(int=2), forced=True)
    except ConflictError as error:
        print(error.problem, cursor, reveal, project, exists, status)
    except NotFoundError:
        pass
    raw = client.with_raw_response.projects.get(UUID(int=1))
    parsed: Project = raw.parse()
    print(raw.status_code, parsed)
    client.device_groups.list_devices(UUID(int=3), embed=["device"])


async def async_usage() -> None:
    async with AsyncThings(token=lambda: "t") as client:
        async for group in client.device_groups.search():
            print(group.name)
        exists: bool = await client.projects.exists(UUID(int=1))
        raw = await client.with_raw_response.projects.exists(UUID(int=1))
        print(exists, raw.parse())
'''
