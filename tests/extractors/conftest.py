"""Options for the extractor tests: `--regen-golden` rewrites the golden records."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="rewrite tests/extractors/golden/*.json from the current extractor output",
    )


@pytest.fixture
def regen_golden(request: pytest.FixtureRequest) -> bool:
    """Whether to rewrite golden records instead of comparing with them."""
    return bool(request.config.getoption("--regen-golden", default=False))
