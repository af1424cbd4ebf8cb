"""The review web page: FastAPI, server-rendered Jinja2 pages and plain forms.

`create_app(settings, ui)` builds the application; `bienban ui` serves it with uvicorn. Pages:
the document list (`/documents`), one document beside its scans (`/documents/{id}`), the
dashboard (`/dashboard`) and the login page when a login is required (see `bienban.ui.settings`).
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from bienban.reports import PeriodError, parse_period
from bienban.scoring import Rubric, load_rubric
from bienban.settings import Settings
from bienban.store.models import Document, Meeting
from bienban.store.review import (
    ReviewError,
    ReviewUser,
    authenticate,
    correct_field,
    mark_reviewed,
    parse_value,
)
from bienban.ui import views
from bienban.ui.dashboard import dashboard_context
from bienban.ui.scans import ScanStore, ScanUnavailable, locate_text
from bienban.ui.security import (
    COOKIE,
    CsrfError,
    SessionSigner,
    WebSession,
    new_secret,
    read_form,
    session_cookie_options,
)
from bienban.ui.settings import UiOptions

if TYPE_CHECKING:
    from bienban.pipeline.ocr import OcrEngine

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
OPEN_PATHS = ("/login", "/static/")
FLASH = "bienban_flash"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


class UiState:
    """What every request needs: the database, the sheet, the scans, the settings."""

    def __init__(
        self,
        engine: Engine,
        rubric: Rubric,
        ui: UiOptions,
        *,
        base_dir: Path,
        ocr_engine: OcrEngine | None,
    ) -> None:
        self.engine = engine
        self.rubric = rubric
        self.ui = ui
        self.scans = ScanStore(dpi=ui.ui_page_dpi, base_dir=base_dir, ocr_engine=ocr_engine)
        secret = ui.ui_secret_key.get_secret_value() if ui.ui_secret_key else None
        self.signer = SessionSigner(new_secret(secret), max_age_s=ui.ui_session_hours * 3600)
        self.local_user = f"{getpass.getuser()} (máy này)"


def create_app(
    settings: Settings,
    ui: UiOptions,
    *,
    engine: Engine | None = None,
    base_dir: Path | None = None,
    ocr_engine: OcrEngine | None = None,
) -> FastAPI:
    """The application on the configured database (migrated to the newest schema). Relative
    document paths are read from `base_dir` (default: the working directory); `ocr_engine`
    (default: Tesseract when `ui_ocr_highlights`) locates fields on scanned pages."""
    from bienban.store import make_engine, upgrade_database

    if engine is None:
        engine = make_engine(settings.database_url, busy_timeout_s=settings.database_busy_timeout_s)
    upgrade_database(settings.database_url, engine=engine)
    app = FastAPI(title="bienban", docs_url=None, redoc_url=None, openapi_url=None)
    if ocr_engine is None and ui.ui_ocr_highlights:
        from bienban.pipeline.ocr import TesseractEngine

        ocr_engine = TesseractEngine(
            language=settings.ocr_language,
            timeout_s=settings.ocr_page_timeout_s,
            command=settings.tesseract_cmd,
        )
    app.state.ui = UiState(
        engine,
        load_rubric(settings.rubric_path),
        ui,
        base_dir=base_dir or Path.cwd(),
        ocr_engine=ocr_engine,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.middleware("http")(_session_middleware)
    _add_routes(app)
    return app


templates = Jinja2Templates(  # every template escaped, whatever its file name ends with
    env=Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
)
templates.env.filters["shown"] = lambda value, field: views.format_value(
    value, views.FIELD_KINDS.get(field, "text")
)


def _state(request: Request) -> UiState:
    state: UiState = request.app.state.ui
    return state


async def _session_middleware(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Load the signed session, ask for a login where one is required, write the session
    back when it changed (a new visitor, a login), add the security headers."""
    state = _state(request)
    request.state.session = state.signer.loads(request.cookies.get(COOKIE))
    flash = request.cookies.get(FLASH)
    request.state.flash = unquote(flash) if flash else None
    if (
        state.ui.login_required
        and request.state.session.user is None
        and not _is_open(request.url.path)
    ):
        response = _login_redirect(request)
    else:
        response = await call_next(request)
    session: WebSession = request.state.session
    if session.changed:
        response.set_cookie(
            COOKIE, state.signer.dumps(session), **session_cookie_options(secure=False)
        )
    if flash and request.method == "GET" and response.status_code == 200:
        response.delete_cookie(FLASH, path="/")
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _login_redirect(request: Request) -> Response:
    if request.method != "GET":
        return HTMLResponse("Cần đăng nhập.", status_code=401)
    query = "?" + request.url.query if request.url.query else ""
    return RedirectResponse(f"/login?next={quote(request.url.path + query)}", status_code=303)


