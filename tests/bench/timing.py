"""Run commands in interleaved rounds; wall time and peak memory of each whole process."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass
class Runs:
    """The measured runs of one tool on one workload."""

    seconds: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)
    failed: str = ""  # the last line the tool printed, when it failed

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def spread(self) -> str:
        if self.failed:
            return f"fails: {self.failed[:60]}"
        if len(self.seconds) == 1:
            return f"{self.seconds[0]:.2f} s (1 run)"
        return f"{self.median:.2f} s ({min(self.seconds):.2f}–{max(self.seconds):.2f}, {len(self.seconds)} runs)"

    def peak_mib(self) -> float:
        return max(self.peak_kib) / 1024 if self.peak_kib else 0.0


@dataclass
class Command:
    """A process to measure; `prepare` runs before each measured run, outside the timing."""

    argv: Sequence[str]
    cwd: str
    env: dict[str, str] | None = None
    prepare: Callable[[], None] | None = None


def run_once(command: Command, runs: Runs) -> None:
    if command.prepare:
        command.prepare()
    start = time.perf_counter()
    process = subprocess.Popen(command.argv, cwd=command.cwd, env=command.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        lines = output.decode(errors="replace").strip().splitlines() or [f"exit {process.returncode}"]
        runs.failed = lines[-1].strip()
        return
    runs.seconds.append(elapsed)
    runs.peak_kib.append(usage.ru_maxrss)  # the largest process of the tree (children it waited for included)


def interleaved(commands: dict[str, Command], rounds: int) -> dict[str, Runs]:
    """Each round runs every command once, in turn, so that a busy moment hits all of them alike."""
    results = {name: Runs() for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            if not results[name].failed:
                run_once(command, results[name])
    return results


def ratio(ours: Runs, theirs: Runs) -> str:
    """How many times faster we are (or slower), from the medians."""
    if ours.failed or theirs.failed or not ours.seconds or not theirs.seconds:
        return "—"
    factor = theirs.median / ours.median
    return f"{factor:.1f}× faster" if factor >= 1 else f"{1 / factor:.1f}× slower"
