"""The job-mail classifier: spaCy pipeline, entity extraction, training and evaluation."""

from followup.classifiers.dataset import CORPUS_DIR, load_corpus, record_to_email, split
from followup.classifiers.entities import extract_entities
from followup.classifiers.evaluate import (
    EvalReport,
    classification_to_json,
    evaluate,
    evaluate_split,
    format_report,
)
from followup.classifiers.pipeline import MODEL_DIR, Classifier, build_nlp
from followup.classifiers.train import cross_validate, train

__all__ = [
    "CORPUS_DIR",
    "MODEL_DIR",
    "Classifier",
    "EvalReport",
    "build_nlp",
    "classification_to_json",
    "cross_validate",
    "evaluate",
    "evaluate_split",
    "extract_entities",
    "format_report",
    "load_corpus",
    "record_to_email",
    "split",
    "train",
]
