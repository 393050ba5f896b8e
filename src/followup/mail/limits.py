"""How much of a message is read: hostile mail is cut to these sizes, never parsed whole."""

from __future__ import annotations

FULL_TEXT_LIMIT = 20_000  # chars of body kept for quoting below a reply

TEXT_PART_LIMIT = 1_000_000  # encoded chars of one text part that are decoded at all

HTML_LIMIT = 300_000  # chars of HTML handed to html2text (pure Python: slow on megabytes)

STRIP_WINDOW = 200_000  # chars of body searched for quotes and signatures

HEADER_LIMIT = 4_096  # chars kept of one decoded header value (Subject, List-Id, names)

MAX_DEPTH = 40  # MIME nesting followed; deeper parts are ignored

MAX_PARTS = 2_000  # parts looked at for text, calendars and attachment names

MAX_ATTACHMENTS = 200

MAX_REFERENCES = 100

ICS_LIMIT = 1_000_000
