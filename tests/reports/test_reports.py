"""Reports for a period from a real database: views, HTML with charts, XLSX, CSV, and the CLI."""

from __future__ import annotations

import base64
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pandas as pd
import pytest
from sqlalchemy.orm import Session

from bienban.cli import main
from bienban.models.record import MeetingRecord
from bienban.reports import PeriodError, build_report, parse_period, render_html
from bienban.scoring import load_rubric
from bienban.store import make_engine
from tests.store.helpers import make_record

A = "Chi bộ ấp Hưng Thạnh Đông"
B = "Chi bộ Công an phường Mỹ Điền A"


def quarter_records() -> list[MeetingRecord]:
    """Q1 2024: cell A meets every month (a thematic one in March); cell B misses February,
    holds a short meeting in January, and Nguyễn Thị Bé is absent twice."""
    absent = [{"name": "Nguyễn Thị Bé", "excused": False}]
    return [
        make_record(name="a1", branch=A, date="2024-01-03"),
        make_record(name="a2", branch=A, date="2024-02-03", present=20, speakers=6),
        make_record(
            name="a3", branch=A, date="2024-03-04", meeting_type="combined",
            thematic_title="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        ),
        make_record(
            name="b1", branch=B, date="2024-01-05", duration_minutes=60, end_time="15:00",
            total_members=12, exempt=0, present=9, absent_unexcused=1, absent_excused=2,
            speakers=3, absentees=absent,
        ),
        make_record(
            name="b3", branch=B, date="2024-03-05", total_members=12, exempt=0, present=10,
            absent_unexcused=1, absent_excused=1, absentees=absent,
        ),
        make_record(name="old", branch=B, date="2023-12-05"),
    ]  # fmt: skip


def cli(argv: list[str]) -> int:
    return main(argv)


@pytest.fixture
def loaded_db(fresh_db: str, tmp_path: Path) -> str:
    records = tmp_path / "records.jsonl"
    lines = [r.model_dump_json(by_alias=True) for r in quarter_records()]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli(["load", str(records), "--db", fresh_db]) == 0
    assert cli(["score", "--db", fresh_db]) == 0
    return fresh_db


def test_views_per_cell_and_period(loaded_db: str) -> None:
    engine = make_engine(loaded_db)
    with Session(engine) as session:
        data = build_report(session, parse_period("2024-Q1"), rubric=load_rubric())
    engine.dispose()
    views = data.views
    assert len(views["Buổi họp"]) == 5  # December 2023 is outside the period
    summary = views["Theo chi bộ"].set_index("Chi bộ")
    assert summary.loc[B, "Tháng không họp thường kỳ"] == "2024-02"
    assert summary.loc[B, "Quý chưa có chuyên đề"] == "2024-Q1"
    assert summary.loc[A, "Tháng không họp thường kỳ"] == "—"
    assert summary.loc[B, "Lượt vắng không lý do"] == 2
    grid = views["Tháng có họp"].set_index("Chi bộ")
    assert grid.loc[A, "2024-03"] == "✓ CĐ" and grid.loc[B, "2024-02"] == "✗"
    trend = views["Tỷ lệ dự họp"].set_index("Chi bộ")
    assert trend.loc[A, "2024-01"] == 92.0 and trend.loc[B, "2024-01"] == 75.0
    assert list(views["Họp ngắn"]["Chi bộ"]) == [B]
    absentees = views["Vắng nhiều lần"]
    assert list(absentees["Họ tên"]) == ["Nguyễn Thị Bé"]
    assert absentees["Số lần vắng"].iloc[0] == 2
    assert views["Xếp loại"].set_index("Chi bộ").loc[A, "Tốt"] >= 1


def test_report_files(loaded_db: str, tmp_path: Path) -> None:
    html = tmp_path / "q1.html"
    assert cli(["report", "--period", "2024-Q1", "--format", "html", "-o", str(html), "--db", loaded_db]) == 0  # fmt: skip
    text = html.read_text(encoding="utf-8")
    assert "Báo cáo sinh hoạt chi bộ quý 1 năm 2024" in text
    assert A in text and "Nguyễn Thị Bé" in text and "Tháng có họp thường kỳ" in text
    images = text.split('src="data:image/svg+xml;base64,')[1:]
    assert len(images) == 4
    charts = [ElementTree.fromstring(base64.b64decode(i.split('"')[0])) for i in images]
    assert all(float(chart.attrib["width"]) > 300 for chart in charts)
    labels = [" ".join(chart.itertext()) for chart in charts]
    assert A in labels[0] and "Tốt" in labels[0]  # cells and levels, diacritics intact
    assert "tháng" in labels[1].lower() and "có họp" in labels[1]

    xlsx = tmp_path / "q1.xlsx"
    assert cli(["report", "--period", "2024-Q1", "--format", "xlsx", "-o", str(xlsx), "--db", loaded_db]) == 0  # fmt: skip
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == [
        "Buổi họp", "Theo chi bộ", "Tháng có họp", "Tỷ lệ dự họp", "Xếp loại", "Họp ngắn",
        "Vắng nhiều lần",
    ]  # fmt: skip
    assert book["Buổi họp"]["A1"].value == "Chi bộ"
    assert book["Buổi họp"]["A2"].value == B

    csv = tmp_path / "q1.csv"
    assert cli(["report", "--period", "2024-Q1", "--branch", "Hưng Thạnh", "--format", "csv", "-o", str(csv), "--db", loaded_db]) == 0  # fmt: skip
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the diacritics
    meetings = pd.read_csv(csv, encoding="utf-8-sig")
    assert set(meetings["Chi bộ"]) == {A}
    assert (tmp_path / "q1.theo-chi-bo.csv").is_file()


def test_empty_period_still_renders(loaded_db: str) -> None:
    engine = make_engine(loaded_db)
    with Session(engine) as session:
        data = build_report(session, parse_period("2030-05"), rubric=load_rubric())
    assert "tháng 5 năm 2030" in render_html(data)


@pytest.mark.parametrize("text", ["2024-Q5", "Q1-2024", "2024-13", "abc"])
def test_bad_period(text: str) -> None:
    with pytest.raises(PeriodError, match="2024-Q1"):
        parse_period(text)


def test_periods() -> None:
    assert parse_period("2024-q1").months == ["2024-01", "2024-02", "2024-03"]
    assert parse_period("2024-H2").quarters == ["2024-Q3", "2024-Q4"]
    assert parse_period("2024-3").label == "2024-03"
    assert len(parse_period("2024").months) == 12
