"""A regression gate, not a measure of accuracy: recall per injected error kind and false
alarms on clean reports, on generated sets written in wordings the checks already know.

    python benchmarks/accuracy.py [--count 400] [--seed 1]

Also lints sample_reports/ against its EXPECTED.tsv. How the linter does on real reports it
was not tuned on is measured on labeled real reports kept outside the repository (README,
*Accuracy on real reports*); a 100% here says only that nothing known broke.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import generate

from auditlint.config import Config
from auditlint.runner import lint


def measure(count: int, seed: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        clean_dir, bad_dir = Path(tmp, "clean"), Path(tmp, "bad")
        clean = generate(clean_dir, count, seed, inject=False)
        bad = generate(bad_dir, count, seed + 1, inject=True)
        config = Config()
        clean_found = defaultdict(list)
        for f in lint([clean_dir], config).findings:
            clean_found[Path(f.path).name].append(f"{f.code} {f.message}")
        bad_found = defaultdict(set)
        for f in lint([bad_dir], config).findings:
            bad_found[Path(f.path).name].add(f.code)
    hits, totals, misses = Counter(), Counter(), defaultdict(list)
    for t in bad:
        totals[t["injected"]] += 1
        if t["expect"] in bad_found[t["file"]]:
            hits[t["injected"]] += 1
        else:
            misses[t["injected"]].append((t["file"], t["kind"], sorted(bad_found[t["file"]])))
    return {
        "recall": {k: (hits[k], totals[k]) for k in sorted(totals)},
        "false_alarm_files": {k: v for k, v in clean_found.items()},
        "clean_files": len(clean),
        "misses": misses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    m = measure(args.count, args.seed)
    print("regression gate on generated reports (known wordings), not a measure of accuracy")
    print(f"{'injected kind':<14} {'caught':>8}  recall")
    for kind, (hit, total) in m["recall"].items():
        print(f"{kind:<14} {hit:>4}/{total:<4} {hit / total:6.1%}")
    print(f"clean reports with any finding: {len(m['false_alarm_files'])}/{m['clean_files']}")
    for name, found in list(m["false_alarm_files"].items())[:10]:
        print(f"  {name}: {found[0]}")
    if args.show_misses:
        for kind, items in m["misses"].items():
            for item in items[:3]:
                print("  miss", kind, item)
    root = Path(__file__).resolve().parents[1] / "sample_reports"
    expected = [
        ln.split("\t")
        for ln in (root / "EXPECTED.tsv").read_text("utf-8").splitlines()[1:]
        if ln.strip()
    ]
    got = {(Path(f.path).name, f.code, f.line) for f in lint([root]).findings}
    want = {(row[0], row[1], int(row[2])) for row in expected}
    print(
        f"sample_reports: {len(want & got)}/{len(want)} expected findings, {len(got - want)} unexpected"
    )


if __name__ == "__main__":
    main()
