from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema

from bienban.models import DocumentFile, DocumentStatus, PageStatus
from bienban.pipeline.document import process_document
from bienban.settings import Settings
from tests.conftest import CrashingEngine, RecordedEngine, scan_with_ink

MINUTES = """ĐẢNG BỘ XÃ TÂN NGÃI
ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP TÂN HẬU
Tân Ngãi, ngày 10 tháng 4 năm 2018
BIÊN BẢN
SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 4 NĂM 2018
Hôm nay, vào lúc 19 giờ 00 phút ngày 10 tháng 4 năm 2018, tại Nhà văn hóa ấp.
Tổng số đảng viên: 19, có mặt 16, vắng 3 (có lý do 2, không lý do 1).
Chủ trì: đồng chí Ngô Văn Bảy, Bí thư chi bộ.
Thư ký: đồng chí Lâm Thị Ngọc Diễm.
Buổi sinh hoạt kết thúc lúc 20 giờ 40 phút cùng ngày."""


def _document(work_dir: Path, pages: int = 1) -> DocumentFile:
    path = work_dir / "scan.tiff"
    images = [scan_with_ink() for _ in range(pages)]
    images[0].save(path, save_all=True, append_images=images[1:])
    return DocumentFile(path=path, display_path="scans/scan.tiff", size=path.stat().st_size)


def test_a_document_becomes_a_contract_record(
    work_dir: Path, settings: Settings, record_schema: dict[str, Any]
) -> None:
    result = process_document(
        _document(work_dir), engine=RecordedEngine([MINUTES]), settings=settings
    )
    assert result.status is DocumentStatus.OK and result.record is not None
    record = result.record.to_json_dict()
    jsonschema.validate(record, record_schema)
    assert record["source"]["path"] == "scans/scan.tiff"
    assert record["source"]["kind"] == "image" and record["source"]["pages"] == 1
    assert record["date"] == "2018-04-10"
    assert (record["start_time"], record["end_time"]) == ("19:00", "20:40")
    assert record["duration_minutes"] == 100
    assert record["attendance"]["present"] == 16
    assert record["extractor"]["ocr"] == "recorded 1"


def test_a_crashed_ocr_is_retried_once(work_dir: Path, settings: Settings) -> None:
    engine = CrashingEngine([MINUTES], crashes=1)
    result = process_document(_document(work_dir), engine=engine, settings=settings)
    assert result.record is not None and result.record.date == "2018-04-10"


def test_a_page_that_keeps_crashing_fails_alone(work_dir: Path, settings: Settings) -> None:
    engine = CrashingEngine([MINUTES], crashes=2)
    result = process_document(_document(work_dir, pages=2), engine=engine, settings=settings)
    assert result.status is DocumentStatus.OK and result.record is not None
    assert result.record.source.pages == 2
    assert any("Trang 1 không đọc được" in w for w in result.record.warnings)
    assert result.record.date == "2018-04-10"  # read from page 2


def test_a_blank_scan_gives_nulls_and_warnings(work_dir: Path, settings: Settings) -> None:
    result = process_document(_document(work_dir), engine=RecordedEngine([""]), settings=settings)
    assert result.record is not None
    assert result.record.date is None and result.record.chair is None
    assert any("trống" in w for w in result.record.warnings)


def test_unreadable_input_is_a_failed_result_with_a_reason(
    work_dir: Path, settings: Settings
) -> None:
    path = work_dir / "note.pdf"
    path.write_text("hello")
    document = DocumentFile(path=path, display_path="note.pdf", size=path.stat().st_size)
    result = process_document(document, engine=RecordedEngine([MINUTES]), settings=settings)
    assert result.status is DocumentStatus.FAILED
    assert result.reason and "PDF" in result.reason
    assert result.error_type == "UnsupportedFileError"
    assert path.read_text() == "hello"  # the original is untouched


def test_page_status_enum_is_stable() -> None:
    assert [s.value for s in PageStatus] == ["ok", "blank", "failed"]


def test_a_blank_page_is_not_sent_to_ocr(work_dir: Path, settings: Settings) -> None:
    from PIL import Image

    path = work_dir / "blank.png"
    Image.new("L", (1240, 1754), 255).save(path)
    document = DocumentFile(path=path, display_path="blank.png", size=path.stat().st_size)
    engine = RecordedEngine([MINUTES])
    result = process_document(document, engine=engine, settings=settings)
    assert engine.calls == 0
    assert result.record is not None and "trống" in " ".join(result.record.warnings)
