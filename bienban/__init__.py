"""bienban: scanned Vietnamese party-cell meeting minutes into structured, scored records."""

__version__ = "0.1.0"
