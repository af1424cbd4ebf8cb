"""Finding what was dropped: every file not hidden, not in bienban's own folders, and stable.

A file still being copied is not taken: its modification time must be older than the quiet
period, and when an earlier look is given, its size and modification time must not have
changed since. Copy tools' temporary files (hidden, `.part`, `.crdownload`, `.tmp`) are
never taken; they get their real name when the copy is complete.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from bienban.inbox.layout import RESERVED, InboxLayout

PARTIAL_SUFFIXES = frozenset({".part", ".partial", ".crdownload", ".tmp", ".download", ".swp"})


@dataclass(frozen=True)
class FileState:
    """What one look at a file saw."""

    size: int
    mtime_ns: int


def observe(path: Path) -> FileState | None:
    """The file's size and modification time, or None when it is gone."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return FileState(size=stat.st_size, mtime_ns=stat.st_mtime_ns)


def is_stable(
    path: Path,
    *,
    quiet_s: float,
    previous: FileState | None = None,
    now: float | None = None,
) -> bool:
    """Whether the file looks completely written: untouched for `quiet_s` seconds and, when an
    earlier look is given, the same size and modification time as then."""
    state = observe(path)
    if state is None:
        return False
    if previous is not None and state != previous:
        return False
    now = time.time() if now is None else now
    return now - state.mtime_ns / 1e9 >= quiet_s


def is_candidate(relative: Path) -> bool:
    """Whether a path (relative to the scanned root) names a file to take."""
    if any(part.startswith(".") and part not in {".", ".."} for part in relative.parts):
        return False
    return relative.suffix.lower() not in PARTIAL_SUFFIXES


def walk_files(root: Path, *, skip_top: frozenset[str] = frozenset()) -> Iterator[Path]:
    """Every candidate file under `root`, in sorted order, leaving out the top-level folders
    named in `skip_top`."""
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts[0] in skip_top or not is_candidate(relative):
            continue
        if path.is_file() and not path.is_symlink():
            yield path


def scan_inbox(
    layout: InboxLayout,
    *,
    quiet_s: float,
    previous: Mapping[Path, FileState] | None = None,
) -> list[Path]:
    """The files dropped in the inbox that are ready to take, in sorted order."""
    return [
        path
        for path in walk_files(layout.root, skip_top=RESERVED)
        if is_stable(path, quiet_s=quiet_s, previous=(previous or {}).get(path))
    ]


def observe_inbox(layout: InboxLayout) -> dict[Path, FileState]:
    """One look at every candidate file of the inbox (for the next look's comparison)."""
    looks = {path: observe(path) for path in walk_files(layout.root, skip_top=RESERVED)}
    return {path: state for path, state in looks.items() if state is not None}
