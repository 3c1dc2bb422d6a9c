"""Readers turn a file into a Document, or into a ReadProblem that becomes a finding."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditlint.document import Document

MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


@dataclass(frozen=True)
class ReadProblem:
    """Why a file could not be read; the runner reports it as an AL0xx finding."""

    code: str
    message_zh: str
    message_en: str


def read_path(path: Path) -> Document | ReadProblem:
    """Pick the reader by suffix; never raises for a bad file."""
    from auditlint.readers.text import read_text_file

    try:
        if path.is_dir():
            return ReadProblem("AL001", "是目录，不是文件", "is a directory, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            return ReadProblem(
                "AL004",
                f"文件过大（{size} 字节，上限 {MAX_BYTES}），未检查",
                f"file too large ({size} bytes, limit {MAX_BYTES}); not checked",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        return ReadProblem("AL001", "文件不存在或已被移走", "file does not exist or was removed")
    except PermissionError:
        return ReadProblem("AL001", "没有读取权限", "permission denied")
    except OSError as exc:
        return ReadProblem("AL001", f"无法读取：{exc.strerror}", f"cannot read: {exc.strerror}")
    return read_text_file(str(path), data)
