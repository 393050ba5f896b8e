"""The job title the mail is about: "the Data Engineer role", a subject line, a title-only line."""

from __future__ import annotations

import re
from collections import defaultdict

from followup.classifiers.entities.common import NOT_A_NAME, SIGNOFF, TRAILING, has_head, squash
from followup.models import Email
from followup.textguard import Guarded

_RW = r"(?:[A-Z0-9]|\.(?=[A-Z])|[a-z](?=[A-Z]))[\w/&+#'’()-]*(?:\.[\w/&+#'’()-]+)*"

_ROLE = rf"(?P<r>{_RW}(?:[ \t]+(?:{_RW}|of|and|&|in|for|de|-|–|/)){{0,7}}?(?:[ \t]+\([^()\n\d]{{1,30}}\))?)"


# where a title written without a noun after it ends: punctuation, a line end, a bracket or a lower-case word
_ROLE_END = r"(?=[ \t]*(?:[.,;:!?()\n]|$|[a-z]|[-–|][ \t]))"

_ROLE_LOWER = r"(?P<r>[a-z][\w/&+#.-]*(?:[ \t]+[a-z][\w/&+#.-]*){0,4}?)"

_ROLE_NOUN_WORDS = (
    "position",
    "role",
    "job",
    "opening",
    "vacancy",
    "post",
    "opportunity",
    "req",
    "internship",
    "spot",
)
_ROLE_NOUN = r"(?:position|role|job|opening|vacancy|post|opportunity|req|requisition|internship|spot)"

_ROLE_CONTEXT = (
    r"(?:application|candidacy|interview|interviews|process|search|vacancy|opening|position|role|hiring)"
)

_ROLE_TEXT: list[tuple[re.Pattern[str] | Guarded, float]] = [
    (re.compile(rf"\b(?:the|our|this|your|a|an)[ \t]+{_ROLE}[ \t]+{_ROLE_NOUN}\b"), 3.0),
    (re.compile(rf"\b(?:the|our|this|your)[ \t]+{_ROLE}[ \t]+{_ROLE_CONTEXT}\b"), 2.0),
    (
        re.compile(
            rf"\b(?:position|role|post|job title)[ \t]+of[ \t]+(?:an?[ \t]+)?{_ROLE}(?=[ \t]*(?:[.,;:!?)\n]|at\b|with\b|in\b|on\b|for\b|from\b|and\b|$))"
        ),
        3.0,
    ),
    (re.compile(rf"\b(?:the|our|this|your)[ \t]+{_ROLE_LOWER}[ \t]+{_ROLE_NOUN}\b"), 1.5),
    (
        re.compile(
            rf"^[ \t]*(?:Position|Role|Vacancy|Job[ \t]+[Tt]itle|Job|Post|Re|Job[ \t]+[Rr]equisition|Requisition|Opening)[ \t]*[:#-][ \t]*(?:[A-Z]*-?\d[\w-]*[ \t]+(?:[-–|][ \t]+)?)?{_ROLE}{_ROLE_END}",
            re.M,
        ),
        3.0,
    ),
    (
        Guarded(
            re.compile(
                rf"\b(?:[Rr]equisition|[Rr]eq|[Jj]ob)[ \t]+(?:[Ii][Dd][ \t]+)?#?[A-Z]*-?\d[\w-]*[ \t]+[-–|:][ \t]+{_ROLE}{_ROLE_END}"
            ),
            "eq",
            "ob",
        ),
        3.0,
    ),
    (
        re.compile(
            rf"\b(?:applications?|applying|applied|candidacy|interviews?|candidate|shortlisted|considered|profile|requirement|assessment|test|challenge|cv|CV|resume|opening|vacancy|hiring)[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?(?:(?:position|role|post)[ \t]+(?:of|as)[ \t]+)?{_ROLE}{_ROLE_END}"
        ),
        2.0,
    ),
    (
        Guarded(
            re.compile(rf"\b(?:position|role|post|job)[ \t]+as[ \t]+(?:an?[ \t]+)?{_ROLE}{_ROLE_END}"),
            "position",
            "role",
            "post",
            "job",
        ),
        2.5,
    ),
    # "for Full-Stack Engineer position" (no article), "interview you for Assistant Store Manager"
    (Guarded(re.compile(rf"\bfor[ \t]+{_ROLE}[ \t]+{_ROLE_NOUN}\b"), *_ROLE_NOUN_WORDS), 2.5),
    (
        Guarded(
            re.compile(
                rf"\b(?:interview|meet|consider|considering|shortlisted)[ \t]+you[ \t]+for[ \t]+(?:the[ \t]+)?{_ROLE}{_ROLE_END}"
            ),
            "interview",
            "meet",
            "consider",
            "shortlisted",
        ),
        2.0,
    ),
    # "requisition JR-5887 (Content Marketing Manager, Bengaluru)"
    (
        Guarded(
            re.compile(
                rf"\b(?:[Rr]equisition|[Rr]eq|[Jj]ob|[Vv]acancy)[ \t]+(?:[Ii][Dd][ \t]+)?#?[A-Z]*-?\d[\w-]*[ \t]+\({_ROLE}(?=[,)])"
            ),
            "eq",
            "ob",
            "acancy",
        ),
        3.0,
    ),
    # "We received your application for\n\nProject Coordinator\nMunich" (ATS layouts)
    (
        Guarded(
            re.compile(
                rf"\b(?:application|applied|applying)[ \t]+(?:for|to)[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*{_ROLE}[ \t]*$",
                re.M,
            ),
            "appl",
        ),
        2.5,
    ),
    # "Thanks for applying to be a Retail Sales Associate at Acme"
    (
        Guarded(
            re.compile(
                rf"\b(?:to be|to become|to work as)[ \t]+(?:an?|our(?:[ \t]+next)?)[ \t]+{_ROLE}{_ROLE_END}"
            ),
            "to be",
            "to work as",
        ),
        2.0,
    ),
    (re.compile(rf"\bas[ \t]+(?:an?[ \t]+|our[ \t]+)?(?:new[ \t]+)?{_ROLE}{_ROLE_END}"), 1.0),
    # "would love to have you join Acme as a Respiratory Therapist in ..."
    (
        Guarded(
            re.compile(
                rf"\bjoin\w*[ \t]+[^\n.]{{0,60}}?[ \t]as[ \t]+(?:an?|our)[ \t]+(?:new[ \t]+)?{_ROLE}{_ROLE_END}"
            ),
            "join",
        ),
        3.0,
    ),
    # "Monday's Machine Learning Engineer interview"
    (
        Guarded(
            re.compile(rf"\b\w+['’]s[ \t]+{_ROLE}[ \t]+(?:interview|phone[ \t]+screen|screen|call|chat)\b"),
            "'s",
            "’s",
        ),
        2.0,
    ),
]

