from __future__ import annotations

from pathlib import Path

from bienban.models import DocumentStatus
from bienban.pipeline.batch import process_batch
from bienban.pipeline.intake import find_documents
from bienban.settings import Settings
from tests.conftest import paged_engine_factory, scan_with_ink


def _tiff(path: Path, pages: int) -> None:
    images = [scan_with_ink() for n in range(pages)]
    images[0].save(path, save_all=True, append_images=images[1:])


def test_pages_are_spread_over_workers_and_documents_come_back_in_order(
    work_dir: Path,
) -> None:
    _tiff(work_dir / "a.tiff", 3)
    (work_dir / "b.pdf").write_bytes(b"%PDF-1.4 broken")
    _tiff(work_dir / "c.tiff", 3)
    _tiff(work_dir / "d.tiff", 1)
    documents = find_documents([str(work_dir)])
    settings = Settings(workers=2, cache_dir=None)
    results = list(process_batch(documents, settings=settings, engine_factory=paged_engine_factory))
    assert [Path(r.display_path).name for r in results] == ["a.tiff", "b.pdf", "c.tiff", "d.tiff"]
    assert [r.status for r in results] == [
        DocumentStatus.OK,
        DocumentStatus.FAILED,
        DocumentStatus.OK,
        DocumentStatus.OK,
    ]
    record = results[0].record
    assert record is not None and record.source.pages == 3
    assert record.date == "2024-03-15" and record.end_time == "16:00"
    assert record.fields["date"].page == 1 and record.fields["end_time"].page == 3
    assert record.extractor["ocr"] == "recorded 1"
    assert results[1].reason and "PDF" in results[1].reason
