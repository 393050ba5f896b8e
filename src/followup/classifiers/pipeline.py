"""The Classifier: a loaded spaCy pipeline plus entity extraction, Email in, Classification out."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from followup.classifiers import components  # registers the factories spacy.load needs
from followup.classifiers.components import SIGNALS_KEY, Decision, make_email_doc
from followup.classifiers.cues import STRONG, Cue
from followup.classifiers.cues_foreign import FOREIGN_PATTERNS
from followup.classifiers.entities import extract_entities
from followup.classifiers.language import META_LANGUAGES, MODEL_LANGUAGES, LanguageGuess, identify
from followup.errors import ModelError
from followup.learning.exemplars import Exemplars
from followup.models import Classification, Email, Entities, Evidence, Label

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).parent / "model"
DECISION = "decision"
SIGNALS = "job_signals"  # the cue matcher's name in the pipeline
# A personal model's meta.json says which mail it decides: SCOPE_TAUGHT, only the languages the user
# taught it (META_LANGUAGES); the shipped model decides the rest (learning/personal.py says why).
META_SCOPE = "followup_scope"
SCOPE_TAUGHT = "taught-languages"

TEXTCAT_ARCHITECTURES: dict[str, dict[str, Any]] = {
    # Hashed unigram+bigram bag of words: thousands of docs/s on one core, small on disk.
    "bow": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
            "no_output_layer": False, "length": 2**17, "nO": None},
    "bow3": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 3,
             "no_output_layer": False, "length": 2**17, "nO": None},
    # CNN tok2vec + BOW: measured slower and no more accurate on our corpus; kept for comparison.
    "ensemble": {
        "@architectures": "spacy.TextCatEnsemble.v2",
        "nO": None,
        "linear_model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
                         "no_output_layer": False, "length": 2**17, "nO": None},
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 64, "rows": [5000, 1000, 1000, 1000],
                      "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "include_static_vectors": False},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 64, "depth": 2,
                       "window_size": 1, "maxout_pieces": 3},
        },
    },
}  # fmt: skip


def build_nlp(architecture: str = "bow", threshold: float = 0.5) -> Language:
    """A blank English pipeline with our components and an untrained textcat."""
    if architecture not in TEXTCAT_ARCHITECTURES:
        raise ModelError(
            f"unknown textcat architecture {architecture!r}; use one of {sorted(TEXTCAT_ARCHITECTURES)}"
        )
    nlp = spacy.blank("en")
    nlp.add_pipe("followup_job_signals_v1", name=SIGNALS)
    textcat = nlp.add_pipe("textcat", config={"model": TEXTCAT_ARCHITECTURES[architecture]})
    for label in Label:
        textcat.add_label(label.value)  # type: ignore[attr-defined]
    nlp.add_pipe("followup_decision_v1", name=DECISION, config={"threshold": threshold})
    return nlp


# Cue groups that are not labels, shown as evidence for the label they lead to (see stage.py).
_SHOWN_AS = {
    **{group: Label.OTHER.value for group in (Cue.BOOKED, Cue.OWN, Cue.STAFF, Cue.MOVED, Cue.WITHDRAWN)},
    Cue.RECORDED: Label.ASSESSMENT.value,
    Cue.INVITED: Label.INTERVIEW_INVITATION.value,
}


def _evidence(doc: Doc) -> tuple[Evidence, ...]:
    subject_end = doc._.subject_chars
    seen: set[tuple[str, str]] = set()
    out: list[Evidence] = []
    for span in doc.spans.get(SIGNALS_KEY, []):
        label = _SHOWN_AS.get(span.label_, span.label_)
        if label not in components.LABELS or span.text.startswith("xhdr") or not span._.signal_weight:
            continue
        key = (label, span.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(Evidence(Label(label), span.text, "subject" if span.start_char < subject_end else "body"))
    signals = doc._.email_signals or {}
    if signals.get("bulk"):
        out.append(
            Evidence(Label.OTHER, "bulk/list headers (List-Id, List-Unsubscribe or Precedence)", "header")
        )
    if signals.get("auto_reply"):
        out.append(Evidence(Label.OTHER, "Auto-Submitted: auto-replied", "header"))
    if signals.get("calendar"):
        out.append(Evidence(Label.INTERVIEW_INVITATION, "calendar invitation attached", "header"))
    return tuple(out)


def _phrase_backed(decision: Decision, doc: Doc, language: LanguageGuess) -> tuple[Label, float, str] | None:
    """In a taught language, `other` for a job label no phrase backs (None: the label stands).

    A few corrections teach a text classifier the sender's template more than the language: taught a
    French rejection, it read the same ATS's acknowledgement as one. The phrases of that language
    (cues_foreign.py) are what it reads reliably, so a job label needs one. Another label's phrases are
    named, not followed: their label scored too low for a draft.
    """
    totals = components.evidence_totals(doc)
    if totals.get(decision.label.value, 0.0) > 0:
        return None
    said = [lb for lb in components.LABELS if lb != Label.OTHER.value and totals.get(lb, 0.0) >= STRONG]
    instead = f" (its phrases say {' or '.join(said)})" if said else ""
    doubt = max(decision.scores[Label.OTHER.value], 1.0 - decision.confidence)
    return (
        Label.OTHER,
        doubt,
        (
            f"your personal model leaned to {decision.label.value}, but no phrase of it is in this "
            f"{language.name} mail{instead}; other means no draft"
        ),
    )


def _meta(path: Path) -> dict[str, Any]:
    """A saved model's meta.json ({} when unreadable: spacy.load then says what is wrong)."""
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def taught_only(path: Path) -> bool:
    """Whether the model at `path` is a personal model that decides only the languages it was taught."""
    return path != MODEL_DIR and _meta(path).get(META_SCOPE) == SCOPE_TAUGHT


