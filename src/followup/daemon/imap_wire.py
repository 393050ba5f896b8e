"""Small facts of the IMAP wire that the session checks against: pure, no connection.

Batch sizes, what a FETCH asks for, and the shapes a keyword, a header name and a draft key must
have to go into a command unquoted (anything else is refused before it reaches the server).
"""

from __future__ import annotations

import re
from datetime import datetime

MULTIAPPEND_BATCH = 50  # drafts per MULTIAPPEND command (a few hundred KB at most)
KEY_BATCH = 50  # X-Followup-Key values per SEARCH (a short command line, one round trip)
DRAFT_FLAGS: tuple[bytes, ...] = (b"\\Draft", b"\\Seen")  # our own drafts are read; sources never are

FETCH_ITEMS = ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"]

# RFC 3501 atom: no specials, no controls, no space. A keyword outside this would break the STORE.
ATOM = re.compile(r"^[^\x00-\x20\x7f(){%*\"\\\]]+$")
HEADER_NAME = re.compile(r"^[!-9;-~]+$")  # RFC 5322 field name: printable ASCII except ':'
TOKEN = re.compile(r"^[A-Za-z0-9._:-]{1,200}$")  # a draft key: nothing to quote or escape
APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)


def text(value: bytes | str) -> str:
    """A server string as text: bytes decoded as UTF-8, anything unreadable replaced, never an error."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def aware(moment: datetime) -> datetime:
    """imapclient hands INTERNALDATE back as naive local time; the pipeline compares aware datetimes."""
    return moment if moment.tzinfo is not None else moment.astimezone()
