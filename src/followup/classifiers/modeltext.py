"""The text the model reads of a mail: subject and new text normalised, plus header tokens and signals.

Pure string work (no spaCy): URLs and addresses become kind tokens, digits 0, meeting boilerplate
goes; the header signals (bulk, no-reply, ATS, calendar, free mail, reply) feed the decision step.
"""

from __future__ import annotations

import re

from followup.lexicon import ATS_DOMAINS, FREEMAIL_DOMAINS, NO_REPLY_FEATURE, REPLY_PREFIXES_FEATURE
from followup.models import Email

_REPLY_SUBJECT_RE = re.compile(
    r"^\s*((" + "|".join(map(re.escape, REPLY_PREFIXES_FEATURE)) + r")\s*(\[\d+\])?\s*:\s*)+", re.I
)
NOREPLY_RE = re.compile(r"^(" + "|".join(w.replace("-", "[-_.]?") for w in NO_REPLY_FEATURE) + ")", re.I)

_URL_RE = re.compile(r"https?://[^\s<>\"')\]]+|www\.[^\s<>\"')\]]+", re.I)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT_RE = re.compile(r"\d+")
# Runs of spaces and tabs become one space; a lone space is already one and is left alone (fewer pieces).
_SPACE_RE = re.compile(r"[\t\r\f\v][ \t\r\f\v]*| [ \t\r\f\v]+")
_URL_KINDS = (
    ("xurlmeeting", ("zoom.us", "meet.google.com", "teams.microsoft.com", "webex.com", "whereby.com")),
    ("xurlbooking", ("calendly.com", "goodtime.io", "doodle.com", "cal.com", "youcanbook.me", "/book")),
    ("xurltest", ("hackerrank.com", "codility.com", "codesignal.com", "testgorilla.com", "hirevue.com")),
    ("xurloffer", ("/offer", "docusign")),
    ("xurlunsub", ("unsubscribe", "/unsub", "preferences")),
)
MAX_BODY_CHARS = 4000  # long footers and disclaimers add cost, not signal


def _url_token(match: re.Match[str]) -> str:
    url = match.group(0).lower()
    for token, needles in _URL_KINDS:
        if any(n in url for n in needles):
            return f" xurl {token} "
    return " xurl "


# Texting shorthand of recruiters writing from a phone ("u free tmrw 2pm?"), spelled out so the cues and
# the model see the same words as in long-hand mail. Whole words only; "u.s." and "r&d" stay as they are.
_SHORTHAND = {
    "u": "you", "ur": "your", "r": "are", "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow",
    "2moro": "tomorrow", "2morrow": "tomorrow", "pls": "please", "plz": "please", "thx": "thanks",
    "thnx": "thanks", "abt": "about", "b4": "before", "asap": "as soon as possible", "lmk": "let me know",
}  # fmt: skip
_SHORTHAND_RE = re.compile(r"(?<![\w.&'’-])(" + "|".join(_SHORTHAND) + r")(?![\w&'’-]|\.\w)")


def normalize(text: str) -> str:
    """Lower-case, URLs and addresses as kind tokens, digits as 0: the model learns cues, not ids."""
    # Each pattern runs only where it can match: a URL holds "://" or "www." (in any case), an address "@".
    if "://" in text or "www." in text.lower():
        text = _URL_RE.sub(_url_token, text)
    if "@" in text:
        text = _EMAIL_RE.sub(" xemail ", text)
    text = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1)], text.lower())
    text = _DIGIT_RE.sub("0", text)
    return _SPACE_RE.sub(" ", text).strip()


def sender_is_noreply(email: Email) -> bool:
    return bool(email.sender and NOREPLY_RE.match(email.sender.email.split("@", 1)[0]))


def sender_is_ats(email: Email) -> bool:
    if not email.sender:
        return False
    domain = email.sender.email.rpartition("@")[2].lower()
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def sender_is_freemail(email: Email) -> bool:
    if not email.sender:
        return False
    domain = email.sender.email.rpartition("@")[2].lower()
    return domain in FREEMAIL_DOMAINS or domain.startswith(("hotmail.", "yahoo.", "outlook.", "live."))


def header_signals(email: Email) -> dict[str, bool]:
    """Header facts the decision step weighs (they never reach the model as free text)."""
    return {
        "bulk": email.is_bulk,
        "auto_reply": email.auto_submitted == "auto-replied",
        "auto_generated": email.is_auto_reply and email.auto_submitted != "auto-replied",
        "noreply": sender_is_noreply(email),
        "ats": sender_is_ats(email),
        "freemail": sender_is_freemail(email),
        "reply": bool(_REPLY_SUBJECT_RE.match(email.subject)),
        "calendar": any(e.start is not None and e.method.upper() != "CANCEL" for e in email.events),
        "calendar_cancel": any(e.method.upper() == "CANCEL" for e in email.events),
    }


# Join-info blocks that Teams, Zoom, Webex and Google Calendar paste into a meeting mail. They are the same
# in an interview invitation, a reminder and a sales call, so they say nothing about the kind of mail; left
# in, the model learns whichever label its training mail happened to carry them on. Their links survive
# as kind tokens (xurlmeeting) through the line's URLs.
_BOILERPLATE_LINE_RE = re.compile(
    r"^\W*(?:[_=~-]{8,}|microsoft teams(?: meeting| need help\??)?|join (?:on|from) (?:your|a) (?:computer|mobile|"
    r"video)\b.*|join on the web|join with (?:a video conferencing device|google meet)|join by (?:phone|sip|"
    r"h\.?323|video system)\b.*|join (?:zoom|the) meeting|click here to join(?: the)?|(?:phone |video )?"
    r"(?:conference|meeting|webinar) (?:id|number)\b\s*(?:\([^)]*\))?\s*:.*|pass(?:code|word)\s*:.*|tenant key\b.*|download teams\b.*|"
    r"learn more\b.*|meeting options\b.*|(?:help|legal|privacy and security)\s*\|.*|one tap mobile\b.*|"
    r"dial by your location\b.*|find your local number\b.*|more phone numbers\b.*|dial-?in\b.*|"
    r"\+?\d[\d\s().,#*+-]{7,}(?:\s*\w{1,20}\s*)?(?:\(.*\))?|(?:you are|you're) receiving this (?:email|"
    r"courtesy email) (?:because|at)\b.*|forwarding this invitation\b.*|invitation from google calendar\b.*|"
    r"reply for \S+@\S+.*|view all guest info\b.*|more options\b.*)\W*$",
    re.I,
)


def strip_meeting_boilerplate(text: str) -> str:
    """The text without calendar and conferencing join-info lines (their URLs kept)."""
    if "\n" not in text:
        return text
    out = []
    for line in text.split("\n"):
        if line.strip() and _BOILERPLATE_LINE_RE.match(line.strip()):
            out.extend(_URL_RE.findall(line))
            continue
        out.append(line)
    return "\n".join(out)


def model_text(email: Email, signals: dict[str, bool] | None = None) -> tuple[str, int]:
    """The text the pipeline reads (subject, new text, a few header tokens) and the subject's length.

    `signals` are the email's `header_signals` when the caller has them already.
    """
    subject = normalize(email.subject)
    body = normalize(strip_meeting_boilerplate(email.text)[:MAX_BODY_CHARS])
    sig = header_signals(email) if signals is None else signals
    tokens = [
        f"xhdr{name}" for name in ("bulk", "noreply", "ats", "calendar", "freemail", "reply") if sig[name]
    ]
    return f"{subject}\n\n{body}\n\n{' '.join(tokens)}".rstrip(), len(subject)
