"""Entity extraction: who wrote, for which company and role, and when/where the interview is.

Rules over the Email (sender, subject, new text, signature, calendar events), each candidate scored
by how telling its context is. Dates come only from the message: a calendar event first, else a
date phrase next to a clock time resolved with dateparser against the message's Date. When nothing
parses, the answer is None; a wrong interview time is worse than none.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import dateparser

from followup.classifiers.components import NOREPLY_RE
from followup.lexicon import (
    ATS_DOMAINS,
    FREEMAIL_PROVIDER_NAMES,
    HIRING_PLATFORM_NAMES,
    JOB_BOARD_DOMAINS,
    LEGAL_SUFFIXES,
    SIGN_OFFS_BEFORE_NAME,
)
from followup.models import Email, Entities, Label

# ---------------------------------------------------------------------------------------------
# Companies
# ---------------------------------------------------------------------------------------------
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
# Words a company name ends with but a person's name never does.
COMPANY_WORDS = {
    "labs", "lab", "software", "group", "technologies", "technology", "tech", "bank", "retail", "digital",
    "services", "solutions", "systems", "consulting", "recruitment", "partners", "capital", "health", "energy",
    "analytics", "logistics", "company", "studios", "studio", "media", "foods", "university", "institute",
    "trust", "council", "department", "agency", "ventures", *(s.lower() for s in LEGAL_SUFFIXES),
}  # fmt: skip
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc"}
# Words that make a display name or a capitalised phrase an organisation part, not a company name.
ORG_WORDS = {
    "careers", "career", "recruiting", "recruitment", "talent", "acquisition", "hiring", "team", "hr",
    "human", "resources", "people", "jobs", "notifications", "notification", "no-reply", "noreply",
    "candidate", "candidates", "via", "the", "mailer", "alerts", "digest", "newsletter", "early", "campus",
}  # fmt: skip
ROLE_END_WORDS = {
    "engineer", "developer", "analyst", "manager", "designer", "scientist", "lead", "associate", "coordinator",
    "technician", "specialist", "consultant", "director", "executive", "intern", "architect", "administrator",
    "officer", "assistant", "representative", "researcher", "accountant", "nurse", "teacher", "programmer",
    "recruiter", "trainee", "generalist", "physiotherapist", "lecturer", "application", "interview", "role",
    "position", "update", "feedback", "offer", "invitation", "assessment",
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
_CAP = r"(?:Pvt\.|St\.|Co\.(?=[ \t]+Ltd)|[A-Z0-9][\w&'’+-]*(?:\.[\w&'’+-]+)*)"
_CN = rf"(?P<c>{_CAP}(?:[ \t]+(?:(?:&|of|and|de|for|du|la|van|der)[ \t]+)?{_CAP}){{0,5}}\.?)"
_COMPANY_TEXT = [
    (
        re.compile(
            rf"\b(?:position|role|job|opening|opportunity|vacancy|post|team|career|internship|recruiter|manager|life)[ \t]+(?:here[ \t]+)?(?:at|with|@)[ \t]+{_CN}"
        ),
        3.0,
    ),
    (
        re.compile(
            rf"\b(?:interest in|applying to|applied to|application to|applying at|applying with|apply to|application with|interest in joining|here at|on behalf of|interviewing with|interviewing at|to join|joining|join|careers at|working at|work at|sent to|viewed by|reviewed by)[ \t]+(?:the[ \t]+)?{_CN}"
        ),
        2.0,
    ),
    (
        re.compile(
            rf"\b[Tt]he[ \t]+{_CN}[ \t]+(?:[Tt]eam|[Hh]iring|[Rr]ecruit\w*|[Tt]alent|[Pp]eople|HR|[Ff]amily)\b"
        ),
        2.5,
    ),
    (
        re.compile(
            rf"(?:^|[.!?][ \t]+|\n){_CN}[ \t]+(?:has invited|invites|has sent|would like|is inviting|wants)\b"
        ),
        3.0,
    ),
    # An agency writes for a client: the client is the company the candidate deals with.
    (re.compile(rf"\b(?:my|our)[ \t]+client,?[ \t]+{_CN}"), 5.0),
    # a labelled field of a status notice: "Employer: Acme Ltd" ("Department:" is as often a ward or a team)
    (
        re.compile(
            rf"^[ \t]*(?:Organi[sz]ation|Employer|Company|Hiring[ \t]+(?:organi[sz]ation|company)|Client)"
            rf"[ \t]*:[ \t]*{_CN}[ \t]*$",
            re.M,
        ),
        4.0,
    ),
    (
        re.compile(rf"(?:^|[.!?][ \t]+|\n){_CN}[ \t]+(?:reviewed|has reviewed|liked|loved|came back)\b"),
        3.0,
    ),
    (re.compile(rf"\b(?:at|with|from|@)[ \t]+{_CN}[ \t]*[.!,]?[ \t]*$", re.M), 1.0),
    (re.compile(rf"\b(?:feedback|news|update|word|offer)[ \t]+from[ \t]+{_CN}"), 2.0),
    (re.compile(rf"^[ \t]*{_CN}[ \t]+[·•|][ \t]+", re.M), 1.0),
    (
        re.compile(
            rf"\b[A-Z][\w/&+#.-]*[ \t]+(?i:{'|'.join(sorted(ROLE_END_WORDS))})[ \t]+(?:at|@|with)[ \t]+{_CN}"
        ),
        1.5,
    ),
    (re.compile(rf"\b(?:[Oo]ur|[Aa]|[Tt]he)[ \t]+client[ \t]*[,:-]?[ \t]+(?:is[ \t]+)?{_CN}"), 3.0),
    (re.compile(rf"\bclient[ \t]+{_CN}"), 2.0),
]
_COMPANY_SUBJECT = [
    (re.compile(rf"\b(?:at|with|from|@)[ \t]+{_CN}[ \t]*[!.]?[ \t]*$"), 2.0),
    (re.compile(rf"^(?:(?:Re|Fwd?):[ \t]*)?{_CN}[ \t]*[-–|:]"), 1.0),
    (re.compile(rf"[-–|:][ \t]*{_CN}[ \t]*$"), 0.7),
]
_DISPLAY_ATS = re.compile(r"^(?P<c>.+?)\s+(?:via|through|@|on behalf of)\s+\S.*$", re.I)
_DISPLAY_ORG = re.compile(
    r"^(?:the\s+)?(?P<c>.+?)\s*[-|,:]?\s+(?:careers?|recruiting|recruitment|talent(?:\s+acquisition)?|hiring|hr|"
    r"human resources|people|jobs|notifications?|team)\b.*$",
    re.I,
)
_TRAILING = re.compile(r"[\s.,;:!'’-]+$")
_LEGAL_WORDS = "(?:" + "|".join(re.escape(w).replace(r"\.", r"\.?") for w in LEGAL_SUFFIXES) + r")\.?"


def _clean_company(value: str) -> str | None:
    value = value.strip()
    value = value if re.search(rf"\b{_LEGAL_WORDS}$", value) else _TRAILING.sub("", value)
    words = value.split()
    while words and words[0].lower() in {"the", "our", "team"}:
        words = words[1:]
    while words and words[-1].lower() in ORG_WORDS:
        words = words[:-1]
    if not words or len(value) > 60:
        return None
    if words[0].lower() in NOT_A_NAME or all(w.lower() in ORG_WORDS | NOT_A_NAME for w in words):
        return None
    if words[0].lower() in HIRING_PLATFORM_NAMES and len(words) == 1:
        return None
    if words[-1].lower().strip(".") in ROLE_END_WORDS:
        return None  # "Analytics Engineer - update": a job title, not a company
    if len(words) == 1 and words[0].lower().strip(".") in NOT_A_COMPANY:
        return None
    if re.search(r"\d\s*(?:am|pm)\b|\d:\d\d", value, re.I):
        return None
    while words and words[-1].lower() in {
        "graduate",
        "programme",
        "program",
        "scheme",
        "tomorrow",
        "today",
    } | {str(y) for y in range(2020, 2031)}:
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
    return _squash(label)  # "nordlicht-software" confirms "Nordlicht Software GmbH"


def _squash(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


_CLIENT_RE = re.compile(r"\b(?:the|my|our|a) client(?:['’]s)?\b|\bclient company\b", re.I)


def _is_agency(value: str) -> bool:
    return any(w.lower() in AGENCY_WORDS for w in value.split()[1:])


def _sender_is_system(email: Email) -> bool:
    """No-reply and ATS senders: their display name names the company, never a person."""
    if not email.sender:
        return False
    local, _, domain = email.sender.email.lower().rpartition("@")
    return bool(NOREPLY_RE.match(local)) or any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


_RUN_RE = re.compile(rf"\b{_CAP}(?:[ \t]+(?:(?:&|of|and|de)[ \t]+)?{_CAP}){{0,5}}")


def extract_company(email: Email, text: str, signature: str) -> str | None:
    """The hiring company: sender name, 'at Acme', 'the Acme team', ATS mail, the sender's domain."""
    scores: dict[str, float] = defaultdict(float)
    surface: dict[str, str] = {}

    name = email.sender.name if email.sender else ""
    system = _sender_is_system(email)
    people = (
        {_squash(name)} if name and not system and len(name.split()) > 1 and _person_name(name) else set()
    )

    def vote(raw: str, weight: float) -> None:
        value = _clean_company(raw)
        if value and _squash(value) not in people:
            key = _squash(value)
            scores[key] += weight
            if key not in surface or len(value) > len(surface[key]):
                surface[key] = value

    if name:
        m = _DISPLAY_ATS.match(name)
        if m:
            vote(m.group("c"), 4.0)
        else:
            m = _DISPLAY_ORG.match(name)
            if m:
                vote(m.group("c"), 3.0)
            elif system or name.split()[-1].lower().strip(".") in COMPANY_WORDS:
                vote(name, 3.0)
    for rx, weight in _COMPANY_TEXT:
        for m in rx.finditer(text):
            vote(m.group("c"), weight)
        for m in rx.finditer(signature):
            vote(m.group("c"), weight)
    for rx, weight in _COMPANY_SUBJECT:
        for m in rx.finditer(email.subject):
            vote(m.group("c"), weight)
    # a signature line "Title, Acme" or "Title | Acme" names the company
    tail = text[-500:] + "\n" + signature
    for line in tail.splitlines():
        m = re.match(
            r"^[^,|\n]{2,40}(?:,|\||\bat\b)\s*(?P<c>[A-Z][\w&'’.+-]*(?:[ \t]+[A-Z][\w&'’.+-]*){0,4})\s*$",
            line,
        )
        if m:
            vote(m.group("c"), 0.8)
    for m in _SIGNOFF.finditer(tail):
        following = [ln.strip() for ln in tail[m.end() :].splitlines() if ln.strip()]
        if following and _person_name(following[0]) is None and re.fullmatch(_CN, following[0]):
            vote(following[0], 1.5)
    # the sign-off block's last lines: "Lauren / Lupita's Taqueria", "Kiri Parata / Service Manager / Kaipara
    # Coast District Council": an organisation's name under the signer's name or title
    block = [ln.strip() for ln in text.rstrip().splitlines()[-4:]]
    for above, line in itertools.pairwise(block):
        if (
            above
            and line
            and len(line) <= 60
            and re.fullmatch(_CN, line)
            and _person_name(line) is None
            and not _has_head(line)
            and not all(w.lower() in ORG_WORDS | NOT_A_NAME for w in line.split())
        ):
            vote(line, 1.5)
    # a footer's legal name: "Sonnenhof Energie GmbH | Ackerstraße 76 | 10115 Berlin"
    for line in tail.splitlines():
        for part in re.split(r"[|·•]", line):
            part = part.strip()
            if re.fullmatch(_CN, part) and re.search(rf"[ \t]{_LEGAL_WORDS}$", part):
                vote(part, 2.0)
    for line in tail.splitlines()[-8:]:
        m = _DISPLAY_ORG.match(line.strip())
        if m and len(line) < 60 and re.fullmatch(_CN, m.group("c")):
            vote(m.group("c"), 1.5)
    label = _domain_label(email)
    if label and len(label) >= 3:
        # the sender's domain confirms a name written out in full ("acmeanalytics.io" -> "Acme Analytics")
        for m in _RUN_RE.finditer(f"{email.subject}\n{text}\n{signature}"):
            words = m.group(0).split()
            if label in _squash(m.group(0)) and _clean_company(m.group(0)):
                vote(m.group(0), 1.0)
                continue
            for i in range(len(words)):
                squashed = _squash(" ".join(words[i:]))
                if squashed.startswith(label) or (len(squashed) >= 4 and label.startswith(squashed)):
                    vote(" ".join(words[i:]), 1.0)
                    break
        # a recruiter who speaks of "the client" works for an agency: the sender's own firm is not the
        # company the candidate is interviewing with, the one it names is
        agency = _CLIENT_RE.search(text) is not None
        for key in list(scores):
            if label in key or (len(key) >= 4 and label.startswith(key)):
                scores[key] += -4.0 if agency else 2.5
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