def _is_open(path: str) -> bool:
    return any(path == p or path.startswith(p) for p in OPEN_PATHS)


def _page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    session: WebSession = request.state.session
    state = _state(request)
    context = {
        "csrf_token": session.csrf,
        "user": session.user,
        "login_required": state.ui.login_required,
        "flash": request.state.flash,
        **context,
    }
    return templates.TemplateResponse(request, name, context, status_code=status)


def _redirect(url: str, flash: str | None = None) -> Response:
    response = RedirectResponse(url, status_code=303)
    if flash:
        response.set_cookie(FLASH, quote(flash), max_age=60, httponly=True, samesite="strict")
    return response


def _reviewer(request: Request) -> str:
    session: WebSession = request.state.session
    return session.user or _state(request).local_user


def _add_routes(app: FastAPI) -> None:
    app.get("/", include_in_schema=False)(home)
    app.get("/documents", response_class=HTMLResponse)(document_list)
    app.get("/documents/{document_id}", response_class=HTMLResponse)(document_page)
    app.get("/documents/{document_id}/pages/{number}.png")(page_image)
    app.get("/documents/{document_id}/pages/{number}/boxes.json")(page_boxes)
    app.post("/documents/{document_id}/fields/{field_name}")(post_correction)
    app.post("/documents/{document_id}/reviewed")(post_reviewed)
    app.get("/dashboard", response_class=HTMLResponse)(dashboard)
    app.get("/login", response_class=HTMLResponse)(login_page)
    app.post("/login")(post_login)
    app.post("/logout")(post_logout)
    app.exception_handler(CsrfError)(_csrf_failed)
    app.exception_handler(StarletteHTTPException)(_http_error)


async def home() -> Response:
    return RedirectResponse("/documents", status_code=303)


async def _csrf_failed(request: Request, error: Exception) -> Response:
    logger.warning("refused a POST to %s: %s", request.url.path, error)
    return HTMLResponse(
        "Biểu mẫu đã hết hạn hoặc không hợp lệ: hãy tải lại trang rồi thử lại.", status_code=403
    )


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    detail = "Không có trang này." if error.detail == "Not Found" else error.detail
    context = {"status": error.status_code, "detail": detail}
    return _page(request, "error.html.j2", context, status=error.status_code)


def document_list(
    request: Request, branch: str = "", period: str = "", needs_review: str = ""
) -> Response:
    state = _state(request)
    error = None
    parsed = None
    if period.strip():
        try:
            parsed = parse_period(period)
        except PeriodError as problem:
            error = problem.message
    with Session(state.engine) as session:
        rows = views.list_documents(
            session,
            rubric=state.rubric,
            threshold=state.ui.ui_review_confidence,
            branch=branch.strip() or None,
            period=parsed,
            needs_review=bool(needs_review),
        )
        total = session.scalar(select(func.count()).select_from(Document)) or 0
    filters = {"branch": branch, "period": period, "needs_review": bool(needs_review)}
    context = {"rows": rows, "total": total, "filters": filters, "error": error}
    return _page(request, "documents.html.j2", context)


def _meeting_or_404(session: Session, document_id: int) -> tuple[Document, Meeting | None]:
    document = session.get(Document, document_id)
    if document is None:
        raise HTTPException(status_code=404, detail="Không có tài liệu này.")
    return document, document.meeting


def document_page(request: Request, document_id: int) -> Response:
    state = _state(request)
    threshold = state.ui.ui_review_confidence
    with Session(state.engine) as session:
        document, meeting = _meeting_or_404(session, document_id)
        context: dict[str, Any] = {"document": document, "meeting": meeting}
        if meeting is not None:
            context |= {
                "fields": views.field_views(meeting, state.scans, threshold=threshold),
                "score": views.score_of(meeting, state.rubric),
                "history": views.corrections_of(session, meeting),
                "threshold": threshold,
                "type_names": views.TYPE_NAMES,
                "labels": views.LABELS,
                "ocr_highlights": state.scans.ocr_engine is not None,
            }
        try:
            state.scans.verified_path(document)
            context["scan_error"] = None
        except ScanUnavailable as problem:
            context["scan_error"] = str(problem)
        return _page(request, "document.html.j2", context)


def page_image(request: Request, document_id: int, number: int) -> Response:
    state = _state(request)
    with Session(state.engine) as session:
        document = session.get(Document, document_id)
        if document is None:
            raise HTTPException(status_code=404, detail="Không có tài liệu này.")
        try:
            png = state.scans.page_png(document, number)
        except ScanUnavailable as problem:
            raise HTTPException(status_code=404, detail=str(problem)) from problem
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=600"})


