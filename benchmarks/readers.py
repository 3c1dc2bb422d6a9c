"""Speed of each reader on the seeds: the five seeds converted by LibreOffice into every
format it writes (and the test workbook into .xls/.ods), each read into a Document in this
process (best of several rounds), in ms per file; the LibreOffice conversion of a .doc is
timed apart, since it is another program's time. Needs soffice.

    python benchmarks/readers.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from auditlint.readers import load_bytes, parse_bytes
from auditlint.readers.convert import read_converted

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ["txt", "docx", "odt", "rtf", "html", "pdf"]


def best_ms(paths: list[Path], rounds: int) -> float:
    """Mean ms per file of the best round."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for p in paths:
            parse_bytes(p, load_bytes(p))
        best = min(best, time.perf_counter() - start)
    return best * 1000 / len(paths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    soffice = shutil.which("soffice") or "soffice"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        seeds = []
        for seed in sorted((ROOT / "sample_reports").glob("0*.txt")):
            seeds.append(Path(shutil.copy(seed, tmp / seed.name)))
        for fmt in [*FORMATS[1:], "doc"]:
            subprocess.run(
                [
                    soffice,
                    "--headless",
                    "--convert-to",
                    fmt,
                    "--outdir",
                    str(tmp),
                    *map(str, seeds),
                ],
                capture_output=True,
                check=True,
                timeout=600,
            )
        for fmt in FORMATS:
            files = sorted(tmp.glob(f"0*.{fmt}"))
            print(f".{fmt:<5} {best_ms(files, args.rounds):7.1f} ms a file ({len(files)} seeds)")
        sheets = ROOT / "tests" / "data" / "converted"
        for fmt in ("xlsx", "xls", "ods"):
            print(
                f".{fmt:<5} {best_ms([sheets / f'tables003.{fmt}'], args.rounds):7.1f} ms a file (seed 003's tables)"
            )
        docs = sorted(tmp.glob("0*.doc"))
        start = time.perf_counter()
        for d in docs:
            read_converted(str(d), d.read_bytes())
        each = (time.perf_counter() - start) * 1000 / len(docs)
        print(
            f".doc   {each:7.1f} ms a file, nearly all of it LibreOffice's conversion (one soffice start a file)"
        )


if __name__ == "__main__":
    main()
