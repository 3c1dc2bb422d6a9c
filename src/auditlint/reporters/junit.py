"""JUnit XML in the shape Jenkins and GitLab read: one <testsuite> per checked file.

A file without findings is one passing <testcase>; each finding is a <testcase> with a
<failure> (a file that could not be checked, AL000–AL009, gives an <error> instead), whose
`message` holds code and message and whose text holds location, message, values and source.
"""

from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import UTC, datetime
from typing import TextIO

from auditlint.api import Finding
from auditlint.runner import Result

ENGINE_CODES = {f"AL0{i:02d}" for i in range(100)}  # the file could not be checked
# characters XML 1.0 cannot carry at all, even escaped (a report line may hold them)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def case_names(findings: list[Finding]) -> list[str]:
    """One name per finding of a file, stable when lines are added above it (no line:col, which
    renamed the test in GitLab on every edit) and unique within the file (GitLab keeps only the
    first of a classname + name): rule and values, then the labels compared, then a count."""

    def values(f: Finding) -> str:
        return ", ".join(str(v) for v in f.values[:6]) + (", …" if len(f.values) > 6 else "")

    names = [f"{f.code} {f.name} ({values(f)})" for f in findings]
    repeated = Counter(names)
    names = [
        f"{n} [{_xml_safe(f.key)}]" if repeated[n] > 1 and f.key else n
        for n, f in zip(names, findings, strict=True)
    ]
    seen: Counter[str] = Counter()
    unique = []
    for n in names:
        seen[n] += 1
        unique.append(n if seen[n] == 1 else f"{n} #{seen[n]}")
    return unique


def _case(f: Finding, name: str, lang: str) -> ET.Element:
    msg = _xml_safe(f.message_en if lang == "en" else f.message)
    case = ET.Element("testcase", name=name, classname=f.path, time="0")
    tag = "error" if f.code in ENGINE_CODES else "failure"
    body = ET.SubElement(case, tag, message=f"{f.code} {msg}", type=f"{f.code}/{f.severity}")
    values = ", ".join(str(v) for v in f.values)
    lines = [f"{f.place}: {f.code} [{f.severity}] {msg}"]
    if values:
        lines.append(f"values: {values}")
    if f.source.strip():
        lines.append(f"{f.line:>5} | {_xml_safe(f.source)}")
    body.text = "\n".join(lines)
    return case


def build_junit(result: Result, lang: str) -> ET.Element:
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in result.findings:
        by_file[f.path].append(f)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    host = socket.gethostname() or "localhost"
    root = ET.Element("testsuites", name="auditlint")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for i, path in enumerate(result.files):
        found = by_file.get(path, [])
        errors = sum(f.code in ENGINE_CODES for f in found)
        counts = {"tests": max(len(found), 1), "failures": len(found) - errors, "errors": errors}
        suite = ET.SubElement(
            root,
            "testsuite",
            name=path,
            id=str(i),
            file=path,
            timestamp=stamp,
            hostname=host,
            skipped="0",
            time="0",
            **{k: str(v) for k, v in counts.items()},
        )
        if found:
            names = case_names(found)
            suite.extend(_case(f, n, lang) for f, n in zip(found, names, strict=True))
        else:
            ET.SubElement(suite, "testcase", name="auditlint", classname=path, time="0")
        for k, v in counts.items():
            totals[k] += v
    root.attrib.update({k: str(v) for k, v in totals.items()}, time="0")
    return root


def write_junit(result: Result, out: TextIO, lang: str) -> None:
    root = build_junit(result, lang)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
