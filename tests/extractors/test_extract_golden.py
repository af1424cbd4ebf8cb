"""Golden files: OCR text in (`golden/NAME.txt`), expected record out (`golden/NAME.json`).

Pages of a text are separated by a form feed line. After a deliberate change, rewrite the
records with `pytest tests/extractors --regen-golden` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bienban.extractors import extract_fields
from bienban.models import Page

GOLDEN = Path(__file__).with_name("golden")
CASES = sorted(GOLDEN.glob("*.txt"))


def extract_golden(path: Path) -> dict[str, Any]:
    """The record fields for one golden text: values, warnings, the page of each field."""
    pages = [
        Page(number=i + 1, text=text)
        for i, text in enumerate(path.read_text(encoding="utf-8").split("\f\n"))
    ]
    record = extract_fields(pages).model_dump(mode="json")
    evidence = record.pop("fields")
    record["pages"] = {key: value["page"] for key, value in sorted(evidence.items())}
    return record


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_record(path: Path, regen_golden: bool) -> None:
    got = extract_golden(path)
    expected_path = path.with_suffix(".json")
    if regen_golden or not expected_path.exists():
        expected_path.write_text(
            json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        if not regen_golden:
            pytest.fail(f"{expected_path.name} was missing: written, review it and rerun")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected


def test_golden_cases_exist() -> None:
    assert CASES, "no golden texts in tests/extractors/golden"
