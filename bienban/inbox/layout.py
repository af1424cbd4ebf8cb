"""The drop folder's layout: files dropped at the top (or in sub-folders), and three folders of
its own that bienban creates and never scans:

- `processing/<runner>/…` files a runner has claimed (moved there atomically);
- `archive/<year>/<month>/` originals processed, by meeting date (else the day processed);
- `quarantine/` originals that could not be read, each with `<name>.reason.txt` beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PROCESSING = "processing"
ARCHIVE = "archive"
QUARANTINE = "quarantine"
RESERVED = frozenset({PROCESSING, ARCHIVE, QUARANTINE})


@dataclass(frozen=True)
class InboxLayout:
    root: Path

    @property
    def processing(self) -> Path:
        return self.root / PROCESSING

    @property
    def archive(self) -> Path:
        return self.root / ARCHIVE

    @property
    def quarantine(self) -> Path:
        return self.root / QUARANTINE


def prepare_inbox(root: Path) -> InboxLayout:
    """The layout of the drop folder at `root`, its own folders created if missing."""
    from bienban.errors import InputNotFoundError

    if not root.is_dir():
        raise InputNotFoundError(
            f"Không tìm thấy thư mục nhận tệp '{root}': hãy tạo thư mục hoặc kiểm tra đường dẫn."
        )
    layout = InboxLayout(root.resolve())
    for folder in (layout.processing, layout.archive, layout.quarantine):
        folder.mkdir(exist_ok=True)
    return layout
