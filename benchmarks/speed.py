"""Speed and memory: cold start, throughput with --jobs 1/2, peak memory at 1,000 and 10,000
seed-sized generated reports, against a bare-Python floor (read each file, one regex for
every number). Every figure is a whole `auditlint check` process, as users run it.

    python benchmarks/speed.py [--sizes 1000 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import generate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "sample_reports").glob("*.txt"))
EXE = [sys.executable, "-m", "auditlint.cli", "check", "--no-cache", "-q", "-f", "json"]
# Python's default is to cache bytecode; a machine that sets PYTHONDONTWRITEBYTECODE would
# otherwise time the compiling of our sources on every run, which no installed user pays.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

FLOOR = """
import re, sys
from pathlib import Path
number = re.compile(r"\\d+(?:[.,]\\d+)*")
n = 0
for p in sorted(Path(sys.argv[1]).glob("*.txt")):
    n += len(number.findall(p.read_text(encoding="utf-8")))
print(n)
"""


def seed_size() -> int:
    return sum(p.stat().st_size for p in SEEDS) // len(SEEDS)


def write_corpus(out: Path, count: int, seed: int = 1) -> None:
    """Consistent generated reports, each padded with narrative to the seeds' average size."""
    generate(out, count, seed, inject=False, size=seed_size())


def timed(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and the peak RSS (KiB) of the largest process the command ran."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) if peak > before else peak


def peak_rss(cmd: list[str]) -> int:
    """Peak RSS (KiB) of one fresh process: measured through a wrapper so runs do not mix."""
    probe = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *cmd], capture_output=True, text=True, env=ENV
    )
    return int(out.stdout.strip() or 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"seed-sized report: {seed_size()} bytes")

    timed([*EXE, str(SEEDS[0])])  # writes the bytecode cache, as a user's first run does
    starts = sorted(timed([*EXE, str(SEEDS[0])])[0] for _ in range(max(args.repeat, 5)))
    print(f"cold start, one report: median {statistics.median(starts):.3f} s")

    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp, str(n))
            write_corpus(corpus, n)
            floor = min(
                timed([sys.executable, "-c", FLOOR, str(corpus)])[0] for _ in range(args.repeat)
            )
            rates = {}
            for jobs in (1, 2):
                wall = min(
                    timed([*EXE, "-j", str(jobs), str(corpus)])[0] for _ in range(args.repeat)
                )
                rates[jobs] = n / wall
            memory = peak_rss([*EXE, "-j", "1", str(corpus)])
            print(
                f"{n:>6} reports: --jobs 1 {rates[1]:7.1f}/s, --jobs 2 {rates[2]:7.1f}/s "
                f"(x{rates[2] / rates[1]:.2f}); bare floor {n / floor:8.1f}/s "
                f"(auditlint {n / floor / rates[1]:.1f}x slower); "
                f"peak memory --jobs 1: {memory / 1024:.0f} MiB"
            )

    # the cache: a second run over sample_reports/ against the first
    with tempfile.TemporaryDirectory() as cache:
        cached = [
            sys.executable,
            "-m",
            "auditlint.cli",
            "check",
            "-q",
            "--cache-dir",
            cache,
            "-j",
            "1",
        ]
        first = timed([*cached, str(ROOT / "sample_reports")])[0]
        second = statistics.median(
            timed([*cached, str(ROOT / "sample_reports")])[0] for _ in range(5)
        )
        print(f"sample_reports/: first run {first:.3f} s, cached run {second:.3f} s (median of 5)")


if __name__ == "__main__":
    main()
