"""The pure part of followup, loaded once: classify -> decide -> compose, no network, no disk writes.

The daemon, `followup rules test` and the demo all go through this one object, so what a dry run
shows is exactly what the daemon would do.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from followup import drafts, situation
from followup.classifiers import Classifier, extract_entities
from followup.config import Settings
from followup.facts import ApplicationHistory, MessageFacts
from followup.heap import collector_paused
from followup.learning.personal import personal_model
from followup.models import Action, Classification, Draft, Email, Label, Profile
from followup.rules import engine, rendering
from followup.rules.build import build_rules
from followup.rules.engine import RuleMatch
from followup.rules.schema import Rule


def load_rules(settings: Settings) -> list[Rule]:
    """Every rule built and every template trial-rendered: a mistake fails here, at start-up."""
    user_dir = settings.templates_dir
    return build_rules(settings.rules, settings.advice, rendering.template_names(user_dir))


def _interview_news(email: Email, classification: Classification) -> Classification:
    """Mail labelled `other` carries no entities (the batch skips them), and a rejection no time; a
    reminder, a new time or a cancellation of an interview is read in full, since it moves the
    thank-you of an application."""
    news = classification.label in (Label.OTHER, Label.REJECTION)  # a moved interview may read as either
    if not news or not situation.moves_interview(email.text):
        return classification
    return replace(classification, entities=extract_entities(email, Label.INTERVIEW_INVITATION))


@dataclass
class Pipeline:
    settings: Settings
    profile: Profile
    tz: ZoneInfo
    classifier: Classifier
    rules: list[Rule]
    templates_dir: Path | None = None
    lock: threading.Lock = field(
        default_factory=threading.Lock, repr=False
    )  # one spaCy pipeline, many threads

    @classmethod
    def load(cls, settings: Settings, classifier: Classifier | None = None) -> Pipeline:
        """Build every rule and load the model now, so a bad config fails at start-up."""
        with collector_paused():  # long-lived objects only: the collector would rescan them as they come
            rules = load_rules(settings)
            profile = settings.profile.to_profile()
            if classifier is None:
                # The configured model, else the personal one `followup teach` trained, else the shipped one.
                model = settings.classifier.model or personal_model()
                classifier = Classifier.load(model, threshold=settings.classifier.threshold)
        return cls(settings, profile, ZoneInfo(profile.timezone), classifier, rules, settings.templates_dir)

    def classify(self, email: Email) -> Classification:
        with self.lock:  # one spaCy pipeline shared by the account threads
            return _interview_news(email, self.classifier.classify(email))

    def classify_many(self, emails: list[Email]) -> list[Classification]:
        """A batch through the model at once (nlp.pipe): several times faster than one by one."""
        with self.lock:
            found = self.classifier.classify_many(emails, entities_for_other=False)
        return [_interview_news(email, one) for email, one in zip(emails, found, strict=True)]

    def facts(
        self, email: Email, classification: Classification, history: ApplicationHistory | None = None
    ) -> MessageFacts:
        """What the engine and the templates read about this message, merged with its history.

        Built once per message: `decide`, `explain` and `compose` all read the same object.
        """
        return MessageFacts.build(email, classification, history, self.tz)

    def explain(self, facts: MessageFacts, *, now: datetime, account: str = "",
                folder: str = "INBOX") -> list[RuleMatch]:  # fmt: skip
        return engine.explain(self.rules, facts, now=now, tz=self.tz, account=account, folder=folder)

    def decide(self, facts: MessageFacts, *, now: datetime, account: str = "",
               folder: str = "INBOX") -> list[Action]:  # fmt: skip
        return engine.evaluate(self.rules, facts, now=now, tz=self.tz, account=account, folder=folder)

    def compose(
        self, facts: MessageFacts, action: Action, *, key: str, now: datetime, account: str = ""
    ) -> Draft:
        """The draft for `action`, signed and sent From the account's own identity (else [profile])."""
        assert action.template is not None, "only draft actions are composed"
        profile = self.settings.profile_for(account) if account else self.profile
        context = rendering.build_context(facts, profile, self.tz, now, advice=self.settings.advice)
        rendered = rendering.render(action.template, context, user_dir=self.templates_dir)
        return drafts.compose(facts, rendered, action, key=key, profile=profile, now=now)
