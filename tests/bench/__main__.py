"""Run the bench and write tests/bench/RESULTS.md (see the package docstring)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from tests.bench import peers
from tests.bench.results import Results
from tests.bench.timing import Command, interleaved
from tests.bench.workloads import CORPUS, KPN, ROOT, folder_size, kpn_copy, scaled, toggle_one_field

WORK = ROOT / "build" / "bench"
SDKGEN = ROOT / ".venv" / "bin" / "sdkgen"


def ours(args: list[str], out: Path, cache: Path, cold: bool) -> Command:
    """`sdkgen generate ... --out OUT`, with its own cache folder (emptied first when `cold`)."""
    def prepare() -> None:
        if cold:
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(cache, ignore_errors=True)

    env = {**os.environ, "SDKGEN_CACHE_DIR": str(cache)}
    return Command([str(SDKGEN), "generate", *args, "--out", str(out), "-q"], cwd=str(ROOT), env=env, prepare=prepare)


def fresh(command: Command, out: Path) -> Command:
    """`command`, run into an empty `out` each time."""
    command.prepare = lambda: shutil.rmtree(out, ignore_errors=True)
    return command


def kpn(results: Results, rounds: int) -> None:
    specs = kpn_copy(WORK / "kpn")
    field = kpn_copy(WORK / "kpn-field")
    documents = [specs / f"{name}.json" for name in KPN]
    field_documents = [field / f"{name}.json" for name in KPN]
    config = ["--config", str(specs / "sdk.yaml")]
    unchanged = ours(config, WORK / "out/kpn-warm", WORK / "cache-warm", cold=False)
    changed = ours(["--config", str(field / "sdk.yaml")], WORK / "out/kpn-field", WORK / "cache-field", cold=False)
    for warm_up in (unchanged, changed):
        subprocess.run(warm_up.argv, env=warm_up.env, cwd=warm_up.cwd, check=True)
    changed.prepare = lambda: toggle_one_field(field)  # each of our runs sees a change; theirs see it too
    runs = interleaved({
        "ours cold": ours(config, WORK / "out/kpn-cold", WORK / "cache-cold", cold=True),
        "opc cold": fresh(peers.openapi_python_client(documents, WORK / "opc/kpn", os.environ.copy()), WORK / "opc/kpn"),
        "ours unchanged": unchanged,
        "opc unchanged": peers.openapi_python_client(documents, WORK / "opc/kpn", os.environ.copy()),
        "ours one field": changed,
        "opc one field": peers.openapi_python_client(field_documents, WORK / "opc/kpn-field", os.environ.copy()),
    }, rounds)
    results.kpn(runs, folder_size(WORK / "out/kpn-cold/docs"))


def box(results: Results, rounds: int) -> None:
    spec = CORPUS / "box-openapi.json"
    if not spec.exists():
        return
    runs = interleaved({
        "ours": ours([str(spec), "--package", "box"], WORK / "out/box", WORK / "cache-box", cold=True),
        "opc": fresh(peers.openapi_python_client([spec], WORK / "opc/box", os.environ.copy()), WORK / "opc/box"),
        "generator": fresh(peers.openapi_generator(spec, WORK / "oag/box", os.environ.copy()), WORK / "oag/box"),
    }, rounds)
    results.box(runs, folder_size(WORK / "out/box/docs"))


def scale(results: Results, factors: dict[int, int]) -> None:
    for times, rounds in factors.items():
        spec = scaled(ROOT / "specs" / "device-groups.json", times, WORK / "scaled" / f"device-groups-x{times}.json")
        out = WORK / f"out/x{times}"
        commands = {
            "ours": ours([str(spec), "--package", "device_groups"], out, WORK / f"cache-x{times}", cold=True),
            "opc": fresh(peers.openapi_python_client([spec], WORK / f"opc/x{times}", os.environ.copy()), WORK / f"opc/x{times}"),
        }
        if times == max(factors):
            commands["generator"] = fresh(peers.openapi_generator(spec, WORK / f"oag/x{times}", os.environ.copy()), WORK / f"oag/x{times}")
        results.scaled(times, interleaved(commands, rounds), folder_size(out / "docs"))


def sdk(results: Results) -> None:
    """The SDK figures, measured in the bench environment on the device-groups SDKs."""
    page = WORK / "page-1000.json"
    subprocess.run([str(ROOT / ".venv/bin/python"), "-m", "tests.bench.page", str(page)], cwd=ROOT, check=True)
    peer = WORK / "opc/kpn/device-groups"
    output = subprocess.run([str(peers.BIN / "python"), str(Path(__file__).with_name("sdk_speed.py")), str(WORK / "out/kpn-cold/python"), str(peer), str(page)],
                            capture_output=True, text=True, check=True)  # fmt: skip
    results.sdk(json.loads(output.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one round of everything (a smoke test of the bench)")
    quick = parser.parse_args().quick
    peers.ensure_venv()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], check=True)  # as an installed sdkgen has
    WORK.mkdir(parents=True, exist_ok=True)
    results = Results(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    kpn(results, 1 if quick else 5)
    scale(results, {1: 1, 10: 1, 50: 1} if quick else {1: 5, 10: 3, 50: 1})
    box(results, 1)
    sdk(results)
    target = Path(__file__).with_name("RESULTS.md")
    target.write_text(results.markdown(), encoding="utf-8")
    print(results.markdown())
    print(f"wrote {target.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
