"""The flows' settings are part of the one settings object (`bienban.settings.Settings`)."""

from __future__ import annotations

from bienban.settings import Settings

FlowSettings = Settings
