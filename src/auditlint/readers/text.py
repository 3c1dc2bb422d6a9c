"""Plain-text and markdown reports: decoding, line splitting, table reconstruction."""

from __future__ import annotations

import re

from auditlint.document import Document, Line
from auditlint.normalise import normalise_lines
from auditlint.readers import ReadProblem

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Lines as editors number them (CRLF, CR and LF all end one); plain `split` when the
    file has no CR, the usual case, as it is 6x faster than the pattern."""
    return text.split("\n") if "\r" not in text else _LINE_BREAK.split(text)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# every byte but those; in UTF-8 and GB18030 such a byte only ever stands for itself
_NOT_CONTROL = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))


def decode(data: bytes) -> tuple[str, str] | ReadProblem:
    """Bytes → (text, encoding). UTF-8 first (it fails loudly), then GB18030, then detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    head = data[:8192]
    if b"\x00" in head:
        return ReadProblem("AL002", "二进制文件，不是文本报告", "binary file, not a text report")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        break
    else:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            return ReadProblem(
                "AL002", "无法识别文件编码，可能是二进制文件", "unknown encoding; binary file?"
            )
        text, encoding = str(best), best.encoding
    sample = text[:4096]
    if encoding in ("utf-8", "gb18030") and not data[: 4 * 4096].translate(None, _NOT_CONTROL):
        return text, encoding  # no control byte, so no control character: the usual case
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 50):
        return ReadProblem("AL002", "二进制文件，不是文本报告", "binary file, not a text report")
    return text, encoding


def decode_nonempty(data: bytes) -> tuple[str, str] | ReadProblem:
    """What every text-based reader starts with: empty is AL003, then :func:`decode`."""
    if not data.strip():
        return ReadProblem("AL003", "空文件，没有可检查的内容", "empty file; nothing to check")
    return decode(data)


def read_text_file(path: str, data: bytes) -> Document | ReadProblem:
    from auditlint.readers.tables import find_tables

    decoded = decode_nonempty(data)
    if isinstance(decoded, ReadProblem):
        return decoded
    text, encoding = decoded
    raws = split_lines(text)
    lines = [
        Line(number=i, raw=raw, text=norm.text, origin=norm.origin)
        for i, (raw, norm) in enumerate(zip(raws, normalise_lines(raws), strict=True), start=1)
    ]
    doc = Document(path=path, lines=lines, encoding=encoding)
    doc.tables = find_tables(lines)
    return doc
