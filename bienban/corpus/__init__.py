"""Synthetic corpus: realistic minutes with their expected records, rendered as scans."""
