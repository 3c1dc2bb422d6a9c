"""Formats only an office suite reads (.doc, .wps, .et, .dps): converted by LibreOffice
(`soffice --headless --convert-to`) into a temporary folder, with a time limit, then read as
the .docx/.xlsx that comes out. The input is copied, never converted in place; without
LibreOffice the finding names the format and how to read it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from auditlint.document import Document
from auditlint.readers import ReadProblem

TIME_LIMIT = 60  # seconds for one conversion; a file that hangs the converter is ended
# the format each legacy one becomes, and its name for the messages
TARGETS = {
    ".doc": ("docx", "Word 97-2003"),
    ".wps": ("docx", "WPS 文字"),
    ".et": ("xlsx", "WPS 表格"),
}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def unsupported(suffix: str, why_zh: str = "", why_en: str = "") -> ReadProblem:
    target, name = TARGETS[suffix]
    return ReadProblem(
        "AL010",
        f"{name}（{suffix}）文件需要 LibreOffice 才能读取{why_zh}：请安装 LibreOffice"
        f"（soffice 在 PATH 中），或另存为 .{target} 后再检查",
        f"{name} ({suffix}) files need LibreOffice to be read{why_en}: install LibreOffice "
        f"(soffice on PATH), or save the file as .{target} and check that",
    )


def read_converted(path: str, data: bytes) -> Document | ReadProblem:
    from auditlint.readers import parse_bytes

    suffix = Path(path).suffix.lower()
    target, name = TARGETS[suffix]
    exe = soffice()
    if exe is None:
        return unsupported(suffix)
    with tempfile.TemporaryDirectory(prefix="auditlint-") as tmp:
        source = Path(tmp, "in" + suffix)
        source.write_bytes(data)
        profile = Path(tmp, "profile").as_uri()  # its own profile: runs may go in parallel
        cmd = [
            exe,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(Path(tmp, "out")),
            str(source),
        ]
        try:
            proc = subprocess.Popen(
                cmd,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # so the whole converter can be ended
            )
            proc.wait(timeout=TIME_LIMIT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return unsupported(
                suffix,
                f"（LibreOffice 在 {TIME_LIMIT} 秒内未完成转换，已终止）",
                f" (LibreOffice did not finish within {TIME_LIMIT} s and was ended)",
            )
        except OSError as exc:
            return unsupported(
                suffix, f"（无法启动 LibreOffice：{exc}）", f" (cannot start it: {exc})"
            )
        out = Path(tmp, "out", f"in.{target}")
        if not out.is_file():
            return ReadProblem(
                "AL005",
                f"LibreOffice 无法转换此 {name} 文件（已损坏、加密或不是 {suffix}）",
                f"LibreOffice could not convert this {name} file (corrupt, encrypted or not {suffix})",
            )
        converted = out.read_bytes()
    doc = parse_bytes(Path(path).with_suffix(f".{target}"), converted)
    if isinstance(doc, Document):
        doc.path = path
    return doc
