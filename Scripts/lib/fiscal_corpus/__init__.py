"""Synthetic disclosure corpus for FiscalLens: model, phrasing, layouts, formats, ground truth.

Used by `Scripts/generate-corpus` and `Scripts/evaluate-corpus`. Python 3 standard library only.
"""
