from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bienban.cli import build_parser, main
from bienban.settings import Settings
from tests.conftest import ROOT, draw_text_image

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented_in_the_readme() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"bienban {name}" in README, name


def test_every_setting_is_documented_with_help() -> None:
    for name, field in Settings.model_fields.items():
        assert f"BIENBAN_{name.upper()}" in README, name
        assert field.description, name


def test_every_exit_code_is_documented() -> None:
    from bienban.errors import ExitCode

    for code in ExitCode:
        assert re.search(rf"^\| {int(code)} \|", README, re.MULTILINE), code


def test_help_is_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--help"])
    assert exit_info.value.code == 0
    assert "tệp kết quả" in capsys.readouterr().out


def test_a_missing_input_exits_3(work_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", str(work_dir / "nope"), "--output", str(work_dir / "o.jsonl")])
    assert code == 3
    assert "Không tìm thấy" in capsys.readouterr().err


@pytest.mark.tesseract
def test_extract_writes_records_and_sets_bad_files_aside(
    work_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = work_dir / "inbox"
    inbox.mkdir()
    draw_text_image(["BIÊN BẢN SINH HOẠT CHI BỘ", "Thư ký: đồng chí Lê Thị Hà"]).save(
        inbox / "a.png"
    )
    (inbox / "b.pdf").write_text("không phải PDF", encoding="utf-8")
    output = work_dir / "out" / "records.jsonl"
    code = main(["extract", str(inbox), "--output", str(output), "-j", "1"])
    assert code == 4
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["source"]["path"] for r in records] == [str(inbox / "a.png")]
    captured = capsys.readouterr()
    assert "Đã đọc 1/2 tài liệu" in captured.out
    assert "b.pdf" in captured.out and "Không phải tệp ảnh quét hoặc PDF" in captured.out
    assert not output.with_name("records.jsonl.partial").exists()
