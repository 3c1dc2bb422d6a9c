"""Run the checks over files: collect → read → extract → check → findings, in path order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from auditlint import engine_rules  # noqa: F401  (registers AL000–AL004 docs)
from auditlint.api import Check, Context, Finding
from auditlint.config import Config
from auditlint.domain import load_domain
from auditlint.extract import extract
from auditlint.loader import load_checks
from auditlint.readers import TEXT_SUFFIXES, ReadProblem, read_path

REPORT_SUFFIXES = TEXT_SUFFIXES


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    internal_error: bool = False


def collect(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, and report files found under directories, sorted, no duplicates."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            try:
                out.extend(
                    f
                    for f in sorted(p.rglob("*"))
                    if f.suffix.lower() in REPORT_SUFFIXES
                    and f.is_file()
                    and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            except OSError:
                out.append(p)
        else:
            out.append(p)
    seen: set[str] = set()
    unique = []
    for f in out:
        if str(f) not in seen:
            seen.add(str(f))
            unique.append(f)
    return unique


def _problem_finding(path: str, problem: ReadProblem, checks: dict[str, Check]) -> Finding:
    c = checks[problem.code]
    return Finding(
        code=c.code,
        name=c.name,
        severity=c.severity,
        message=problem.message_zh,
        message_en=problem.message_en,
        path=path,
        line=1,
        column=1,
        end_line=1,
        end_column=1,
    )


def lint_file(path: Path, config: Config, checks: dict[str, Check]) -> tuple[list[Finding], bool]:
    shown = str(path)
    doc = read_path(path)
    if isinstance(doc, ReadProblem):
        return [_problem_finding(shown, doc, checks)], False
    domain = load_domain(tuple(config.checks_dirs))
    extraction = extract(doc, domain)
    findings: list[Finding] = []
    failed = False
    for code, c in checks.items():
        if not config.enabled(code, shown) or c.origin == "auditlint.engine_rules":
            continue
        ctx = Context(extraction=extraction, domain=domain, check=c)
        try:
            for f in c.func(ctx):
                f.severity = config.severity_of(code, f.severity)
                findings.append(f)
        except Exception as exc:  # one broken check must not hide the others' findings
            failed = True
            findings.append(
                Finding(
                    code="AL000",
                    name="internal-error",
                    severity="error",
                    message=f"检查 {code} 运行失败：{type(exc).__name__}: {exc}",
                    message_en=f"check {code} failed: {type(exc).__name__}: {exc}",
                    path=shown,
                    line=1,
                    column=1,
                    end_line=1,
                    end_column=1,
                )
            )
    findings = [f for f in findings if config.enabled(f.code, shown)]
    for f in findings:
        line = doc.line(f.line)
        f.source = line.raw if line else ""
    findings.sort(key=lambda f: (f.line, f.column, f.code))
    return findings, failed


def lint(paths: Iterable[str | Path], config: Config | None = None) -> Result:
    """Lint files and directories; the Python API behind `auditlint check`."""
    config = config or Config()
    checks = load_checks(tuple(config.checks_dirs))
    result = Result()
    for path in collect(Path(p) for p in paths):
        findings, failed = lint_file(path, config, checks)
        result.files.append(str(path))
        result.findings.extend(findings)
        result.internal_error |= failed
    return result
