"""Structured report data (.yaml/.yml/.json): the format `auditlint extract --format yaml|json`
writes, so an extraction can be reviewed, corrected by hand, committed and linted in CI.

Format `auditlint-report/1` (a mapping):

- `format` (required): `auditlint-report/1`.
- `source` (optional): the file the data came from.
- `lines` (optional): the report's prose, one string per line.
- `tables` (optional): each `{rows: [[cell, …], …]}`; a cell is a string, a number or null.
- `facts` (optional): when present they are used as written, with no extraction. Each needs
  `id` (integer), `value` (number or numeric string), `unit` and `label` (strings); `text`
  (as printed; default the value), `decimals`, `section`, `scope`, `role`, `concept`,
  `qualifier`, `period`, `source`, `table`, `row`, `col`, `malformed` are optional.
- `relations` (optional, with `facts`): each `{kind, roles: {role: id or [ids]}, extra}`.

Location scheme: findings point to the line of the data file where the fact, line or table
row is written; `location` gives its path in the data (`facts[3]`, `tables[0].rows[2][1]`).
Format errors are AL009 findings at the offending value's line, with its path.
JSON is read with the YAML parser (JSON is YAML), which is what gives every value a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from auditlint.document import Document, Line
from auditlint.extract.model import Fact, Relation
from auditlint.normalise import normalise_text
from auditlint.readers import ReadProblem
from auditlint.readers.builder import DocumentBuilder

FORMAT = "auditlint-report/1"
MAX_NODES = 1_000_000
_FACT_TEXT = (
    "concept",
    "qualifier",
    "period",
    "section",
    "scope",
    "context",
    "source",
    "role",
    "text",
)
_FACT_INT = ("table", "row", "col", "decimals")


class DataError(Exception):
    def __init__(self, path: str, line: int, zh: str, en: str) -> None:
        super().__init__(en)
        self.path, self.line, self.zh, self.en = path, line, zh, en


@dataclass
class _Node:
    value: Any
    line: int


def _plain(node, path: str, budget: list[int]) -> _Node:
    """YAML node → values wrapped with their line; aliases count, so a billion laughs stops."""
    import yaml

    budget[0] += 1
    if budget[0] > MAX_NODES:
        raise DataError(path, node.start_mark.line + 1, "数据过大或别名嵌套过深", "too many values")
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, _Node] = {}
        for k, v in node.value:
            key = str(k.value)
            out[key] = _plain(v, f"{path}.{key}" if path else key, budget)
        return _Node(out, line)
    if isinstance(node, yaml.SequenceNode):
        return _Node([_plain(v, f"{path}[{i}]", budget) for i, v in enumerate(node.value)], line)
    value = yaml.SafeLoader.construct_scalar(yaml.SafeLoader(""), node)
    if node.tag.endswith(":int"):
        value = int(value)
    elif node.tag.endswith(":float"):
        value = Decimal(value) if value.replace(".", "", 1).lstrip("-+").isdigit() else value
    elif node.tag.endswith(":null"):
        value = None
    elif node.tag.endswith(":bool"):
        value = value.lower() in ("true", "yes", "on")
    return _Node(value, line)


def _unwrap(node: _Node) -> Any:
    if isinstance(node.value, dict):
        return {k: _unwrap(v) for k, v in node.value.items()}
    if isinstance(node.value, list):
        return [_unwrap(v) for v in node.value]
    return node.value


def _want(node: _Node, kind: type | tuple[type, ...], path: str, what_zh: str) -> Any:
    if not isinstance(node.value, kind) or (kind is int and isinstance(node.value, bool)):
        shown = (
            repr(node.value)
            if not isinstance(node.value, dict | list)
            else type(node.value).__name__
        )
        raise DataError(
            path, node.line, f"应为{what_zh}，实际为 {shown}", f"expected {kind}, got {shown}"
        )
    return node.value


def _number(node: _Node, path: str) -> tuple[Decimal, str]:
    raw = node.value
    if isinstance(raw, bool) or raw is None or isinstance(raw, dict | list):
        raise DataError(
            path, node.line, f"应为数字，实际为 {raw!r}", f"expected a number, got {raw!r}"
        )
    text = str(raw)
    try:
        return Decimal(text.replace(",", "")), text
    except InvalidOperation:
        raise DataError(
            path, node.line, f"应为数字，实际为 {text!r}", f"expected a number, got {text!r}"
        ) from None


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


class _Reader:
    def __init__(self, path: str, root: _Node) -> None:
        self.root = root
        self.builder = DocumentBuilder(path, "report-data")
        self.origin: dict[int, int] = {}  # document line → data-file line

    def _line(self, text: str, where: str, data_line: int) -> int:
        self.builder.paragraph(text, where)
        number = len(self.builder.lines)
        self.origin[number] = data_line
        return number

    def read(self) -> Document:
        top = _want(self.root, dict, "", "映射（mapping）")
        fmt = top.get("format")
        if fmt is None or fmt.value != FORMAT:
            line = fmt.line if fmt else self.root.line
            raise DataError("format", line, f"应为 {FORMAT}", f"expected format: {FORMAT}")
        for i, item in enumerate(
            _want(top["lines"], list, "lines", "列表") if "lines" in top else []
        ):
            text = _want(item, str, f"lines[{i}]", "字符串")
            self._line(text, f"lines[{i}]", item.line)
        for t, table in enumerate(
            _want(top["tables"], list, "tables", "列表") if "tables" in top else []
        ):
            self._table(table, f"tables[{t}]")
        facts = relations = None
        if "facts" in top:
            facts = [
                self._fact(f, f"facts[{i}]")
                for i, f in enumerate(_want(top["facts"], list, "facts", "列表"))
            ]
            ids = {f.id for f in facts}
            raw = _want(top["relations"], list, "relations", "列表") if "relations" in top else []
            relations = [self._relation(r, f"relations[{i}]", ids) for i, r in enumerate(raw)]
        doc = self.builder.build()
        doc.lines = [
            Line(
                ln.number,
                ln.raw,
                ln.text,
                ln.where,
                ln.cells,
                self.origin.get(ln.number, 0),
                ln.origin,
            )
            for ln in doc.lines
        ]
        if facts is not None:
            doc.given = (facts, relations or [])
        return doc

    def _table(self, node: _Node, path: str) -> None:
        table = _want(node, dict, path, "映射（mapping）")
        if "rows" not in table:
            raise DataError(path, node.line, "缺少 rows", "missing rows")
        rows_node = table["rows"]
        rows: list[list[str]] = []
        lines: list[int] = []
        for r, row in enumerate(_want(rows_node, list, f"{path}.rows", "列表")):
            cells = _want(row, list, f"{path}.rows[{r}]", "列表")
            out = []
            for c, cell in enumerate(cells):
                if isinstance(cell.value, dict | list | bool):
                    raise DataError(
                        f"{path}.rows[{r}][{c}]",
                        cell.line,
                        "单元格应为文字或数字",
                        "a cell is text or a number",
                    )
                out.append("" if cell.value is None else str(cell.value))
            rows.append(out)
            lines.append(row.line)
        start = len(self.builder.lines)
        self.builder.table(
            rows,
            lambda r: f"{path}.rows[{r}]",
            lambda r, c: f"{path}.rows[{r}][{c}]",
            "report-data",
        )
        for r, data_line in enumerate(lines):
            self.origin[start + r + 1] = data_line

    def _fact(self, node: _Node, path: str) -> Fact:
        item = _want(node, dict, path, "映射（mapping）")
        for key in ("id", "value", "unit", "label"):
            if key not in item:
                raise DataError(path, node.line, f"缺少字段 {key}", f"missing field {key}")
        fact_id = _want(item["id"], int, f"{path}.id", "整数")
        value, printed = _number(item["value"], f"{path}.value")
        unit = _want(item["unit"], str, f"{path}.unit", "字符串")
        label = _want(item["label"], str, f"{path}.label", "字符串")
        extra: dict[str, Any] = {}
        for key in _FACT_TEXT:
            if key in item:
                extra[key] = str(_want(item[key], (str, int, Decimal), f"{path}.{key}", "字符串"))
        for key in _FACT_INT:
            if key in item:
                extra[key] = _want(item[key], int, f"{path}.{key}", "整数")
        if "malformed" in item:
            extra["malformed"] = _want(item["malformed"], bool, f"{path}.malformed", "布尔值")
        text = extra.pop("text", printed)
        decimals = extra.pop("decimals", _decimals(text.replace(",", "")))
        shown = f"{label} {text}{unit}"
        number = self._line(shown, path, node.line)
        start = len(label) + 2
        return Fact(
            id=fact_id,
            value=value,
            decimals=decimals,
            text=text,
            unit=unit,
            label=normalise_text(label),
            line=number,
            column=start,
            end_line=number,
            end_column=start + len(text) - 1,
            **extra,
        )

    def _relation(self, node: _Node, path: str, ids: set[int]) -> Relation:
        item = _want(node, dict, path, "映射（mapping）")
        kind = _want(item["kind"], str, f"{path}.kind", "字符串") if "kind" in item else None
        if kind is None or "roles" not in item:
            raise DataError(path, node.line, "缺少 kind 或 roles", "missing kind or roles")
        roles: dict[str, Any] = {}
        for role, ref in _want(item["roles"], dict, f"{path}.roles", "映射（mapping）").items():
            where = f"{path}.roles.{role}"
            refs = ref.value if isinstance(ref.value, list) else [ref]
            for r in refs:
                if r.value is None or isinstance(r.value, str):
                    continue  # a role that names no fact (as extraction writes some)
                fact_id = _want(r, int, where, "事实 id（整数）")
                if fact_id not in ids:
                    raise DataError(
                        where, r.line, f"没有 id 为 {fact_id} 的事实", f"no fact with id {fact_id}"
                    )
            roles[role] = _unwrap(ref)
        extra: dict[str, Any] = {}
        if "extra" in item:
            _want(item["extra"], dict, f"{path}.extra", "映射（mapping）")
            extra = _unwrap(item["extra"])
        number = self._line(f"{kind}", path, node.line)
        return Relation(kind=kind, roles=roles, line=number, extra=extra)


def read_report_data(path: str, data: bytes) -> Document | ReadProblem:
    import yaml

    from auditlint.readers.text import decode

    decoded = decode(data)
    if isinstance(decoded, ReadProblem):
        return decoded
    text, _encoding = decoded
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return ReadProblem("AL009", f"无法解析：{exc}", f"cannot parse: {exc}", line)
    if root is None:
        return ReadProblem("AL003", "空文件，没有可检查的内容", "empty file; nothing to check")
    try:
        return _Reader(path, _plain(root, "", [0])).read()
    except DataError as err:
        where = err.path or "(root)"
        return ReadProblem("AL009", f"{where}: {err.zh}", f"{where}: {err.en}", err.line)
    except RecursionError:
        return ReadProblem("AL006", "数据嵌套过深，未检查", "data nested too deeply; not checked")
