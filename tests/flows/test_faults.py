"""Fault tests with real processes, against one Prefect server started for the module:
a runner killed with SIGKILL mid-batch and restarted, two runners on one inbox, and `serve`
registering the nightly deployment."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bienban.cli import build_parser
from bienban.store import Document, Meeting, RecordVersion, Score, make_engine
from tests.inbox.inputs import bad_inputs, minutes_pdfs, new_inbox

pytestmark = [pytest.mark.prefect, pytest.mark.tesseract]

_commands: dict[str, object] = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr,assignment]
CLI = [sys.executable, "-m", "bienban.cli" if "run" in _commands else "bienban.cli_flows"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The environment of a child process that talks to a Prefect server started here."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    env = os.environ | {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_UI_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    log = (home / "server.log").open("wb")
    prefect = Path(sys.executable).with_name("prefect")
    server = subprocess.Popen(
        [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    api = f"http://127.0.0.1:{port}/api"
    try:
        wait_for(lambda: is_healthy(api), timeout_s=90, what="the Prefect server")
        yield env | {"PREFECT_API_URL": api, "BIENBAN_INBOX_STABLE_S": "0"}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()


def is_healthy(api: str) -> bool:
    try:
        return httpx.get(f"{api}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def wait_for(condition: object, *, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def start_runner(
    env: dict[str, str], inbox: Path, db: str, log: Path, *args: str
) -> subprocess.Popen[bytes]:
    command = [*CLI, "run", str(inbox), "--db", db, "--no-progress", *args]
    return subprocess.Popen(
        command,
        env=env,
        cwd=inbox.parent,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def digests(paths: list[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def counts(db: str) -> dict[str, int]:
    engine = make_engine(db)
    with Session(engine) as session:
        result = {
            table.__name__: session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Document, Meeting, RecordVersion, Score)
        }
    engine.dispose()
    return result


def test_a_runner_killed_mid_batch_resumes_with_every_document_once(
    server_env: dict[str, str], work_dir: Path
) -> None:
    minutes = minutes_pdfs(work_dir / "good", count=16)
    originals = digests(minutes)
    layout = new_inbox(work_dir / "inbox")
    for path in minutes:
        shutil.copy2(path, layout.root / path.name)
    db = f"sqlite:///{work_dir / 'bienban.db'}"

    runner = start_runner(server_env, layout.root, db, work_dir / "first.log", "-j", "2")
    wait_for(
        lambda: len(list(layout.archive.rglob("*.pdf"))) >= 3 or runner.poll() is not None,
        timeout_s=120,
        what="the first documents to be archived",
    )
    assert runner.poll() is None, (work_dir / "first.log").read_text()  # still mid-batch
    os.killpg(runner.pid, signal.SIGKILL)
    runner.wait()
    done_before = len(list(layout.archive.rglob("*.pdf")))
    assert 3 <= done_before < 16, (work_dir / "first.log").read_text()
    assert list(layout.processing.rglob("*.pdf")), "the dead runner's claims are left behind"

    again = start_runner(server_env, layout.root, db, work_dir / "second.log", "-j", "2")
    assert again.wait(timeout=180) == 0, (work_dir / "second.log").read_text()
    archived = sorted(layout.archive.rglob("*.pdf"))
    assert digests(archived) == originals  # every original, byte-identical, once
    assert len(archived) == 16 and not list(layout.processing.rglob("*"))
    assert not list(layout.quarantine.iterdir())
    assert counts(db) == {"Document": 16, "Meeting": 16, "RecordVersion": 16, "Score": 16}
    engine = make_engine(db)
    with Session(engine) as session:
        assert set(session.scalars(select(Document.status))) == {"ok"}


def test_two_runners_on_one_inbox_never_take_the_same_document(
    server_env: dict[str, str], work_dir: Path
) -> None:
    minutes = minutes_pdfs(work_dir / "good", count=8)
    expected = bad_inputs(work_dir / "bad")
    layout = new_inbox(work_dir / "inbox")
    for path in [*minutes, *(work_dir / "bad").iterdir()]:
        shutil.copy2(path, layout.root / path.name)
    db = f"sqlite:///{work_dir / 'bienban.db'}"
    logs = [work_dir / "a.log", work_dir / "b.log"]
    runners = [start_runner(server_env, layout.root, db, log, "-j", "1") for log in logs]
    codes = [runner.wait(timeout=180) for runner in runners]
    outputs = [log.read_text(encoding="utf-8") for log in logs]
    assert set(codes) <= {0, 4}, outputs  # 4: some documents set aside; never a crash
    taken = [
        {line[2:].split(" [")[0] for line in out.splitlines() if line[:2] in ("✓ ", "✗ ")}
        for out in outputs
    ]
    assert not taken[0] & taken[1], outputs
    assert taken[0] | taken[1] == {p.name for p in minutes} | set(expected), outputs
    assert sorted(p.name for p in layout.archive.rglob("*.pdf")) == [p.name for p in minutes]
    for name, word in expected.items():
        reason = (layout.quarantine / f"{name}.reason.txt").read_text(encoding="utf-8")
        assert word in reason.lower(), name
    assert counts(db)["Meeting"] == 9  # eight minutes and the news article, flagged


def test_serve_registers_the_nightly_deployment_with_its_cron_schedule(
    server_env: dict[str, str], work_dir: Path
) -> None:
    inbox = work_dir / "inbox"
    inbox.mkdir()
    log = work_dir / "serve.log"
    command = [*CLI, "serve", str(inbox), "--cron", "30 1 * * *"]
    server = subprocess.Popen(
        command, env=server_env, cwd=work_dir, stdout=log.open("wb"),
        stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    api = server_env["PREFECT_API_URL"]
    try:
        wait_for(lambda: bool(deployments(api)), timeout_s=90, what="the nightly deployment")
        [deployment] = deployments(api)
        assert deployment["parameters"] == {"inbox": str(inbox.resolve())}
        [schedule] = deployment["schedules"]
        assert schedule["schedule"]["cron"] == "30 1 * * *"
        assert schedule["schedule"]["timezone"] == "Asia/Ho_Chi_Minh"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    assert server.poll() is not None, log.read_text()


def deployments(api: str) -> list[dict[str, Any]]:
    body = {"deployments": {"name": {"any_": ["bienban-nightly"]}}}
    response = httpx.post(f"{api}/deployments/filter", json=body, timeout=5)
    found: list[dict[str, Any]] = json.loads(response.text)
    return found


def test_watch_waits_for_a_copy_to_finish_then_takes_the_file(
    server_env: dict[str, str], work_dir: Path
) -> None:
    [minutes] = minutes_pdfs(work_dir / "good", count=1)
    data = minutes.read_bytes()
    layout = new_inbox(work_dir / "inbox")
    db = f"sqlite:///{work_dir / 'bienban.db'}"
    env = server_env | {"BIENBAN_INBOX_POLL_S": "0.3", "BIENBAN_INBOX_STABLE_S": "1.5"}
    log = work_dir / "watch.log"
    command = [*CLI, "watch", str(layout.root), "--db", db, "--no-progress"]
    watcher = subprocess.Popen(
        command, env=env, cwd=work_dir, stdout=log.open("wb"),
        stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        target = layout.root / "đang chép.pdf"
        with target.open("wb") as handle:  # a slow copy: 3 s, a chunk every 0.25 s
            for start in range(0, len(data), len(data) // 12 + 1):
                handle.write(data[start : start + len(data) // 12 + 1])
                handle.flush()
                time.sleep(0.25)
                assert target.exists(), "taken while still being copied"
        wait_for(
            lambda: bool(list(layout.archive.rglob("đang chép.pdf"))),
            timeout_s=90,
            what="the copied file to be archived",
        )
        [archived] = layout.archive.rglob("đang chép.pdf")
        assert archived.read_bytes() == data
        wait_for(  # the batch over (its summary printed): Ctrl+C finds the watcher idle
            lambda: "tài liệu (" in log.read_text(encoding="utf-8", errors="replace"),
            timeout_s=90,
            what="the watcher to finish the batch",
        )
    finally:
        os.killpg(watcher.pid, signal.SIGINT)
        code = watcher.wait(timeout=30)
    assert code == 130, log.read_text(encoding="utf-8")
