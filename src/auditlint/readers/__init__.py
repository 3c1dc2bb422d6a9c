"""Readers turn a file into a Document, or into a ReadProblem that becomes a finding.

Reading is two steps so the runner can hash a file's bytes (for the cache) before any parsing:
:func:`load_bytes` touches the file system once, :func:`parse_bytes` picks the reader by suffix.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from auditlint.document import Document

MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".tsv"}
DATA_SUFFIXES = {".yaml", ".yml", ".json"}
OFFICE_SUFFIXES = {".docx", ".xlsx", ".xls", ".odt", ".ods", ".rtf"}
CONVERTED_SUFFIXES = {".doc", ".wps", ".et"}  # through LibreOffice (readers/convert.py)
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}  # scans, read by OCR (the optional extra)
# every format a report comes in: a directory walk takes them all, and a format that cannot be
# read here is a finding that says how to read it, never a file silently passed over
REPORT_SUFFIXES = (
    TEXT_SUFFIXES
    | DATA_SUFFIXES
    | OFFICE_SUFFIXES
    | CONVERTED_SUFFIXES
    | IMAGE_SUFFIXES
    | {".csv", ".pdf", ".html", ".htm"}
)


@dataclass(frozen=True)
class ReadProblem:
    """Why a file could not be read; the runner reports it as an AL0xx finding."""

    code: str
    message_zh: str
    message_en: str
    line: int = 1  # where in the file, when known (structured data errors)


def load_bytes(path: Path) -> bytes | ReadProblem:
    """The file's bytes, or why they cannot be had; never raises for a bad file."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            return ReadProblem("AL001", "是目录，不是文件", "is a directory, not a file")
        size = info.st_size
        if size > MAX_BYTES:
            return ReadProblem(
                "AL004",
                f"文件过大（{size} 字节，上限 {MAX_BYTES}），未检查",
                f"file too large ({size} bytes, limit {MAX_BYTES}); not checked",
            )
        # read(size + 1), not read(MAX_BYTES + 1): Python allocates the whole request first,
        # 50 MiB per file. Still bounded if the file grows after stat().
        with open(path, "rb", buffering=0) as fh:
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(MAX_BYTES + 1 - len(data))
    except FileNotFoundError:
        return ReadProblem("AL001", "文件不存在或已被移走", "file does not exist or was removed")
    except PermissionError:
        return ReadProblem("AL001", "没有读取权限", "permission denied")
    except OSError as exc:
        return ReadProblem("AL001", f"无法读取：{exc.strerror}", f"cannot read: {exc.strerror}")
    if len(data) > MAX_BYTES:
        return ReadProblem(
            "AL004",
            f"文件过大（超过 {MAX_BYTES} 字节），未检查",
            f"file too large (over {MAX_BYTES} bytes); not checked",
        )
    return data


def parse_bytes(path: Path, data: bytes) -> Document | ReadProblem:
    """Pick the reader by suffix; readers import their parsing library on first use."""
    suffix = path.suffix.lower()
    shown = path.as_posix()
    if suffix == ".docx":
        from auditlint.readers.docx import read_docx as reader
    elif suffix == ".xlsx":
        from auditlint.readers.sheets import read_xlsx as reader
    elif suffix == ".xls":
        from auditlint.readers.sheets import read_xls as reader
    elif suffix == ".odt":
        from auditlint.readers.odf import read_odt as reader
    elif suffix == ".ods":
        from auditlint.readers.odf import read_ods as reader
    elif suffix == ".rtf":
        from auditlint.readers.rtf import read_rtf as reader
    elif suffix in IMAGE_SUFFIXES:
        from auditlint.readers.image import read_image as reader
    elif suffix in CONVERTED_SUFFIXES:
        from auditlint.readers.convert import read_converted as reader
    elif suffix == ".csv":
        from auditlint.readers.sheets import read_csv as reader
    elif suffix == ".pdf":
        from auditlint.readers.pdf import read_pdf as reader
    elif suffix in (".html", ".htm"):
        from auditlint.readers.html import read_html as reader
    elif suffix in DATA_SUFFIXES:
        from auditlint.readers.data import read_report_data as reader
    else:
        from auditlint.readers.text import read_text_file as reader
    if not data.strip():
        return ReadProblem("AL003", "空文件，没有可检查的内容", "empty file; nothing to check")
    return reader(shown, data)


def read_path(path: Path) -> Document | ReadProblem:
    data = load_bytes(path)
    if isinstance(data, ReadProblem):
        return data
    return parse_bytes(path, data)


def wanted_in_directory(path: Path) -> bool:
    """A directory walk takes every report file, but .yaml/.json only when they declare the
    report-data format: a reports folder also holds configs that are not reports."""
    if path.suffix.lower() not in DATA_SUFFIXES:
        return True
    try:
        with path.open("rb") as fh:
            return b"auditlint-report/" in fh.read(4096)
    except OSError:
        return True  # let the reader report why it cannot be read
