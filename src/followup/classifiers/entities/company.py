"""The hiring company: sender name, "at Acme", "the Acme team", ATS mail, the sender's domain."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from followup.classifiers.entities.common import (
    CAP,
    CN,
    COMPANY_WORDS,
    NOT_A_NAME,
    ORG_WORDS,
    SIGNOFF,
    TRAILING,
    has_head,
    person_name,
    sender_is_system,
    squash,
)
from followup.lexicon import (
    ATS_DOMAINS,
    FREEMAIL_PROVIDER_NAMES,
    HIRING_PLATFORM_NAMES,
    JOB_BOARD_DOMAINS,
    LEGAL_SUFFIXES,
    LEGAL_SUFFIXES_WITH_PERIOD,
)
from followup.models import Email
from followup.textguard import Guarded

# Words that make a sender an agency: its own name is not the hiring company.
AGENCY_WORDS = {
    "recruitment", "recruiting", "staffing", "search", "resourcing", "headhunters", "talent", "personnel",
    "talentnest", "placement", "placements", "executive",
}  # fmt: skip

NOT_A_COMPANY = {
    "senior",
    "junior",
    "lead",
    "staff",
    "design",
    "principal",
    "head",
    "graduate",
    "intern",
    "st",
}

SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc"}

ROLE_END_WORDS = {
    "engineer", "developer", "analyst", "manager", "designer", "scientist", "lead", "associate", "coordinator",
    "technician", "specialist", "consultant", "director", "executive", "intern", "architect", "administrator",
    "officer", "assistant", "representative", "researcher", "accountant", "nurse", "teacher", "programmer",
    "recruiter", "trainee", "generalist", "physiotherapist", "lecturer", "application", "interview", "role",
    "position", "update", "feedback", "offer", "invitation", "assessment",
}  # fmt: skip

_COMPANY_TEXT: list[tuple[re.Pattern[str] | Guarded, float]] = [
    (
        re.compile(
            rf"\b(?:position|role|job|opening|opportunity|vacancy|post|team|career|internship|recruiter|manager|life)[ \t]+(?:here[ \t]+)?(?:at|with|@)[ \t]+{CN}"
        ),
        3.0,
    ),
    (
        re.compile(
            rf"\b(?:interest in|applying to|applied to|application to|applying at|applying with|apply to|application with|interest in joining|here at|on behalf of|interviewing with|interviewing at|to join|joining|join|careers at|working at|work at|sent to|viewed by|reviewed by)[ \t]+(?:the[ \t]+)?{CN}"
        ),
        2.0,
    ),
    (
        re.compile(
            rf"\b[Tt]he[ \t]+{CN}[ \t]+(?:[Tt]eam|[Hh]iring|[Rr]ecruit\w*|[Tt]alent|[Pp]eople|HR|[Ff]amily)\b"
        ),
        2.5,
    ),
    (
        Guarded(
            re.compile(
                rf"(?:^|[.!?][ \t]+|\n){CN}[ \t]+(?:has invited|invites|has sent|would like|is inviting|wants)\b"
            ),
            "invit",
            "has sent",
            "would like",
            "wants",
        ),
        3.0,
    ),
    # An agency writes for a client: the client is the company the candidate deals with.
    (Guarded(re.compile(rf"\b(?:my|our)[ \t]+client,?[ \t]+{CN}"), "client"), 5.0),
    # a labelled field of a status notice: "Employer: Acme Ltd" ("Department:" is as often a ward or a team)
    (
        re.compile(
            rf"^[ \t]*(?:Organi[sz]ation|Employer|Company|Hiring[ \t]+(?:organi[sz]ation|company)|Client)"
            rf"[ \t]*:[ \t]*{CN}[ \t]*$",
            re.M,
        ),
        4.0,
    ),
    (
        Guarded(
            re.compile(rf"(?:^|[.!?][ \t]+|\n){CN}[ \t]+(?:reviewed|has reviewed|liked|loved|came back)\b"),
            "reviewed",
            "liked",
            "loved",
            "came back",
        ),
        3.0,
    ),
    (re.compile(rf"\b(?:at|with|from|@)[ \t]+{CN}[ \t]*[.!,]?[ \t]*$", re.M), 1.0),
    (Guarded(re.compile(rf"\b(?:feedback|news|update|word|offer)[ \t]+from[ \t]+{CN}"), "from"), 2.0),
    (re.compile(rf"^[ \t]*{CN}[ \t]+[·•|][ \t]+", re.M), 1.0),
    (
        re.compile(
            rf"\b[A-Z][\w/&+#.-]*[ \t]+(?i:{'|'.join(sorted(ROLE_END_WORDS))})[ \t]+(?:at|@|with)[ \t]+{CN}"
        ),
        1.5,
    ),
    (
        Guarded(
            re.compile(rf"\b(?:[Oo]ur|[Aa]|[Tt]he)[ \t]+client[ \t]*[,:-]?[ \t]+(?:is[ \t]+)?{CN}"), "client"
        ),
        3.0,
    ),
    (Guarded(re.compile(rf"\bclient[ \t]+{CN}"), "client"), 2.0),
]

_COMPANY_SUBJECT = [
    (re.compile(rf"\b(?:at|with|from|@)[ \t]+{CN}[ \t]*[!.]?[ \t]*$"), 2.0),
    (re.compile(rf"^(?:(?:Re|Fwd?):[ \t]*)?{CN}[ \t]*[-–|:]"), 1.0),
    (re.compile(rf"[-–|:][ \t]*{CN}[ \t]*$"), 0.7),
]

_DISPLAY_ATS = re.compile(r"^(?P<c>.+?)\s+(?:via|through|@|on behalf of)\s+\S.*$", re.I)

_DISPLAY_ORG = re.compile(
    r"^(?:the\s+)?(?P<c>.+?)\s*[-|,:]?\s+(?:careers?|recruiting|recruitment|talent(?:\s+acquisition)?|hiring|hr|"
    r"human resources|people|jobs|notifications?|team)\b.*$",
    re.I,
)

_LEGAL_WORDS = "(?:" + "|".join(re.escape(w).replace(r"\.", r"\.?") for w in LEGAL_SUFFIXES) + r")\.?"

_ABBREVIATED = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in LEGAL_SUFFIXES_WITH_PERIOD) + r")\.$", re.I
)


_ENDS_LEGAL = re.compile(rf"\b{_LEGAL_WORDS}$")
_ENDS_LEGAL_WORD = re.compile(rf"[ \t]{_LEGAL_WORDS}$")
_CLOCK = re.compile(r"\d\s*(?:am|pm)\b|\d:\d\d", re.I)
_TITLE_COMMA_COMPANY = re.compile(
    r"^[^,|\n]{2,40}(?:,|\||\bat\b)\s*(?P<c>[A-Z][\w&'’.+-]*(?:[ \t]+[A-Z][\w&'’.+-]*){0,4})\s*$"
)
_CN_RE = re.compile(CN)
_FOOTER_SEPARATOR = re.compile(r"[|·•]")
_ORG_OR_NOT_A_NAME = frozenset(ORG_WORDS | NOT_A_NAME)  # built once, not once a word
_TRAILING_WORDS = frozenset(
    {"graduate", "programme", "program", "scheme", "tomorrow", "today"} | {str(y) for y in range(2020, 2031)}
)


def _clean_company(value: str) -> str | None:
    value = value.strip()
    value = value if _ENDS_LEGAL.search(value) else TRAILING.sub("", value)
    if value.endswith(".") and not _ABBREVIATED.search(value):
        value = value[:-1]  # "Kraftwerk Data GmbH." at a sentence's end
    words = value.split()
    while words and words[0].lower() in {"the", "our", "team"}:
        words = words[1:]
    while words and words[-1].lower() in ORG_WORDS:
        words = words[:-1]
    if not words or len(value) > 60:
        return None
    if words[0].lower() in NOT_A_NAME or all(w.lower() in _ORG_OR_NOT_A_NAME for w in words):
        return None
    if words[0].lower() in HIRING_PLATFORM_NAMES and len(words) == 1:
        return None
    if words[-1].lower().strip(".") in ROLE_END_WORDS:
        return None  # "Analytics Engineer - update": a job title, not a company
    if len(words) == 1 and words[0].lower().strip(".") in NOT_A_COMPANY:
        return None
    if _CLOCK.search(value):
        return None
    while words and words[-1].lower() in _TRAILING_WORDS:
        words = words[:-1]
    while words and words[-1].lower() in {"of", "and", "&", "de", "for"}:
        words = words[:-1]
    return " ".join(words) or None


def _domain_label(email: Email) -> str | None:
    if not email.sender or "@" not in email.sender.email:
        return None
    domain = email.sender.email.rpartition("@")[2].lower()
    if any(domain == d or domain.endswith("." + d) for d in (*ATS_DOMAINS, *JOB_BOARD_DOMAINS)):
        return None
    parts = [p for p in domain.split(".") if p][:-1]
    while len(parts) > 1 and parts[-1] in SECOND_LEVEL:
        parts = parts[:-1]
    if not parts:
        return None
    label = parts[-1]
    if label in FREEMAIL_PROVIDER_NAMES or label in HIRING_PLATFORM_NAMES:
        return None
    return squash(label)  # "nordlicht-software" confirms "Nordlicht Software GmbH"


_CLIENT_RE = re.compile(r"\b(?:the|my|our|a) client(?:['’]s)?\b|\bclient company\b", re.I)


def _is_agency(value: str) -> bool:
    return any(w.lower() in AGENCY_WORDS for w in value.split()[1:])


_RUN_RE = re.compile(rf"\b{CAP}(?:[ \t]+(?:(?:&|of|and|de)[ \t]+)?{CAP}){{0,5}}")


class _Ballot:
    """Votes for company names: a score per squashed name and the longest way it was written."""

    def __init__(self, people: set[str]) -> None:
        self.people = people  # the sender's own name, never the company
        self.scores: dict[str, float] = defaultdict(float)
        self.surface: dict[str, str] = {}

    def vote(self, raw: str, weight: float) -> None:
        value = _clean_company(raw)
        key = squash(value) if value else ""
        if value and key not in self.people:
            self.scores[key] += weight
            if key not in self.surface or len(value) > len(self.surface[key]):
                self.surface[key] = value


def _vote_sender_name(ballot: _Ballot, name: str, system: bool) -> None:
    """'Acme via Greenhouse', 'Acme Careers', a no-reply or ATS sender's name, 'Acme Labs'."""
    if not name:
        return
    m = _DISPLAY_ATS.match(name)
    if m:
        ballot.vote(m.group("c"), 4.0)
        return
    m = _DISPLAY_ORG.match(name)
    if m:
        ballot.vote(m.group("c"), 3.0)
    elif system or name.split()[-1].lower().strip(".") in COMPANY_WORDS:
        ballot.vote(name, 3.0)