# ---------------------------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------------------------
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
_RW = r"(?:[A-Z0-9]|\.(?=[A-Z])|[a-z](?=[A-Z]))[\w/&+#'’()-]*(?:\.[\w/&+#'’()-]+)*"
_ROLE = rf"(?P<r>{_RW}(?:[ \t]+(?:{_RW}|of|and|&|in|for|de|-|–|/)){{0,7}}?(?:[ \t]+\([^()\n\d]{{1,30}}\))?)"
# where a title written without a noun after it ends: punctuation, a line end, a bracket or a lower-case word
_ROLE_END = r"(?=[ \t]*(?:[.,;:!?()\n]|$|[a-z]|[-–|][ \t]))"
_ROLE_LOWER = r"(?P<r>[a-z][\w/&+#.-]*(?:[ \t]+[a-z][\w/&+#.-]*){0,4}?)"
_ROLE_NOUN = r"(?:position|role|job|opening|vacancy|post|opportunity|req|requisition|internship|spot)"
_ROLE_CONTEXT = (
    r"(?:application|candidacy|interview|interviews|process|search|vacancy|opening|position|role|hiring)"
)
_ROLE_TEXT = [
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
        re.compile(
            rf"\b(?:[Rr]equisition|[Rr]eq|[Jj]ob)[ \t]+(?:[Ii][Dd][ \t]+)?#?[A-Z]*-?\d[\w-]*[ \t]+[-–|:][ \t]+{_ROLE}{_ROLE_END}"
        ),
        3.0,
    ),
    (
        re.compile(
            rf"\b(?:applications?|applying|applied|candidacy|interviews?|candidate|shortlisted|considered|profile|requirement|assessment|test|challenge|cv|CV|resume|opening|vacancy|hiring)[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?(?:(?:position|role|post)[ \t]+(?:of|as)[ \t]+)?{_ROLE}{_ROLE_END}"
        ),
        2.0,
    ),
    (re.compile(rf"\b(?:position|role|post|job)[ \t]+as[ \t]+(?:an?[ \t]+)?{_ROLE}{_ROLE_END}"), 2.5),
    # "for Full-Stack Engineer position" (no article), "interview you for Assistant Store Manager"
    (re.compile(rf"\bfor[ \t]+{_ROLE}[ \t]+{_ROLE_NOUN}\b"), 2.5),
    (
        re.compile(
            rf"\b(?:interview|meet|consider|considering|shortlisted)[ \t]+you[ \t]+for[ \t]+(?:the[ \t]+)?{_ROLE}{_ROLE_END}"
        ),
        2.0,
    ),
    # "requisition JR-5887 (Content Marketing Manager, Bengaluru)"
    (
        re.compile(
            rf"\b(?:[Rr]equisition|[Rr]eq|[Jj]ob|[Vv]acancy)[ \t]+(?:[Ii][Dd][ \t]+)?#?[A-Z]*-?\d[\w-]*[ \t]+\({_ROLE}(?=[,)])"
        ),
        3.0,
    ),
    # "We received your application for\n\nProject Coordinator\nMunich" (ATS layouts)
    (
        re.compile(
            rf"\b(?:application|applied|applying)[ \t]+(?:for|to)[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*{_ROLE}[ \t]*$",
            re.M,
        ),
        2.5,
    ),
    # "Thanks for applying to be a Retail Sales Associate at Acme"
    (
        re.compile(
            rf"\b(?:to be|to become|to work as)[ \t]+(?:an?|our(?:[ \t]+next)?)[ \t]+{_ROLE}{_ROLE_END}"
        ),
        2.0,
    ),
    (re.compile(rf"\bas[ \t]+(?:an?[ \t]+|our[ \t]+)?(?:new[ \t]+)?{_ROLE}{_ROLE_END}"), 1.0),
    # "would love to have you join Acme as a Respiratory Therapist in ..."
    (
        re.compile(
            rf"\bjoin\w*[ \t]+[^\n.]{{0,60}}?[ \t]as[ \t]+(?:an?|our)[ \t]+(?:new[ \t]+)?{_ROLE}{_ROLE_END}"
        ),
        3.0,
    ),
    # "Monday's Machine Learning Engineer interview"
    (re.compile(rf"\b\w+['’]s[ \t]+{_ROLE}[ \t]+(?:interview|phone[ \t]+screen|screen|call|chat)\b"), 2.0),
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


