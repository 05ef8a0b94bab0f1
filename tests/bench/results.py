"""RESULTS.md: the tables of one bench run."""

from __future__ import annotations

from tests.bench.timing import Runs, ratio


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB"


class Results:
    """Collects each workload's runs and renders them as Markdown."""

    def __init__(self, machine: str):
        self.machine = machine
        self.sections: list[str] = []
        self.scales: dict[int, tuple[dict[str, Runs], int]] = {}

    def kpn(self, runs: dict[str, Runs], site: int) -> None:
        rows = ["| workload | sdkgen | openapi-python-client | ratio | sdkgen peak | their peak |", "|---|---|---|---|---|---|"]
        for label, key in (("cold (empty output and cache)", "cold"), ("nothing changed", "unchanged"), ("one field changed", "one field")):
            us, them = runs[f"ours {key}"], runs[f"opc {key}"]
            rows.append(f"| five KPN specs, {label} | {us.spread()} | {them.spread()} | {ratio(us, them)} | {us.peak_mib():.0f} MiB | {them.peak_mib():.0f} MiB |")
        self.sections.append("## The five KPN specs (SDK + site; theirs: one client per document)\n\n" + "\n".join(rows) + f"\n\nsdkgen's site: {_size(site)}.\n")

    def box(self, runs: dict[str, Runs], site: int) -> None:
        us = runs["ours"]
        rows = ["| tool | time | peak memory | sdkgen is |", "|---|---|---|---|", f"| sdkgen (SDK + site {_size(site)}) | {us.spread()} | {us.peak_mib():.0f} MiB | |"]
        for name, label in (("opc", "openapi-python-client"), ("generator", "OpenAPI Generator `python`")):
            rows.append(f"| {label} | {runs[name].spread()} | {runs[name].peak_mib():.0f} MiB | {ratio(us, runs[name])} |")
        self.sections.append("## box (1.7 MB, 296 operations), cold\n\n" + "\n".join(rows) + "\n")

    def scaled(self, times: int, runs: dict[str, Runs], site: int) -> None:
        self.scales[times] = (runs, site)

    def _scaled_section(self) -> str:
        rows = ["| device-groups ×N | sdkgen | openapi-python-client | ratio | sdkgen peak | their peak | sdkgen site |", "|---|---|---|---|---|---|---|"]
        for times, (runs, site) in sorted(self.scales.items()):
            us, them = runs["ours"], runs["opc"]
            rows.append(f"| ×{times} | {us.spread()} | {them.spread()} | {ratio(us, them)} | {us.peak_mib():.0f} MiB | {them.peak_mib():.0f} MiB | {_size(site)} |")
        text = "## The device-groups spec scaled (renamed copies of paths and schemas), cold\n\n" + "\n".join(rows) + "\n"
        if 10 in self.scales and 50 in self.scales:
            (r10, s10), (r50, s50) = self.scales[10], self.scales[50]
            growth = [f"{name}: time ×{r50[name].median / r10[name].median:.1f}" for name in ("ours", "opc") if r10[name].seconds and r50[name].seconds]
            text += f"\nFrom ×10 to ×50 (the target is at most ×5.5): {', '.join(growth)}; sdkgen's site ×{s50 / max(s10, 1):.1f}.\n"
        top = self.scales[max(self.scales)][0]
        if "generator" in top:
            text += f"\nOpenAPI Generator `python` at ×{max(self.scales)}: {top['generator'].spread()}, {top['generator'].peak_mib():.0f} MiB; sdkgen is {ratio(top['ours'], top['generator'])}.\n"
        return text

    def sdk(self, figures: dict[str, float]) -> None:
        rows = [
            "| measure | sdkgen's SDK | openapi-python-client's | note |", "|---|---|---|---|",
            f"| page of 1,000 DeviceGroupDeviceLinkResponse, vs `json.loads` ({figures['json_loads']:.0f} µs) | {figures['ours'] / figures['json_loads']:.1f}× ({figures['ours'] / 1000:.1f} ms) | {figures['peer'] / figures['json_loads']:.1f}× ({figures['peer'] / 1000:.1f} ms) | sdkgen is {figures['peer'] / figures['ours']:.2f}× as fast |",
        ]  # fmt: skip
        for label, key in (("in-process transport (MockTransport)", "mock"), ("local server on 127.0.0.1", "local")):
            bare, ours = figures[f"{key}_bare"], figures[f"{key}_ours"]
            rows.append(f"| one `get`, {label}, vs bare httpx + `json.loads` ({bare:.0f} µs) | {ours / bare:.2f}× (+{ours - bare:.0f} µs) | | |")
        self.sections.append("## The generated SDK (device-groups), medians\n\n" + "\n".join(rows) + "\n")

    def markdown(self) -> str:
        head = (
            "# Bench results\n\nWritten by `make bench` (`python -m tests.bench`); whole-process wall time and peak memory "
            "(the largest process), median and min–max of interleaved runs, on "
            f"{self.machine}. Ratios compare medians of the same run; other work on the machine moves the absolute numbers.\n"
        )
        sections = [*self.sections[:1], self._scaled_section() if self.scales else "", *self.sections[1:]]
        return "\n".join([head, *[section for section in sections if section]])
