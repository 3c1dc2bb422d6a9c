"""Regression gate on generated reports (benchmarks/generate.py): every injected kind caught in
at least 95% of reports, and not one finding on the consistent ones."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from accuracy import measure
from generate import INJECTIONS, generate


def test_generator_is_reproducible_and_clean_reports_are_consistent(tmp_path):
    a = generate(tmp_path / "a", 12, seed=7, inject=True)
    b = generate(tmp_path / "b", 12, seed=7, inject=True)
    assert a == b
    assert [(p.name, p.read_bytes()) for p in sorted((tmp_path / "a").glob("*.txt"))] == [
        (p.name, p.read_bytes()) for p in sorted((tmp_path / "b").glob("*.txt"))
    ]
    assert {t["injected"] for t in a} == set(INJECTIONS)


def test_every_injected_kind_is_caught_and_clean_reports_are_silent():
    m = measure(count=96, seed=11)
    assert m["false_alarm_files"] == {}
    for kind, (hit, total) in m["recall"].items():
        assert total >= 10 and hit / total >= 0.95, (kind, hit, total, m["misses"][kind][:2])
