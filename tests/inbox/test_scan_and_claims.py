from __future__ import annotations

import os
import socket
import time
from pathlib import Path

from bienban.inbox import (
    InboxLayout,
    claim,
    claim_all,
    is_stable,
    observe_inbox,
    recover_stale_claims,
    scan_inbox,
)
from bienban.inbox.claims import free_path, original_name, runner_id
from bienban.inbox.scan import observe


def _drop(layout: InboxLayout, name: str, data: bytes = b"%PDF-1.4 x", age_s: float = 60) -> Path:
    path = layout.root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def test_a_file_still_being_written_is_not_taken(inbox: InboxLayout) -> None:
    old = _drop(inbox, "xong.pdf")
    fresh = _drop(inbox, "đang chép.pdf", age_s=0)
    assert is_stable(old, quiet_s=10)
    assert not is_stable(fresh, quiet_s=10)
    assert scan_inbox(inbox, quiet_s=10) == [old]


def test_a_file_that_changed_since_the_last_look_is_not_taken(inbox: InboxLayout) -> None:
    path = _drop(inbox, "a.pdf")
    before = observe_inbox(inbox)
    assert scan_inbox(inbox, quiet_s=10, previous=before) == [path]
    with path.open("ab") as handle:
        handle.write(b"more")
    then = time.time() - 60
    os.utime(path, (then, then))
    assert scan_inbox(inbox, quiet_s=10, previous=before) == []
    assert not is_stable(inbox.root / "gone.pdf", quiet_s=0)


def test_hidden_partial_and_own_folders_are_skipped_odd_names_are_not(
    inbox: InboxLayout,
) -> None:
    _drop(inbox, ".a.pdf.XXXXXX")
    _drop(inbox, "b.pdf.part")
    _drop(inbox, "archive/2024/01/c.pdf")
    _drop(inbox, "quarantine/d.pdf")
    names = ["biên bản tháng 3..pdf", "thư mục con/có dấu cách.pdf", "không đuôi"]
    for name in names:
        _drop(inbox, name)
    found = [str(p.relative_to(inbox.root)) for p in scan_inbox(inbox, quiet_s=1)]
    assert sorted(found) == sorted(names)


def test_a_claim_is_an_atomic_move_that_keeps_the_bytes(inbox: InboxLayout) -> None:
    path = _drop(inbox, "sub/tài liệu.pdf", data=b"%PDF-1.4 original")
    before = observe(path)
    claimed = claim(path, layout=inbox)
    assert claimed is not None and not path.exists()
    assert claimed.parent.parent.name == runner_id()
    assert claimed.read_bytes() == b"%PDF-1.4 original"
    assert observe(claimed) == before
    assert original_name(claimed, layout=inbox) == "sub/tài liệu.pdf"
    assert claim(path, layout=inbox) is None  # another runner got there first


def test_claiming_the_same_name_twice_never_overwrites(inbox: InboxLayout) -> None:
    first = claim_all([_drop(inbox, "a.pdf", data=b"one")], layout=inbox)
    second = claim_all([_drop(inbox, "a.pdf", data=b"two")], layout=inbox)
    assert first[0].read_bytes() == b"one" and second[0].read_bytes() == b"two"
    assert second[0].name == "a (2).pdf"
    assert free_path(inbox.root / "x.pdf") == inbox.root / "x.pdf"


def test_claims_of_a_dead_runner_are_put_back(inbox: InboxLayout) -> None:
    dead = inbox.processing / f"{socket.gethostname()}-{_dead_pid()}" / "sub"
    dead.mkdir(parents=True)
    (dead / "a.pdf").write_bytes(b"a")
    alive = inbox.processing / runner_id()
    alive.mkdir()
    (alive / "b.pdf").write_bytes(b"b")
    remote = inbox.processing / "other-host-123"
    remote.mkdir()
    (remote / "c.pdf").write_bytes(b"c")
    recovered = recover_stale_claims(inbox, timeout_s=3600)
    assert recovered == [inbox.root / "sub" / "a.pdf"]
    assert (inbox.root / "sub" / "a.pdf").read_bytes() == b"a"
    assert (alive / "b.pdf").exists() and (remote / "c.pdf").exists()
    assert not dead.parent.exists()
    then = time.time() - 7200
    os.utime(remote, (then, then))
    assert recover_stale_claims(inbox, timeout_s=3600) == [inbox.root / "c.pdf"]


def _dead_pid() -> int:
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        pid += 1
