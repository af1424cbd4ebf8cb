"""Sessions, logins and form tokens, with the standard library only.

The session lives in a cookie signed with HMAC-SHA256 (`ui_secret_key`): the user's name when
logged in, the per-session form token (CSRF), and when it was issued. Every POST must carry the
session's token in its `csrf_token` field; a POST whose Origin is another site is refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.requests import Request

COOKIE = "bienban_session"
MAX_FORM_BYTES = 1_000_000


class CsrfError(Exception):
    """A POST without the session's form token, or from another site."""


@dataclass
class WebSession:
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    user: str | None = None
    issued: float = field(default_factory=time.time)
    changed: bool = True


class SessionSigner:
    """Reads and writes signed session cookies."""

    def __init__(self, secret: bytes, *, max_age_s: float) -> None:
        self.secret = secret
        self.max_age_s = max_age_s

    def _mac(self, body: bytes) -> str:
        digest = hmac.new(self.secret, body, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")

    def dumps(self, session: WebSession) -> str:
        payload = {"c": session.csrf, "u": session.user, "t": session.issued}
        body = base64.urlsafe_b64encode(json.dumps(payload).encode("utf-8")).rstrip(b"=")
        return f"{body.decode('ascii')}.{self._mac(body)}"

    def loads(self, cookie: str | None) -> WebSession:
        """The session in `cookie`, or a fresh one when it is missing, forged or too old."""
        if not cookie or "." not in cookie:
            return WebSession()
        body, mac = cookie.rsplit(".", 1)
        if not hmac.compare_digest(mac, self._mac(body.encode("ascii", "replace"))):
            return WebSession()
        try:
            payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            session = WebSession(
                csrf=str(payload["c"]), user=payload.get("u"), issued=float(payload["t"])
            )
        except (ValueError, KeyError, TypeError):
            return WebSession()
        if time.time() - session.issued > self.max_age_s:
            return WebSession()
        session.changed = False
        return session


async def read_form(request: Request) -> dict[str, str]:
    """The POSTed form (application/x-www-form-urlencoded), after checking its CSRF token and
    its origin. Raises `CsrfError`."""
    check_origin(request)
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise CsrfError("form too large")
    parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    form = {key: values[-1] for key, values in parsed.items()}
    session: WebSession = request.state.session
    if not hmac.compare_digest(form.get("csrf_token", ""), session.csrf):
        raise CsrfError("missing or wrong form token")
    return form


def check_origin(request: Request) -> None:
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin or origin == "null":
        return
    host = request.headers.get("host", "")
    if urlsplit(origin).netloc != host:
        raise CsrfError(f"cross-site request from {origin}")


def new_secret(configured: str | None) -> bytes:
    return configured.encode("utf-8") if configured else secrets.token_bytes(32)


def session_cookie_options(*, secure: bool) -> dict[str, Any]:
    return {"httponly": True, "samesite": "strict", "secure": secure, "path": "/"}
