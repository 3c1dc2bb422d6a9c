"""Which files a directory argument lints, and in what order."""

import os
from pathlib import Path

from auditlint.runner import collect


def _touch(root: Path, *names: str, text: str = "x") -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_directory_walk_order_hidden_and_non_reports(tmp_path):
    _touch(tmp_path, "b.txt", "a/y.txt", "a/c/z.md", "a-b.txt", "A.TXT", "notes.py")
    _touch(tmp_path, ".git/x.txt", "a/.draft.txt", ".hidden/deep/r.txt")
    _touch(tmp_path, "config.yaml", text="fail_on: error\n")
    _touch(tmp_path, "data.yaml", text="format: auditlint-report/1\n")
    found = [p.relative_to(tmp_path).as_posix() for p in collect([tmp_path])]
    # path order compares folder by folder, as sorted(Path) does: a/… before a-b.txt
    assert found == ["A.TXT", "a/c/z.md", "a/y.txt", "a-b.txt", "b.txt", "data.yaml"]


def test_linked_folders_are_not_followed_but_named_files_always_are(tmp_path):
    _touch(tmp_path, "elsewhere/r.txt", "reports/own.txt")
    os.symlink(tmp_path / "elsewhere", tmp_path / "reports" / "link")
    assert collect([tmp_path / "reports"]) == [tmp_path / "reports" / "own.txt"]
    hidden = tmp_path / "reports" / ".x.txt"
    _touch(tmp_path, "reports/.x.txt")
    assert collect([hidden, tmp_path / "reports", hidden]) == [
        hidden,
        tmp_path / "reports" / "own.txt",
    ]


def test_exclude_leaves_walked_files_out_but_not_named_ones(tmp_path):
    import subprocess
    import sys

    (tmp_path / "auditlint.toml").write_text('exclude = ["reports/old/*", "*.tsv"]\n', "utf-8")
    for name in ("reports/a.txt", "reports/old/b.txt", "reports/notes.tsv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("全年预算数 86.40 万元，全年执行数 96.40 万元。\n", "utf-8")

    def checked(*args: str) -> list[str]:
        out = subprocess.run(
            [sys.executable, "-m", "auditlint.cli", "check", "--no-cache", "-f", "json", *args],
            capture_output=True, text=True, cwd=tmp_path,
        ).stdout  # fmt: skip
        import json

        return sorted({f["path"] for f in json.loads(out)})

    assert checked("reports") == ["reports/a.txt"]
    assert checked("reports", "reports/old/b.txt") == ["reports/a.txt", "reports/old/b.txt"]
    assert checked("--exclude", "reports/a.txt", "reports") == []
