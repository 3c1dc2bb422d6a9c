"""Findings the engine itself raises about files it cannot check (documented like checks)."""

from __future__ import annotations

from auditlint.api import check


@check(code="AL000", name="internal-error", severity="error")
def internal_error(ctx):  # pragma: no cover - documentation only
    """A check failed on this file; the others ran. Please report it with the file.

    ## What it does
    Reports a check that raised instead of finishing; the run goes on and exits with status 2.

    ## Why is this bad?
    The file was not fully checked.

    ## Example
    `AL000 check AL201 failed: ZeroDivisionError`
    """
    return ()


@check(code="AL001", name="unreadable-file", severity="error")
def unreadable_file(ctx):  # pragma: no cover - documentation only
    """The file cannot be read: missing, removed during the run, or no permission.

    ## What it does
    Reports the file instead of crashing; the other files are checked.

    ## Why is this bad?
    An unchecked report must not pass a gate silently.

    ## Example
    `AL001 没有读取权限`
    """
    return ()


@check(code="AL002", name="not-a-text-report", severity="error")
def not_text(ctx):  # pragma: no cover - documentation only
    """The file is binary or in an encoding that cannot be recognised.

    ## What it does
    Detects binary content (NUL bytes, control characters) and undecodable text. UTF-8,
    UTF-8 with BOM, UTF-16 with BOM and GB18030/GBK are read.

    ## Why is this bad?
    A binary file with a report's name is not what it claims to be.

    ## Example
    `AL002 二进制文件，不是文本报告`
    """
    return ()


@check(code="AL003", name="empty-file", severity="warning")
def empty_file(ctx):  # pragma: no cover - documentation only
    """The file is empty or holds only whitespace.

    ## What it does
    Reports the empty file.

    ## Why is this bad?
    An empty submission is almost always a failed export.

    ## Example
    `AL003 空文件，没有可检查的内容`
    """
    return ()


@check(code="AL004", name="file-too-large", severity="error")
def too_large(ctx):  # pragma: no cover - documentation only
    """The file is larger than the limit (50 MB) and was not read.

    ## What it does
    Refuses files above the limit so that memory stays bounded.

    ## Why is this bad?
    No real report is that large; the file is probably not a report.

    ## Example
    `AL004 文件过大`
    """
    return ()
