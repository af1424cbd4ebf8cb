"""Sorting a batch before any document is read: what the store already knows (by sha256, one
query), what is new, and what repeats a new document of the same batch. A nightly run over
thousands of known documents does no per-document work beyond hashing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from bienban.inbox.claims import original_name
from bienban.inbox.handle import Outcome, OutcomeStatus, known_outcome, settle_original
from bienban.inbox.layout import InboxLayout
from bienban.inbox.records import KnownDocument, find_known, report_path
from bienban.pipeline.intake import sha256_file


@dataclass
class SortedBatch:
    new: list[tuple[Path, str]] = field(default_factory=list)
    known: list[tuple[Path, KnownDocument]] = field(default_factory=list)
    repeats: list[tuple[Path, str]] = field(default_factory=list)


def hash_files(paths: list[Path]) -> dict[Path, str]:
    """The sha256 of each file still there."""
    hashes: dict[Path, str] = {}
    for path in paths:
        try:
            hashes[path] = sha256_file(path)
        except FileNotFoundError:
            continue
    return hashes


def sort_batch(paths: list[Path], *, store: Engine) -> SortedBatch:
    """Split `paths` into new documents, copies of known ones, and repeats within the batch."""
    hashes = hash_files(paths)
    known = find_known(store, hashes.values())
    batch = SortedBatch()
    firsts: set[str] = set()
    for path, sha256 in hashes.items():
        if sha256 in known:
            batch.known.append((path, known[sha256]))
        elif sha256 in firsts:
            batch.repeats.append((path, sha256))
        else:
            firsts.add(sha256)
            batch.new.append((path, sha256))
    return batch


def settle_known(batch: SortedBatch, *, layout: InboxLayout) -> list[Outcome]:
    """Archive (or quarantine again) the copies of documents the store already holds."""
    return [
        settle_original(
            path, known_outcome(original_name(path, layout=layout), known), layout=layout
        )
        for path, known in batch.known
    ]


def settle_repeats(
    batch: SortedBatch, outcomes: list[Outcome], *, layout: InboxLayout
) -> list[Outcome]:
    """Settle the repeats of a batch like the document they repeat (read once)."""
    by_sha = {o.sha256: o for o in outcomes if o.sha256}
    settled = []
    for path, sha256 in batch.repeats:
        first = by_sha[sha256]
        known = KnownDocument(
            sha256,
            status=_store_status(first),
            reasons=[first.reason] if first.reason else [],
            date=first.meeting_date,
        )
        outcome = known_outcome(original_name(path, layout=layout), known)
        settled.append(settle_original(path, outcome, layout=layout))
    return settled


def known_in_place(batch: SortedBatch, *, root: Path, shown_root: str) -> list[Outcome]:
    """Outcomes of the known documents of a tree read in place (nothing moves)."""
    return [
        known_outcome(str(Path(shown_root) / path.relative_to(root)), known)
        for path, known in [*batch.known, *((p, _repeat(s)) for p, s in batch.repeats)]
    ]


def years_of(outcomes: list[Outcome], *, default: dt.date) -> list[int]:
    """The years of the meetings in `outcomes` (the reports to refresh); `default`'s year when
    none has a date."""
    years = {o.meeting_date.year for o in outcomes if o.meeting_date is not None}
    return sorted(years) or [default.year]


def years_to_refresh(outcomes: list[Outcome], *, out_dir: Path, default: dt.date) -> list[int]:
    """The years whose report a run over a tree must (re)write: those of the documents it read,
    and those of known documents whose report is missing; a rerun that read nothing new over
    reports already written rewrites none. `default`'s year when there is no report at all."""
    read, known = _years(outcomes, known=False), _years(outcomes, known=True)
    missing = {year for year in known if not report_path(out_dir, year).is_file()}
    years = read | missing
    if not years and not report_path(out_dir, default.year).is_file() and not known:
        years = {default.year}
    return sorted(years)


def _years(outcomes: list[Outcome], *, known: bool) -> set[int]:
    """The meeting years of the outcomes of known documents (`known`) or of documents read."""
    return {
        o.meeting_date.year
        for o in outcomes
        if o.meeting_date and (o.status is OutcomeStatus.KNOWN) == known
    }


def _store_status(outcome: Outcome) -> str:
    statuses = {"failed": "failed", "internal_error": "failed", "not_minutes": "not_minutes"}
    return statuses.get(outcome.status.value, "ok")


def _repeat(sha256: str) -> KnownDocument:
    return KnownDocument(sha256, status="ok")
