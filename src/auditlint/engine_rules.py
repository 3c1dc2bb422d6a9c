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


@check(code="AL005", name="corrupt-document", severity="error")
def corrupt_document(ctx):  # pragma: no cover - documentation only
    """A .docx, .xlsx, .pdf or .csv file that is truncated, corrupt or not what its name says.

    ## What it does
    Reports the file when its container or content cannot be parsed; the others are checked.

    ## Why is this bad?
    A damaged export cannot be reviewed; ask for the file again.

    ## Example
    `AL005 文档已损坏或被截断（不是有效的 .docx）`
    """
    return ()


@check(code="AL006", name="expansion-limit", severity="error")
def expansion_limit(ctx):  # pragma: no cover - documentation only
    """A compressed document that would expand beyond the limits (a zip bomb), or too deep.

    ## What it does
    Reads the sizes a .docx/.xlsx archive declares before opening it and refuses archives
    that expand above 200 MB in all or more than 100× per member; refuses HTML nested deeper
    than 500 elements. Memory stays bounded whatever the input.

    ## Why is this bad?
    No report needs that; such a file is broken or hostile.

    ## Example
    `AL006 压缩文档解压后过大（超过 200 MB），未检查`
    """
    return ()


@check(code="AL007", name="unsafe-xml", severity="error")
def unsafe_xml(ctx):  # pragma: no cover - documentation only
    """XML inside a document declares a DTD or entities (XXE, billion laughs).

    ## What it does
    Office documents never need a DTD; a part that declares one is refused unread, so no
    external entity is fetched and no entity is expanded.

    ## Why is this bad?
    External entities can read local files or reach the network; nested entities exhaust memory.

    ## Example
    `AL007 文档中的 XML 声明了 DTD/实体，出于安全未读取`
    """
    return ()


@check(code="AL008", name="encrypted-document", severity="error")
def encrypted_document(ctx):  # pragma: no cover - documentation only
    """A password-protected PDF or Office document.

    ## What it does
    Reports the file; auditlint does not guess passwords.

    ## Why is this bad?
    The content cannot be checked; ask for an unprotected copy.

    ## Example
    `AL008 文档已加密，无法读取`
    """
    return ()


@check(code="AL009", name="report-data-invalid", severity="error")
def report_data_invalid(ctx):  # pragma: no cover - documentation only
    """Structured report data (.yaml/.yml/.json) that does not follow the documented format.

    ## What it does
    Validates the data against the auditlint report-data format and reports each error with
    its path in the data (`tables[0].rows[3]`), at the line where that value is written.

    ## Why is this bad?
    Hand-corrected data with a wrong type or a missing field would be checked wrongly or not at
    all.

    ## Example
    `AL009 facts[2].value: 应为数字，实际为 "八十六"`
    """
    return ()


@check(code="AL010", name="needs-converter", severity="error")
def needs_converter(ctx):  # pragma: no cover - documentation only
    """A legacy office file (.doc, .wps, .et) that only an office suite can read.

    ## What it does
    With LibreOffice installed (`soffice` on PATH), auditlint converts the file into a temporary
    folder (never in place, with a time limit of 60 s) and checks what it holds. Without it, or
    when the conversion hangs, this finding names the format and how to read it.

    ## Why is this bad?
    A report that is not read is not checked; a gate that passed it silently would approve what
    nobody read.

    ## Example
    `AL010 Word 97-2003（.doc）文件需要 LibreOffice 才能读取：请安装 LibreOffice，或另存为 .docx 后再检查`
    """
    return ()


@check(code="AL011", name="image-only-pages", severity="error")
def image_only_pages(ctx):  # pragma: no cover - documentation only
    """PDF pages that are only images (scans): their text cannot be checked.

    ## What it does
    Names the pages of a PDF that carry images but no text layer. When every page is such a
    page nothing was checked; otherwise the other pages were, and this finding says which were
    not. An error, so a gate does not pass a report that nobody read.

    ## Why is this bad?
    A scanned table can hold the very figures that disagree; a clean result on it means nothing.

    ## Example
    `AL011 第 3–5 页只有图像（扫描件），没有文字，未检查：请索取带文字层的 PDF，或先用 OCR 软件识别`
    """
    return ()
