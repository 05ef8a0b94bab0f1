"""`make bench`: how long the generator's stages take (measured and printed, never asserted)."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from generator.config import DEFAULT_CONFIG, config_for_specs, load_config
from generator.diagnostics import Reporter
from generator.ir import dump as irjson
from generator.output.format import Formatter
from generator.output.write import compare
from generator.pipeline import load_api, render_all

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def measure(label: str, run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"{label:<52} median {median * 1000:8.1f} ms  (min {min(times) * 1000:.1f}, {repeat} runs)")
    return median


def main() -> None:
    config = load_config(DEFAULT_CONFIG)
    api = load_api(config, Reporter())
    ir_time = measure("sdkgen ir: 5 seed specs -> IR JSON", lambda: irjson.dumps(load_api(config, Reporter())))
    measure("render SDK + docs from the IR, black cold", lambda: render_all(api, config, Formatter()), repeat=3)
    with tempfile.TemporaryDirectory() as cache:
        formatter = Formatter(Path(cache))
        render_all(api, config, formatter)
        warm = measure("render SDK + docs from the IR, black cache warm", lambda: render_all(api, config, formatter))
    files = render_all(api, config, Formatter(Path("build/sdkgen-cache")))
    measure("compare with generated/ (the --check step)", lambda: compare(files, Path("generated")))
    print(f"{'':<52} IR is {ir_time / warm:.2f}x the warm render")
    for name in ("box-openapi.json", "phoenix-openapi.json"):
        if (CORPUS / name).exists():
            measure(f"sdkgen ir: corpus {name}", lambda name=name: load_api(config_for_specs([CORPUS / name]), Reporter()), repeat=3)


if __name__ == "__main__":
    main()
