from __future__ import annotations

from pathlib import Path

import pytest

from auditlint.config import Config
from auditlint.extract import Extraction, extract
from auditlint.readers import read_path
from auditlint.runner import lint

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_reports"


def seed(prefix: str) -> Path:
    return next(SAMPLES.glob(f"{prefix}_*.txt"))


@pytest.fixture
def write(tmp_path: Path):
    def _write(text: str, name: str = "report.txt", encoding: str = "utf-8") -> Path:
        p = tmp_path / name
        p.write_bytes(text.encode(encoding))
        return p

    return _write


def extract_text(path: Path) -> Extraction:
    doc = read_path(path)
    assert not hasattr(doc, "code"), doc
    return extract(doc)


def codes(path: Path, **cfg) -> list[tuple[str, int, list]]:
    result = lint([path], Config(**cfg))
    return [(f.code, f.line, f.values) for f in result.findings]


def sum_holds_then_breaks(write, text: str, good: str, bad: str, values: list) -> None:
    """`text` with `{x}` as `good` draws no finding; as `bad`, one AL201 with `values`."""
    assert codes(write(text.format(x=good))) == []
    found = [c for c in codes(write(text.format(x=bad))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]
