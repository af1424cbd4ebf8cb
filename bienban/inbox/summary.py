"""What a run shows a person: a table of the documents, a markdown summary, the command line's
closing lines, and a progress bar with pages per minute and the time left."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bienban.inbox.handle import STATUS_NAMES, Outcome, OutcomeStatus


def outcome_rows(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    """One row per document, Vietnamese column names (Prefect's table artifact, CSV…)."""
    return [
        {
            "Tài liệu": o.path,
            "Trạng thái": STATUS_NAMES[o.status],
            "Xếp loại": o.level or "",
            "Trang": o.pages,
            "Cảnh báo": " | ".join(o.warnings),
            "Lý do": o.reason or "",
            "Nơi lưu tệp gốc": o.destination or "",
        }
        for o in outcomes
    ]


def status_counts(outcomes: Sequence[Outcome]) -> Counter[OutcomeStatus]:
    return Counter(o.status for o in outcomes)


def summary_markdown(
    outcomes: Sequence[Outcome], *, title: str, seconds: float, reports: Sequence[Path] = ()
) -> str:
    """The run's summary as markdown (Prefect's markdown artifact)."""
    counts = status_counts(outcomes)
    pages = sum(o.pages for o in outcomes)
    rate = pages / seconds * 60 if seconds > 0 else 0.0
    lines = [f"# {title}", "", "| trạng thái | số tài liệu |", "|---|---|"]
    lines += [f"| {STATUS_NAMES[s]} | {counts.get(s, 0)} |" for s in OutcomeStatus]
    lines += ["", f"{len(outcomes)} tài liệu, {pages} trang đọc trong {seconds:.1f} giây"]
    lines[-1] += f" ({rate:.0f} trang/phút)."
    set_aside = [o for o in outcomes if o.is_set_aside]
    if set_aside:
        lines += ["", "## Tài liệu bị cách ly", ""]
        lines += [f"- `{o.path}`: {o.reason}" for o in set_aside]
    if reports:
        lines += ["", "## Báo cáo", ""] + [f"- `{path}`" for path in reports]
    return "\n".join(lines) + "\n"


def summary_lines(outcomes: Sequence[Outcome], *, seconds: float) -> list[str]:
    """The closing lines of `bienban run`/`archive`: counts, then one line per document."""
    counts = status_counts(outcomes)
    detail = ", ".join(f"{counts[s]} {STATUS_NAMES[s]}" for s in OutcomeStatus if counts.get(s))
    pages = sum(o.pages for o in outcomes)
    lines = [f"{len(outcomes)} tài liệu ({detail or 'không có gì mới'}), {pages} trang, "]
    lines[0] += f"{seconds:.1f} giây."
    for o in outcomes:
        mark = "✗" if o.is_set_aside else "✓"
        where = f" → {o.destination}" if o.destination else ""
        why = f": {o.reason}" if o.is_set_aside and o.reason else ""
        lines.append(f"{mark} {o.path} [{STATUS_NAMES[o.status]}]{where}{why}")
    return lines


class ProgressBar:
    """A progress bar on stderr: documents done, pages per minute, time left."""

    def __init__(self, total: int, *, enabled: bool = True) -> None:
        self.total = total
        self.enabled = enabled and total > 0
        self.done = 0
        self.pages = 0
        self.started = time.perf_counter()

    def advance(self, outcome: Outcome) -> None:
        self.done += 1
        self.pages += outcome.pages
        if self.enabled:
            end = "\n" if self.done == self.total or not sys.stderr.isatty() else ""
            print(f"\r{self.line()}", end=end, file=sys.stderr, flush=True)

    def line(self) -> str:
        elapsed = time.perf_counter() - self.started
        rate = self.pages / elapsed * 60 if elapsed > 0 else 0.0
        left = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        filled = round(24 * self.done / self.total) if self.total else 24
        bar = "█" * filled + "░" * (24 - filled)
        return (
            f"{bar} {self.done}/{self.total} tài liệu · {rate:.0f} trang/phút · "
            f"còn khoảng {format_duration(left)}"
        )


def format_duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.0f} giây"
    if seconds < 3600:
        return f"{seconds / 60:.0f} phút"
    return f"{seconds / 3600:.1f} giờ"
