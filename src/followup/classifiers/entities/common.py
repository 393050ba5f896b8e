"""Names, words and sign-offs that several entity extractors read (company, role and contact)."""

from __future__ import annotations

import re

from followup.classifiers.modeltext import NOREPLY_RE
from followup.lexicon import (
    ATS_DOMAINS,
    LEGAL_SUFFIXES,
    SIGN_OFFS,
    SIGN_OFFS_BEFORE_NAME,
)
from followup.models import Email

# Words a company name ends with but a person's name never does.
COMPANY_WORDS = {
    "labs", "lab", "software", "group", "technologies", "technology", "tech", "bank", "retail", "digital",
    "services", "solutions", "systems", "consulting", "recruitment", "partners", "capital", "health", "energy",
    "analytics", "logistics", "company", "studios", "studio", "media", "foods", "university", "institute",
    "trust", "council", "department", "agency", "ventures", *(s.lower() for s in LEGAL_SUFFIXES),
}  # fmt: skip


# Words that make a display name or a capitalised phrase an organisation part, not a company name.
ORG_WORDS = {
    "careers", "career", "recruiting", "recruitment", "talent", "acquisition", "hiring", "team", "hr",
    "human", "resources", "people", "jobs", "notifications", "notification", "no-reply", "noreply",
    "candidate", "candidates", "via", "the", "mailer", "alerts", "digest", "newsletter", "early", "campus",
}  # fmt: skip

NOT_A_NAME = {
    "hi", "hello", "dear", "hey", "thanks", "thank", "you", "we", "our", "your", "i", "the", "a", "an",
    "this", "that", "please", "best", "regards", "kind", "unfortunately", "congratulations", "as", "if",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "re", "fwd", "fw", "interview", "application", "offer", "update", "next", "steps", "invitation",
    "position", "role", "job", "all", "good", "great", "news", "congrats", "welcome", "it", "at", "for",
    "and", "or", "to", "in", "on", "with", "from", "by", "of", "here", "there", "team", "sincerely", "my",
    "cheers", "warm", "yours", "many", "after", "following", "assessment", "test", "candidate", "sir",
    "madam", "hiring", "manager", "recruiter", "recruiting", "coordinator", "talent", "acquisition",
}  # fmt: skip


# a capitalised word; dots only inside ("B.V", "Pvt."), so a name never runs into the next sentence
CAP = r"(?:Pvt\.|St\.|Co\.(?=[ \t]+Ltd)|[A-Z0-9][\w&'’+-]*(?:\.[\w&'’+-]+)*)"

CN = rf"(?P<c>{CAP}(?:[ \t]+(?:(?:&|of|and|de|for|du|la|van|der)[ \t]+)?{CAP}){{0,5}}\.?)"

TRAILING = re.compile(r"[\s.,;:!'’-]+$")


_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_NOT_LETTER = re.compile(r"[^a-z]")
_LEADING_DASHES = re.compile(r"^[-–—~\s]+")


def squash(value: str) -> str:
    return _NOT_ALNUM.sub("", value.lower())


def sender_is_system(email: Email) -> bool:
    """No-reply and ATS senders: their display name names the company, never a person."""
    if not email.sender:
        return False
    local, _, domain = email.sender.email.lower().rpartition("@")
    return bool(NOREPLY_RE.match(local)) or any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


ROLE_HEADS = {
    "engineer", "developer", "analyst", "manager", "designer", "scientist", "lead", "associate",
    "coordinator", "technician", "specialist", "consultant", "director", "executive", "intern", "architect",
    "administrator", "officer", "assistant", "representative", "researcher", "writer", "editor", "accountant",
    "nurse", "teacher", "programmer", "advocate", "strategist", "partner", "head", "vp", "president",
    "recruiter", "planner", "controller", "auditor", "marketer", "producer", "operator", "agent", "clerk",
    "sre", "devops", "qa", "tester", "counsel", "paralegal", "trainee", "graduate", "apprentice", "owner",
    "principal", "fellow", "advisor", "adviser", "buyer", "chef", "driver", "electrician", "pharmacist",
    "therapist", "physician", "supervisor", "expert", "professional", "generalist", "copywriter", "ux",
    "internship", "member", "support", "success", "sales", "marketing", "finance", "legal",
    # trades, care, hospitality, public service and academia
    "operative", "constable", "cook", "porter", "cleaner", "carer", "caregiver", "picker", "packer", "cashier",
    "barista", "server", "bartender", "host", "dishwasher", "busser", "receptionist", "secretary", "mechanic",
    "technologist", "professor", "lecturer", "instructor", "tutor", "coach", "librarian", "surveyor",
    "inspector", "lawyer", "solicitor", "attorney", "pilot", "guard", "worker", "labourer", "laborer",
    "handler", "estimator", "dispatcher", "merchandiser", "stylist", "photographer", "artist", "animator",
    "rn", "lpn", "midwife", "paramedic", "dentist", "hygienist", "optometrist", "veterinarian", "nanny",
    "housekeeper", "janitor", "custodian", "welder", "plumber", "carpenter", "machinist", "assembler",
    "installer", "courier", "postdoc", "hand", "crew", "teller", "banker", "trader", "actuary",
}  # fmt: skip


def has_head(value: str) -> bool:
    return any(_NOT_LETTER.sub("", w.lower()) in ROLE_HEADS for w in value.split())


SIGNOFF = re.compile(
    r"^[ \t>]*(?:"
    + "|".join(map(re.escape, SIGN_OFFS_BEFORE_NAME))
    + r")\b"  # a whole word: "Brian" and "Talent ..." are not "Br," or "Ta,"
    r"[ \t]*[,.!-]*[ \t]*(?P<rest>[^\n]*)$",
    re.I | re.M,
)

# "Freundliche Grüsse", "Saludos Cordiales": a closing on its own line is never the signer's name
_SIGN_OFF_WORDS = frozenset(w for c in (*SIGN_OFFS, *SIGN_OFFS_BEFORE_NAME) for w in c.split() if len(w) > 2)

_PARTICLES = {"van", "de", "da", "von", "der", "del", "bin", "al", "di", "le", "la", "du", "ter", "ten"}


def _name_word(word: str) -> bool:
    if word in _PARTICLES:
        return True
    core = word.rstrip(".")
    return (
        bool(core)
        and core[0].isupper()
        and all(ch.isalpha() or ch in "'’-" for ch in core)
        and (len(core) > 1 or word.endswith("."))
    )


_NOT_A_NAME_OR_COMPANY = frozenset(NOT_A_NAME | COMPANY_WORDS)  # built once, not once a word


def person_name(value: str) -> str | None:
    value = _LEADING_DASHES.sub("", value).strip().rstrip(",")
    words = value.split()
    if not 1 <= len(words) <= 4:
        return None
    if not all(_name_word(w) for w in words) or words[0] in _PARTICLES:
        return None
    if any(w.lower().strip(".") in _NOT_A_NAME_OR_COMPANY or w.lower() in ORG_WORDS for w in words):
        return None
    if any(w.lower() in _SIGN_OFF_WORDS for w in words):
        return None
    if len(words) > 1 and all(w.isupper() for w in words):
        return None  # "ACME HR": shouting initials, not a person
    return value