def _clean_role(value: str, company: str | None) -> str | None:
    value = _TRAILING.sub("", re.sub(r"^(?:20\d\d|\d+)[ \t]+|^.*['’]s[ \t]+", "", value.strip()))
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
    if (
        not words
        or len(words) > 8
        or words[0].lower() in NOT_A_NAME - {"head", "lead", "sales", "test", "talent"}
    ):
        return None
    if company and _squash(value) == _squash(company):
        return None
    return value


def _has_head(value: str) -> bool:
    return any(re.sub(r"[^a-z]", "", w.lower()) in ROLE_HEADS for w in value.split())


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
                head = _has_head(value)
                if source is email.subject and not head:
                    continue
                key = value.lower()
                scores[key] += weight + (1.0 if head else 0.0)
                surface.setdefault(key, value)
    # a line that is only a title ("Data Engineer", "- Data Engineer (REQ-1)") before the sign-off
    signoff = _SIGNOFF.search(text)
    body = text[: signoff.start()] if signoff else text
    for m in re.finditer(rf"^[ \t]*(?:[-•*][ \t]+)?{_ROLE}[ \t]*(?:\([^()\n]*\))?[ \t]*$", body, re.M):
        value = _clean_role(m.group("r"), company)
        if value and _has_head(value):
            scores[value.lower()] += 1.2 + 1.0
            surface.setdefault(value.lower(), value)
    if not scores:
        return None
    best = max(scores, key=lambda k: scores[k])
    return surface[best] if scores[best] >= 2.0 else None


