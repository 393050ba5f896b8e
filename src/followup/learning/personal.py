"""The personal model: what the user taught by corrections, beside the shipped model, never over it.

It lives in `$XDG_DATA_HOME/followup/model` (never inside the installed package, which a service
user may not be able to write, and which an upgrade replaces). It has two parts:
- the template memory (exemplars): mail that shares most of its wording with a corrected one gets
  the user's label, in any language;
- for corrections of mail in a language the shipped model does not read (a German rejection), a
  text classifier trained by the shipped recipe on its training split plus the corrections, each
  counted CORRECTION_WEIGHT times, under the shipped decision step. It decides only mail in those
  languages; the shipped model goes on deciding English (SCOPE_TAUGHT). Retrained on English
  corrections too and deciding all mail, it read held-out English mail worse than the shipped model
  (a screening call, an assessment centre, a rejection lost to `other`): -2.2 to -4.6 points on the
  real-mail dev set, -1.0 reading the taught languages as well; deciding only the taught languages
  it gains and cannot lose on English (README "Teach it", bench/bench_learning.py).
`resume` (one pass on from the shipped model, seconds) and `full` (the decision step learned again,
five fits) are kept for the bench: both cost more held out.
"""

from __future__ import annotations

import hashlib
import json
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
from followup.classifiers.language import META_LANGUAGES, LanguageGuess, identify
from followup.classifiers.pipeline import (
    DECISION,
    META_SCOPE,
    MODEL_DIR,
    SCOPE_TAUGHT,
    Classifier,
    taught_only,
)
from followup.errors import ModelError
from followup.learning.exemplars import Exemplars
from followup.models import Label

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

CORRECTION_WEIGHT = 20  # copies of each correction when the text classifier is trained anew
RESUME_WEIGHT = 5  # copies of each correction in the one pass that continues the shipped model
# One pass over the shipped corpus is about 90 updates; a tiny corpus gets passes up to this many.
# (Training on until every correction was read right gave held-out foreign mail wrong job labels.)
RESUME_MIN_UPDATES = 50
RESUME_BATCH = 32
RESUME_DROPOUT = 0.2  # as the shipped recipe
Recipe = Literal["resume", "scratch", "full"]
SEED = 0
# Part of every fingerprint: a personal model trained before the split by language (it decided all
# mail) is out of date, so the daemon trains it again.
FINGERPRINT_VERSION = "taught-languages-1"
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
    return path if (path / "config.cfg").is_file() or taught_only(path) else None


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
    return hashlib.sha256("\n".join([FINGERPRINT_VERSION, *items]).encode()).hexdigest()


def trained_fingerprint(path: Path | None = None) -> str | None:
    """The fingerprint of the corrections the personal model was trained on; None: no model."""
    marker = (path or personal_model_dir()) / FINGERPRINT_FILE
    try:
        return marker.read_text(encoding="ascii").strip()
    except OSError:
        return None


def _language(rec: Record) -> LanguageGuess:
    """The language identifier's guess for a correction."""
    return identify(record_to_email(rec))


def readable(rec: Record) -> bool:
    """Whether the shipped model reads this correction's language (its gate calls other mail `other`)."""
    return _language(rec).readable


def taught_languages(corrections: Iterable[Record]) -> list[str]:
    """Languages (ISO 639-1) of the corrections the shipped model does not read: the user's own."""
    return sorted({g.code for g in map(_language, corrections) if not g.readable and g.code})


def weighted(corrections: Iterable[Record], weight: int = CORRECTION_WEIGHT) -> list[Record]:
    """Each correction `weight` times under distinct ids and one family (they never split apart)."""
    return [{**rec, "id": f"{rec['id']}#{n}"} for rec in corrections for n in range(weight)]


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
                 weight: int | None = None, shipped: Path = MODEL_DIR, recipe: Recipe = "scratch") -> Language:  # fmt: skip
    """A spaCy pipeline that knows the corrections (in every language), under the shipped decision step.

    Its meta lists the languages it was taught (those of the corrections the shipped model does not
    read) and says it decides only those (SCOPE_TAUGHT); see `personal_classifier`.

    `scratch` (default): the text classifier trained anew on the shipped training split with each
    correction CORRECTION_WEIGHT times (one fit, a minute). `resume`: the shipped model trained one
    more pass over that split with each correction RESUME_WEIGHT times (seconds; with no correction
    it is not the shipped model). `full`: the whole shipped recipe, the decision step learned again
    out-of-fold (five fits).
    """
    from followup.classifiers.train import fit

    if weight is None:
        weight = RESUME_WEIGHT if recipe == "resume" else CORRECTION_WEIGHT
    records = training_set(corrections, corpus, weight)
    if recipe == "resume":
        nlp = _resume(records, seed, shipped)
    elif recipe == "full":
        nlp = fit(records, [], seed=seed)
    else:
        nlp = fit(records, [], seed=seed, calibration_folds=0)
        nlp.get_pipe(DECISION).from_disk(shipped / DECISION)  # type: ignore[attr-defined]
    nlp.meta.update(
        _personal_meta(taught_languages(corrections), f"{len(corrections)} corrections, seed {seed}")
    )
    return nlp


def personal_classifier(corrections: Sequence[Record], corpus: Path | None = None, seed: int = SEED,
                        weight: int | None = None, recipe: Recipe = "scratch", *,
                        shipped: Classifier | None = None, whole: bool = False) -> Classifier:  # fmt: skip
    """The classifier the saved personal model loads as: the shipped model for the languages it reads,
    a model trained with the corrections for the languages they taught (only when there are any), and
    the corrections' template memory. `whole`: the trained model decides all mail (the bench's
    comparison; it costs English mail). `shipped` saves loading the shipped model again.
    """
    if whole:
        classifier = Classifier(fit_personal(corrections, corpus, seed, weight, recipe=recipe))
    else:
        base = (shipped or Classifier.load()).nlp
        taught = (
            fit_personal(corrections, corpus, seed, weight, recipe=recipe)
            if taught_languages(corrections)
            else None
        )
        classifier = Classifier(base, taught)
    classifier.exemplars = exemplars(corrections)
    return classifier


def _personal_meta(languages: list[str], what: str) -> dict[str, Any]:
    """What a personal model's meta.json says: it decides only mail in `languages` (SCOPE_TAUGHT)."""
    return {"name": "followup_personal", "version": "1.0.0", META_SCOPE: SCOPE_TAUGHT, META_LANGUAGES: languages,
            "description": f"followup personal model ({what})"}  # fmt: skip


def train_personal(corrections: Sequence[Record], out: Path | None = None, corpus: Path | None = None,
                   seed: int = SEED, weight: int | None = None) -> Path:  # fmt: skip
    """Train and save the personal model; the old one is replaced only once the new one is complete.

    Corrections only in English save the template memory alone (no minute of training: the shipped
    model decides English). With no corrections the personal model is removed (the shipped one is
    then used again).
    """
    out = out or personal_model_dir()
    if not corrections:
        remove_personal(out)
        return out
    out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = Path(tempfile.mkdtemp(prefix=".model-", dir=out.parent))
    try:
        if taught_languages(corrections):
            fit_personal(corrections, corpus, seed, weight).to_disk(tmp)
        else:
            meta = _personal_meta([], f"{len(corrections)} corrections, template memory only")
            (tmp / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
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
