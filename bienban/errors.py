"""One exception hierarchy: every error a user can see carries a Vietnamese message that says
what to do, and the exit code the command line returns for it.

Exit codes are a documented interface (README, "Exit codes"):

| code | meaning |
|---|---|
| 0 | every document was processed |
| 1 | an unexpected internal error (a bug: please report it with the log) |
| 2 | wrong command-line usage |
| 3 | an input path does not exist or holds no document |
| 4 | some documents could not be read; the others were processed |
| 5 | a required program is missing (Tesseract, its Vietnamese model) |
| 6 | the output could not be written |
| 7 | a configuration file (a scoring sheet) is missing or invalid |
| 130 | interrupted by the user (Ctrl+C) |
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1
    USAGE = 2
    INPUT_NOT_FOUND = 3
    DOCUMENTS_FAILED = 4
    MISSING_DEPENDENCY = 5
    OUTPUT_FAILED = 6
    CONFIG_INVALID = 7
    INTERRUPTED = 130


class BienbanError(Exception):
    """Base of every error bienban reports to a user."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(BienbanError):
    """A command-line value that does not make sense (a malformed period, say)."""

    exit_code = ExitCode.USAGE


class ConfigError(BienbanError):
    """A configuration file (a scoring sheet) that cannot be read or does not validate."""

    exit_code = ExitCode.CONFIG_INVALID


class InputNotFoundError(BienbanError):
    exit_code = ExitCode.INPUT_NOT_FOUND


class MissingDependencyError(BienbanError):
    exit_code = ExitCode.MISSING_DEPENDENCY


class OutputError(BienbanError):
    exit_code = ExitCode.OUTPUT_FAILED


class DocumentError(BienbanError):
    """A document that cannot be read. Bad input: never retried, the batch goes on."""

    exit_code = ExitCode.DOCUMENTS_FAILED


class EmptyFileError(DocumentError):
    pass


class UnsupportedFileError(DocumentError):
    pass


class CorruptFileError(DocumentError):
    pass


class EncryptedPdfError(DocumentError):
    pass


class TooLargeError(DocumentError):
    pass


class TransientError(BienbanError):
    """A fault worth one retry: a crashed OCR process, a briefly locked database."""


class OcrCrashedError(TransientError):
    pass


class OcrTimeoutError(BienbanError):
    """A page took longer than the per-page limit; the page is marked failed."""