# ---------------------------------------------------------------------------------------------
# Contact
# ---------------------------------------------------------------------------------------------
_SIGNOFF = re.compile(
    r"^[ \t>]*(?:"
    + "|".join(map(re.escape, SIGN_OFFS_BEFORE_NAME))
    + r")\b"  # a whole word: "Brian" and "Talent ..." are not "Br," or "Ta,"
    r"[ \t]*[,.!-]*[ \t]*(?P<rest>[^\n]*)$",
    re.I | re.M,
)
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


def _person_name(value: str) -> str | None:
    value = re.sub(r"^[-–—~\s]+", "", value).strip().rstrip(",")
    words = value.split()
    if not 1 <= len(words) <= 4:
        return None
    if not all(_name_word(w) for w in words) or words[0] in _PARTICLES:
        return None
    if any(w.lower().strip(".") in NOT_A_NAME | COMPANY_WORDS or w.lower() in ORG_WORDS for w in words):
        return None
    if len(words) > 1 and all(w.isupper() for w in words):
        return None  # "ACME HR": shouting initials, not a person
    return value


def _names_the_company(value: str, company: str | None) -> bool:
    """ "Halcyon Mutual Insurance" under a sign-off is the company (or its team), not a person."""
    words = value.split()
    if words[-1].lower().strip(".") in COMPANY_WORDS | ORG_WORDS | {
        "insurance",
        "hospital",
        "clinic",
        "school",
    }:
        return True
    return bool(company) and _squash(value).startswith(_squash(company or ""))


def extract_contact(email: Email, text: str, signature: str, company: str | None) -> str | None:
    """The person who signed, or the From display name when it is a person."""
    signer: str | None = None
    for block in (text, signature):
        for m in _SIGNOFF.finditer(block):
            rest = m.group("rest").strip()
            candidate = _person_name(rest) if rest else None
            if not candidate:
                following = [ln.strip() for ln in block[m.end() :].splitlines() if ln.strip()]
                candidate = _person_name(following[0]) if following else None
            if candidate and not _names_the_company(candidate, company):
                signer = candidate
    if signer is None:
        asked = re.search(
            r"\b(?:[Cc]ontact|[Rr]each out to|[Ee]mail|[Ww]rite to|[Aa]sk)[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+(?:at|on|via)[ \t]",
            text,
        )
        if asked:
            signer = _person_name(asked.group("n"))
    if signer is None and signature:
        first = next((ln.strip() for ln in signature.splitlines() if ln.strip()), "")
        signer = _person_name(first)
    if signer is None:
        # a bare name on its own line right at the end ("Priya" / "- Priya")
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        for ln in lines[-3:]:
            if len(lines) > 2 and re.match(r"^[-–—~]?\s*[A-Z]", ln):
                cand = _person_name(ln)
                if cand and not _names_the_company(cand, company):
                    signer = cand
                    break
    display = None
    name = email.sender.name if email.sender else ""
    if name and not _sender_is_system(email) and not (company and _squash(company) in _squash(name)):
        display = _person_name(name)
    if signer and display and len(signer.split()) == 1 and display.split()[0].lower() == signer.lower():
        return display  # the full name of the person who signed with a first name
    return signer or display


# ---------------------------------------------------------------------------------------------
# Interview time
# ---------------------------------------------------------------------------------------------
def _fixed(hours: float) -> tzinfo:
    return timezone(timedelta(minutes=round(hours * 60)))


