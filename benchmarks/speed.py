"""Speed and memory on real reports: cold start, throughput with --jobs 1/2 and peak memory
over the seeds copied to 1,000 files and over any folder of real reports named, against a
bare-Python floor (read each file, one regex for every number). Every figure is a whole
`auditlint check` process, as users run it.

Generated reports (`--scaling 1000 10000`) are timed only for a scaling curve (how time and
memory grow with the count): they are padded with narrative the extraction skims, so their
reports/s says nothing of the speed on a real report.

    python benchmarks/speed.py [FOLDER ...] [--copies 1000] [--repeat 3] [--scaling N ...]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
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


def copy_seeds(out: Path, count: int) -> None:
    """`count` real reports: the seeds copied in turn under distinct names (the cache is off,
    so copies cost what the originals do)."""
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        src = SEEDS[i % len(SEEDS)]
        shutil.copyfile(src, out / f"{i:05d}_{src.name}")


def throughput(corpus: Path, n: int, repeat: int, label: str) -> None:
    """Reports per second with --jobs 1 and 2, the bare floor, and peak memory."""
    floor = min(timed([sys.executable, "-c", FLOOR, str(corpus)])[0] for _ in range(repeat))
    rates = {}
    for jobs in (1, 2):
        wall = min(timed([*EXE, "-j", str(jobs), str(corpus)])[0] for _ in range(repeat))
        rates[jobs] = n / wall
    memory = peak_rss([*EXE, "-j", "1", str(corpus)])
    print(
        f"{label}: {n} reports: --jobs 1 {rates[1]:7.1f}/s ({1000 / rates[1]:.1f} ms a report), "
        f"--jobs 2 {rates[2]:7.1f}/s (x{rates[2] / rates[1]:.2f}); bare floor {n / floor:8.1f}/s "
        f"(auditlint {n / floor / rates[1]:.1f}x slower); peak memory --jobs 1: "
        f"{memory / 1024:.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path, help="folders of real reports")
    parser.add_argument("--copies", type=int, default=1000, help="seed copies to time")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--scaling",
        type=int,
        nargs="*",
        default=[],
        help="also time generated reports of these counts (a scaling curve, not a speed measure)",
    )
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"seed report: {seed_size()} bytes on average")

    timed([*EXE, str(SEEDS[0])])  # writes the bytecode cache, as a user's first run does
    starts = sorted(timed([*EXE, str(SEEDS[0])])[0] for _ in range(max(args.repeat, 5)))
    print(f"cold start, one report: median {statistics.median(starts):.3f} s")

    with tempfile.TemporaryDirectory() as tmp:
        copies = Path(tmp, "seeds")
        copy_seeds(copies, args.copies)
        throughput(copies, args.copies, args.repeat, "real reports (the seeds, copied)")
        for folder in args.folders:
            n = sum(1 for p in folder.rglob("*") if p.is_file())
            throughput(folder, n, args.repeat, f"real reports ({folder})")
        for n in args.scaling:
            corpus = Path(tmp, str(n))
            write_corpus(corpus, n)
            throughput(corpus, n, args.repeat, "generated reports (scaling only)")

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
