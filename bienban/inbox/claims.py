"""Claiming dropped files, so that two runners on one inbox never take the same file.

A runner claims a file by renaming it into `processing/<host>-<pid>/` (a rename is atomic:
of two runners, one wins, the other finds the file gone). A runner killed mid-batch leaves
its claims behind; `recover_stale_claims` puts them back in the inbox, at once when the runner
was on this machine and its process no longer exists, after `timeout_s` otherwise.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import time
from pathlib import Path

from bienban.inbox.layout import InboxLayout

logger = logging.getLogger(__name__)


def runner_id() -> str:
    """This runner's name: the machine and the process id."""
    return f"{socket.gethostname()}-{os.getpid()}"


def claim(path: Path, *, layout: InboxLayout, owner: str | None = None) -> Path | None:
    """Move a dropped file into this runner's claim folder; None when another runner (or the
    user) took it first. The file's bytes and modification time are untouched."""
    relative = path.relative_to(layout.root)
    target = free_path(layout.processing / (owner or runner_id()) / relative)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(path, target)
    except FileNotFoundError:
        return None
    return target


def claim_all(paths: list[Path], *, layout: InboxLayout) -> list[Path]:
    """Claim each of `paths`; the ones another runner took first are left out."""
    owner = runner_id()
    claimed = [claim(path, layout=layout, owner=owner) for path in paths]
    return [path for path in claimed if path is not None]


def original_name(claimed: Path, *, layout: InboxLayout) -> str:
    """The path the user dropped the claimed file at, relative to the inbox."""
    parts = claimed.relative_to(layout.processing).parts
    return str(Path(*parts[1:])) if len(parts) > 1 else claimed.name


def is_stale(owner_dir: Path, *, timeout_s: float, now: float | None = None) -> bool:
    """Whether the runner that made this claim folder is gone."""
    host, _, pid = owner_dir.name.rpartition("-")
    if host == socket.gethostname() and pid.isdigit():
        return not is_alive(int(pid))
    now = time.time() if now is None else now
    return now - owner_dir.stat().st_mtime > timeout_s


def is_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover_stale_claims(layout: InboxLayout, *, timeout_s: float) -> list[Path]:
    """Put the files claimed by dead runners back in the inbox; returns where they now lie."""
    recovered: list[Path] = []
    for owner_dir in sorted(p for p in layout.processing.iterdir() if p.is_dir()):
        if not is_stale(owner_dir, timeout_s=timeout_s):
            continue
        for claimed in sorted(p for p in owner_dir.rglob("*") if p.is_file()):
            target = free_path(layout.root / claimed.relative_to(owner_dir))
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(claimed, target)
            recovered.append(target)
            logger.warning("đã trả lại tệp của lượt chạy bị dừng: %s", target)
        remove_empty_dirs(owner_dir)
    return recovered


def release_claim_folder(layout: InboxLayout) -> None:
    """Remove this runner's claim folder once it is empty."""
    remove_empty_dirs(layout.processing / runner_id())


def remove_empty_dirs(top: Path) -> None:
    if not top.is_dir():
        return
    for folder in sorted((p for p in top.rglob("*") if p.is_dir()), reverse=True):
        _rmdir_if_empty(folder)
    _rmdir_if_empty(top)


def _rmdir_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()


def free_path(path: Path) -> Path:
    """`path`, or `name (2).ext`, `name (3).ext`… beside it: the first that does not exist."""
    if not path.exists():
        return path
    for number in range(2, 100_000):
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(path)
