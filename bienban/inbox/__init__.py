"""The drop folder as plain functions (no Prefect here): find stable files, claim them, read
and store each, then archive or quarantine its original; recover a dead runner's claims.

The flows of `bienban.flows` orchestrate these; the tests run them without an engine.
"""

from bienban.inbox.batch import SortedBatch, hash_files, settle_known, settle_repeats, sort_batch
from bienban.inbox.checks import check_not_blank, not_minutes_reason
from bienban.inbox.claims import claim, claim_all, recover_stale_claims, release_claim_folder
from bienban.inbox.handle import Outcome, OutcomeStatus, handle_claimed, process_one
from bienban.inbox.layout import InboxLayout, prepare_inbox
from bienban.inbox.moves import archive_original, quarantine_original
from bienban.inbox.records import find_known, open_store, refresh_scores, write_reports
from bienban.inbox.scan import FileState, is_stable, observe_inbox, scan_inbox
from bienban.pipeline.quality import is_blank_image

__all__ = [
    "FileState",
    "InboxLayout",
    "Outcome",
    "OutcomeStatus",
    "SortedBatch",
    "archive_original",
    "check_not_blank",
    "claim",
    "claim_all",
    "find_known",
    "handle_claimed",
    "hash_files",
    "is_blank_image",
    "is_stable",
    "not_minutes_reason",
    "observe_inbox",
    "open_store",
    "prepare_inbox",
    "process_one",
    "quarantine_original",
    "recover_stale_claims",
    "refresh_scores",
    "release_claim_folder",
    "scan_inbox",
    "settle_known",
    "settle_repeats",
    "sort_batch",
    "write_reports",
]
