"""The real thing: every document of sample_docs/ through the real Tesseract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from bienban.cli import main
from bienban.evaluation import evaluate_files, format_table


@pytest.mark.tesseract
def test_sample_docs_become_valid_records_that_match_expectations(
    sample_docs: Path, work_dir: Path, record_schema: dict[str, Any]
) -> None:
    output = work_dir / "records.jsonl"
    expected = sample_docs / "expected.jsonl"
    code = main(["extract", str(sample_docs), "--output", str(output), "--no-progress"])
    assert code == 0
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    truth = expected.read_text(encoding="utf-8").splitlines()
    assert len(records) == len(truth)
    for record in records:
        jsonschema.validate(record, record_schema)
    evaluation = evaluate_files(expected, output)
    print(format_table(evaluation))
    assert evaluation.documents["missing"] == 0
    for field in ("date", "start_time", "attendance.present", "attendance.total_members"):
        assert evaluation.accuracy(field) >= 0.7, field
    assert evaluation.overall >= 0.6
