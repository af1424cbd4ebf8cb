"""Measuring records against expected ones: the per-field table every issue reports with."""

from bienban.evaluation.evaluate import (
    Evaluation,
    evaluate_files,
    evaluate_records,
    format_mismatches,
    format_table,
)

__all__ = ["Evaluation", "evaluate_files", "evaluate_records", "format_mismatches", "format_table"]
