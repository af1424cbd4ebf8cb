"""The review page through its HTTP interface: lists, document pages, scans, corrections,
rescoring, and that the reports then use the reviewed values."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bienban.reports import build_report, parse_period
from bienban.scoring import load_rubric
from bienban.store import Document, Meeting, load_record, make_engine
from bienban.store.review import ReviewedValue, machine_record
from tests.ui.conftest import MISREAD, make_client, ui_records


def csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the page has no form token"
    return match.group(1)


def document_id(url: str, name: str) -> int:
    engine = make_engine(url)
    with Session(engine) as session:
        document = session.scalars(select(Document).where(Document.path == name)).one()
        return document.id


def meeting_of(url: str, name: str) -> Meeting:
    engine = make_engine(url)
    with Session(engine, expire_on_commit=False) as session:
        document = session.scalars(select(Document).where(Document.path == name)).one()
        meeting = document.meeting
        assert meeting is not None
        _ = meeting.scores, meeting.attendance
        return meeting


def test_the_list_shows_every_document_with_its_review_status(ui_client: Any) -> None:
    page = ui_client.get("/documents")
    assert page.status_code == 200
    html = page.text
    assert "Chi bộ Hợp tác xã nông nghiệp Thuận Quới" in html
    assert "07/03/2022" in html and "Trung bình" in html
    assert html.count('<tr class="status-') == 4
    assert "Cần xem lại" in html  # the misread document has a warning and a doubtful count
    assert page.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]


def test_the_list_filters_by_cell_period_and_needs_review(ui_client: Any) -> None:
    by_branch = ui_client.get("/documents", params={"branch": "thuận quới"}).text
    assert by_branch.count('<tr class="status-') == 1
    by_period = ui_client.get("/documents", params={"period": "2012"}).text
    assert by_period.count('<tr class="status-') == 2  # 2012-10-07 and 2012-02-20
    needs = ui_client.get("/documents", params={"needs_review": "1"}).text
    assert "Thuận Quới" in needs
    bad = ui_client.get("/documents", params={"period": "quý 1"}).text
    assert "không hợp lệ" in bad


def test_a_document_page_puts_the_least_confident_field_first_and_highlights_it(
    ui_client: Any, ui_db: str
) -> None:
    number = document_id(ui_db, MISREAD)
    html = ui_client.get(f"/documents/{number}").text
    order = re.findall(r'class="field[^"]*" id="field-([^"]+)"', html)
    assert order[0] == "attendance.present"  # 55 %: the least confident
    assert order.index("end_time") < order.index("branch")  # 74 % before 93 %
    assert 'class="field uncertain' in html
    highlight = re.search(r'class="hl hl-uncertain\s*" data-field="attendance.present"', html)
    assert highlight, "the doubtful count is highlighted on the page image"
    assert f'src="/documents/{number}/pages/2.png"' in html


def test_page_images_come_only_from_stored_documents(ui_client: Any, ui_db: str) -> None:
    number = document_id(ui_db, MISREAD)
    image = ui_client.get(f"/documents/{number}/pages/1.png")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert ui_client.get(f"/documents/{number}/pages/9.png").status_code == 404
    assert ui_client.get("/documents/999/pages/1.png").status_code == 404
    for probe in (
        "/documents/..%2F..%2Fetc%2Fpasswd/pages/1.png",
        "/static/..%2F..%2Fsettings.py",
        "/static/../app.py",
    ):
        response = ui_client.get(probe)
        assert response.status_code in (404, 422), probe
        assert b"SECRET" not in response.content and b"import" not in response.content


def test_a_changed_file_is_not_served(ui_db: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.jpg"
    shutil.copy(Path(__file__).parents[2] / "sample_docs" / "doc_0001_clean.jpg", copy)
    engine = make_engine(ui_db)
    with Session(engine) as session, session.begin():
        document = session.scalars(
            select(Document).where(Document.path == "doc_0001_clean.jpg")
        ).one()
        document.path = str(copy)
        number = document.id
    with make_client(ui_db) as client:
        assert client.get(f"/documents/{number}/pages/1.png").status_code == 200
        copy.write_bytes(copy.read_bytes() + b"tampered")
        assert client.get(f"/documents/{number}/pages/1.png").status_code == 404
        assert "đã bị thay đổi" in client.get(f"/documents/{number}").text


def correct(client: Any, number: int, field: str, value: str) -> Any:
    token = csrf(client.get(f"/documents/{number}").text)
    return client.post(
        f"/documents/{number}/fields/{field}",
        data={"csrf_token": token, "value": value},
        follow_redirects=False,
    )


def test_a_correction_is_stored_beside_the_machine_value_and_rescored(
    ui_client: Any, ui_db: str
) -> None:
    number = document_id(ui_db, MISREAD)
    before = meeting_of(ui_db, MISREAD)
    assert (before.present, before.scores[0].level) == (13, "Trung bình")
    response = correct(ui_client, number, "attendance.present", "30")
    assert response.status_code == 303
    page = ui_client.get(response.headers["location"]).text
    assert "Đã lưu Có mặt: 30" in page and "xếp loại Khá" in page and "trước: 18/28" in page
    assert 'id="score-level">Khá<' in page
    after = meeting_of(ui_db, MISREAD)
    assert after.present == 30
    assert after.record["attendance"]["present"] == 30
    assert after.record["review"]["attendance.present"]["machine"] == 13
    assert machine_record(after.record)["attendance"]["present"] == 13
    assert (after.scores[0].points, after.scores[0].level) == (20.0, "Khá")
    engine = make_engine(ui_db)
    with Session(engine) as session:
        row = session.scalars(select(ReviewedValue)).one()
        assert (row.field, row.machine_value, row.value) == ("attendance.present", 13, 30)
        assert row.reviewer.endswith("(máy này)")
        report = build_report(session, parse_period("2022-Q1"), rubric=load_rubric(None))
    meetings = report.views["Buổi họp"]
    assert list(meetings["Có mặt"]) == [30]
    assert list(meetings["Xếp loại (theo biên bản)"]) == ["Khá"]


def test_a_wrong_value_is_refused_with_a_message(ui_client: Any, ui_db: str) -> None:
    number = document_id(ui_db, MISREAD)
    response = correct(ui_client, number, "attendance.present", "ba mươi")
    assert response.status_code == 303
    page = ui_client.get(f"/documents/{number}").text
    assert "không phải số nguyên" in page
    assert correct(ui_client, number, "date", "31/02/2022").status_code == 303
    assert "Ngày &#39;31/02/2022&#39; không hợp lệ" in ui_client.get(f"/documents/{number}").text
    assert correct(ui_client, number, "source.path", "/etc/passwd").status_code == 303
    assert meeting_of(ui_db, MISREAD).record.get("review") is None


def test_lists_and_dates_can_be_corrected(ui_client: Any, ui_db: str) -> None:
    number = document_id(ui_db, MISREAD)
    correct(ui_client, number, "date", "08/03/2022")
    correct(ui_client, number, "attendance.guests", "Lê Văn Tám\n  \nTrần Thị Hoa")
    meeting = meeting_of(ui_db, MISREAD)
    assert str(meeting.date) == "2022-03-08"
    assert [a.name for a in meeting.attendance if a.role == "guest"] == [
        "Lê Văn Tám",
        "Trần Thị Hoa",
    ]


def test_reviewed_values_survive_loading_the_document_again(ui_client: Any, ui_db: str) -> None:
    number = document_id(ui_db, MISREAD)
    correct(ui_client, number, "attendance.present", "30")
    record = next(r for r in ui_records() if r.source.path == MISREAD)
    engine = make_engine(ui_db)
    with Session(engine) as session, session.begin():
        load_record(session, record.model_copy(update={"extractor": {"extractor": "0.3.0"}}))
        meeting = session.scalars(select(Meeting)).all()
        target = next(m for m in meeting if m.document_id == number)
        assert target.present == 30  # the newer reading, with the reviewed value on top
        assert machine_record(target.record)["attendance"]["present"] == 13


def test_marking_a_document_reviewed(ui_client: Any, ui_db: str) -> None:
    number = document_id(ui_db, MISREAD)
    token = csrf(ui_client.get(f"/documents/{number}").text)
    response = ui_client.post(
        f"/documents/{number}/reviewed", data={"csrf_token": token}, follow_redirects=True
    )
    assert "Đã đánh dấu" in response.text
    assert "Thuận Quới" not in response.text  # no longer in the "needs review" list


def test_posts_without_the_form_token_or_from_another_site_are_refused(
    ui_client: Any, ui_db: str
) -> None:
    number = document_id(ui_db, MISREAD)
    url = f"/documents/{number}/fields/attendance.present"
    assert ui_client.post(url, data={"value": "30"}).status_code == 403
    assert ui_client.post(url, data={"value": "30", "csrf_token": "guess"}).status_code == 403
    token = csrf(ui_client.get(f"/documents/{number}").text)
    other_site = ui_client.post(
        url, data={"value": "30", "csrf_token": token}, headers={"origin": "http://evil.test"}
    )
    assert other_site.status_code == 403
    assert meeting_of(ui_db, MISREAD).present == 13


def test_the_dashboard_shows_the_report_charts_for_a_period(ui_client: Any) -> None:
    html = ui_client.get("/dashboard", params={"period": "2012"}).text
    assert "Tổng hợp năm 2012" in html
    assert html.count("data:image/svg+xml;base64,") >= 2
    assert "Chi bộ Trường Mầm non Phú Hà" in html
    assert "không hợp lệ" in ui_client.get("/dashboard", params={"period": "x"}).text
    default = ui_client.get("/dashboard").text
    assert "quý 4 năm 2023" in default  # the newest meeting's quarter


def test_values_are_escaped_on_every_page(ui_client: Any, ui_db: str) -> None:
    number = document_id(ui_db, MISREAD)
    correct(ui_client, number, "location", '<script>alert("x")</script>')
    html = ui_client.get(f"/documents/{number}").text
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_a_document_that_could_not_be_read_shows_why(ui_client: Any, ui_db: str) -> None:
    from bienban.store import record_failure

    with Session(make_engine(ui_db)) as session, session.begin():
        failed = record_failure(
            session, sha256="0" * 64, path="hong.pdf", reasons=["PDF bị hỏng, không mở được."]
        )
        number = failed.id
    listing = ui_client.get("/documents", params={"needs_review": "1"}).text
    assert "hong.pdf" in listing and "Không đọc được" in listing
    page = ui_client.get(f"/documents/{number}")
    assert page.status_code == 200 and "PDF bị hỏng" in page.text
    missing = ui_client.get("/documents/424242")
    assert missing.status_code == 404 and "Không có tài liệu này" in missing.text


def test_a_correction_the_record_cannot_hold_changes_nothing(ui_client: Any, ui_db: str) -> None:
    name = "doc_0001_clean.jpg"
    number = document_id(ui_db, name)
    with Session(make_engine(ui_db)) as session, session.begin():
        meeting = session.scalars(select(Document).where(Document.path == name)).one().meeting
        assert meeting is not None
        record = dict(meeting.record)
        record["vote"] = None
        meeting.record = record
    response = correct(ui_client, number, "vote.agree", "5")
    assert response.status_code == 303
    assert "vote.total" in ui_client.get(f"/documents/{number}").text
    with Session(make_engine(ui_db)) as session:
        assert session.scalars(select(ReviewedValue)).all() == []


def test_an_expected_field_the_machine_did_not_find_comes_first(ui_client: Any, ui_db: str) -> None:
    name = "doc_0001_clean.jpg"
    with Session(make_engine(ui_db)) as session, session.begin():
        meeting = session.scalars(select(Document).where(Document.path == name)).one().meeting
        assert meeting is not None
        meeting.record = {**meeting.record, "chair": None}
    html = ui_client.get(f"/documents/{document_id(ui_db, name)}").text
    order = re.findall(r'class="field[^"]*" id="field-([^"]+)"', html)
    assert order[0] == "chair" and "máy không tìm thấy" in html
    assert order[-1] != "chair"


def test_fields_on_a_scan_are_located_by_reading_the_page_again(ui_client: Any, ui_db: str) -> None:
    number = document_id(ui_db, "doc_0001_clean.jpg")  # an image: no text layer to search
    html = ui_client.get(f"/documents/{number}").text
    assert f'data-boxes="/documents/{number}/pages/1/boxes.json"' in html
    assert 'class="hl' not in html
    found = ui_client.get(f"/documents/{number}/pages/1/boxes.json").json()["boxes"]
    present = [b for b in found if b["field"] == "attendance.present"]
    assert len(present) == 1 and present[0]["uncertain"] is True
    left, top, width, height = present[0]["box"]
    assert 0 < left < left + width <= 1 and 0 < top < top + height < 0.2
    text_pdf = document_id(ui_db, MISREAD)
    assert ui_client.get(f"/documents/{text_pdf}/pages/2/boxes.json").json() == {"boxes": []}
