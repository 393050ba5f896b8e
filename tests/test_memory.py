"""Bounded memory: big mail is fetched in batches bounded by RFC822.SIZE and dropped once read."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

from conftest import ImapAccount, account_block, write_config

MB = 1024 * 1024
# Measured in a child of a child, so no earlier test's subprocess counts (RUSAGE_CHILDREN is a max).
_PEAK = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
    "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)\n"
)


def big_mail(i: int, size: int) -> bytes:
    """An invitation with a `size`-byte PDF attached (base64, as a mail client sends it)."""
    attachment = base64.encodebytes(os.urandom(size * 3 // 4)).replace(b"\n", b"\r\n")
    head = (
        f"From: HR <hr@acme{i}.example>\r\nTo: sam.rivera@example.org\r\nSubject: Interview invitation {i}\r\n"
        f"Date: {format_datetime(datetime.now(UTC))}\r\nMessage-ID: <big-{i}@acme.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
        "Content-Type: text/plain\r\n\r\nHi Sam, we would like to invite you to an interview next "
        "Tuesday at 3pm.\r\n--XX\r\nContent-Type: application/pdf; name=cv.pdf\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=cv.pdf\r\n\r\n"
    )
    return head.encode() + attachment + b"--XX--\r\n"


def test_big_mail_stays_under_the_memory_goal(
    imap_account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """12 mails of 10 MB (30 in `bench/bench_memory.py`): held together they would be 120 MB of bytes
    and about three times that once parsed; the goal for the whole process is 300 MB."""
    with imap_account.server.client(imap_account.user) as imap:
        for i in range(12):
            imap.append("INBOX", big_mail(i, 10 * MB))
    path = write_config(tmp_path, account_block(imap_account, monkeypatch))
    command = [sys.executable, "-c", _PEAK, sys.executable, "-m", "followup", "once", "--config", str(path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=110, check=True)
    code, peak_mb = (int(x) for x in done.stdout.split())
    assert code == 0
    assert peak_mb < 300, f"followup once peaked at {peak_mb} MB"
