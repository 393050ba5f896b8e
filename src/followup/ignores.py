""" "Leave this alone": threads, senders and domains the user told followup never to answer.

Plain data and pure matching; the list lives in the state database (`followup ignore`), and the
daemon screens every new message against it before classifying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from followup.errors import ConfigError
from followup.models import Email

_DOMAIN = re.compile(
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$"
)


class IgnoreKind(StrEnum):
    """thread: a conversation, named by any Message-ID in it. sender: one address. domain: an
    organisation (its subdomains too)."""

    THREAD = "thread"
    SENDER = "sender"
    DOMAIN = "domain"


@dataclass(frozen=True)
class Ignore:
    kind: IgnoreKind
    value: str
    created_at: datetime | None = None

    def describe(self) -> str:
        return f"{self.kind.value} {self.value}"


def normalize(kind: IgnoreKind, value: str) -> str:
    """The stored form: Message-IDs without <>, addresses and domains lower-cased; bad input refused."""
    text = value.strip()
    if kind is IgnoreKind.THREAD:
        text = text.removeprefix("<").removesuffix(">").strip()
        if not text or any(c.isspace() for c in text):
            raise ConfigError(
                f"'{value}' is not a Message-ID: copy it from the message's headers (or a key from `followup pending`)"
            )
        return text
    text = text.lower().removeprefix("mailto:")
    if kind is IgnoreKind.SENDER:
        local, at, domain = text.rpartition("@")
        if not at or not local or not _DOMAIN.match(domain):
            raise ConfigError(f"'{value}' is not an email address: write it as name@example.com")
        return text
    text = text.lstrip("@").strip(".")
    if not _DOMAIN.match(text):
        raise ConfigError(f"'{value}' is not a domain: write it as example.com")
    return text


def address_matches(ignore: Ignore, address: str) -> bool:
    """Whether mail from (or a draft to) `address` falls under a sender or domain ignore."""
    address = address.strip().lower()
    if ignore.kind is IgnoreKind.SENDER:
        return address == ignore.value
    if ignore.kind is IgnoreKind.DOMAIN:
        domain = address.rpartition("@")[2]
        return domain == ignore.value or domain.endswith("." + ignore.value)
    return False


def ignored_by(email: Email, ignores: list[Ignore]) -> Ignore | None:
    """The first ignore that covers this message: its sender, its domain, or its thread."""
    ids = {i for i in (email.message_id, email.in_reply_to, *email.references) if i}
    sender = email.sender.email if email.sender else ""
    for ignore in ignores:
        if ignore.kind is IgnoreKind.THREAD:
            if ignore.value in ids:
                return ignore
        elif sender and address_matches(ignore, sender):
            return ignore
    return None