def _vote_phrases(ballot: _Ballot, email: Email, text: str, signature: str) -> None:
    """'at Acme', 'the Acme team' in the text and signature; 'Acme: your application' in the subject."""
    for rx, weight in _COMPANY_TEXT:
        for m in rx.finditer(text):
            ballot.vote(m.group("c"), weight)
        for m in rx.finditer(signature):
            ballot.vote(m.group("c"), weight)
    for rx, weight in _COMPANY_SUBJECT:
        for m in rx.finditer(email.subject):
            ballot.vote(m.group("c"), weight)


def _vote_signature(ballot: _Ballot, text: str, tail: str) -> None:
    """Names in the sign-off and footer: 'Title, Acme', the line under the signer, a legal name."""
    # a signature line "Title, Acme" or "Title | Acme" names the company
    for line in tail.splitlines():
        m = _TITLE_COMMA_COMPANY.match(line)
        if m:
            ballot.vote(m.group("c"), 0.8)
    for m in SIGNOFF.finditer(tail):
        following = [ln.strip() for ln in tail[m.end() :].splitlines() if ln.strip()]
        if following and person_name(following[0]) is None and _CN_RE.fullmatch(following[0]):
            ballot.vote(following[0], 1.5)
    # the sign-off block's last lines: "Lauren / Lupita's Taqueria", "Kiri Parata / Service Manager / Kaipara
    # Coast District Council": an organisation's name under the signer's name or title
    block = [ln.strip() for ln in text.rstrip().splitlines()[-4:]]
    for above, line in itertools.pairwise(block):
        if (
            above
            and line
            and len(line) <= 60
            and _CN_RE.fullmatch(line)
            and person_name(line) is None
            and not has_head(line)
            and not all(w.lower() in _ORG_OR_NOT_A_NAME for w in line.split())
        ):
            ballot.vote(line, 1.5)
    # a footer's legal name: "Sonnenhof Energie GmbH | Ackerstraße 76 | 10115 Berlin"
    for line in tail.splitlines():
        for part in _FOOTER_SEPARATOR.split(line):
            part = part.strip()
            if _CN_RE.fullmatch(part) and _ENDS_LEGAL_WORD.search(part):
                ballot.vote(part, 2.0)
    for line in tail.splitlines()[-8:]:
        m = _DISPLAY_ORG.match(line.strip())
        if m and len(line) < 60 and _CN_RE.fullmatch(m.group("c")):
            ballot.vote(m.group("c"), 1.5)


