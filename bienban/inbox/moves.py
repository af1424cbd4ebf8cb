"""Where originals go once settled: `archive/<year>/<month>/` or `quarantine/` with a reason.

Originals are only ever renamed, never written: their bytes and modification times stay as the
user dropped them. A name already taken gets ` (2)`, ` (3)`… before its extension.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from bienban.inbox.claims import free_path
from bienban.inbox.layout import InboxLayout

REASON_SUFFIX = ".reason.txt"
WHAT_NEXT = (
    "Tệp gốc được giữ nguyên như khi nhận. Sau khi khắc phục, hãy đặt tệp đã sửa vào thư mục "
    "nhận tệp; tệp này có thể xóa khỏi thư mục cách ly."
)


def archive_original(claimed: Path, *, layout: InboxLayout, when: dt.date) -> Path:
    """Move a processed original to `archive/<year>/<month>/`; returns where it now lies."""
    target = free_path(layout.archive / f"{when.year:04d}" / f"{when.month:02d}" / claimed.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.rename(claimed, target)
    return target


def quarantine_original(
    claimed: Path, *, layout: InboxLayout, reason: str, dropped_as: str, sha256: str | None
) -> Path:
    """Move an original that could not be used to `quarantine/`, with `<name>.reason.txt`
    beside it saying, in Vietnamese, what is wrong and what to do."""
    target = free_path(layout.quarantine / claimed.name)
    write_reason(reason_path(target), reason=reason, dropped_as=dropped_as, sha256=sha256)
    os.rename(claimed, target)
    return target


def reason_path(quarantined: Path) -> Path:
    return quarantined.with_name(quarantined.name + REASON_SUFFIX)


def reason_text(*, reason: str, dropped_as: str, sha256: str | None, at: dt.datetime) -> str:
    lines = [
        f"Tệp: {dropped_as}",
        f"Thời điểm: {at:%d/%m/%Y %H:%M}",
        f"SHA-256: {sha256 or 'không tính được'}",
        "",
        f"Lý do cách ly và cách khắc phục: {reason}",
        "",
        WHAT_NEXT,
    ]
    return "\n".join(lines) + "\n"


def write_reason(path: Path, *, reason: str, dropped_as: str, sha256: str | None) -> None:
    """Write the reason file atomically (a half-written reason is never left behind)."""
    text = reason_text(reason=reason, dropped_as=dropped_as, sha256=sha256, at=dt.datetime.now())
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
