"""Per-report time on real reports: each of the seed reports in `sample_reports/` (or the
reports in the folders given) read, normalised, extracted and checked in this process, best
of several rounds, with --jobs 1 semantics and no cache. Start-up is measured apart by
speed.py; this is the work a report costs.

    python benchmarks/seeds.py [FOLDER ...] [--rounds 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from auditlint.config import Config
from auditlint.loader import load_checks
from auditlint.runner import lint_file

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "sample_reports"])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    files = sorted(p for folder in args.folders for p in folder.glob("*.txt"))
    if not files:
        sys.exit("no .txt reports found")
    config = Config()
    checks = load_checks(tuple(config.checks_dirs))
    for path in files:  # warm: lazy imports, compiled patterns, domain data
        lint_file(path, config, checks, None)
    per_file: dict[Path, float] = {}
    for path in files:
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            lint_file(path, config, checks, None)
            times.append(time.perf_counter() - start)
        per_file[path] = min(times)
    tracemalloc.start()
    for path in files:
        lint_file(path, config, checks, None)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    for path, t in per_file.items():
        kb = path.stat().st_size / 1024
        print(f"{path.name:40} {kb:7.1f} KB  {t * 1000:7.2f} ms")
    values = list(per_file.values())
    print(
        f"{len(files)} reports: median {statistics.median(values) * 1000:.2f} ms, "
        f"mean {statistics.mean(values) * 1000:.2f} ms, max {max(values) * 1000:.2f} ms; "
        f"traced peak {peak / 2**20:.1f} MiB"
    )


if __name__ == "__main__":
    main()
