"""The flow commands' command line, without starting Prefect."""

from __future__ import annotations

from pathlib import Path

import pytest

from bienban.cli_flows import flow_settings, main
from bienban.flows.settings import FlowSettings
from bienban.settings import Settings


def test_flow_commands_have_vietnamese_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command, phrase in [
        ("run", "thư mục nhận tệp"),
        ("watch", "Ctrl+C"),
        ("serve", "lịch cron"),
        ("archive", "bộ điều phối Dask"),
    ]:
        with pytest.raises(SystemExit) as exit_info:
            main([command, "--help"])
        assert exit_info.value.code == 0
        assert phrase in capsys.readouterr().out, command


def test_every_flow_setting_has_help_and_the_bienban_prefix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, field in FlowSettings.model_fields.items():
        assert field.description, name
    monkeypatch.setenv("BIENBAN_INBOX_STABLE_S", "2.5")
    assert FlowSettings().inbox_stable_s == 2.5


def test_command_line_options_override_settings(work_dir: Path) -> None:
    import argparse

    args = argparse.Namespace(db="sqlite:///x.db", dask="tcp://h:8786", reports=work_dir)
    configured = flow_settings(args, Settings(workers=3))
    assert (configured.database_url, configured.dask_address) == ("sqlite:///x.db", "tcp://h:8786")
    assert configured.report_dir == work_dir and configured.workers == 3


def test_serve_without_a_prefect_server_says_what_to_do(
    work_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["serve", str(work_dir)]) == 2
    assert "prefect server start" in capsys.readouterr().err


def test_a_missing_inbox_exits_3(work_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["watch", str(work_dir / "không có")]) == 3
    assert "Không tìm thấy thư mục nhận tệp" in capsys.readouterr().err


def test_only_transient_faults_are_retried() -> None:
    from prefect.states import Completed, Failed

    from bienban.errors import CorruptFileError, OcrCrashedError, TransientError
    from bienban.flows.runners import is_transient_failure

    def retried(error: Exception) -> bool:
        return is_transient_failure(None, None, Failed(data=error))  # type: ignore[arg-type]

    assert retried(TransientError("Cơ sở dữ liệu đang bị khóa"))
    assert retried(OcrCrashedError("Tesseract bị lỗi"))
    assert not retried(CorruptFileError("PDF bị hỏng"))
    assert not retried(ValueError("bug"))
    assert not is_transient_failure(None, None, Completed(data=1))  # type: ignore[arg-type]
