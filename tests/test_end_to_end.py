"""The real thing: every document of sample_docs/ through the real Tesseract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from bienban.cli import main
from bienban.evaluation import evaluate_records, format_table
from bienban.evaluation.evaluate import load_jsonl

KEY_FIELDS = ("date", "start_time", "end_time", "chair", "secretary", "attendance.present")


@pytest.mark.tesseract
def test_sample_docs_become_valid_records_that_match_expectations(
    sample_docs: Path, work_dir: Path, record_schema: dict[str, Any]
) -> None:
    output = work_dir / "records.jsonl"
    code = main(["extract", str(sample_docs), "--output", str(output), "--no-progress"])
    assert code == 0
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    truth = load_jsonl(sample_docs / "expected.jsonl")
    assert len(records) == len(truth)
    for record in records:
        jsonschema.validate(record, record_schema)
    readable = [t for t in truth if t["generator"]["level"] != "bad"]
    evaluation = evaluate_records(readable, records)
    print(format_table(evaluation))
    assert evaluation.documents["missing"] == 0
    for field in KEY_FIELDS:
        assert evaluation.accuracy(field) >= 0.8, field
    assert evaluation.overall >= 0.75
