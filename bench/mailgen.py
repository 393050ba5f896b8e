"""Realistic test mailboxes for the benchmarks: corpus records turned into RFC 5322 messages.

The mix mirrors an inbox: mostly `other` mail, some job mail, some HTML-only, some attachments.
Every message gets a unique Message-ID so a mailbox of N messages means N distinct drafts keys.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"  # the labelled corpus, built by tools/corpus


def load_records() -> list[dict]:  # type: ignore[type-arg]
    records = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return records


def to_message(record: dict, *, now: datetime, n: int, rng: random.Random, html: bool = False,  # type: ignore[type-arg]
               attachment: int = 0) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = record["sender"]
    msg["To"] = "Sam Rivera <sam.rivera@example.org>"
    msg["Subject"] = record["subject"]
    msg["Date"] = format_datetime(now - timedelta(minutes=rng.randint(1, 60 * 24 * 5)))
    msg["Message-ID"] = make_msgid(f"bench{n}", domain="bench.example")
    for key, value in (record.get("headers") or {}).items():
        msg[key] = value
    text = record["text"]
    if html:
        paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        msg.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html")
    else:
        msg.set_content(text)
    if attachment:
        msg.add_attachment(
            rng.randbytes(attachment), maintype="application", subtype="pdf", filename="cv.pdf"
        )
    return bytes(msg)


def mailbox(count: int, *, seed: int = 1, now: datetime, job_share: float = 0.2) -> list[bytes]:
    """`count` messages: about `job_share` job mail, the rest `other`; 15% HTML, 5% with a 200 KB file."""
    rng = random.Random(seed)
    records = load_records()
    job = [r for r in records if r["label"] != "other"]
    other = [r for r in records if r["label"] == "other"]
    out = []
    for n in range(count):
        record = rng.choice(job if rng.random() < job_share else other)
        html = rng.random() < 0.15
        attachment = 200_000 if rng.random() < 0.05 else 0
        out.append(to_message(record, now=now, n=n, rng=rng, html=html, attachment=attachment))
    return out
