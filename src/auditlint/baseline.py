"""Baselines: findings recorded once are accepted, so a CI gate fails only on new ones.

A finding is matched by its fingerprint (rule, file, labels compared, values; not the line),
so lines added above it do not make it new. The file is named relative to the project root
(the folder of the config, else of the nearest .git or pyproject.toml), so a baseline recorded
from the root matches a run from a subfolder or by absolute path. Matching counts: if the baseline holds one
finding with a fingerprint and the report now has two, one of them is new.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from auditlint.api import Finding

FORMAT_VERSION = 1


class BaselineError(Exception):
    """A baseline file that exists but cannot be used."""


def load_baseline(path: Path) -> Counter[str]:
    """Fingerprints in the file, with their counts; a missing file is an empty baseline."""
    if not path.exists():
        return Counter()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["findings"]
        return Counter(str(e["fingerprint"]) for e in entries)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc}") from exc


def apply_baseline(findings: list[Finding], accepted: Counter[str]) -> tuple[list[Finding], int]:
    """The findings not covered by the baseline, and how many were covered."""
    left = Counter(accepted)
    new: list[Finding] = []
    for f in findings:
        if left[f.fingerprint] > 0:
            left[f.fingerprint] -= 1
        else:
            new.append(f)
    return new, len(findings) - len(new)


def write_baseline(path: Path, findings: list[Finding]) -> None:
    """Record the current findings; readable so a reviewer can see what was accepted."""
    entries = [
        {
            "fingerprint": f.fingerprint,
            "code": f.code,
            "path": f.project_path or f.path,
            "line": f.line,
            "message": f.message,
            "values": f.values,
        }
        for f in sorted(findings, key=lambda f: (f.path, f.line, f.column, f.code))
    ]
    text = json.dumps(
        {"version": FORMAT_VERSION, "tool": "auditlint", "findings": entries},
        ensure_ascii=False,
        indent=2,
    )
    path.write_text(text + "\n", encoding="utf-8")
