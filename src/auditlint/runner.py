"""Run the checks over files: collect → read → extract → check → findings, in path order.

Files are independent, so they are linted in worker processes when ``jobs > 1``; results are
put back in path order, so the output does not depend on ``jobs``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from auditlint import engine_rules  # noqa: F401  (registers AL000–AL004 docs)
from auditlint.api import Check, Context, Finding
from auditlint.cache import Cache
from auditlint.config import Config
from auditlint.domain import load_domain
from auditlint.extract import extract
from auditlint.loader import load_checks
from auditlint.readers import (
    REPORT_SUFFIXES,
    ReadProblem,
    load_bytes,
    parse_bytes,
    wanted_in_directory,
)
from auditlint.views import FileView, build_view
from auditlint.workers import forked


@dataclass
class Result:
    """Findings of a run, the files checked, and the rules that could have fired."""

    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    internal_error: bool = False
    rules: dict[str, Check] = field(default_factory=dict)
    baselined: int = 0  # findings hidden because the baseline lists them
    views: dict[str, FileView] = field(default_factory=dict)  # kept only when asked for

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)


@dataclass
class FileResult:
    path: str
    findings: list[Finding]
    failed: bool = False
    cached: bool = False
    view: FileView | None = None  # the document as read, when a reporter needs to show it


def collect(paths: Iterable[Path], config: Config | None = None) -> list[Path]:
    """Files named directly, and report files found under directories, sorted, no duplicates.
    A file found in a walk is left out when it matches the config's `exclude` globs (relative
    to the project root); a file named on the command line is always checked."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            try:
                found = _report_files(p)
            except OSError:
                out.append(p)
                continue
            if config is not None and config.exclude:
                root = project_root_of(config)
                found = [f for f in found if not config.excluded(project_relative(str(f), root))]
            out.extend(found)
        else:
            out.append(p)
    seen: set[str] = set()
    unique = []
    for f in out:
        if str(f) not in seen:
            seen.add(str(f))
            unique.append(f)
    return unique


def _report_files(root: Path) -> list[Path]:
    """Report files under `root` in path order. Hidden files and folders are skipped and hidden
    folders never entered (a .git holds thousands of files); linked folders are not followed.
    os.scandir rather than Path.rglob: 8x faster, and a run over 10,000 reports starts with it."""
    found: list[tuple[tuple[str, ...], Path]] = []
    pending: list[tuple[str, tuple[str, ...]]] = [(str(root), ())]
    while pending:
        directory, parts = pending.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError:
            if not parts:
                raise  # the folder named on the command line: reading it reports why
            continue  # as rglob does: a subfolder that cannot be listed is passed over
        for entry in entries:
            if entry.name.startswith("."):
                continue
            where = (*parts, entry.name)
            if entry.is_dir():
                if not entry.is_symlink():
                    pending.append((entry.path, where))
            elif (
                entry.is_file()
                and os.path.splitext(entry.name)[1].lower() in REPORT_SUFFIXES
                and wanted_in_directory(path := Path(entry.path))
            ):
                found.append((where, path))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


def _engine_finding(
    path: str, code: str, name: str, zh: str, en: str, severity: str = "error", line: int = 1
) -> Finding:
    return Finding(
        code=code,
        name=name,
        severity=severity,
        message=zh,
        message_en=en,
        path=path,
        line=line,
        column=1,
        end_line=line,
        end_column=1,
    )


def _internal_error(shown: str, zh: str, en: str, exc: Exception) -> Finding:
    detail = f"{type(exc).__name__}: {exc}"
    return _engine_finding(shown, "AL000", "internal-error", f"{zh}：{detail}", f"{en}: {detail}")


def _problem(shown: str, problem: ReadProblem, config: Config, checks: dict[str, Check]):
    c = checks[problem.code]
    severity = config.severity_of(c.code, c.severity)
    return _engine_finding(
        shown, c.code, c.name, problem.message_zh, problem.message_en, severity, problem.line
    )


def _run_checks(doc, config: Config, checks: dict[str, Check], shown: str):
    """The checks' findings, whether one failed, and the extraction (for a view of it)."""
    domain = load_domain(tuple(config.checks_dirs))
    extraction = extract(doc, domain)
    findings: list[Finding] = []
    failed = False
    said: set[tuple] = set()  # two relations that compare the same figures say it once
    for code, c in checks.items():
        if not config.enabled(code, shown) or c.origin == "auditlint.engine_rules":
            continue
        ctx = Context(extraction=extraction, domain=domain, check=c)
        try:
            for f in c.func(ctx):
                f.severity = config.severity_of(code, f.severity)
                saying = (f.code, f.line, f.column, f.message, tuple(sorted(f.values)))
                if saying not in said:
                    said.add(saying)
                    findings.append(f)
        except Exception as exc:  # one broken check must not hide the others' findings
            failed = True
            findings.append(
                _internal_error(shown, f"检查 {code} 运行失败", f"check {code} failed", exc)
            )
    return findings, failed, extraction


def lint_file(
    path: Path,
    config: Config,
    checks: dict[str, Check],
    cache: Cache | None = None,
    keep_view: bool = False,
) -> FileResult:
    """One file's findings, from the cache when its bytes and the settings are unchanged.

    Never raises: a bug anywhere in reading, extraction or a check becomes an AL000 finding
    for this file, and the run goes on with the others.
    """
    shown = path.as_posix()
    try:
        return _lint_file(path, shown, config, checks, cache, keep_view)
    except Exception as exc:  # reading or extraction: this file only
        return FileResult(
            shown, [_internal_error(shown, "内部错误", "internal error", exc)], failed=True
        )


