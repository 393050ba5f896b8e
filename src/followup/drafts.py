"""Email + rendered body -> Draft: a correct RFC 5322 reply, pure (no I/O).

Every header value that comes from the original message (names, subject, addresses, ids) is hostile:
it is cleaned to one line and handed to ``email.headerregistry``, which quotes and RFC 2047-encodes
it, so nothing in a message can add a header (Bcc, ...) to a draft.
"""

from __future__ import annotations

import re
import textwrap
from datetime import UTC, datetime
from email import policy
from email.errors import MessageDefect
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime

from followup.errors import ConfigError, MailParseError
from followup.facts import MessageFacts
from followup.lexicon import NO_REPLY_HEADS, NO_REPLY_NAMES, REPLY_PREFIXES
from followup.mail import ENCODED_WORD, clean_line, decode_header_value, normalize_addr
from followup.models import Action, Address, Draft, Email, Profile, Recipient
from followup.rules.rendering import Rendered

NO_ADDRESS_NOTE = "[followup: no reply address was found; add the recipient before sending]"
QUOTE_LIMIT = 20_000  # chars of the original quoted below the reply
MAX_REFERENCES = 20  # RFC 5322 3.6.4 allows trimming; the first and the latest ids are kept
WRAP = 76

# Local parts that nobody reads: replying there is a lost message (and a bounce).
_NO_REPLY = re.compile(
    "|".join(w.replace("-", "[-_.]?") for w in NO_REPLY_NAMES)
    + f"|^(?:{'|'.join(NO_REPLY_HEADS)})(?:$|[-+._])",
    re.I,
)
# Reply prefixes in the languages mail clients use; stripped so "Re:" is added once.
_REPLY_PREFIX = re.compile(rf"^\s*(?:(?:{'|'.join(REPLY_PREFIXES)})(?:\[\d+\]|\(\d+\))?\s*:\s*)+", re.I)
_MSG_ID = re.compile(r"^[^<>\s@]+@[^<>\s@]+$|^[^<>\s]+$")


def safe_text(value: str, limit: int = 998) -> str:
    """Header text that the email package will write back exactly as one line.

    The email package decodes RFC 2047 words found in a plain str header value, so a subject that
    merely *contains* "=?utf-8?Q?=0D=0A?=Bcc: x" would come out as a real CR LF and a Bcc header
    (CPython behaviour, checked). Such words are decoded here, cleaned, and any left are defused.
    """
    text = clean_line(value, limit=limit)
    for _ in range(3):
        if not ENCODED_WORD.search(text):
            break
        text = decode_header_value(text)
    # What is left only looks like an encoded word (broken, or with spaces inside), but the stdlib's
    # lenient parser would still decode it: break the "=?" opener.
    return text.replace("=?", "= ?")


def is_no_reply(address: str) -> bool:
    """Whether an address is a no-reply, bounce or notification mailbox nobody reads."""
    local = address.rsplit("@", 1)[0]
    return bool(_NO_REPLY.search(local))


def reply_subject(subject: str) -> str:
    """'Re: ' added once: 'RE: Aw: Re: x' -> 'Re: x'; 'Fwd: x' -> 'Re: Fwd: x'."""
    rest = _REPLY_PREFIX.sub("", safe_text(subject))
    return f"Re: {rest}" if rest else "Re:"


def _usable(address: Address | str | None) -> Address | None:
    """A validated address that is not a no-reply one, else None."""
    if address is None:
        return None
    if isinstance(address, str):
        address = Address(name="", email=address)
    email = normalize_addr(clean_line(address.email))
    if email is None or is_no_reply(email):
        return None
    if not email.partition("@")[0].isascii():
        # An internationalised local part (RFC 6531) cannot go into a plain header: leave To
        # empty with the note, rather than fail the whole draft.
        return None
    return Address(name=safe_text(address.name, limit=200), email=email)


def choose_recipient(
    email: Email, recipient: Recipient, contact_email: str | None, profile: Profile
) -> Address | None:
    """Who the draft goes to; None when no safe, readable address exists."""
    if recipient is Recipient.SELF:
        return _usable(Address(name=profile.name, email=profile.email))
    contact = _usable(contact_email)
    if recipient is Recipient.CONTACT and contact is not None:
        return contact
    for candidate in (*email.reply_to, email.sender):
        found = _usable(candidate)
        if found is not None:
            return found
    return contact


def _header_address(address: Address) -> HeaderAddress:
    """A headerregistry Address (quoted, RFC 2047 when needed); the name is dropped if it will not fit."""
    try:
        return HeaderAddress(display_name=address.name, addr_spec=address.email)
    except (ValueError, IndexError, TypeError, MessageDefect):
        return HeaderAddress(addr_spec=address.email)