_NY, _CHI, _DEN, _LA = (
    ZoneInfo(z) for z in ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
)
_LON, _BER, _SYD = ZoneInfo("Europe/London"), ZoneInfo("Europe/Berlin"), ZoneInfo("Australia/Sydney")
# People write "EST" all year for Eastern time, so regional abbreviations map to the region's zone
# (daylight saving applied on the date itself); zones without a season are fixed offsets.
ZONES: dict[str, tzinfo] = {
    "EST": _NY, "EDT": _NY, "ET": _NY, "EASTERN": _NY, "NEW YORK": _NY,
    "CST": _CHI, "CDT": _CHI, "CT": _CHI, "CENTRAL": _CHI, "CHICAGO": _CHI,
    "MST": _DEN, "MDT": _DEN, "MT": _DEN, "MOUNTAIN": _DEN, "DENVER": _DEN,
    "PST": _LA, "PDT": _LA, "PT": _LA, "PACIFIC": _LA, "LOS ANGELES": _LA, "SAN FRANCISCO": _LA,
    "GMT": _fixed(0), "UTC": _fixed(0), "BST": _LON, "UK": _LON, "LONDON": _LON, "WET": ZoneInfo("Europe/Lisbon"),
    "CET": _BER, "CEST": _BER, "BERLIN": _BER, "PARIS": ZoneInfo("Europe/Paris"), "AMSTERDAM": ZoneInfo("Europe/Amsterdam"),
    "EET": ZoneInfo("Europe/Helsinki"), "EEST": ZoneInfo("Europe/Helsinki"), "MSK": _fixed(3),
    "IST": _fixed(5.5), "INDIA": _fixed(5.5), "GST": _fixed(4), "PKT": _fixed(5), "SGT": _fixed(8), "SINGAPORE": _fixed(8),
    "HKT": _fixed(8), "AWST": _fixed(8), "JST": _fixed(9), "KST": _fixed(9), "ACST": ZoneInfo("Australia/Adelaide"),
    "AEST": _fixed(10), "AEDT": _fixed(11), "AET": _SYD, "SYDNEY": _SYD, "MELBOURNE": ZoneInfo("Australia/Melbourne"),
    "NZST": ZoneInfo("Pacific/Auckland"), "NZDT": ZoneInfo("Pacific/Auckland"), "SAST": _fixed(2), "WAT": _fixed(1),
    "EAT": _fixed(3), "BRT": _fixed(-3), "ART": _fixed(-3), "AKST": ZoneInfo("America/Anchorage"), "HST": _fixed(-10),
    # cities and regions people name a time by ("4pm Lisbon time", "14h00 (Brasília time)")
    "TORONTO": _NY, "BOSTON": _NY, "ATLANTA": _NY, "MIAMI": _NY, "AUSTIN": _CHI, "DALLAS": _CHI,
    "HOUSTON": _CHI, "ARIZONA": ZoneInfo("America/Phoenix"), "PHOENIX": ZoneInfo("America/Phoenix"),
    "SEATTLE": _LA, "VANCOUVER": _LA, "MEXICO CITY": ZoneInfo("America/Mexico_City"),
    "SAO PAULO": ZoneInfo("America/Sao_Paulo"), "SÃO PAULO": ZoneInfo("America/Sao_Paulo"),
    "BRASILIA": ZoneInfo("America/Sao_Paulo"), "BRASÍLIA": ZoneInfo("America/Sao_Paulo"),
    "BUENOS AIRES": _fixed(-3), "BOGOTA": _fixed(-5), "BOGOTÁ": _fixed(-5), "LIMA": _fixed(-5),
    "DUBLIN": ZoneInfo("Europe/Dublin"), "LISBON": ZoneInfo("Europe/Lisbon"), "MADRID": ZoneInfo("Europe/Madrid"),
    "ROME": ZoneInfo("Europe/Rome"), "ZURICH": ZoneInfo("Europe/Zurich"), "STOCKHOLM": ZoneInfo("Europe/Stockholm"),
    "WARSAW": ZoneInfo("Europe/Warsaw"), "ATHENS": ZoneInfo("Europe/Athens"), "ISTANBUL": _fixed(3),
    "TEL AVIV": ZoneInfo("Asia/Jerusalem"), "CAIRO": ZoneInfo("Africa/Cairo"), "LAGOS": _fixed(1),
    "NAIROBI": _fixed(3), "JOHANNESBURG": _fixed(2), "DUBAI": _fixed(4), "KARACHI": _fixed(5),
    "MUMBAI": _fixed(5.5), "BANGALORE": _fixed(5.5), "BENGALURU": _fixed(5.5), "DELHI": _fixed(5.5),
    "HYDERABAD": _fixed(5.5), "CHENNAI": _fixed(5.5), "PUNE": _fixed(5.5), "JAKARTA": _fixed(7),
    "BANGKOK": _fixed(7), "HANOI": _fixed(7), "HO CHI MINH": _fixed(7), "MANILA": _fixed(8),
    "BEIJING": _fixed(8), "SHANGHAI": _fixed(8), "HONG KONG": _fixed(8), "TAIPEI": _fixed(8), "PERTH": _fixed(8),
    "TOKYO": _fixed(9), "SEOUL": _fixed(9), "BRISBANE": _fixed(10), "AUCKLAND": ZoneInfo("Pacific/Auckland"),
}  # fmt: skip
_WD = r"(?:mon|tues?|weds|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_TOMORROW = r"(?:tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|tmw|2moro|2morrow)"
_DATE_RE = re.compile(
    rf"\b(?:(?:next|this|coming)[ \t]+{_WD}|{_TOMORROW}|today|"
    rf"(?:{_WD}[ \t,]+)?(?:the[ \t]+)?(?:{_MON}\.?[ \t]+{_DAY}(?:[ \t,]+20\d\d)?|{_DAY}[ \t]+(?:of[ \t]+)?{_MON}\.?(?:[ \t,]+20\d\d)?)|"
    rf"(?:{_WD}[ \t,]+)?the[ \t]+[0-3]?\d(?:st|nd|rd|th)|"
    rf"{_DAY}[-/ ]{_MON}[-/ ]20\d\d|20\d\d-[01]\d-[0-3]\d|[0-3]?\d\.[01]?\d\.20\d\d|[0-3]?\d/[0-3]?\d(?:/20\d\d)?|{_WD})\b",
    re.I,
)
_TIME_RE = re.compile(
    # the start of a range that shares its end's am/pm: "1:30-2:15pm", "3-3:45pm", "9 to 10am"
    r"\b(?:(?P<rh>[01]?\d)(?:[:.](?P<rm>[0-5]\d))?[ \t]*(?:-|–|—|to)[ \t]*"
    r"(?=(?P<reh>[01]?\d)(?:[:.][0-5]\d)?[ \t]*(?P<rap>[ap])\.?[ \t]?m\b)"
    r"|(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?[ \t]*(?P<ap>[ap]\.?[ \t]?m\b\.?)"
    r"|(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)\b(?:[ \t]*(?:hrs|hours|h)\b)?"
    # military time after "at" or before hrs or a zone: "at 0730", "1000 CDT", "1400hrs"
    r"|(?:(?<=\bat )|(?<=@ ))(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)\b"
    r"|(?P<mil2>[01]\d|2[0-3])(?P<milm2>[0-5]\d)(?=[ \t]*(?:hrs\b|hours\b|h\b|(?-i:[A-Z]{2,4})\b))"
    # a bare hour after "at", where a time ends: "Mon at 3 for a chat", "Tues at 4?"
    r"|(?<=\bat )(?P<bare>1[0-2]|[1-9])(?=[ \t]*(?:[,;?!)]|\.(?!\d)|$|\n|(?:for|to|on|or|works?|if|then)\b))"
    r"|(?P<noon>noon|midday))",
    re.I | re.M,
)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_HOUR_WORD = r"(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
_WORD_TIME_RE = re.compile(
    rf"\b(?:(?P<part>half|quarter)[ \t]+(?P<rel>past|to)[ \t]+{_HOUR_WORD}|{_HOUR_WORD.replace('hw', 'ho')}"
    r"[ \t]*o'?[ \t]?clock)\b",
    re.I,
)


