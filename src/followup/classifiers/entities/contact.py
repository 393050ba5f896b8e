"""The person who signed the mail, or the From display name when it is a person."""

from __future__ import annotations

import re

from followup.classifiers.entities.common import (
    COMPANY_WORDS,
    ORG_WORDS,
    SIGNOFF,
    person_name,
    sender_is_system,
    squash,
)
from followup.models import Email

_COMPANY_ENDS = frozenset(COMPANY_WORDS | ORG_WORDS | {"insurance", "hospital", "clinic", "school"})


def _names_the_company(value: str, company: str | None) -> bool:
    """ "Halcyon Mutual Insurance" under a sign-off is the company (or its team), not a person."""
    words = value.split()
    if words[-1].lower().strip(".") in _COMPANY_ENDS:
        return True
    return bool(company) and squash(value).startswith(squash(company or ""))


def extract_contact(email: Email, text: str, signature: str, company: str | None) -> str | None:
    """The person who signed, or the From display name when it is a person."""
    signer: str | None = None
    for block in (text, signature):
        for m in SIGNOFF.finditer(block):
            rest = m.group("rest").strip()
            candidate = person_name(rest) if rest else None
            if not candidate:
                following = [ln.strip() for ln in block[m.end() :].splitlines() if ln.strip()]
                candidate = person_name(following[0]) if following else None
            if candidate and not _names_the_company(candidate, company):
                signer = candidate
    if signer is None:
        asked = re.search(
            r"\b(?:[Cc]ontact|[Rr]each out to|[Ee]mail|[Ww]rite to|[Aa]sk)[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+(?:at|on|via)[ \t]",
            text,
        )
        if asked:
            signer = person_name(asked.group("n"))
    if signer is None and signature:
        first = next((ln.strip() for ln in signature.splitlines() if ln.strip()), "")
        signer = person_name(first)
    if signer is None:
        # a bare name on its own line right at the end ("Priya" / "- Priya")
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        for ln in lines[-3:]:
            if len(lines) > 2 and re.match(r"^[-–—~]?\s*[A-Z]", ln):
                cand = person_name(ln)
                if cand and not _names_the_company(cand, company):
                    signer = cand
                    break
    display = None
    name = email.sender.name if email.sender else ""
    if name and not sender_is_system(email) and not (company and squash(company) in squash(name)):
        display = person_name(name)
    if signer and display and len(signer.split()) == 1 and display.split()[0].lower() == signer.lower():
        return display  # the full name of the person who signed with a first name
    return signer or display
