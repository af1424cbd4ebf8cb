"""Settings of the review web page (`bienban ui`).

`UiOptions` holds the fields; the one settings object takes them in by inheriting it
(`class Settings(UiOptions, BaseSettings)`), and until then `UiSettings` reads them alone, with
the same prefix (`BIENBAN_`) and `.env` file. Command-line options override them.
"""

from __future__ import annotations

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

LOOPBACK = ("127.0.0.1", "::1", "localhost")


class UiOptions(BaseModel):
    """The review page's settings (a mixin of the settings object)."""

    ui_host: str = Field(
        default="127.0.0.1",
        description=(
            "Address the review web page listens on. Only this machine can reach the default; "
            "any other address (0.0.0.0, say) requires a login (users: `bienban user add`)."
        ),
    )
    ui_port: int = Field(default=8765, ge=1, le=65535, description="Port of the review web page.")
    ui_secret_key: SecretStr | None = Field(
        default=None,
        description=(
            "Key that signs the session cookie (login, form tokens). Empty: a random key per "
            "start, so people log in again after a restart."
        ),
    )
    ui_require_login: bool = Field(
        default=False,
        description="Require a login even on 127.0.0.1 (always required on other addresses).",
    )
    ui_review_confidence: float = Field(
        default=0.8,
        ge=0.0,
        le=1.0,
        description="Fields read with a lower confidence are marked for review.",
    )
    ui_page_dpi: int = Field(
        default=110, ge=50, le=300, description="Resolution of the page images shown beside fields."
    )
    ui_ocr_highlights: bool = Field(
        default=True,
        description=(
            "On a scanned page whose record has no word boxes, read the page again with "
            "Tesseract to highlight each field's words (a few seconds per page, the first time)."
        ),
    )
    ui_session_hours: float = Field(
        default=12.0, gt=0, description="Hours a login lasts before the person logs in again."
    )

    @property
    def is_public(self) -> bool:
        """Whether the page listens on an address other machines can reach."""
        return self.ui_host.strip("[]") not in LOOPBACK

    @property
    def login_required(self) -> bool:
        return self.ui_require_login or self.is_public


class UiSettings(UiOptions, BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BIENBAN_", env_file=".env", extra="ignore")