def _spell_word_times(text: str) -> str:
    """ "half past ten" -> "10:30", "quarter to two" -> "1:45", "eleven o'clock" -> "11:00"."""

    def number(word: str) -> int:
        return _NUMBER_WORDS.get(word.lower()) or int(word)

    def sub(m: re.Match[str]) -> str:
        if m.group("ho"):
            return f"{number(m.group('ho'))}:00"
        hour = number(m.group("hw"))
        minutes = 30 if m.group("part").lower() == "half" else 15
        if m.group("rel").lower() == "to":
            hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
        return f"{hour}:{minutes:02d}"

    return _WORD_TIME_RE.sub(sub, text)


def _business_hour(hour: int) -> int:
    """A clock hour written without am/pm, read as a working-day hour ("at 2:30" is 14:30, "9:00" is 9:00)."""
    return hour + 12 if 1 <= hour <= 6 else hour


_ZONE_NAMES = "|".join(sorted((re.escape(z.title()) for z in ZONES if len(z) > 4), key=len, reverse=True))
_ZONE_RE = re.compile(
    rf"\b(?:(?P<abbr>[A-Z]{{2,5}})\b|(?P<off>(?:GMT|UTC)[ \t]*[+-][ \t]*\d{{1,2}}(?::?\d\d)?)|(?P<name>{_ZONE_NAMES})\b)"
)
_OFFSET_RE = re.compile(r"^(?:GMT|UTC)[ \t]*(?P<s>[+-])[ \t]*(?P<h>\d{1,2})(?::?(?P<m>\d\d))?$", re.I)


def _zone(raw: str | None) -> tzinfo | None:
    if not raw:
        return None
    raw = raw.strip()
    m = _OFFSET_RE.match(raw)
    if m:
        minutes = int(m.group("h")) * 60 + int(m.group("m") or 0)
        return timezone(timedelta(minutes=minutes if m.group("s") == "+" else -minutes))
    return ZONES.get(raw.upper())


def _zone_after(text: str, pos: int) -> tzinfo | None:
    """The zone written right after a time ("3pm EST", "14:30 (CET)", "11am New York time")."""
    window = re.split(r"[\n.;!?]|\b(?:and|or|on|for)\b", text[pos : pos + 30], maxsplit=1)[0]
    for m in _ZONE_RE.finditer(window):
        zone = _zone(m.group(0))
        if zone is not None:
            return zone
    return None


def _has_day(month: date, day: int, not_before: date) -> bool:
    """Whether ``month`` has day ``day`` on or after ``not_before``."""
    try:
        return month.replace(day=day) >= not_before
    except ValueError:
        return False


