"""Safety checks on Office (zip) containers before any parser sees them.

The sizes a zip declares are checked against limits first (a zip bomb is refused unread),
then every XML part's prolog is checked for a DTD or entity declaration (XXE, billion
laughs): Office XML never needs one. Parsers afterwards run with entity resolution off.
"""

from __future__ import annotations

import io
import zipfile

from auditlint.readers import ReadProblem

MAX_EXPANDED = 200 * 1024 * 1024  # all members together
MAX_RATIO = 100  # per member, for members above 1 MB
MAX_MEMBERS = 10_000
_PROLOG_BYTES = 64 * 1024


def corrupt(kind: str) -> ReadProblem:
    return ReadProblem(
        "AL005",
        f"文档已损坏或被截断（不是有效的 {kind}）",
        f"corrupt or truncated document (not a valid {kind})",
    )


def encrypted() -> ReadProblem:
    return ReadProblem("AL008", "文档已加密，无法读取", "document is encrypted; cannot read it")


def check_zip(data: bytes, kind: str) -> zipfile.ZipFile | ReadProblem:
    """The opened archive if it is safe to parse, else the reason it is not."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE container: an encrypted OOXML or a .doc
        return encrypted() if b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data else corrupt(kind)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return corrupt(kind)
    total = sum(m.file_size for m in members)
    bomb = len(members) > MAX_MEMBERS or total > MAX_EXPANDED
    bomb |= any(
        m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1)
        for m in members
    )
    if bomb:
        return ReadProblem(
            "AL006",
            f"压缩文档解压后过大（{total} 字节，上限 {MAX_EXPANDED}），未检查",
            f"archive would expand to {total} bytes (limit {MAX_EXPANDED}); not checked",
        )
    if any(m.flag_bits & 0x1 for m in members):
        return encrypted()
    for m in members:
        if not m.filename.endswith((".xml", ".rels")):
            continue
        try:
            with archive.open(m) as part:
                head = part.read(_PROLOG_BYTES)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError):
            return corrupt(kind)
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            return ReadProblem(
                "AL007",
                f"文档中的 XML（{m.filename}）声明了 DTD/实体，出于安全未读取",
                f"XML part {m.filename} declares a DTD/entities; refused for safety",
            )
    return archive
