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


# the seed reports' bytes as the project received them (sha256), so that the check holds in a
# clone with nothing beside it; where ../shared/seeds is there, the files are compared too
SEED_SHA256 = {
    "000_f93df9fb974c38c6.txt": "17a21dc6445514729a21976b1d8ce88fbda1101e42b4c001e5c1718992cd26cf",
    "001_9c2dbdb951fe852d.txt": "c9c9165cc9b24dad47351bfc066fc9b252620a36c51ccf7377ea0d0a15be02c8",
    "002_73689c19b35cf9df.txt": "525b2d2580be9196a44ed18d38b35b9831e71c5345d381f691e03b9f68ead082",
    "003_dcdae65a502864fc.txt": "94009c0c56225cfbf2bab91782762ade62e098df8838482f5b69c4b89783c9b3",
    "004_4636de9413b44c94.txt": "78ab60627d9865e703e988634dffa6f20ab6d49c4bdd9e9791697d98009514fa",
}


def test_sample_reports_are_the_seeds_unchanged():
    import hashlib

    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SAMPLES.glob("*.txt")}
    assert found == SEED_SHA256
    shared = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    for p in shared.glob("*.txt") if shared.is_dir() else ():
        assert (SAMPLES / p.name).read_bytes() == p.read_bytes()
