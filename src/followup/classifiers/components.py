"""Custom spaCy components of the classifier pipeline (the text they read: modeltext.py).

Pipeline (spaCy forbids dots in factory names, so versions are suffixes): ``followup_job_signals_v1`` (cue patterns -> evidence spans) -> ``textcat`` (trained,
exclusive classes) -> ``followup_decision_v1`` (model scores + evidence + header signals -> label
and calibrated confidence). The patterns are general phrasings of each kind of mail, not sentences
from the corpus: they are features and evidence, the trained model and the decision step decide.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from followup.classifiers import stage as stage_rules
from followup.classifiers.cues import DIRECT_INVITATIONS, PATTERNS, Cue, expand_pattern
from followup.classifiers.cues_foreign import (
    FOREIGN_NEGATORS,
    FOREIGN_NOT_A_NEGATION,
    foreign_cues,
    foreign_phrases,
)
from followup.classifiers.modeltext import header_signals, model_text
from followup.errors import ModelError
from followup.models import Email, Label, RejectionStage

SIGNALS_KEY = "job_signals"
# doc.user_data: the text make_email_doc tokenised (doc.text rebuilds it token by token, at a cost)
TEXT_KEY = "followup_text"
LABELS = tuple(label.value for label in Label)


def make_email_doc(nlp: Language, email: Email) -> Doc:
    """Tokenise an Email and attach its header signals, ready for nlp(doc) / nlp.pipe(docs)."""
    signals = header_signals(email)
    text, subject_len = model_text(email, signals)
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    doc._.email_signals = signals
    doc._.subject_chars = subject_len
    return doc


for _name, _default in (("email_signals", None), ("subject_chars", 0), ("decision", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Doc.has_extension("job_signals"):
    Doc.set_extension("job_signals", getter=lambda doc: list(doc.spans.get(SIGNALS_KEY, [])))
if not Span.has_extension("signal_weight"):
    Span.set_extension("signal_weight", default=1.0)


REJECTION = Label.REJECTION.value
_HEDGED = {REJECTION, Label.INTERVIEW_INVITATION.value, Cue.INVITED}
_SENTENCE_END = {".", "!", "?", ";"}
_SENTENCE_END_IDS = np.array([get_string_id(p) for p in sorted(_SENTENCE_END)], dtype=np.uint64)
_STARTS_KEY = "followup_sentence_starts"


def doc_text(doc: Doc) -> str:
    """The Doc's text: the one make_email_doc kept, else doc.text (docs made elsewhere, e.g. training)."""
    text = doc.user_data.get(TEXT_KEY)
    return text if isinstance(text, str) else doc.text


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices that start a sentence: 0 and each token after end punctuation or a line break.

    The same as ``[0] + [t.i + 1 for t in doc if t.text in _SENTENCE_END or "\\n" in t.text]``, without
    making a Token per token (most of the signal step's time): the punctuation by ORTH id, the tokens
    that hold a line break by the offsets of the text's line breaks.
    """
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        table = doc.to_array([ORTH, IDX])
        ends = np.isin(table[:, 0], _SENTENCE_END_IDS)
        chars = np.frombuffer(doc_text(doc).encode("utf-32-le"), dtype=np.uint32)
        breaks = np.flatnonzero(chars == ord("\n"))
        if breaks.size:
            # a line break is always inside a token (only a single trailing space is not): the last token
            # starting at or before it
            ends[np.searchsorted(table[:, 1], breaks, side="right") - 1] = True
        starts = [0, *(np.flatnonzero(ends) + 1).tolist()]
        doc.user_data[_STARTS_KEY] = starts
    return starts


def _sentence_of(doc: Doc, i: int) -> int:
    """Index of the sentence token i is in: cheap boundaries (end punctuation, line breaks), no parser."""
    return bisect_right(sentence_starts(doc), i) - 1


# "We won't be inviting you to interview", "we're not going to extend an offer": a negated invitation or
# offer cue is a rejection's wording, not evidence for the invitation or offer. ("Don't hesitate to book a
# slot" is not a negation of the booking.)
_NEGATABLE = {Label.INTERVIEW_INVITATION.value, Label.OFFER.value, Label.ASSESSMENT.value, Cue.INVITED}
_NEGATORS = {"not", "n't", "no", "never", "nor", "unable", "cannot"}
_NOT_A_NEGATION = {
    "hesitate", "forget", "worry", "wait", "miss", "only", "doubt", "problem", "matter",
    "more", "happier", "prouder", "better",  # "we couldn't be happier to offer you the role"
}  # fmt: skip
NEGATION_WINDOW = 4


def _negated(doc: Doc, start: int, foreign: bool = False) -> bool:
    """Whether a negator sits in the few tokens before ``start``, in the same sentence.

    `foreign`: German, French, Spanish and Dutch negators count too (a personal model's taught languages).
    """
    starts = sentence_starts(doc)
    sentence = starts[bisect_right(starts, start) - 1]  # the window stays in the same sentence
    window = [doc[i].lower_ for i in range(max(0, start - NEGATION_WINDOW, sentence), start)]
    negated = any(w in _NEGATORS for w in window) or (
        foreign and any(w in FOREIGN_NEGATORS or w.startswith(("n'", "n\u2019")) for w in window)
    )
    if not negated or any(w in _NOT_A_NEGATION for w in window):
        return False
    # "Zögern Sie nicht, uns Ihre Terminvorschläge ...": the hesitation may sit further back than the negator
    wider = range(max(0, start - 2 * NEGATION_WINDOW, sentence), start)
    return not (foreign and any(doc[i].lower_ in FOREIGN_NOT_A_NEGATION for i in wider))


class JobSignals:
    """Finds cue phrases per label and stores them as spans in ``doc.spans["job_signals"]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.weights: dict[str, float] = {}
        self.direct: set[str] = set()  # keys of the invitation cues that also count for Cue.INVITED
        for label, patterns in (*PATTERNS.items(), *stage_rules.STAGE_PATTERNS.items()):
            for i, (text, weight) in enumerate(patterns):
                key = f"{label}#{i}"
                self.weights[key] = weight
                if text in DIRECT_INVITATIONS:
                    self.direct.add(key)
                self.matcher.add(key, [nlp.make_doc(phrase) for phrase in expand_pattern(text)])
        self._make_doc = nlp.make_doc
        self.foreign = False

    def read_foreign(self) -> None:
        """Add the phrases of German, French, Spanish and Dutch job mail (cues_foreign.py).

        Only a personal model that decides a taught language reads them: the shipped model stays as
        trained (English only), and its start-up does not pay for 2,700 more phrases.
        """
        if self.foreign:
            return
        for key, _group, text, weight in foreign_cues():
            self.weights[key] = weight
            self.matcher.add(key, [self._make_doc(phrase) for phrase in foreign_phrases(text)])
        self.foreign = True

    def predict(self, doc: Doc) -> list[tuple[str, int, int, float]]:
        found: dict[tuple[str, int, int], float] = {}
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            label = key.split("#", 1)[0]
            w = self.weights[key]
            for group in (label, Cue.INVITED) if key in self.direct else (label,):
                if found.get((group, start, end), 0.0) < w:
                    found[(group, start, end)] = w
        # drop a match inside a longer one of the same label, so a phrase counts once; matches that only
        # overlap ("walk you through the offer" / "the offer details") are two phrases and both count
        kept: list[tuple[str, int, int, float]] = []
        for (label, start, end), w in sorted(
            found.items(), key=lambda kv: (kv[0][1], -(kv[0][2] - kv[0][1]))
        ):
            if any(k[0] == label and k[1] <= start and end <= k[2] for k in kept):
                continue
            kept.append((label, start, end, w))
        hedged = {_sentence_of(doc, start) for label, start, _, _ in kept if label == Cue.HEDGE}
        if hedged:
            # "If you do not hear from us, your application was unsuccessful", "should you be shortlisted, we
            # will invite you to interview": the decision is hypothetical (an acknowledgement's small print),
            # so the rejection and invitation cues of the sentence count for nothing.
            kept = [
                (label, start, end, 0.0 if label in _HEDGED and _sentence_of(doc, start) in hedged else w)
                for label, start, end, w in kept
            ]
        return [
            (label, start, end, 0.0 if label in _NEGATABLE and _negated(doc, start, self.foreign) else w)
            for label, start, end, w in kept
        ]

    def set_annotations(self, doc: Doc, matches: list[tuple[str, int, int, float]]) -> None:
        spans = []
        for label, start, end, weight in matches:
            span = Span(doc, start, end, label=label)
            span._.signal_weight = weight
            spans.append(span)
        doc.spans[SIGNALS_KEY] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc


@Language.factory("followup_job_signals_v1")
def make_job_signals(nlp: Language, name: str) -> JobSignals:
    return JobSignals(nlp, name)


@dataclass(frozen=True)
class Decision:
    """What the decision step concluded for one Doc."""

    label: Label
    confidence: float
    scores: dict[str, float]
    stage: RejectionStage | None
    reason: str = ""  # why the best-scoring label was not kept ("" when it was)


def evidence_totals(doc: Doc) -> dict[str, float]:
    totals: dict[str, float] = {}
    for span in doc.spans.get(SIGNALS_KEY, []):
        totals[span.label_] = totals.get(span.label_, 0.0) + span._.signal_weight
    return totals


# What the decision step reads per message, in this order (the saved weights are by name, checked on load).
FEATURES: tuple[str, ...] = (
    *(f"logp:{lb}" for lb in LABELS),
    *(f"evidence:{lb}" for lb in LABELS),
    "bulk",  # bulk headers and no job-mail cue that outweighs the "other" cues
    "bulk_strong",  # bulk headers, but a job-mail cue outweighs them (ATS status mail)
    "auto_reply",
    "calendar_interview",  # a calendar invite in a mail that speaks of an interview, not a booked slot
    "auto_generated",
    "noreply",
    "ats",
    "freemail",
    "reply",
    "calendar_cancel",
    Cue.BOOKED,
    Cue.OWN,
    Cue.HEDGE,
    Cue.AFTER_INTERVIEW,
    "bias",
)
_FEATURE_INDEX = {name: i for i, name in enumerate(FEATURES)}


class DecisionStep:
    """Combines textcat scores, evidence and header signals into a label and a confidence.

    scores = softmax(W @ features). Until train() learns W from out-of-fold scores, W is the hand-written
    rule (``prior_weights``): log(p_l) / temperature + evidence_weight * min(evidence_l, evidence_cap) +
    header biases. A label is kept only when its score reaches both the user's ``threshold`` and the
    label's learned threshold (chosen for precision on out-of-fold mail); below, it falls back to ``other``.
    """

    def __init__(
        self,
        name: str,
        threshold: float,
        evidence_weight: float,
        evidence_cap: float,
        bulk_bias: float,
        bulk_bias_strong: float,
        strong_evidence: float,
        auto_reply_bias: float,
        calendar_bias: float,
    ) -> None:
        self.name = name
        self.threshold = threshold
        self.evidence_weight = evidence_weight
        self.evidence_cap = evidence_cap
        self.bulk_bias = bulk_bias
        self.bulk_bias_strong = bulk_bias_strong
        self.strong_evidence = strong_evidence
        self.auto_reply_bias = auto_reply_bias
        self.calendar_bias = calendar_bias
        self.temperature = 1.0
        self.weights: np.ndarray | None = None  # learned (labels x features); None: the prior rule
        self.label_thresholds: dict[str, float] = {}  # learned per label, on top of ``threshold``

    def features(
        self, cats: dict[str, float], evidence: dict[str, float], signals: dict[str, bool]
    ) -> np.ndarray:
        """The feature vector of one message (pure: tests and training drive it without a model)."""
        other, invitation = Label.OTHER.value, Label.INTERVIEW_INVITATION.value
        # A slot that is already fixed (reminder, confirmation, "Accepted:") needs no reply: evidence for other.
        booked = evidence.get(Cue.BOOKED, 0.0)
        own = evidence.get(Cue.OWN, 0.0)
        cap = self.evidence_cap
        logp = [math.log(min(max(cats.get(lb, 0.0), 1e-6), 1.0)) for lb in LABELS]
        ev = [min(evidence.get(lb, 0.0) + (booked + own if lb == other else 0.0), cap) for lb in LABELS]
        strongest = max((evidence.get(lb, 0.0) for lb in LABELS if lb != other), default=0.0)
        # Newsletters and job alerts are bulk; ATS mail (LinkedIn, Indeed, SEEK status mail) often is too,
        # so a cue of a job-mail kind that outweighs the "other" cues softens the pull.
        strong = strongest >= self.strong_evidence and strongest > evidence.get(other, 0.0)
        bulk = bool(signals.get("bulk"))
        # A calendar invite backs an interview only when the mail speaks of one (not a 1:1 or a sync).
        calendar = bool(signals.get("calendar")) and evidence.get(invitation, 0.0) > 0 and not booked
        flags = [
            bulk and not strong,
            bulk and strong,
            bool(signals.get("auto_reply")),
            calendar,
            *(bool(signals.get(k)) for k in ("auto_generated", "noreply", "ats", "freemail", "reply")),
            bool(signals.get("calendar_cancel")),
        ]
        extra = [
            min(booked, cap),
            min(own, cap),
            min(evidence.get(Cue.HEDGE, 0.0), cap),
            min(evidence.get(Cue.AFTER_INTERVIEW, 0.0), cap),
        ]
        return np.array([*logp, *ev, *(float(f) for f in flags), *extra, 1.0])

    def prior_weights(self) -> np.ndarray:
        """The hand-written rule as weights: where the learned regression starts and is pulled back to."""
        w = np.zeros((len(LABELS), len(FEATURES)))
        for i, lb in enumerate(LABELS):
            w[i, _FEATURE_INDEX[f"logp:{lb}"]] = 1.0 / self.temperature
            w[i, _FEATURE_INDEX[f"evidence:{lb}"]] = self.evidence_weight
        other = LABELS.index(Label.OTHER.value)
        w[other, _FEATURE_INDEX["bulk"]] = self.bulk_bias
        w[other, _FEATURE_INDEX["bulk_strong"]] = self.bulk_bias_strong
        w[other, _FEATURE_INDEX["auto_reply"]] = self.auto_reply_bias
        w[LABELS.index(Label.INTERVIEW_INVITATION.value), _FEATURE_INDEX["calendar_interview"]] = (
            self.calendar_bias
        )
        return w

    def combine(
        self, cats: dict[str, float], evidence: dict[str, float], signals: dict[str, bool]
    ) -> dict[str, float]:
        """Adjusted, normalised scores per label (pure: tests drive it without a model)."""
        w = self.weights if self.weights is not None else self.prior_weights()
        logits = w @ self.features(cats, evidence, signals)
        exps = np.exp(logits - logits.max())
        probs = exps / exps.sum()
        return {lb: float(p) for lb, p in zip(LABELS, probs, strict=True)}

    def threshold_for(self, label: Label) -> float:
        """The score a label needs to be kept: the stricter of the user's and the learned threshold."""
        return max(self.threshold, self.label_thresholds.get(label.value, 0.0))

    def decide(self, doc: Doc) -> Decision:
        evidence = evidence_totals(doc)
        scores = self.combine(dict(doc.cats), evidence, doc._.email_signals or {})
        best = max(scores, key=lambda lb: scores[lb])
        label, confidence = Label(best), scores[best]
        reason = ""
        if label is not Label.OTHER and confidence < self.threshold_for(label):
            # Not sure enough to act: "other" is the safe answer, its confidence is the doubt.
            reason = (
                f"unsure: {best} scored {confidence:.2f}, below its threshold {self.threshold_for(label):.2f};"
                " other means no draft"
            )
            label, confidence = Label.OTHER, max(scores[Label.OTHER.value], 1.0 - confidence)
        if staged := stage_rules.restage(
            label, confidence, scores, evidence, doc_text(doc), self.threshold_for
        ):
            label, confidence, reason = staged  # whose mail it is, where the interview stands (stage.py)
        stage = None
        if label is Label.REJECTION:
            after = any(s.label_ == Cue.AFTER_INTERVIEW for s in doc.spans.get(SIGNALS_KEY, []))
            stage = RejectionStage.AFTER_INTERVIEW if after else RejectionStage.AFTER_APPLICATION
        return Decision(label, confidence, scores, stage, reason)

    def __call__(self, doc: Doc) -> Doc:
        doc._.decision = self.decide(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        cfg: dict[str, object] = {
            "temperature": self.temperature,
            "evidence_weight": self.evidence_weight,
            "label_thresholds": self.label_thresholds,
        }
        if self.weights is not None:
            # repr of a float round-trips exactly through JSON: the reloaded model scores identically
            cfg["features"] = list(FEATURES)
            cfg["labels"] = list(LABELS)
            cfg["weights"] = self.weights.tolist()
        (path / "cfg.json").write_text(json.dumps(cfg), encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> DecisionStep:
        cfg = json.loads((Path(path) / "cfg.json").read_text(encoding="utf-8"))
        self.temperature = float(cfg["temperature"])
        self.evidence_weight = float(cfg.get("evidence_weight", self.evidence_weight))
        self.label_thresholds = {str(k): float(v) for k, v in cfg.get("label_thresholds", {}).items()}
        self.weights = None
        if "weights" in cfg:
            if tuple(cfg.get("features", ())) != FEATURES or tuple(cfg.get("labels", ())) != LABELS:
                raise ModelError(
                    f"the decision step at {path} was trained with other features or labels than this "
                    "version reads; rebuild the model with `followup train`"
                )
            self.weights = np.array(cfg["weights"], dtype=float)
        return self


@Language.factory(
    "followup_decision_v1",
    default_config={
        "threshold": 0.5,
        "evidence_weight": 0.6,
        "evidence_cap": 3.0,
        "bulk_bias": 3.0,
        "bulk_bias_strong": 0.5,
        "strong_evidence": 1.0,
        "auto_reply_bias": 4.0,
        "calendar_bias": 1.5,
    },
)
def make_decision(
    nlp: Language,
    name: str,
    threshold: float,
    evidence_weight: float,
    evidence_cap: float,
    bulk_bias: float,
    bulk_bias_strong: float,
    strong_evidence: float,
    auto_reply_bias: float,
    calendar_bias: float,
) -> DecisionStep:
    return DecisionStep(
        name, threshold, evidence_weight, evidence_cap, bulk_bias, bulk_bias_strong, strong_evidence,
        auto_reply_bias, calendar_bias,
    )  # fmt: skip
