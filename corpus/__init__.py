"""Reviewed question-answer records and the loaders that read them."""

from .combine import combine, identity, load_corpus
from .errors import CorpusError, LoadReport, Problem
from .loaders import detect_format, load_csv, load_jsonl, load_liveqa_csv, load_medquad, load_path
from .records import FIELDS, MEDICINE_TAG, RARE_TAG, QARecord, leaflet_key, record_from_dict
from .validate import ValidationReport, validate

__all__ = [
    "FIELDS",
    "MEDICINE_TAG",
    "CorpusError",
    "LoadReport",
    "Problem",
    "QARecord",
    "RARE_TAG",
    "ValidationReport",
    "combine",
    "detect_format",
    "identity",
    "leaflet_key",
    "load_corpus",
    "load_csv",
    "load_jsonl",
    "load_liveqa_csv",
    "load_medquad",
    "load_path",
    "record_from_dict",
    "validate",
]
