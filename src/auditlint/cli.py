"""Command line: `auditlint check`, `extract`, `rules`, `rule`."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperCommand


class _Command(TyperCommand):
    """Usage lines as click and ruff print them (`PATHS...`), not typer's `{PATHS...}`."""

    def collect_usage_pieces(self, ctx):  # type: ignore[no-untyped-def]
        pieces = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Consistency-audit linter for budget-performance reports (绩效自评报告).",
)

_RANK = {"info": 0, "warning": 1, "error": 2}


class OutputFormat(StrEnum):
    full = "full"
    concise = "concise"
    json = "json"
    junit = "junit"
    sarif = "sarif"
    github = "github"
    html = "html"


class Lang(StrEnum):
    zh = "zh"
    en = "en"


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"auditlint: {message}", err=True)
    return typer.Exit(2)


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for item in values or [] for v in item.split(",") if v.strip()]


def _show_version(value: bool) -> None:
    if value:
        import auditlint

        typer.echo(f"auditlint {auditlint.__version__} ({auditlint.DISTRIBUTION})")
        raise typer.Exit(0)


@app.callback()
def _options(
    version: Annotated[
        bool | None,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = None,
) -> None:
    """Consistency-audit linter for budget-performance reports (绩效自评报告)."""


@app.command(cls=_Command)
def check(
    paths: Annotated[
        list[Path], typer.Argument(help="Report files or directories.", metavar="PATHS...")
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--output-format", "-f", help="How findings are written.")
    ] = OutputFormat.full,
    output_file: Annotated[
        Path | None, typer.Option("--output-file", "-o", help="Write findings here.")
    ] = None,
    lang: Annotated[Lang | None, typer.Option(help="Message language.")] = None,
    select: Annotated[list[str] | None, typer.Option(help="Codes or prefixes to run.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Codes or prefixes to skip.")] = None,
    config: Annotated[Path | None, typer.Option(help="auditlint.toml or pyproject.toml.")] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Globs a directory walk leaves out (e.g. 'old/*').")
    ] = None,
    fail_on: Annotated[Severity | None, typer.Option(help="Lowest severity that fails.")] = None,
    exit_zero: Annotated[bool, typer.Option(help="Exit 0 even with findings.")] = False,
    statistics: Annotated[bool, typer.Option(help="Count findings per rule.")] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print findings only; nothing when clean.")
    ] = False,
    baseline: Annotated[
        Path | None, typer.Option(help="Findings recorded in this file pass.")
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option(help="Write the current findings to --baseline and exit 0.")
    ] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: cores).")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not read or write the cache.")
    ] = False,
    cache_dir: Annotated[Path | None, typer.Option(help="Cache directory.")] = None,
    color: Annotated[bool | None, typer.Option("--color/--no-color")] = None,
) -> None:
    """Check reports; exit 1 when a finding is at or above --fail-on."""
    from auditlint.baseline import BaselineError, apply_baseline, load_baseline, write_baseline
    from auditlint.cache import open_cache
    from auditlint.config import ConfigError, load_config
    from auditlint.loader import CheckLoadError
    from auditlint.progress import progress_for
    from auditlint.reporters import render
    from auditlint.runner import collect, default_jobs, lint

    if update_baseline and baseline is None:
        raise _fail("--update-baseline needs --baseline FILE")
    try:
        cfg = load_config(config)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    if select:
        cfg.select = _split(select)
    if ignore:
        cfg.ignore = cfg.ignore + _split(ignore)
    cfg.normalise_codes()
    if exclude:
        cfg.exclude = cfg.exclude + _split(exclude)
    language = lang.value if lang else cfg.lang
    threshold = fail_on.value if fail_on else cfg.fail_on
    cache = None
    if not no_cache:
        cache = open_cache(cfg, cache_dir)
    try:
        accepted = load_baseline(baseline) if baseline and not update_baseline else None
        files = collect(paths, cfg)  # walked once; lint() takes the files as they are
        with progress_for(len(files), enabled=not quiet) as advance:
            result = lint(
                files,
                cfg,
                jobs=jobs or default_jobs(),
                cache=cache,
                on_file=advance,
                keep_views=output_format is OutputFormat.html,
            )
    except (CheckLoadError, BaselineError, ConfigError) as exc:
        raise _fail(str(exc)) from None
    if update_baseline and baseline is not None:
        try:
            write_baseline(baseline, result.findings)
        except OSError as exc:
            raise _fail(f"cannot write baseline {baseline}: {exc.strerror}") from None
        n = len(result.findings)
        typer.echo(
            f"auditlint: {n} finding(s) written to {baseline}"
            if language == "en"
            else f"auditlint：已将 {n} 个问题记入基线 {baseline}",
            err=True,
        )
        raise typer.Exit(2 if result.internal_error else 0)
    if accepted:
        result.findings, result.baselined = apply_baseline(result.findings, accepted)
    if output_file is not None:
        with output_file.open("w", encoding="utf-8") as out:
            render(result, output_format.value, out, language, False, statistics, quiet)
    else:
        render(result, output_format.value, sys.stdout, language, color, statistics, quiet)
    if result.internal_error:
        raise typer.Exit(2)
    failing = [f for f in result.findings if _RANK[f.severity] >= _RANK[threshold]]
    raise typer.Exit(1 if failing and not exit_zero else 0)


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


@app.command(cls=_Command)
def extract(
    path: Annotated[Path, typer.Argument(help="One report file.", metavar="PATH")],
    format: Annotated[ExtractFormat, typer.Option("--format")] = ExtractFormat.table,
) -> None:
    """Show what was understood in a report: facts, relations and tables."""
    from auditlint.extract import extract as run_extract
    from auditlint.readers import ReadProblem, read_path
    from auditlint.reporters.extraction import (
        show_extraction,
        write_extraction_json,
        write_extraction_yaml,
    )

    doc = read_path(path)
    if isinstance(doc, ReadProblem):
        raise _fail(f"{path}: {doc.code} {doc.message_en}")
    result = run_extract(doc)
    if format is ExtractFormat.json:
        write_extraction_json(result, sys.stdout)
    elif format is ExtractFormat.yaml:
        write_extraction_yaml(result, sys.stdout)
    else:
        show_extraction(result)


@app.command(cls=_Command)
def rules() -> None:
    """List every check: code, name, default severity, summary."""
    from rich.console import Console
    from rich.table import Table

    from auditlint import engine_rules  # noqa: F401
    from auditlint.loader import load_checks

    table = Table("code", "name", "severity", "summary", box=None)
    for c in load_checks().values():
        table.add_row(c.code, c.name, c.severity, c.summary)
    Console().print(table)


@app.command(cls=_Command)
def rule(
    code: Annotated[str, typer.Argument(help="A check code, e.g. AL201.", metavar="CODE")],
) -> None:
    """Print one check's documentation."""
    from auditlint import engine_rules  # noqa: F401
    from auditlint.loader import load_checks

    found = load_checks().get(code.upper())
    if found is None:
        raise _fail(f"no such rule: {code}")
    typer.echo(found.documentation)


def main() -> None:
    try:
        app(prog_name="auditlint")
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
