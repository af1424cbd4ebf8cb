"""The review web page (`bienban ui`): staff check what the machine read beside the scans,
correct it, and the reports use the corrected values."""

from bienban.ui.settings import UiSettings

__all__ = ["UiSettings", "create_app"]


def __getattr__(name: str) -> object:
    if name == "create_app":  # FastAPI is imported only when the page is served
        from bienban.ui.app import create_app

        return create_app
    raise AttributeError(name)