_ROLE_SUBJECT = [
    (
        re.compile(
            rf"(?:(?i:for|re)|[:|–-])[ \t]+(?:the[ \t]+)?{_ROLE}(?:[ \t]+{_ROLE_NOUN})?(?=[ \t]*(?:(?:at|with|@|-|–|\|)[ \t]|\(|$))"
        ),
        1.5,
    ),
    (
        re.compile(
            rf"^(?:(?:Re|Fwd?):[ \t]*)?{_ROLE}[ \t]*(?:[-–|:(]|$|(?:at|@)[ \t]|(?i:update|next[ \t]+steps|decision|search|appointment|position|role)\b)"
        ),
        1.0,
    ),
    (re.compile(rf"\b(?:your|the)[ \t]+{_ROLE}[ \t]+(?i:application|interview|offer|role|position)\b"), 2.0),
    (re.compile(rf"\b\w+['’]s[ \t]+{_ROLE}[ \t]+(?i:interview|phone[ \t]+screen|screen|call|chat)\b"), 2.0),
    (
        re.compile(
            rf"\b(?i:application|applying|interview|interviewing)[ \t]+(?i:as|for)[ \t]+(?:an?[ \t]+)?{_ROLE}(?=[ \t]*(?:(?:at|with|@|-|–|\|)[ \t]|\(|$))"
        ),
        2.0,
    ),
]

_ROLE_STRIP = re.compile(
    rf"[ \t]+(?:{_ROLE_NOUN}|{_ROLE_CONTEXT}|at|with|@|-|–|in|and|for|of|panel|screen|call|chat|assessment|test|challenge|"
    r"round|stage|invitation|invite|update|intro|interview|meeting)$",
    re.I,
)


_LEAD_IN = re.compile(r"^(?:20\d\d|\d+)[ \t]+|^.*['’]s[ \t]+")
# a line that is only a title ("Data Engineer", "- Data Engineer (REQ-1)")
_TITLE_LINE = re.compile(rf"^[ \t]*(?:[-•*][ \t]+)?{_ROLE}[ \t]*(?:\([^()\n]*\))?[ \t]*$", re.M)


_NOT_A_TITLE_START = frozenset(NOT_A_NAME - {"head", "lead", "sales", "test", "talent"})


def _clean_role(value: str, company: str | None) -> str | None:
    value = TRAILING.sub("", _LEAD_IN.sub("", value.strip()))
    if company and value.lower().startswith(company.lower() + " "):
        value = value[len(company) :].strip()
    prev = None
    while prev != value:
        prev = value
        value = _ROLE_STRIP.sub("", value).strip()
        if company and value.lower().endswith(" " + company.lower()):
            value = value[: -len(company)].strip()
    words = value.split()
    if any(sum(ch.isdigit() for ch in w) >= 3 for w in words):
        return None  # a requisition number, not a title
    if not words or len(words) > 8 or words[0].lower() in _NOT_A_TITLE_START:
        return None
    if company and squash(value) == squash(company):
        return None
    return value


def extract_role(email: Email, text: str, company: str | None) -> str | None:
    """The job title: 'for the X position', 'the X role', 'position of X', the subject line."""
    scores: dict[str, float] = defaultdict(float)
    surface: dict[str, str] = {}
    for source, patterns in ((text, _ROLE_TEXT), (email.subject, _ROLE_SUBJECT)):
        for rx, weight in patterns:
            for m in rx.finditer(source):
                value = _clean_role(m.group("r"), company)
                if not value:
                    continue
                head = has_head(value)
                if source is email.subject and not head:
                    continue
                key = value.lower()
                scores[key] += weight + (1.0 if head else 0.0)
                surface.setdefault(key, value)
    # a line that is only a title ("Data Engineer", "- Data Engineer (REQ-1)") before the sign-off
    signoff = SIGNOFF.search(text)
    body = text[: signoff.start()] if signoff else text
    for m in _TITLE_LINE.finditer(body):
        value = _clean_role(m.group("r"), company)
        if value and has_head(value):
            scores[value.lower()] += 1.2 + 1.0
            surface.setdefault(value.lower(), value)
    if not scores:
        return None
    best = max(scores, key=lambda k: scores[k])
    return surface[best] if scores[best] >= 2.0 else None