def _load_nlp(path: Path) -> Language:
    if not (path / "config.cfg").is_file():
        raise ModelError(f"no classifier model at {path}; run `followup train` to build one")
    try:
        nlp = spacy.load(path)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(
            f"cannot load the classifier model at {path}: {exc}; rebuild it with `followup train`"
        ) from exc
    if DECISION not in nlp.pipe_names:
        raise ModelError(f"the model at {path} has no '{DECISION}' step; rebuild it with `followup train`")
    return nlp


class Classifier:
    """Labels job-search mail and pulls out what a reply needs."""

    def __init__(self, nlp: Language, taught: Language | None = None) -> None:
        """`nlp` decides mail in the languages it reads (English for the shipped model); `taught`, a
        personal model, decides only mail in the languages the user taught it by corrections."""
        self.nlp = nlp
        self.taught = taught
        taught_codes = frozenset(taught.meta.get(META_LANGUAGES, ())) if taught is not None else frozenset()
        if taught is not None:  # it decides the languages it was taught, by their phrases
            taught.get_pipe(SIGNALS).read_foreign()  # type: ignore[attr-defined]
        self.languages = MODEL_LANGUAGES | frozenset(nlp.meta.get(META_LANGUAGES, ())) | taught_codes
        self.exemplars: Exemplars | None = None  # a personal model's corrections, for near-duplicates

    @classmethod
    def load(cls, path: Path | None = None, threshold: float = 0.5) -> Classifier:
        """Load a trained pipeline (default: the model shipped with the package)."""
        path = Path(path) if path is not None else MODEL_DIR
        if taught_only(path):
            # A personal model: the shipped model goes on deciding English, the personal one the
            # languages the user taught (none: only its template memory is the user's).
            languages = _meta(path).get(META_LANGUAGES) or ()
            classifier = cls(_load_nlp(MODEL_DIR), _load_nlp(path) if languages else None)
        else:
            classifier = cls(_load_nlp(path))
        classifier.threshold = threshold
        classifier.exemplars = Exemplars.from_disk(path)
        return classifier

    @property
    def threshold(self) -> float:
        return float(self.nlp.get_pipe(DECISION).threshold)  # type: ignore[attr-defined]

    @threshold.setter
    def threshold(self, value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise ModelError(f"classifier threshold {value} is outside 0..1; pick e.g. 0.5")
        for nlp in (self.nlp, self.taught):
            if nlp is not None:
                nlp.get_pipe(DECISION).threshold = value  # type: ignore[attr-defined]

    def _reader(self, email: Email) -> tuple[Language, LanguageGuess]:
        """The pipeline that decides this mail, and its language.

        A personal model decides mail only in a language the user taught it: retrained, it read
        held-out English worse than the shipped model (README "Teach it"), which goes on with English.
        """
        if self.taught is None:
            return self.nlp, identify(email, self.languages)
        language = identify(email, MODEL_LANGUAGES)
        if language.readable:
            return self.nlp, language
        taught = identify(email, self.languages)
        return (self.taught if taught.readable else self.nlp), taught

    def _result(self, email: Email, doc: Doc, language: LanguageGuess, *, taught: bool = False,
                entities_for_other: bool = True) -> Classification:  # fmt: skip
        decision: Decision = doc._.decision
        label, confidence, stage, reason = (
            decision.label,
            decision.confidence,
            decision.stage,
            decision.reason,
        )
        evidence = _evidence(doc)
        if (
            taught
            and label is not Label.OTHER
            and language.code in FOREIGN_PATTERNS  # another taught language has no phrases: the model decides
            and (unbacked := _phrase_backed(decision, doc, language))
        ):
            label, confidence, reason = unbacked
            stage = None
        if taught:
            evidence += (Evidence(label, f"your personal model reads {language.describe()}", "language"),)
        if not language.readable:
            # The model reads English only (plus what a user taught it): its cues in another language
            # are guesses, and a wrong guess writes an English draft to, say, a German rejection.
            reads = "English only" if self.languages == MODEL_LANGUAGES else "English and what you taught it"
            reason = f"written in {language.describe()}: the model reads {reads}; other means no draft"
            evidence += (Evidence(Label.OTHER, f"language: {language.describe()}", "language"),)
            if label is not Label.OTHER:
                label, confidence, stage = Label.OTHER, language.share / 100, None
        if self.exemplars and (match := self.exemplars.match(email)):
            # The user labelled a mail of the same template: their word wins over the model's.
            if match.exemplar.label is not label:
                label, confidence, stage = match.exemplar.label, match.similarity, None
            reason = match.reason()
            evidence += (Evidence(label, reason, "correction"),)
        # Extraction (company, role, contact, date parsing) costs more than the model. A person asking
        # `followup classify` wants to see it for every message ("why no draft?"); the daemon drafts only
        # for job mail and skips it for `other`, most of what arrives.
        skip = label is Label.OTHER and not entities_for_other
        entities = Entities() if skip else extract_entities(email, label)
        return Classification(
            label=label,
            confidence=round(confidence, 6),
            scores={k: round(v, 6) for k, v in decision.scores.items()},
            entities=entities,
            evidence=evidence,
            stage=stage,
            language=language.code,
            reason=reason,
        )

    def classify(self, email: Email) -> Classification:
        nlp, language = self._reader(email)
        doc = nlp(make_email_doc(nlp, email))
        return self._result(email, doc, language, taught=nlp is self.taught)

    def classify_many(
        self, emails: Iterable[Email], batch_size: int = 256, *, entities_for_other: bool = True
    ) -> Iterator[Classification]:
        """Stream classifications in input order, batching the model (nlp.pipe).

        `entities_for_other=False` leaves the entities of `other` mail empty: the daemon's hot path.
        """
        iterator = iter(emails)
        while batch := list(islice(iterator, batch_size)):
            readers = [self._reader(e) for e in batch]
            docs: list[Doc | None] = [None] * len(batch)
            for nlp in (self.nlp, self.taught):  # each pipeline over its own mail
                mine = [i for i, (which, _) in enumerate(readers) if which is nlp]
                if nlp is None or not mine:
                    continue
                made = nlp.pipe((make_email_doc(nlp, batch[i]) for i in mine), batch_size=batch_size)
                for i, doc in zip(mine, made, strict=True):
                    docs[i] = doc
            for email, (nlp, language), done in zip(batch, readers, docs, strict=True):
                assert done is not None
                yield self._result(email, done, language, taught=nlp is self.taught,
                                   entities_for_other=entities_for_other)  # fmt: skip
