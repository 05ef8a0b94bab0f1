"""`make bench`: whole-process time and peak memory of sdkgen against its peers, in one run.

`python -m tests.bench` (what `make bench` runs) sets up the peers in their own virtual
environment (build/bench-venv: openapi-python-client with its ruff hooks, openapi-generator-cli),
lays out the workloads in build/bench/ (the five KPN specs; box; the device-groups spec scaled ×1,
×10, ×50), runs every tool on every workload in interleaved rounds, measures the generated SDK
(page parse, per-request cost) and writes tests/bench/RESULTS.md. Nothing here is asserted: the
numbers are ratios within one run, on one machine.
"""
