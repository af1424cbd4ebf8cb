from __future__ import annotations

import json
from pathlib import Path

import pytest

from bienban.models import DocumentStatus
from bienban.settings import Settings
from tests.conftest import draw_text_image


@pytest.mark.prefect
@pytest.mark.tesseract
def test_the_flow_runs_the_pipeline_in_prefect_local_mode(work_dir: Path) -> None:
    from bienban.flows.extract import run_extract_flow

    lines = ["BIÊN BẢN SINH HOẠT CHI BỘ", "Hôm nay, vào lúc 14 giờ 00 phút, ngày 15 tháng 3"]
    lines.append("năm 2024, Chi bộ ấp Tân Hậu họp thường kỳ.")
    draw_text_image(lines).save(work_dir / "a.png")
    (work_dir / "b.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated")
    output = work_dir / "records.jsonl"
    results = run_extract_flow([str(work_dir)], output, Settings(workers=2))
    assert [r.status for r in results] == [DocumentStatus.OK, DocumentStatus.FAILED]
    [record] = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert record["date"] == "2024-03-15"
