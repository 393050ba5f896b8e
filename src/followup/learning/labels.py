"""The keywords (and Gmail labels) a user sets in the mail client to correct a label.

One keyword per label, short enough to type as a Thunderbird tag or a Gmail label. The long label
names work too (`followup/interview_invitation`), and so do a few obvious aliases.
"""

from __future__ import annotations

from followup.errors import UsageError
from followup.models import Label

PREFIX = "followup/"

# The name the README teaches for each label (the first) and the aliases accepted besides it.
KEYWORDS: dict[Label, tuple[str, ...]] = {
    Label.INTERVIEW_INVITATION: ("invitation", "interview", "interview_invitation"),
    Label.REJECTION: ("rejection", "rejected"),
    Label.OFFER: ("offer",),
    Label.APPLICATION_RECEIVED: ("received", "ack", "application_received"),
    Label.ASSESSMENT: ("assessment", "test"),
    Label.OTHER: ("not-job", "other", "not_job"),
}

_BY_NAME: dict[str, Label] = {name: label for label, names in KEYWORDS.items() for name in names}

# What a draft written for the wrong label is marked with (only when the user has not touched it).
OUTDATED_KEYWORD = "followup/outdated"


def keyword_for(label: Label) -> str:
    """The keyword the README teaches for `label`: followup/rejection, followup/not-job, ..."""
    return PREFIX + KEYWORDS[label][0]


def label_from_keyword(keyword: str) -> Label | None:
    """The label a keyword or folder name names; None for anything else (case-insensitive).

    A Gmail label shows over IMAP as a folder whose name may use another separator
    (`followup.rejection` on a server whose hierarchy delimiter is a dot).
    """
    text = keyword.strip().lower()
    for prefix in (PREFIX, "followup.", "followup-", "followup_"):
        if text.startswith(prefix):
            return _BY_NAME.get(text[len(prefix) :])
    return None


def parse_label(value: str) -> Label:
    """A label from the command line: `rejection`, `followup/rejection`, `not-job`, `interview_invitation`.

    UsageError (exit 2) names the choices when nothing matches.
    """
    text = value.strip().lower()
    label = label_from_keyword(text) if text.startswith("followup") else _BY_NAME.get(text)
    if label is None:
        try:
            return Label(text)
        except ValueError:
            choices = ", ".join(names[0] for names in KEYWORDS.values())
            raise UsageError(f"unknown label {value!r}: use one of {choices}") from None
    return label