def _wrap(body: str) -> str:
    """Wrap long prose lines; URLs and long words are never broken (links must still work)."""
    out: list[str] = []
    for line in body.split("\n"):
        if len(line) <= WRAP or line.startswith(">"):
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, WRAP, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def _quote(email: Email) -> str:
    who = str(email.sender) if email.sender else "the sender"
    when = email.date.strftime("%a, %d %b %Y at %H:%M %z") if email.date else ""
    header = f"On {when}, {who} wrote:" if when else f"{who} wrote:"
    text = email.full_text[:QUOTE_LIMIT]
    quoted = "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))
    return f"{clean_line(header)}\n{quoted}" if text else ""


def _msg_id(value: str) -> str | None:
    value = clean_line(value, limit=900)
    return value if value and _MSG_ID.match(value) and "=?" not in value else None


def _check_headers(data: bytes, expected: list[str]) -> None:
    """Last line of defence: the bytes must carry exactly the headers that were set, no more."""
    head = data.split(b"\r\n\r\n", 1)[0]
    lines = [line for line in head.split(b"\r\n") if line and line[:1] not in (b" ", b"\t")]
    found = [line.split(b":", 1)[0].decode("ascii", "replace").lower() for line in lines]
    if sorted(found) != sorted(expected):
        raise MailParseError(
            f"the reply's headers came out as {found} instead of {expected}: the original message carries "
            "text that would inject a header; it is skipped"
        )


def _body(text: str, email: Email, addressed: bool) -> str:
    """The reply's text (with the no-address note when needed), wrapped, above the quoted original."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not addressed:
        text = f"{NO_ADDRESS_NOTE}\n\n{text}"
    quote = _quote(email)
    return _wrap(text) + (f"\n\n{quote}" if quote else "") + "\n"


def _thread(msg: EmailMessage, email: Email) -> None:
    """In-Reply-To and References, so the draft sits in the original's thread."""
    original = _msg_id(email.message_id)
    if original is None:
        return
    refs = [r for r in (_msg_id(x) for x in email.references) if r and r != original]
    if len(refs) >= MAX_REFERENCES:
        refs = [refs[0], *refs[-(MAX_REFERENCES - 2) :]]
    msg["In-Reply-To"] = f"<{original}>"
    msg["References"] = " ".join(f"<{r}>" for r in [*refs, original])


def _sender(profile: Profile) -> str:
    sender = normalize_addr(profile.email)
    if sender is None:
        raise ConfigError(
            f"profile.email {profile.email!r} is not a plain address: "
            "set it to your mailbox, e.g. jane@example.com"
        )
    return sender


def compose(
    facts: MessageFacts, rendered: Rendered, action: Action, *, key: str, profile: Profile, now: datetime
) -> Draft:
    """A reply to the message of ``facts`` in its thread, From the profile, carrying ``X-Followup-Key: key``.

    ``action`` says to whom (its recipient) and when (its due time); ``rendered`` is the text.
    """
    email = facts.email
    sender = _sender(profile)
    if not re.fullmatch(r"[A-Za-z0-9._:-]{1,200}", key):
        raise ValueError(f"draft key {key!r} is not a plain token: build it with models.draft_key")
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)

    to = choose_recipient(email, action.recipient, facts.classification.entities.contact_email, profile)
    text = _body(rendered.body, email, to is not None)
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = _header_address(Address(name=safe_text(profile.name, limit=200), email=sender))
    if to is not None:
        msg["To"] = _header_address(to)
    else:
        msg["To"] = ""  # an empty To keeps the draft's header set complete; the note says to fill it
    subject = safe_text(rendered.subject) if rendered.subject is not None else reply_subject(email.subject)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    domain = sender.rsplit("@", 1)[1]
    # Derived from key and time: a re-composed draft after a crash gets the same id in the same second.
    msg["Message-ID"] = f"<followup.{key}.{int(now.timestamp())}@{domain}>"
    _thread(msg, email)
    msg["X-Followup-Key"] = key
    ascii_short = text.isascii() and all(len(line) <= 78 for line in text.split("\n"))
    msg.set_content(text, subtype="plain", charset="utf-8", cte="7bit" if ascii_short else "quoted-printable")
    data = msg.as_bytes(policy=policy.SMTP)
    _check_headers(data, [name.lower() for name in msg])
    return Draft(
        key=key,
        data=data,
        subject=subject,
        to=str(to) if to else "",
        due=action.due,
        action=action.name,
        rule=action.rule,
    )
