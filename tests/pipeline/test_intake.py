from __future__ import annotations

from pathlib import Path

import pytest

from bienban.errors import EmptyFileError, InputNotFoundError, TooLargeError, UnsupportedFileError
from bienban.models import DocumentFile, FileFormat
from bienban.pipeline.intake import check_document, find_documents, sha256_file, sniff_format
from tests.conftest import draw_text_image


def _doc(path: Path) -> DocumentFile:
    return DocumentFile(path=path, display_path=str(path), size=path.stat().st_size)


def test_folders_are_walked_in_sorted_order_and_skip_non_documents(work_dir: Path) -> None:
    (work_dir / "b").mkdir()
    draw_text_image(["a"]).save(work_dir / "b" / "2.png")
    draw_text_image(["a"]).save(work_dir / "1.jpg")
    (work_dir / "notes.txt").write_text("not a scan")
    (work_dir / ".hidden.png").write_bytes(b"x")
    found = find_documents([str(work_dir)])
    assert [d.path.name for d in found] == ["1.jpg", "2.png"]
    assert found[1].display_path == str(work_dir / "b" / "2.png")


def test_a_missing_path_is_an_input_error_in_vietnamese(work_dir: Path) -> None:
    with pytest.raises(InputNotFoundError, match="Không tìm thấy"):
        find_documents([str(work_dir / "nowhere")])


def test_format_comes_from_the_bytes_not_the_name(work_dir: Path) -> None:
    fake_pdf = work_dir / "minutes.pdf"
    fake_pdf.write_text("Đây là một tệp văn bản, không phải PDF.", encoding="utf-8")
    png_without_suffix = work_dir / "scan"
    draw_text_image(["x"]).save(png_without_suffix, format="PNG")
    assert sniff_format(png_without_suffix) is FileFormat.PNG
    with pytest.raises(UnsupportedFileError, match="Không phải tệp ảnh quét hoặc PDF"):
        check_document(_doc(fake_pdf), max_file_mb=10)


def test_empty_and_oversized_files_are_set_aside(work_dir: Path) -> None:
    empty = work_dir / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFileError):
        check_document(_doc(empty), max_file_mb=10)
    big = work_dir / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * (2 * 1024 * 1024))
    with pytest.raises(TooLargeError, match="BIENBAN_MAX_FILE_MB"):
        check_document(_doc(big), max_file_mb=1)


def test_sha256_is_the_digest_of_the_bytes(work_dir: Path) -> None:
    path = work_dir / "x.bin"
    path.write_bytes(b"abc")
    expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert sha256_file(path) == expected