def _vote_domain(ballot: _Ballot, label: str, email: Email, text: str, signature: str) -> None:
    """The sender's domain confirms a name written out in full ("acmeanalytics.io" -> "Acme Analytics")."""
    for m in _RUN_RE.finditer(f"{email.subject}\n{text}\n{signature}"):
        words = m.group(0).split()
        parts = [squash(word) for word in words]  # squash(a + " " + b) is squash(a) + squash(b)
        if label in "".join(parts) and _clean_company(m.group(0)):
            ballot.vote(m.group(0), 1.0)
            continue
        for i in range(len(words)):
            squashed = "".join(parts[i:])
            if squashed.startswith(label) or (len(squashed) >= 4 and label.startswith(squashed)):
                ballot.vote(" ".join(words[i:]), 1.0)
                break
    # a recruiter who speaks of "the client" works for an agency: the sender's own firm is not the
    # company the candidate is interviewing with, the one it names is
    agency = _CLIENT_RE.search(text) is not None
    for key in list(ballot.scores):
        if label in key or (len(key) >= 4 and label.startswith(key)):
            ballot.scores[key] += -4.0 if agency else 2.5


def extract_company(email: Email, text: str, signature: str) -> str | None:
    """The hiring company: sender name, 'at Acme', 'the Acme team', ATS mail, the sender's domain."""
    name = email.sender.name if email.sender else ""
    system = sender_is_system(email)
    people = {squash(name)} if name and not system and len(name.split()) > 1 and person_name(name) else set()
    ballot = _Ballot(people)
    _vote_sender_name(ballot, name, system)
    _vote_phrases(ballot, email, text, signature)
    _vote_signature(ballot, text, text[-500:] + "\n" + signature)
    label = _domain_label(email)
    if label and len(label) >= 3:
        _vote_domain(ballot, label, email, text, signature)
    scores, surface = ballot.scores, ballot.surface
    for key in list(scores):
        if _is_agency(surface[key]):
            scores[key] -= 2.5  # an agency writes about its client
    if not scores:
        return None
    best = max(scores, key=lambda k: (scores[k], len(k)))
    if scores[best] < 1.0:
        return None
    if label == "the" + best or name.lower().startswith("the " + surface[best].lower()):
        return "The " + surface[best]  # "thedrownedman.co.uk": the article is part of the name
    return surface[best]
