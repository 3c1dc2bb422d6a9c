"""OCR accuracy on scans of the seeds: each seed printed to PDF by LibreOffice, its pages
rendered to images (pypdfium2, 200 dpi) and put back together as an image-only PDF (Pillow),
as a scanner gives it; then the share of the .txt's findings (code and values) found again on
the scan, new findings, and the time per page. Needs soffice and the `ocr` extra. `--word`:
print each seed from a Word document with ruled tables (as reviewers get them), not from its
plain text.

    python benchmarks/ocr_scan.py [--word] [SEED_PREFIX ...]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from auditlint.config import Config
from auditlint.runner import lint

ROOT = Path(__file__).resolve().parents[1]


def findings(path: Path) -> Counter:
    return Counter((f.code, tuple(f.values)) for f in lint([path], Config()).findings)


def scan_of(seed: Path, tmp: Path, word: bool = False) -> tuple[Path, int]:
    import pypdfium2

    source = tmp / seed.name
    if word:  # the seed as a Word document with ruled tables
        sys.path.insert(0, str(ROOT / "tests"))
        from report_files import prose_and_tables, write_docx

        from auditlint.readers import read_path

        source = write_docx(
            tmp / f"{seed.stem}.docx", *prose_and_tables(read_path(seed)), ruled=True
        )
    else:
        shutil.copy(seed, source)
    soffice = shutil.which("soffice") or "soffice"
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(source)],
        capture_output=True,
        check=True,
        timeout=300,
    )
    pdf = pypdfium2.PdfDocument(str(tmp / f"{seed.stem}.pdf"))
    images = [pdf[i].render(scale=200 / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    scan = tmp / f"{seed.stem}.scan.pdf"
    images[0].save(scan, save_all=True, append_images=images[1:], resolution=200)
    return scan, len(images)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("prefixes", nargs="*", default=["000", "001", "002", "003", "004"])
    parser.add_argument("--word", action="store_true", help="print from Word, ruled tables")
    args = parser.parse_args()
    kept = total = new = pages = 0
    seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for prefix in args.prefixes:
            seed = next((ROOT / "sample_reports").glob(f"{prefix}_*.txt"))
            scan, n = scan_of(seed, tmp, args.word)
            start = time.perf_counter()
            got = findings(scan)
            seconds += time.perf_counter() - start
            want = findings(seed)
            k, w, x = sum((want & got).values()), sum(want.values()), sum((got - want).values())
            kept, total, new, pages = kept + k, total + w, new + x, pages + n
            print(
                f"{prefix}: {n} pages, kept {k}/{w}, new {x}: {sorted(got - want)[:3]}, "
                f"lost: {sorted(want - got)[:3]}"
            )
    print(
        f"all: kept {kept}/{total} ({kept / max(total, 1):.0%}), new {new}; "
        f"{seconds / max(pages, 1):.1f} s a page"
    )


if __name__ == "__main__":
    sys.exit(main())
