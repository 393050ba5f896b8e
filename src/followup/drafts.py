"""Email + rendered body -> Draft: a correct RFC 5322 reply, pure (no I/O).

Every header value that comes from the original message (names, subject, addresses, ids) is hostile:
it is cleaned to one line (safe_text, validated addresses and ids) before mailwriter quotes or
RFC 2047-encodes it, and the finished bytes are checked to carry exactly the headers that were set,
so nothing in a message can add a header (Bcc, ...) to a draft. The text is format=flowed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime

from followup import mailwriter
from followup.errors import ConfigError, MailParseError
from followup.facts import MessageFacts
from followup.lexicon import NO_REPLY_HEADS, NO_REPLY_NAMES, REPLY_PREFIXES
from followup.mail import ENCODED_WORD, clean_line, decode_header_value, normalize_addr
from followup.models import Action, Address, Draft, Email, Profile, Recipient
from followup.rules.rendering import Rendered

NO_ADDRESS_NOTE = "[followup: no reply address was found; add the recipient before sending]"
QUOTE_LIMIT = 20_000  # chars of the original quoted below the reply
MAX_REFERENCES = 20  # RFC 5322 3.6.4 allows trimming; the first and the latest ids are kept

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
    """Header text that every reader shows exactly as one line (NFC).

    Readers decode RFC 2047 words even inside plain text, so a subject that merely *contains*
    "=?utf-8?Q?=0D=0A?=Bcc: x" would show a line break and a Bcc header (the stdlib does, checked).
    Such words are decoded here, cleaned, and any left are defused.
    """
    text = unicodedata.normalize("NFC", clean_line(value, limit=limit))
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
    if email is None or is_no_reply(email) or "=?" in email:
        # "=?" would be decoded by readers as an encoded word, even inside an address
        return None
    local, _, domain = email.rpartition("@")
    ascii_domain = mailwriter.ascii_domain(domain)  # bücher.example -> xn--bcher-kva.example
    if not local.isascii() or ascii_domain is None:
        # An internationalised local part (RFC 6531) cannot go into a plain header: leave To
        # empty with the note, rather than fail the whole draft.
        return None
    # an encoded word is not allowed in an address: a non-ASCII domain goes as its IDNA A-label
    return Address(name=safe_text(address.name, limit=200), email=f"{local}@{ascii_domain}")


def reply_to_note(email: Email, to: Address | None) -> str | None:
    """A first line for the draft when its address is a Reply-To on another domain than From.

    RFC 5322 says replies go to Reply-To, and followup follows it; but a Reply-To elsewhere is also
    how a forged job offer collects answers, so the user sees where the draft goes before sending.
    """
    sender = _usable(email.sender)
    if to is None or sender is None or not email.reply_to:
        return None
    if to.email not in {found.email for found in map(_usable, email.reply_to) if found is not None}:
        return None
    ours, theirs = to.email.rpartition("@")[2], sender.email.rpartition("@")[2]
    if ours == theirs or ours.endswith("." + theirs) or theirs.endswith("." + ours):
        return None
    return (
        f"[followup: this reply goes to {to.email}, the message's Reply-To, not to its sender "
        f"{sender.email} (another domain): check the address, then delete this line]"
    )


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


def _attribution(email: Email) -> str:
    who = str(email.sender) if email.sender else "the sender"
    when = email.date.strftime("%a, %d %b %Y at %H:%M %z") if email.date else ""
    return clean_line(f"On {when}, {who} wrote:" if when else f"{who} wrote:")


def _msg_id(value: str) -> str | None:
    value = clean_line(value, limit=900)
    # Written verbatim into a plain header: printable ASCII only (an RFC 6532 id would need SMTPUTF8).
    plain = value.isascii() and value.isprintable()
    return value if value and plain and _MSG_ID.match(value) and "=?" not in value else None


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


def _body(text: str, email: Email, to: Address | None) -> str:
    """The reply's text (with the no-address or Reply-To note when needed) above the quoted original, flowed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"))
    note = NO_ADDRESS_NOTE if to is None else reply_to_note(email, to)
    if note:
        text = f"{note}\n\n{text}"
    original = unicodedata.normalize("NFC", email.full_text[:QUOTE_LIMIT].replace("\r\n", "\n").rstrip("\n"))
    if not original:
        return mailwriter.flowed(text) + "\n"
    return mailwriter.flowed(f"{text}\n\n{_attribution(email)}", original) + "\n"


def thread_ids(email: Email) -> tuple[str, list[str]] | None:
    """(In-Reply-To, References) ids without brackets, or None when the original has no usable id.

    References is the original's chain plus its own id; a long chain keeps its first id and the
    latest ones, as mail clients trim it (RFC 5322 3.6.4).
    """
    original = _msg_id(email.message_id)
    if original is None:
        return None
    refs = [r for r in (_msg_id(x) for x in email.references) if r and r != original]
    if len(refs) >= MAX_REFERENCES:
        refs = [refs[0], *refs[-(MAX_REFERENCES - 2) :]]
    return original, [*refs, original]


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
    subject = safe_text(rendered.subject) if rendered.subject is not None else reply_subject(email.subject)
    domain = mailwriter.ascii_domain(sender.rsplit("@", 1)[1]) or "localhost"
    headers = [
        mailwriter.header("From", mailwriter.address_tokens(safe_text(profile.name, limit=200), sender)),
        # an empty To keeps the draft's header set complete; the note in the text says to fill it
        mailwriter.header("To", mailwriter.address_tokens(to.name, to.email) if to else []),
        mailwriter.header("Subject", mailwriter.text_tokens(subject)),
        f"Date: {format_datetime(now)}",
        # Derived from key and time: a re-composed draft after a crash gets the same id in the same second.
        f"Message-ID: <followup.{key}.{int(now.timestamp())}@{domain}>",
    ]
    thread = thread_ids(email)
    if thread is not None:
        headers.append(mailwriter.header("In-Reply-To", [f"<{thread[0]}>"]))
        headers.append(mailwriter.header("References", [f"<{ref}>" for ref in thread[1]]))
    headers.append(f"X-Followup-Key: {key}")
    data = mailwriter.message(headers, _body(rendered.body, email, to))
    expected = [line.split(":", 1)[0].lower() for line in headers if not line.startswith(" ")]
    _check_headers(data, [*expected, "mime-version", "content-type", "content-transfer-encoding"])
    return Draft(
        key=key,
        data=data,
        subject=subject,
        to=str(to) if to else "",
        due=action.due,
        action=action.name,
        rule=action.rule,
    )


def reader_text(data: bytes, extra: tuple[str, ...] = ()) -> str:
    """A draft as its reader sees it: From, To, Subject (and `extra` headers) decoded, the text un-flowed."""
    msg = message_from_bytes(data, policy=policy.default)
    names = ("From", "To", "Subject", *extra)
    lines = [f"{name}: {msg[name]}" for name in names if msg[name] is not None]
    part = msg.get_body(("plain",)) or msg
    text = part.get_content() if isinstance(part, EmailMessage) else ""
    text = text.replace("\r\n", "\n")
    if part.get_param("format") == "flowed":
        text = mailwriter.unflow(text)
    return "\n".join(lines) + "\n\n" + text
