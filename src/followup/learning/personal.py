"""The personal model: the shipped text classifier retrained on the shipped corpus plus the corrections.

It lives in `$XDG_DATA_HOME/followup/model` (never inside the installed package, which a service
user may not be able to write, and which an upgrade replaces). Each correction counts
CORRECTION_WEIGHT times, so fifteen of them move a model trained on thousands of records. Only the
text classifier is retrained (one fit, under a minute on one core); the shipped decision step is
kept. Learning the decision step again with the corrections in it (`full=True`, five fits) was
measured worse: on the shipped test split -1.6 points against -0.3 for the same 15 corrections
(bench/bench_learning.py --full). With no corrections both reproduce the shipped model exactly.

A correction in a language the shipped model does not read (its gate calls such mail `other`) says
the user gets job mail in that language: the personal model then reads that language too.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import platformdirs

from followup.classifiers.dataset import CORPUS_DIR, Record, load_corpus, record_to_email, split
from followup.classifiers.pipeline import DECISION, MODEL_DIR
from followup.errors import ModelError
from followup.learning.exemplars import Exemplars
from followup.models import Label

log = logging.getLogger(__name__)

CORRECTION_WEIGHT = 20  # copies of each correction in the training set (see bench/bench_learning.py)
SEED = 0
FINGERPRINT_FILE = "corrections.sha256"
# The corpus as a wheel ships it (a link to corpus/ in a source checkout): see README "Teach it".
PACKAGED_CORPUS = Path(__file__).resolve().parents[1] / "classifiers" / "corpus"


def data_dir() -> Path:
    """$XDG_DATA_HOME/followup (platformdirs)."""
    return Path(platformdirs.user_data_dir("followup"))


def personal_model_dir() -> Path:
    return data_dir() / "model"


def personal_model() -> Path | None:
    """The personal model when one was trained, else None (the shipped one is used)."""
    path = personal_model_dir()
    return path if (path / "config.cfg").is_file() else None


def corpus_dir() -> Path:
    """The shipped corpus: corpus/ of a source checkout, else the copy inside the package."""
    for path in (CORPUS_DIR, PACKAGED_CORPUS):
        if path.is_dir() and any(path.glob("*.jsonl")):
            return path
    raise ModelError(
        f"no training corpus at {CORPUS_DIR} or {PACKAGED_CORPUS}: reinstall followup (the wheel ships it)"
    )


def fingerprint(corrections: Iterable[Record]) -> str:
    """What a personal model was trained on (ids and labels), to tell when it is out of date."""
    items = sorted(f"{rec['id']}\x00{rec['label']}" for rec in corrections)
    return hashlib.sha256("\n".join(items).encode()).hexdigest()


def trained_fingerprint(path: Path | None = None) -> str | None:
    """The fingerprint of the corrections the personal model was trained on; None: no model."""
    marker = (path or personal_model_dir()) / FINGERPRINT_FILE
    try:
        return marker.read_text(encoding="ascii").strip()
    except OSError:
        return None


def readable(rec: Record) -> bool:
    """Whether the shipped model reads this correction's language (its gate calls other mail `other`)."""
    from followup.classifiers.dataset import record_to_email
    from followup.classifiers.language import identify

    return identify(record_to_email(rec)).readable


def taught_languages(corrections: Iterable[Record]) -> list[str]:
    """Languages (ISO 639-1) of the corrections the shipped model does not read: the user's own."""
    from followup.classifiers.dataset import record_to_email
    from followup.classifiers.language import identify

    guesses = (identify(record_to_email(rec)) for rec in corrections)
    return sorted({g.code for g in guesses if not g.readable and g.code})


def weighted(corrections: Iterable[Record], weight: int = CORRECTION_WEIGHT) -> list[Record]:
    """Each correction `weight` times under distinct ids and one family (they never split apart)."""
    out: list[Record] = []
    for rec in corrections:
        out.extend({**rec, "id": f"{rec['id']}#{n}"} for n in range(weight))
    return out


def training_set(corrections: Sequence[Record], corpus: Path | None = None,
                 weight: int = CORRECTION_WEIGHT) -> list[Record]:  # fmt: skip
    """The shipped model's training split plus the weighted corrections.

    A correction replaces a corpus record of the same id (none today; the corpus never holds user mail).
    """
    base, _dev, _test = split(load_corpus(corpus or corpus_dir()))
    return base + weighted(corrections, weight)


def exemplars(corrections: Iterable[Record]) -> Exemplars:
    """The corrections as exemplar memory (near-duplicates of a corrected mail get its label)."""
    return Exemplars.of((record_to_email(rec), Label(rec["label"])) for rec in corrections)


def fit_personal(corrections: Sequence[Record], corpus: Path | None = None, seed: int = SEED,
                 weight: int = CORRECTION_WEIGHT, shipped: Path = MODEL_DIR, full: bool = False) -> Any:  # fmt: skip
    """A spaCy pipeline trained in memory on corpus + corrections: the shipped recipe's text classifier
    under the shipped decision step; it reads the languages the corrections taught it.

    `full=True` runs the whole recipe instead, the decision step learned out-of-fold (five fits).
    """
    from followup.classifiers.language import META_LANGUAGES
    from followup.classifiers.train import fit

    if full:
        nlp = fit(training_set(corrections, corpus, weight), [], seed=seed)
    else:
        nlp = fit(training_set(corrections, corpus, weight), [], seed=seed, calibration_folds=0)
        nlp.get_pipe(DECISION).from_disk(shipped / DECISION)  # type: ignore[attr-defined]
    nlp.meta[META_LANGUAGES] = taught_languages(corrections)
    nlp.meta.update({"name": "followup_personal", "version": "1.0.0",
                     "description": f"followup personal model ({len(corrections)} corrections, seed {seed})"})  # fmt: skip
    return nlp


def train_personal(corrections: Sequence[Record], out: Path | None = None, corpus: Path | None = None,
                   seed: int = SEED, weight: int = CORRECTION_WEIGHT) -> Path:  # fmt: skip
    """Train and save the personal model; the old one is replaced only once the new one is complete.

    With no corrections the personal model is removed (the shipped one is then used again).
    """
    out = out or personal_model_dir()
    if not corrections:
        remove_personal(out)
        return out
    nlp = fit_personal(corrections, corpus, seed, weight)
    out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = Path(tempfile.mkdtemp(prefix=".model-", dir=out.parent))
    try:
        nlp.to_disk(tmp)
        exemplars(corrections).to_disk(tmp)
        (tmp / FINGERPRINT_FILE).write_text(fingerprint(corrections) + "\n", encoding="ascii")
        old = out.with_name(out.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            os.replace(out, old)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("personal model trained on %d correction(s): %s", len(corrections), out)
    return out


def remove_personal(path: Path | None = None) -> bool:
    """Delete the personal model; True when there was one."""
    path = path or personal_model_dir()
    if not path.exists():
        return False
    shutil.rmtree(path)
    return True
