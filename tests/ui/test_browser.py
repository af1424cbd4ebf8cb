"""End to end in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright):
open a document, correct an attendance count, see the score and the level change.

Screenshots of every page go to $BIENBAN_TEST_SCREENSHOTS (default: the test's tmp folder)
as ui_*.png, to be looked at by a person after a change to the pages.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bienban.settings import Settings
from bienban.ui.settings import UiSettings
from tests.ui.conftest import SAMPLE_DOCS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

playwright_api = pytest.importorskip("playwright.sync_api")
if not shutil.which(CHROMIUM):
    pytest.skip(
        f"{CHROMIUM} is missing: apt-get install chromium (scripts/install.sh does)",
        allow_module_level=True,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve(url: str, **ui: Any) -> Iterator[str]:
    """The review page on a free local port, in a thread, for the duration of the block."""
    import uvicorn

    from bienban.ui.app import create_app

    port = free_port()
    app = create_app(
        Settings(database_url=url, cache_dir=None, workers=1),
        UiSettings(ui_port=port, **{"ui_ocr_highlights": False, **ui}),
        base_dir=SAMPLE_DOCS,
    )
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("BIENBAN_TEST_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


def test_correcting_a_count_changes_the_score_and_level(
    ui_db: str, browser: Any, shots: Path
) -> None:
    expect = playwright_api.expect
    with serve(ui_db) as base:
        page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="vi-VN")
        page.goto(f"{base}/documents")
        expect(page.locator("h1")).to_contain_text("Tài liệu đã đọc")
        page.screenshot(path=str(shots / "ui_documents.png"), full_page=True)

        page.get_by_role("link", name="doc_0010_clean.pdf").click()
        expect(page.locator("#score-level")).to_have_text("Trung bình")
        field = page.locator('[id="field-attendance.present"]')
        expect(field).to_have_class(re.compile(r"\buncertain\b"))
        highlight = page.locator('.hl[data-field="attendance.present"]').first
        expect(highlight).to_be_visible()
        page.locator(".page-image img").first.evaluate("img => img.decode()")
        field.hover()
        expect(highlight).to_have_class(re.compile(r"\bactive\b"))
        page.screenshot(path=str(shots / "ui_document.png"))

        field.locator("input[name=value]").fill("30")
        field.get_by_role("button", name="Lưu").click()
        expect(page.locator(".flash")).to_contain_text("Đã lưu Có mặt: 30")
        expect(page.locator("#score-level")).to_have_text("Khá")
        expect(page.locator("#score-points")).to_contain_text("20/28")
        expect(page.locator('[id="field-attendance.present"] .reviewed-note')).to_contain_text(
            "máy đọc: 13"
        )
        page.screenshot(path=str(shots / "ui_document_corrected.png"))

        page.goto(f"{base}/documents?period=2022-Q1")
        expect(page.locator("table.documents")).to_contain_text("Khá")
        page.goto(f"{base}/dashboard?period=2012")
        expect(page.locator("h1")).to_contain_text("Tổng hợp năm 2012")
        expect(page.locator(".charts img").first).to_be_visible()
        page.screenshot(path=str(shots / "ui_dashboard.png"), full_page=True)


def test_the_login_page_in_the_browser(ui_db: str, browser: Any, shots: Path) -> None:
    with serve(ui_db, ui_require_login=True) as base:
        page = browser.new_page(viewport={"width": 1100, "height": 700}, locale="vi-VN")
        page.goto(f"{base}/documents")
        expect = playwright_api.expect
        expect(page.locator("h1")).to_have_text("Đăng nhập")
        page.get_by_label("Tên người dùng").fill("lan")
        page.get_by_label("Mật khẩu").fill("sai-mật-khẩu")
        page.get_by_role("button", name="Đăng nhập").click()
        expect(page.locator(".warn").last).to_contain_text("Sai tên hoặc mật khẩu")
        page.screenshot(path=str(shots / "ui_login.png"))