def parse_when(
    date_phrase: str, time_phrase: str, zone: tzinfo | None, base: datetime | None
) -> datetime | None:
    """Resolve 'next Tuesday' + '3pm' in a zone against the message's Date; None when unsure."""
    relative = bool(re.search(rf"\b(?:next|this|coming|{_TOMORROW}|today|{_WD})\b", date_phrase, re.I))
    relative = relative and not re.search(rf"\b{_MON}\b", date_phrase, re.I)
    if base is None and relative:
        return None  # "Tuesday" means nothing without the day the message was written
    tz = zone or (base.tzinfo if base else None)
    if tz is None:
        return None
    day_only = re.fullmatch(
        rf"(?:{_WD}[ \t,]+)?the[ \t]+([0-3]?\d)(?:st|nd|rd|th)", date_phrase.strip(), re.I
    )
    if day_only:  # "Friday the 6th": the next 6th of a month, from the day the message was written
        if base is None:
            return None
        day, first = int(day_only.group(1)), base.astimezone(tz).date()
        month = next(
            (
                m
                for m in ((first.replace(day=1) + timedelta(days=31 * k)).replace(day=1) for k in range(3))
                if _has_day(m, day, first)
            ),
            None,
        )
        if month is None:
            return None
        date_phrase = month.replace(day=day).isoformat()
    settings: dict[str, object] = {"PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False}
    if "." in date_phrase or "/" in date_phrase:
        # 10.06.2026 is day-first everywhere; 5/1 is month-first only in North America (Brazil, UTC-3, is not)
        offset = base.utcoffset() if base else None
        american = "/" in date_phrase and offset is not None and offset <= timedelta(hours=-4)
        settings["DATE_ORDER"] = "MDY" if american else "DMY"
    if base is not None:
        settings["RELATIVE_BASE"] = base.astimezone(tz).replace(tzinfo=None)
    cleaned = re.sub(r"\b(?:the|of)\b|,|\(|\)", " ", date_phrase, flags=re.I)
    cleaned = re.sub(rf"\b{_TOMORROW}\b", "tomorrow", cleaned, flags=re.I)
    cleaned = re.sub(r"\bweds\b", "wed", cleaned, flags=re.I)
    if re.search(rf"\b{_MON}\b|\d", cleaned, re.I):
        cleaned = re.sub(
            rf"\b{_WD}\b", " ", cleaned, flags=re.I
        )  # the date decides; a weekday only adds doubt
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", cleaned)
    cleaned = re.sub(r"(?<=\d)-(?=[A-Za-z])|(?<=[A-Za-z])-(?=\d)", " ", cleaned)  # 19-Mar-2026
    try:
        parsed = dateparser.parse(f"{cleaned} {time_phrase}", languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None:
        return None
    if isinstance(tz, ZoneInfo):
        return parsed.replace(tzinfo=tz)
    return parsed.replace(tzinfo=tz)


def _specific(match: re.Match[str]) -> bool:
    return bool(re.search(rf"\d|\b{_MON}\b|next|{_TOMORROW}|today", match.group(0), re.I))


def extract_interview_time(email: Email, text: str) -> tuple[datetime | None, datetime | None]:
    """Start and end: a calendar event first, else the first clock time with a date next to it."""
    for event in email.events:
        if event.start is not None and event.method.upper() != "CANCEL":
            return event.start, event.end
    text = _spell_word_times(text)
    dates = list(_DATE_RE.finditer(text))
    times = list(_TIME_RE.finditer(text))
    # a time next to a written-out date beats one next to a bare weekday (bilingual or recap mail); a
    # written-out date further up (an agenda table under "your final round on 17.02.2026") comes last
    for need_specific, reach in ((True, 60), (False, 60), (True, 300), (False, 160)):
        found = _first_time(text, dates, times, email.date, need_specific, reach)
        if found is not None:
            return found, None
    return None, None


_DEADLINE_RE = re.compile(
    r"\b(?:by|before|until|till|no later than|deadline(?: is)?|due|closes? at)[ \t]*(?:the[ \t]+)?$", re.I
)


def _time_phrase(tm: re.Match[str]) -> str:
    """The clock time of a _TIME_RE match as dateparser reads it."""
    if tm.group("noon"):
        return "12:00"
    if tm.group("rh") is not None:
        hour, end_hour = int(tm.group("rh")), int(tm.group("reh"))
        pm = tm.group("rap").lower() == "p"
        if pm and hour != 12 and hour % 12 > end_hour % 12:
            pm = False  # "11-12pm" starts at 11 am
        return f"{hour}:{tm.group('rm') or '00'} {'pm' if pm else 'am'}"
    if tm.group("h24") is not None:
        raw = tm.group("h24")
        hour = int(raw) if raw.startswith("0") else _business_hour(int(raw))
        return f"{hour:02d}:{tm.group('m24')}"
    if tm.group("bare") is not None:
        return f"{_business_hour(int(tm.group('bare'))):02d}:00"
    if tm.group("mil") is not None:
        return f"{tm.group('mil')}:{tm.group('milm')}"
    if tm.group("mil2") is not None:
        return f"{tm.group('mil2')}:{tm.group('milm2')}"
    ap = "pm" if tm.group("ap").lower().startswith("p") else "am"
    return f"{int(tm.group('h'))}:{tm.group('m') or '00'} {ap}"


def _first_time(
    text: str,
    dates: list[re.Match[str]],
    times: list[re.Match[str]],
    base: datetime | None,
    need_specific: bool,
    reach: int = 60,
) -> datetime | None:
    for index, tm in enumerate(times):
        if tm.group("h") is not None and int(tm.group("h")) > 12:
            continue
        if any(d.start() <= tm.start() < d.end() for d in dates):
            continue  # the day of "June 1 - 3:00 PM" is not the start of a range
        if _DEADLINE_RE.search(text, max(0, tm.start() - 25), tm.start()):
            continue  # "book a slot by 23:55 on 4 March", "reply before 5pm Friday": a deadline
        before = [d for d in dates if d.end() <= tm.start() and tm.start() - d.end() <= reach]
        ranged = index + 1 < len(times) and 0 <= times[index + 1].start() - tm.end() <= 6
        end = times[index + 1].end() if ranged else tm.end()  # "9:00 - 10:00 AM on Tuesday": the range's date
        after = [d for d in dates if d.start() >= end and d.start() - end <= 25]
        # prefer the written-out date over a weekday next to it ("8th April 2026 (Wednesday)")
        specific = [d for d in before if _specific(d)]
        date_match = (specific or before)[-1] if (specific or before) else (after[0] if after else None)
        if date_match is None or (need_specific and not _specific(date_match)):
            continue
        zone = _zone_after(text, tm.end())
        if zone is None and ranged:
            zone = _zone_after(text, times[index + 1].end())  # "9:00 AM - 10:00 AM Mountain Time"
        if zone is None and date_match.start() >= end:
            zone = _zone_after(text, date_match.end())  # "7:30am on Wednesday (your time, ET)"
        start = parse_when(date_match.group(0), _time_phrase(tm), zone, base)
        if start is not None:
            return start
    return None


_DURATION_RE = re.compile(
    r"\b(?:(?P<min>\d{1,3})[ \t-]*(?:minutes?|mins?)\b|(?P<hr>\d{1,2}(?:\.\d)?|an|one|two|half an)[ \t-]*(?:hours?|hrs?)\b)",
    re.I,
)
_WORD_HOURS = {"an": 1.0, "one": 1.0, "two": 2.0, "half an": 0.5}


def extract_duration(text: str) -> int | None:
    m = _DURATION_RE.search(text)
    if not m:
        return None
    if m.group("min"):
        return int(m.group("min"))
    raw = m.group("hr").lower()
    return round(60 * (_WORD_HOURS[raw] if raw in _WORD_HOURS else float(raw)))


# ---------------------------------------------------------------------------------------------
# Links, location, addresses
# ---------------------------------------------------------------------------------------------
_URL_RE = re.compile(r"https?://[^\s<>\"')\]]+", re.I)
MEETING_HOSTS = ("zoom.us", "meet.google.com", "teams.microsoft.com", "teams.live.com", "webex.com", "whereby.com",
                 "bluejeans.com", "chime.aws", "gotomeeting.com", "meet.jit.si")  # fmt: skip
BOOKING_HOSTS = ("calendly.com", "goodtime.io", "doodle.com", "cal.com", "youcanbook.me", "savvycal.com",
                 "outlook.office365.com/owa/calendar", "ashbyhq.com", "greenhouse.io/schedule", "/book", "/schedule")  # fmt: skip
_TALENT_CONTEXT = re.compile(
    r"talent (?:network|community|pool)|career(?:s)? (?:site|page|portal)|job alerts|open (?:roles|positions)",
    re.I,
)
_LOCATION_RE = [
    re.compile(
        r"^[ \t]*(?:location|address|venue|where|office)[ \t]*:[ \t]*(?P<l>[^\n]{4,120})$", re.I | re.M
    ),
    re.compile(
        r"\b(?:at|in) our (?:office|offices|headquarters|HQ|studio|campus)(?:[ \t]+(?:at|in|on)[ \t]+|,[ \t]*)(?P<l>[^\n]+?)(?=\.[ \t]|\.?$|\n|;|\()",
        re.I | re.M,
    ),
]
ROLE_ACCOUNTS = {
    "careers",
    "jobs",
    "hr",
    "recruiting",
    "recruitment",
    "talent",
    "hiring",
    "info",
    "apply",
    "people",
}


def _urls(text: str) -> list[str]:
    return [u.rstrip(".,;:!?") for u in _URL_RE.findall(text)]


def extract_links(email: Email, text: str) -> tuple[str | None, str | None]:
    """(meeting link, talent-network/careers link)."""
    urls = [e.url for e in email.events if e.url] + [
        e.location for e in email.events if e.location.startswith("http")
    ]
    urls += _urls(text)
    meeting = next((u for u in urls if any(h in u.lower() for h in MEETING_HOSTS)), None)
    if meeting is None:
        meeting = next((u for u in urls if any(h in u.lower() for h in BOOKING_HOSTS)), None)
    talent = None
    for m in _URL_RE.finditer(text):
        url = m.group(0).rstrip(".,;:!?")
        window = text[max(0, m.start() - 150) : m.start()].splitlines()[-2:]
        if "talent" in url.lower() or _TALENT_CONTEXT.search(" ".join(window)):
            talent = url
            break
    return meeting, talent


def extract_location(email: Email, text: str) -> str | None:
    for event in email.events:
        if (
            event.location
            and not event.location.startswith("http")
            and not re.search(r"zoom|teams|meet|webex", event.location, re.I)
        ):
            return event.location
    for rx in _LOCATION_RE:
        m = rx.search(text)
        if m:
            value = m.group("l").strip().rstrip(".")
            if not _URL_RE.match(value):
                return value
    return None


def extract_contact_email(text: str, sender_email: str) -> str | None:
    best = None
    for addr in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        addr = addr.rstrip(".")
        local = addr.split("@", 1)[0].lower()
        if NOREPLY_RE.match(local):
            continue
        if local not in ROLE_ACCOUNTS:
            return addr
        best = best or addr
    return best


def extract_entities(email: Email, label: Label | None = None) -> Entities:
    """Everything a reply needs; times only for invitations, where they matter (and cost a parse)."""
    text = email.text
    signature = email.signature
    company = extract_company(email, text, signature)
    role = extract_role(email, text, company)
    contact = extract_contact(email, text, signature, company)
    start = end = None
    duration = extract_duration(text)
    if label in (None, Label.INTERVIEW_INVITATION):
        start, end = extract_interview_time(email, text)
        if start is not None and end is None and duration:
            end = start + timedelta(minutes=duration)
        if start is not None and end is not None and duration is None:
            duration = round((end - start).total_seconds() / 60) or None
    meeting, talent = extract_links(email, text + "\n" + signature)
    sender_email = email.sender.email if email.sender else ""
    return Entities(
        company=company,
        role=role,
        contact=contact,
        contact_email=extract_contact_email(text + "\n" + signature, sender_email),
        interview_start=start,
        interview_end=end,
        duration_minutes=duration,
        meeting_link=meeting,
        location=extract_location(email, text),
        talent_network_link=talent,
    )
