"""SARIF 2.1.0, the format GitHub code scanning and other CI tools ingest.

Every rule that was loaded is described in `tool.driver.rules` (id, name, help from the
check's docs), each result points to its rule by id and index, and carries the finding's
fingerprint under `partialFingerprints` so code scanning tracks it across commits even when
lines move. Columns count Unicode code points (`columnKind`), as auditlint's columns do;
SARIF's `endColumn` is exclusive, auditlint's is inclusive, hence the +1.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from auditlint import HOMEPAGE
from auditlint.api import Check, Finding
from auditlint.cache import package_version
from auditlint.runner import Result

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "auditlint/v1"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _rule(c: Check) -> dict[str, Any]:
    doc = inspect.cleandoc(c.doc) if c.doc else c.name
    return {
        "id": c.code,
        "name": c.name,
        "shortDescription": {"text": c.summary or c.name},
        "fullDescription": {"text": doc},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": _LEVEL.get(c.severity, "warning")},
        "properties": {"tags": ["consistency", "budget-performance"]},
    }


def _uri(path: str) -> dict[str, Any]:
    """An artifact location per RFC 3986: a Chinese file name, a space or a `#` written raw
    gives an invalid URI, or one that resolves to another file (`#` starts a fragment)."""
    p = Path(path)
    if p.is_absolute():
        return {"uri": p.as_uri()}  # file:// URIs come percent-encoded from pathlib
    # every character but the unreserved ones and `/` is encoded (a `:` in the first segment
    # would read as a scheme); non-ASCII characters as their UTF-8 bytes
    return {"uri": quote(p.as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}


def _location(f: Finding, region: dict[str, Any]) -> dict[str, Any]:
    loc: dict[str, Any] = {"physicalLocation": {"artifactLocation": _uri(f.path), "region": region}}
    if f.where:  # a cell or paragraph of a .docx/.xlsx/.pdf/.html, as a person finds it
        loc["message"] = {"text": f.where}
    return loc


def _result(f: Finding, index: dict[str, int], lang: str) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": max(f.line, 1),
        "startColumn": max(f.column, 1),
        "endLine": max(f.end_line, f.line, 1),
        "endColumn": max(f.end_column, 0) + 1,
    }
    if f.source.strip():
        region["snippet"] = {"text": f.source}
    out: dict[str, Any] = {
        "ruleId": f.code,
        "level": _LEVEL.get(f.severity, "warning"),
        "message": {"text": f.message_en if lang == "en" else f.message},
        "locations": [_location(f, region)],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {"values": f.values},
    }
    if f.code in index:
        out["ruleIndex"] = index[f.code]
    return out


def build_sarif(result: Result, lang: str) -> dict[str, Any]:
    rules = list(result.rules.values())
    index = {c.code: i for i, c in enumerate(rules)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "auditlint",
                        "version": package_version(),
                        "informationUri": HOMEPAGE,
                        "rules": [_rule(c) for c in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
                "artifacts": [{"location": _uri(p)} for p in result.files],
                "results": [_result(f, index, lang) for f in result.findings],
                "invocations": [{"executionSuccessful": not result.internal_error}],
            }
        ],
    }


def write_sarif(result: Result, out: TextIO, lang: str) -> None:
    json.dump(build_sarif(result, lang), out, ensure_ascii=False, indent=2)
    out.write("\n")