def _lint_file(
    path: Path,
    shown: str,
    config: Config,
    checks: dict[str, Check],
    cache: Cache | None,
    keep_view: bool = False,
) -> FileResult:
    data = load_bytes(path)
    if isinstance(data, ReadProblem):
        problem = _problem(shown, data, config, checks)
        return FileResult(shown, [problem] if config.enabled(problem.code, shown) else [])
    key = cache.key(shown, data) if cache else ""
    if cache and not keep_view:  # a view needs the document read again
        hit = cache.get(key)
        if hit is not None:
            return FileResult(shown, hit, cached=True)
    doc = parse_bytes(path, data)
    view = None
    if isinstance(doc, ReadProblem):
        findings = [_problem(shown, doc, config, checks)]
        failed = False
    else:
        findings, failed, extraction = _run_checks(doc, config, checks, shown)
        findings += [_problem(shown, notice, config, checks) for notice in doc.notices]
        view = build_view(shown, doc, extraction) if keep_view else None
        for f in findings:
            line = doc.line(f.line)
            f.source = line.raw if line else ""
            # columns of the original line, where normalisation moved characters
            f.column = doc.raw_column(f.line, f.column)
            f.end_column = doc.raw_column(f.end_line, f.end_column)
            f.spans = [[a, doc.raw_column(a, b), c, doc.raw_column(c, d)] for a, b, c, d in f.spans]
            f.location = doc.locate(f.line, f.column)
            if line is not None and line.file_line:  # a sheet's row, a data file's line
                end = doc.line(f.end_line)
                f.doc_line = f.line
                f.line, f.column = line.file_line, _cell_number(line, f.column)
                f.end_line = (end.file_line if end else f.line) or f.line
                f.end_column = f.column
    findings = [f for f in findings if config.enabled(f.code, shown)]
    findings.sort(key=lambda f: (f.doc_line or f.line, f.column, f.code))  # in document order
    if cache and not failed:
        cache.put(key, findings)
    return FileResult(shown, findings, failed, view=view)


def _cell_number(line, column: int) -> int:
    """The 1-based number of the cell a column of a row falls in (1 where the line has no
    cells): the column a spreadsheet user counts."""
    starts = [start for start, _ in line.cells]
    return max(1, sum(1 for start in starts if start <= column))


# Worker processes without fork: the checks are loaded once per worker, not once per file.
_worker: tuple[Config, dict[str, Check], Cache | None, bool] | None = None


def _init_worker(config: Config, cache: Cache | None, keep_views: bool) -> None:
    global _worker
    _worker = (config, load_checks(tuple(config.checks_dirs)), cache, keep_views)


def _lint_in_worker(path: Path) -> FileResult:
    assert _worker is not None, "initialised by the pool"
    config, checks, cache, keep_views = _worker
    return lint_file(path, config, checks, cache, keep_views)


def _results(
    files: list[Path],
    config: Config,
    checks: dict[str, Check],
    cache: Cache | None,
    jobs: int,
    keep_views: bool = False,
) -> Iterator[tuple[int, FileResult]]:
    """(index in `files`, result), in the order files finish."""
    if jobs <= 1 or len(files) < 2:
        for i, path in enumerate(files):
            yield i, lint_file(path, config, checks, cache, keep_views)
        return
    workers = min(jobs, len(files))
    # small chunks: the last one decides when the run ends, and a report takes about 1 ms
    chunk = max(1, min(8, len(files) // (workers * 16)))
    if "fork" in multiprocessing.get_all_start_methods():
        yield from forked(
            files,
            lambda path: lint_file(path, config, checks, cache, keep_views),
            workers,
            chunk,
        )
        return
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(config, cache, keep_views),
    )
    with pool:
        yield from enumerate(pool.map(_lint_in_worker, files, chunksize=chunk))


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def lint(
    paths: Iterable[str | Path],
    config: Config | None = None,
    *,
    jobs: int = 1,
    cache: Cache | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    keep_views: bool = False,
) -> Result:
    """Lint files and directories; the engine behind `auditlint check` and `auditlint.lint`.
    `keep_views`: keep each document as read, for a reporter that shows it (the review page)."""
    config = config or Config(root=os.getcwd())
    checks = load_checks(tuple(config.checks_dirs))
    config.validate_codes(checks)
    result = Result(rules=checks)
    files = collect((Path(p) for p in paths), config)
    in_order: list[FileResult | None] = [None] * len(files)
    for i, fr in _results(files, config, checks, cache, jobs, keep_views):
        in_order[i] = fr
        if on_file is not None:
            on_file(fr)
    root = project_root_of(config)
    for fr in in_order:
        assert fr is not None, "every file has a result"
        result.files.append(fr.path)
        in_project = project_relative(fr.path, root)
        for f in fr.findings:
            f.project_path = in_project
        result.findings.extend(fr.findings)
        result.internal_error |= fr.failed
        if fr.view is not None:
            result.views[fr.path] = fr.view
    return result


def project_root_of(config: Config) -> Path:
    """The folder paths in baselines, fingerprints and `exclude` are relative to."""
    return Path(config.root).resolve() if config.root else Path.cwd().resolve()


def project_relative(path: str, root: Path) -> str:
    """`path` as seen from the project root (posix), or absolute when outside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return absolute.as_posix()