def page_boxes(request: Request, document_id: int, number: int) -> dict[str, Any]:
    """Highlights found by reading page `number` again, for the fields the record could not
    place: `{"boxes": [{"field", "box": [left, top, width, height], "uncertain"}]}`."""
    state = _state(request)
    threshold = state.ui.ui_review_confidence
    with Session(state.engine) as session:
        document, meeting = _meeting_or_404(session, document_id)
        if meeting is None:
            return {"boxes": []}
        fields = views.field_views(meeting, state.scans, threshold=threshold)
        wanted = [f for f in fields if f.page == number and f.text and not f.boxes]
        words = state.scans.ocr_words(document, number) if wanted else []
    boxes = [
        {"field": f.name, "box": [round(v, 5) for v in box], "uncertain": f.uncertain}
        for f in wanted
        for box in locate_text(words, f.text or "")
    ]
    return {"boxes": boxes}


async def post_correction(request: Request, document_id: int, field_name: str) -> Response:
    form = await read_form(request)
    state = _state(request)
    url = f"/documents/{document_id}"
    try:
        value = parse_value(field_name, form.get("value", ""))
        with Session(state.engine) as session, session.begin():  # rolled back on any error
            _document, meeting = _meeting_or_404(session, document_id)
            if meeting is None:
                return _redirect(url, "Lỗi: tài liệu này chưa có bản ghi để sửa.")
            before = views.score_of(meeting, state.rubric)
            old = (before.points, before.assessable_max, before.level) if before else None
            correction = correct_field(
                session,
                meeting,
                field_name,
                value,
                reviewer=_reviewer(request),
                rubric=state.rubric,
            )
            message = _correction_message(field_name, correction, old)
    except ReviewError as problem:
        return _redirect(url + f"#field-{field_name}", f"Lỗi: {problem}")
    return _redirect(url, message)


def _correction_message(field_name: str, correction: Any, old: Any) -> str:
    kind = views.FIELD_KINDS[field_name]
    label = views.LABELS[field_name]
    new = views.format_value(correction.value, kind)
    score = correction.score
    text = f"Đã lưu {label}: {new}. Điểm {score.points:g}/{score.assessable_max:g}"
    text += f", xếp loại {score.level or 'chưa xếp loại'}"
    if old and (old[0], old[1], old[2]) != (score.points, score.assessable_max, score.level):
        text += f" (trước: {old[0]:g}/{old[1]:g}, {old[2] or 'chưa xếp loại'})"
    return text + "."


async def post_reviewed(request: Request, document_id: int) -> Response:
    await read_form(request)
    state = _state(request)
    with Session(state.engine) as session, session.begin():
        _document, meeting = _meeting_or_404(session, document_id)
        if meeting is None:
            return _redirect("/documents", "Tài liệu này chưa có bản ghi.")
        mark_reviewed(session, meeting, reviewer=_reviewer(request))
    return _redirect("/documents?needs_review=1", "Đã đánh dấu tài liệu là đã duyệt.")


def dashboard(request: Request, period: str = "", branch: str = "") -> Response:
    state = _state(request)
    with Session(state.engine) as session:
        context = dashboard_context(session, state.rubric, period=period, branch=branch)
    return _page(request, "dashboard.html.j2", context)


def login_page(request: Request, next: str = "/documents") -> Response:
    state = _state(request)
    with Session(state.engine) as session:
        users = session.scalar(select(func.count()).select_from(ReviewUser)) or 0
    return _page(request, "login.html.j2", {"next": _safe_next(next), "no_users": users == 0})


async def post_login(request: Request) -> Response:
    form = await read_form(request)
    state = _state(request)
    with Session(state.engine) as session:
        user = authenticate(session, form.get("name", ""), form.get("password", ""))
    target = _safe_next(form.get("next", "/documents"))
    if user is None:
        context = {
            "next": target,
            "error": "Sai tên hoặc mật khẩu.",
            "no_users": False,
            "name": form.get("name", ""),
        }
        return _page(request, "login.html.j2", context, status=401)
    request.state.session = WebSession(user=user.name)  # a new session and form token
    return RedirectResponse(target, status_code=303)


async def post_logout(request: Request) -> Response:
    await read_form(request)
    request.state.session = WebSession()
    return RedirectResponse("/login", status_code=303)


def _safe_next(target: str) -> str:
    """Only a path on this site (never `//other.site` or `https://…`)."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/documents"
    return target
