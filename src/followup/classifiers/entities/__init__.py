"""Entity extraction: who wrote, for which company and role, and when/where the interview is.

Rules over the Email (sender, subject, new text, signature, calendar events), each candidate scored
by how telling its context is. Dates come only from the message: a calendar event first, else a
date phrase next to a clock time resolved with dateparser against the message's Date. When nothing
parses, the answer is None; a wrong interview time is worse than none.
"""

from __future__ import annotations

from datetime import timedelta

from followup.classifiers.entities.company import extract_company
from followup.classifiers.entities.contact import extract_contact
from followup.classifiers.entities.links import extract_contact_email, extract_links, extract_location
from followup.classifiers.entities.role import extract_role
from followup.classifiers.entities.when import extract_duration, extract_interview_time, parse_when, warm_up
from followup.models import Email, Entities, Label

__all__ = [
    "extract_company",
    "extract_contact",
    "extract_contact_email",
    "extract_duration",
    "extract_entities",
    "extract_interview_time",
    "extract_links",
    "extract_location",
    "extract_role",
    "parse_when",
    "warm_up",
]


def _unwrap(text: str) -> str:
    """Hard-wrapped prose joined back into its lines: a break after a long line (60+ characters)
    that ends mid-sentence and runs on into a word becomes a space. Short lines (names, titles,
    list items, a signature) stay as they are."""
    lines = text.split("\n")
    out = [lines[0]] if lines else []
    for line in lines[1:]:
        previous = out[-1]
        runs_on = len(previous) >= 60 and (previous[-1:].isalpha() or previous.endswith(","))
        if runs_on and line[:1].isalpha() and not previous.lstrip().startswith(("-", "*", "•")):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def extract_entities(email: Email, label: Label | None = None) -> Entities:
    """Everything a reply needs; times only for invitations, where they matter (and cost a parse)."""
    text = email.text
    signature = email.signature
    prose = _unwrap(text)  # "the Marketing\nManager role" in hard-wrapped mail is one title
    company = extract_company(email, prose, signature)
    role = extract_role(email, prose, company)
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
