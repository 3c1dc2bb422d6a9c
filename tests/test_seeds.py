"""Every seed's expected findings, exactly; the corrected twins stay silent."""

from pathlib import Path

import pytest
from conftest import SAMPLES

from auditlint.config import Config
from auditlint.runner import lint


def _expected() -> dict[str, list[tuple[str, int, list[float]]]]:
    out: dict[str, list] = {p.name: [] for p in SAMPLES.glob("*.txt")}
    for row in (SAMPLES / "EXPECTED.tsv").read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        name, code, line, values, _reason = row.split("\t")
        out[name].append((code, int(line), [float(v) for v in values.split(",")]))
    return out


EXPECTED = _expected()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_findings_exactly(name):
    result = lint([SAMPLES / name], Config())
    got = sorted((f.code, f.line, [float(v) for v in f.values]) for f in result.findings)
    assert got == sorted(EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corrected_twin_is_silent(name):
    twin = SAMPLES / "fixed" / name
    assert twin.is_file()
    assert lint([twin], Config()).findings == []


def test_twins_differ_from_seeds_only_where_a_finding_was():
    for name, expected in EXPECTED.items():
        seed_lines = (SAMPLES / name).read_text(encoding="utf-8").split("\n")
        twin_lines = (SAMPLES / "fixed" / name).read_text(encoding="utf-8").split("\n")
        assert len(seed_lines) == len(twin_lines)
        changed = {
            i + 1 for i, (a, b) in enumerate(zip(seed_lines, twin_lines, strict=False)) if a != b
        }
        assert bool(changed) == bool(expected), name


def test_sample_reports_are_the_seeds_unchanged():
    shared = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not shared.is_dir():
        pytest.fail("../shared/seeds is expected beside the repository")
    for p in shared.glob("*.txt"):
        assert (SAMPLES / p.name).read_bytes() == p.read_bytes()
