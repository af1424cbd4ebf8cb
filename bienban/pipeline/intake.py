"""Intake: find the documents under the given paths, tell what each file really is, hash it.

The file's bytes decide its format, not its name: a text file named `.pdf` is set aside with a
reason, and a scan saved without an extension is still read.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from bienban.errors import EmptyFileError, InputNotFoundError, TooLargeError, UnsupportedFileError
from bienban.models import DocumentFile, FileFormat

logger = logging.getLogger(__name__)

DOCUMENT_SUFFIXES = frozenset({".pdf", ".tif", ".tiff", ".jpg", ".jpeg", ".png", ".bmp", ".webp"})

_MAGIC: tuple[tuple[bytes, FileFormat], ...] = (
    (b"%PDF-", FileFormat.PDF),
    (b"II*\x00", FileFormat.TIFF),
    (b"MM\x00*", FileFormat.TIFF),
    (b"\xff\xd8\xff", FileFormat.JPEG),
    (b"\x89PNG\r\n\x1a\n", FileFormat.PNG),
    (b"BM", FileFormat.BMP),
)


def find_documents(paths: Iterable[str]) -> list[DocumentFile]:
    """Every document under `paths`, in the order given, folders walked in sorted order.

    A file named on the command line is always taken (and set aside later if unreadable);
    inside folders only files with a document suffix are taken, hidden files are skipped.
    """
    found: list[DocumentFile] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputNotFoundError(
                f"Không tìm thấy '{given}': kiểm tra lại đường dẫn tệp hoặc thư mục."
            )
        found.extend(_documents_at(path, given))
    return found


def _documents_at(path: Path, given: str) -> Iterator[DocumentFile]:
    if path.is_file():
        yield DocumentFile(path=path, display_path=given, size=path.stat().st_size)
        return
    for child in sorted(path.rglob("*")):
        if _is_document_candidate(child, root=path):
            display = str(Path(given) / child.relative_to(path))
            yield DocumentFile(path=child, display_path=display, size=child.stat().st_size)


def _is_document_candidate(path: Path, *, root: Path) -> bool:
    relative = path.relative_to(root)
    if any(part.startswith(".") for part in relative.parts):
        return False
    return path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES


def sniff_format(path: Path) -> FileFormat | None:
    """The file's format from its first bytes, or None when it is not a supported scan."""
    with path.open("rb") as handle:
        head = handle.read(16)
    for magic, file_format in _MAGIC:
        if head.startswith(magic):
            return file_format
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileFormat.WEBP
    return None


def check_document(document: DocumentFile, *, max_file_mb: int) -> FileFormat:
    """The document's format, or a DocumentError saying why it cannot be read."""
    if document.size == 0:
        raise EmptyFileError(
            "Tệp rỗng (0 byte): có thể việc sao chép bị lỗi. Hãy sao chép hoặc quét lại tệp."
        )
    if document.size > max_file_mb * 1024 * 1024:
        raise TooLargeError(
            f"Tệp quá lớn ({document.size / 1048576:.0f} MiB > {max_file_mb} MiB): "
            "hãy tách thành các tệp nhỏ hơn hoặc tăng BIENBAN_MAX_FILE_MB."
        )
    file_format = sniff_format(document.path)
    if file_format is None:
        raise UnsupportedFileError(
            "Không phải tệp ảnh quét hoặc PDF (nội dung tệp không đúng định dạng, dù tên là "
            f"'{document.path.name}'). Hãy lưu bản quét dưới dạng PDF, TIFF, JPEG hoặc PNG."
        )
    return file_format


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of the file's bytes: the document's identity."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
