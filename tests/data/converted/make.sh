#!/usr/bin/env bash
# How the fixtures in this folder were made, with real tools (LibreOffice 7.4 headless), from
# the seed reports in sample_reports/ and from a spreadsheet the test helpers write. Run from
# the repository root; needs soffice on PATH. The tests compare each with its source's findings.
set -euo pipefail
out=tests/data/converted
work=$(mktemp -d)
for seed in 000 003; do
    cp sample_reports/${seed}_*.txt "$work/seed$seed.txt"
    for fmt in odt doc rtf; do
        soffice --headless --convert-to $fmt --outdir "$out" "$work/seed$seed.txt" >/dev/null
    done
done
# the seed 003 tables as a workbook (tests/report_files.py), then .xls and .ods from it
.venv/bin/python - "$work/tables003.xlsx" <<'PY'
import sys
sys.path.insert(0, "tests")
from conftest import seed
from report_files import prose_and_tables, write_xlsx
from auditlint.readers import read_path
write_xlsx(__import__("pathlib").Path(sys.argv[1]), prose_and_tables(read_path(seed("003")))[1])
PY
cp "$work/tables003.xlsx" "$out/"
for fmt in xls ods; do
    soffice --headless --convert-to $fmt --outdir "$out" "$work/tables003.xlsx" >/dev/null
done
rm -rf "$work"
