"""The personal model: the shipped text classifier trained anew on its training split plus the corrections.

It lives in `$XDG_DATA_HOME/followup/model` (never inside the installed package, which a service
user may not be able to write, and which an upgrade replaces). Each correction counts
CORRECTION_WEIGHT times; the text classifier is trained by the shipped recipe (one fit, about a
minute on one core) under the shipped decision step, so with no corrections it is the shipped model
exactly and every difference is the corrections' own. Learning the decision step again (`full`,
five fits) cost more on the test split; continuing the shipped model for one pass (`resume`,
seconds) changes it even with no correction at all (README "Teach it", bench/bench_learning.py).
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import random
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import platformdirs

from followup.classifiers.dataset import CORPUS_DIR, Record, load_corpus, record_to_email, split
from followup.classifiers.pipeline import DECISION, MODEL_DIR
from followup.errors import ModelError
from followup.learning.exemplars import Exemplars
from followup.models import Label

if TYPE_CHECKING:
    from followup.classifiers.language import LanguageGuess

log = logging.getLogger(__name__)

CORRECTION_WEIGHT = 20  # copies of each correction when the text classifier is trained anew
RESUME_WEIGHT = 5  # copies of each correction in the one pass that continues the shipped model
# One pass over the shipped corpus is about 90 updates; a tiny corpus gets passes up to this many.
# (Training on until every correction was read right gave held-out foreign mail wrong job labels.)
RESUME_MIN_UPDATES = 50
RESUME_BATCH = 32
RESUME_DROPOUT = 0.2  # as the shipped recipe
Recipe = Literal["resume", "scratch", "full"]
# Reading the languages the user corrected mail in fixed held-out Dutch acknowledgements but wrote
# wrong invitations to held-out Spanish mail (README "Teach it"): off until it is safe.
READ_TAUGHT_LANGUAGES = False
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


def _language(rec: Record) -> LanguageGuess:
    """The language identifier's guess for a correction (imported here: a correction is rare)."""
    from followup.classifiers.language import identify

    return identify(record_to_email(rec))


def readable(rec: Record) -> bool:
    """Whether the shipped model reads this correction's language (its gate calls other mail `other`)."""
    return _language(rec).readable


def taught_languages(corrections: Iterable[Record]) -> list[str]:
    """Languages (ISO 639-1) of the corrections the shipped model does not read: the user's own."""
    return sorted({g.code for g in map(_language, corrections) if not g.readable and g.code})


def weighted(
    corrections: Iterable[Record], weight: int = CORRECTION_WEIGHT, languages: bool = False
) -> list[Record]:
    """Each correction `weight` times under distinct ids and one family (they never split apart).

    Corrections of mail in a language the shipped model does not read are left out unless
    `languages`: the exemplar memory still applies them to near-duplicates.
    """
    out: list[Record] = []
    for rec in corrections if languages else filter(readable, corrections):
        out.extend({**rec, "id": f"{rec['id']}#{n}"} for n in range(weight))
    return out


def training_set(corrections: Sequence[Record], corpus: Path | None = None,
                 weight: int = CORRECTION_WEIGHT, languages: bool = False) -> list[Record]:  # fmt: skip
    """The shipped model's training split plus the weighted corrections.

    A correction replaces a corpus record of the same id (none today; the corpus never holds user mail).
    """
    base, _dev, _test = split(load_corpus(corpus or corpus_dir()))
    return base + weighted(corrections, weight, languages)


def exemplars(corrections: Iterable[Record]) -> Exemplars:
    """The corrections as exemplar memory (near-duplicates of a corrected mail get its label)."""
    return Exemplars.of((record_to_email(rec), Label(rec["label"])) for rec in corrections)


def _resume(records: list[Record], seed: int, shipped: Path) -> Any:
    """The shipped pipeline, its text classifier trained one more pass over `records` (seconds); a
    small corpus (tests, a tiny custom one) gets more passes, up to RESUME_MIN_UPDATES updates."""
    import spacy
    from spacy.util import fix_random_seed, minibatch

    from followup.classifiers.train import examples_of

    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = spacy.load(shipped)
    optimizer = nlp.resume_training()
    examples = examples_of(nlp, records)
    passes = max(1, math.ceil(RESUME_MIN_UPDATES / math.ceil(len(examples) / RESUME_BATCH)))
    for _pass in range(passes):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=RESUME_BATCH):
            nlp.update(batch, drop=RESUME_DROPOUT, sgd=optimizer)
    return nlp


def fit_personal(corrections: Sequence[Record], corpus: Path | None = None, seed: int = SEED,
                 weight: int | None = None, shipped: Path = MODEL_DIR, recipe: Recipe = "scratch",
                 languages: bool = READ_TAUGHT_LANGUAGES) -> Any:  # fmt: skip
    """A spaCy pipeline that knows the corrections, under the shipped decision step.

    `languages`: it also reads the languages of the corrections the shipped model does not read.

    `scratch` (default): the text classifier trained anew on the shipped training split with each
    correction CORRECTION_WEIGHT times (one fit, a minute). `resume`: the shipped model trained one
    more pass over that split with each correction RESUME_WEIGHT times (seconds; with no correction
    it is not the shipped model). `full`: the whole shipped recipe, the decision step learned again
    out-of-fold (five fits).
    """
    from followup.classifiers.language import META_LANGUAGES
    from followup.classifiers.train import fit

    if weight is None:
        weight = RESUME_WEIGHT if recipe == "resume" else CORRECTION_WEIGHT
    records = training_set(corrections, corpus, weight, languages)
    if recipe == "resume":
        nlp = _resume(records, seed, shipped)
    elif recipe == "full":
        nlp = fit(records, [], seed=seed)
    else:
        nlp = fit(records, [], seed=seed, calibration_folds=0)
        nlp.get_pipe(DECISION).from_disk(shipped / DECISION)  # type: ignore[attr-defined]
    nlp.meta[META_LANGUAGES] = taught_languages(corrections) if languages else []
    nlp.meta.update({"name": "followup_personal", "version": "1.0.0",
                     "description": f"followup personal model ({len(corrections)} corrections, seed {seed})"})  # fmt: skip
    return nlp


def train_personal(corrections: Sequence[Record], out: Path | None = None, corpus: Path | None = None,
                   seed: int = SEED, weight: int | None = None, languages: bool = READ_TAUGHT_LANGUAGES) -> Path:  # fmt: skip
    """Train and save the personal model; the old one is replaced only once the new one is complete.

    With no corrections the personal model is removed (the shipped one is then used again).
    """
    out = out or personal_model_dir()
    if not corrections:
        remove_personal(out)
        return out
    nlp = fit_personal(corrections, corpus, seed, weight, languages=languages)
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
