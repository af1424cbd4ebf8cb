from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bienban.evaluation.evaluate import (
    evaluate_files,
    evaluate_records,
    format_table,
    normalise_name,
    token_f1,
)


def _record(name: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "source": {"path": f"docs/{name}", "sha256": None},
        "branch": "Chi bộ ấp Tân Hậu",
        "chair": "Ngô Văn Bảy",
        "date": "2018-04-10",
        "attendance": {"present": 16, "guests": ["Huỳnh Thanh Phong"]},
        "topics": ["review", "plan"],
        "resolutions": ["Hướng dẫn bà con xuống giống lúa Hè Thu tập trung."],
        "vote": {"agree": 16, "total": 16},
    }
    base.update(fields)
    return base


def test_identical_records_score_one_everywhere() -> None:
    truth = [_record("a.pdf")]
    result = evaluate_records(truth, truth)
    assert result.overall == 1.0
    assert result.topics_f1 == 1.0
    assert (result.resolutions_precision, result.resolutions_recall) == (1.0, 1.0)


def test_case_spaces_and_honorifics_do_not_count_as_errors() -> None:
    truth = [_record("a.pdf")]
    output = [
        _record(
            "a.pdf",
            branch="CHI BỘ  ẤP TÂN HẬU",
            chair="đồng chí Ngô Văn Bảy",
            attendance={"present": 16, "guests": ["Đ/c Huỳnh Thanh Phong"]},
        )
    ]
    result = evaluate_records(truth, output)
    assert result.accuracy("branch") == 1.0
    assert result.accuracy("chair") == 1.0
    assert result.accuracy("attendance.guests") == 1.0
    assert normalise_name("Đ/c Lê Thị Hà.") == "lê thị hà"


def test_wrong_values_topics_and_resolutions_are_counted() -> None:
    truth = [_record("a.pdf")]
    output = [
        _record(
            "a.pdf",
            date="2018-04-11",
            topics=["review", "ideology"],
            resolutions=["Một việc hoàn toàn khác.", "Hướng dẫn bà con xuống giống lúa Hè Thu."],
        )
    ]
    result = evaluate_records(truth, output)
    assert result.accuracy("date") == 0.0
    assert result.topics_f1 == pytest.approx(0.5)
    assert result.resolutions_precision == pytest.approx(0.5)
    assert result.resolutions_recall == 1.0


def test_missing_documents_are_wrong_on_every_field() -> None:
    truth = [_record("a.pdf"), _record("b.pdf")]
    result = evaluate_records(truth, [_record("a.pdf")])
    assert result.documents["missing"] == 1
    assert result.accuracy("branch") == 0.5
    assert result.accuracy("attendance.present") == 0.5
    assert result.topics["fn"] == 2


def test_documents_pair_by_sha256_before_file_name() -> None:
    sha = "a" * 64
    truth = [_record("a.pdf", source={"path": "x/a.pdf", "sha256": sha})]
    output = [_record("renamed.pdf", source={"path": "renamed.pdf", "sha256": sha})]
    assert evaluate_records(truth, output).documents["matched"] == 1


def test_token_f1_is_symmetric_and_bounded() -> None:
    assert token_f1("a b c", "a b c") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 / 3)
    assert token_f1("", "a") == 0.0


def test_files_and_table(work_dir: Path) -> None:
    truth_path, output_path = work_dir / "truth.jsonl", work_dir / "out.jsonl"
    truth_path.write_text(json.dumps(_record("a.pdf"), ensure_ascii=False) + "\n")
    output_path.write_text(json.dumps(_record("a.pdf"), ensure_ascii=False) + "\n")
    table = format_table(evaluate_files(truth_path, output_path))
    assert "overall field accuracy" in table and "1.000" in table
