"""The names of the preprocessing steps (`pipeline/preprocess.py`), apart from their code so
the settings can check them without importing OpenCV and NumPy at every command's start."""

from __future__ import annotations

ALL_STEPS = (
    "upscale",
    "denoise",
    "binarise",
    "despeckle",
    "leaders",
    "deskew",
    "tables",
    "crop",
)
# The steps on by default: those the benchmark showed to lower the error (see README, "OCR").
DEFAULT_STEPS = ("denoise", "binarise", "despeckle", "leaders", "deskew", "tables")
