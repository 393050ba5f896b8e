"""On a real server, every draft of the hand-written cases sits in its original's thread.

The source emails and their drafts go into one Dovecot mailbox; the server's own THREAD=REFERENCES
must put each draft with its original, and In-Reply-To / References must come back byte for byte
as the original's ids (Exchange and SES ids of 80+ characters, a 30-id chain trimmed to 20).
"""

from __future__ import annotations

import re

import pytest

from conftest import ImapAccount
from draft_cases import load_cases, run_case, settings
from followup import mail
from followup.classifiers import Classifier
from followup.drafts import thread_ids
from followup.pipeline import Pipeline


def _unfold(value: bytes) -> bytes:
    return re.sub(rb"\r\n[ \t]+", b" ", value).strip()


@pytest.fixture(scope="module")
def pipeline(shared_classifier: Classifier) -> Pipeline:
    return Pipeline.load(settings(), classifier=shared_classifier)


def test_drafts_thread_under_their_originals_on_dovecot(
    imap_account: ImapAccount, pipeline: Pipeline
) -> None:
    server, user = imap_account.server, imap_account.user
    expected: dict[bytes, tuple[bytes, bytes]] = {}  # draft Message-ID -> (In-Reply-To, References)
    originals: dict[bytes, bytes] = {}  # draft Message-ID -> the original's Message-ID
    for case in load_cases():
        email = mail.parse(case.data)
        outcome = run_case(pipeline, case, gold_label=True)
        thread = thread_ids(email)
        assert thread is not None, case.id
        server.append(user, "INBOX", case.data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
        for draft in outcome.drafts():
            server.append(user, "INBOX", draft.data)
            own = re.search(rb"^Message-ID: (<[^>]+>)", draft.data, re.M | re.I)
            assert own is not None
            refs = b" ".join(f"<{ref}>".encode() for ref in thread[1])
            expected[own.group(1)] = (f"<{thread[0]}>".encode(), refs)
            originals[own.group(1)] = f"<{email.message_id}>".encode()
    assert len(expected) >= 60
    long_ids = [irt for irt, _ in expected.values() if len(irt) >= 80]
    assert long_ids, "the cases carry Exchange and SES ids of 80+ characters"

    with server.client(user) as imap:
        imap.select_folder("INBOX", readonly=True)
        fields = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES)]"
        fetched = imap.fetch(imap.search("ALL"), [fields])
        by_id: dict[bytes, int] = {}
        for uid, data in fetched.items():
            head = _unfold(data[b"BODY[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES)]"])
            found = {
                name.title(): value.strip()
                for name, _, value in (line.partition(b":") for line in head.split(b"\r\n") if line)
            }
            message_id = found.get(b"Message-Id", b"")
            by_id[message_id] = uid
            if message_id in expected:
                assert (found[b"In-Reply-To"], found[b"References"]) == expected[message_id]
        threads = imap.thread("REFERENCES", "ALL")

    def members(node: object) -> set[int]:
        if isinstance(node, int):
            return {node}
        return set().union(*(members(child) for child in node)) if isinstance(node, tuple | list) else set()

    groups = [members(t) for t in threads]
    for draft_id, original_id in originals.items():
        draft_uid, original_uid = by_id[draft_id], by_id[original_id]
        assert any({draft_uid, original_uid} <= group for group in groups), draft_id
