"""`followup demo`: the main job against a throw-away local IMAP server, no account and no root.

A pure-Python IMAP server (pymap, in-memory) is started on a free loopback port, seeded with the
sample job-search mail in this folder (dated relative to now), and `run_once` processes it exactly as
the daemon would. The seeding and the read-back use the standard library's imaplib: they stand in for
the user's mail client, not for followup.
"""

from __future__ import annotations

import email
import email.policy
import imaplib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from followup.errors import FollowupError

USER, PASSWORD = "sam", "demo-password"
_AGE = re.compile(r"^X-Demo-Age: (\d+)h\r?\n", re.MULTILINE)


def demo_messages(now: datetime) -> list[bytes]:
    """The sample mailbox, each message dated `X-Demo-Age` hours before now."""
    out = []
    for item in sorted(resources.files(__package__).iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".eml"):
            continue
        text = item.read_text(encoding="utf-8")
        match = _AGE.search(text)
        hours = int(match.group(1)) if match else 1
        date = format_datetime(now - timedelta(hours=hours))
        text = _AGE.sub(f"Date: {date}\n", text, count=1)
        out.append(text.replace("\r\n", "\n").replace("\n", "\r\n").encode())
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pymap_command() -> list[str]:
    """The demo server's command; the demo extra installs it beside this Python."""
    exe = Path(sys.executable).with_name("pymap")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pymap")
    if found:
        return [found]
    raise FollowupError(
        "the demo needs pymap, a pure-Python IMAP server: pip install 'followup[demo]' "
        "(in a clone of the repository, `make demo` installs it)"
    )


def start_server(port: int, log_path: Path) -> subprocess.Popen[bytes]:
    cmd = pymap_command()
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--no-tls", "dict"]
    cmd += ["--demo-user", USER, "--demo-password", PASSWORD]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise FollowupError(f"the demo IMAP server exited at start: see {log_path}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                if s.recv(64).startswith(b"* OK"):
                    return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise FollowupError(f"the demo IMAP server did not answer within 20 s: see {log_path}")


def seed(port: int, messages: list[bytes]) -> None:
    with imaplib.IMAP4("127.0.0.1", port) as imap:
        imap.login(USER, PASSWORD)
        imap.create("Drafts")
        for data in messages:
            imap.append("INBOX", None, None, data)


def read_folder(port: int, folder: str) -> list[tuple[tuple[str, ...], bytes]]:
    """(flags, bytes) of every message in a folder, read without setting \\Seen."""
    out = []
    with imaplib.IMAP4("127.0.0.1", port) as imap:
        imap.login(USER, PASSWORD)
        imap.select(folder, readonly=True)
        _, data = imap.uid("SEARCH", "ALL")
        for uid in data[0].split():
            _, parts = imap.uid("FETCH", uid, "(FLAGS BODY.PEEK[])")
            meta = parts[0][0].decode()
            match = re.search(r"FLAGS \(([^)]*)\)", meta)
            flags = tuple(match.group(1).split()) if match else ()
            out.append((flags, parts[0][1]))
    return out


def demo_config(port: int, state_dir: Path) -> str:
    return f"""
lookback_days = 14
state_dir = "{state_dir}"

[profile]
name = "Sam Rivera"
email = "sam.rivera@example.org"
signature = "Sam Rivera\\n+49 30 1234567"
timezone = "Europe/Berlin"

[[accounts]]
name = "demo"
host = "127.0.0.1"
port = {port}
security = "none"
username = "{USER}"
password = "env:FOLLOWUP_DEMO_PASSWORD"
mode = "poll"
"""


def run_demo(keep: bool = False, console: Console | None = None) -> None:
    from followup import config
    from followup.daemon.service import run_once
    from followup.daemon.store import open_store

    console = console or Console()
    pymap_command()  # says how to install the demo extra before anything is created
    tmp = Path(tempfile.mkdtemp(prefix="followup-demo-"))
    server: subprocess.Popen[bytes] | None = None
    try:
        port = _free_port()
        now = datetime.now(UTC)
        console.print(f"[bold]followup demo[/]: a throw-away IMAP server on 127.0.0.1:{port}, state in {tmp}")
        server = start_server(port, tmp / "imap-server.log")
        messages = demo_messages(now)
        seed(port, messages)
        console.print(f"seeded INBOX with {len(messages)} sample messages; running [bold]followup once[/]\n")
        os.environ["FOLLOWUP_DEMO_PASSWORD"] = PASSWORD
        settings = config.parse(demo_config(port, tmp / "state"), source="demo config")
        started = time.perf_counter()
        run_once(settings)
        elapsed = time.perf_counter() - started
        store = open_store(settings)
        try:
            _show(console, store, port, ZoneInfo(settings.profile.timezone), elapsed)
        finally:
            store.close()
        inbox = read_folder(port, "INBOX")
        seen = sum(1 for flags, _ in inbox if "\\Seen" in flags)
        console.print(f"\nINBOX: {len(inbox)} messages, {seen} marked \\Seen by followup (it only peeks).")
        if keep:
            console.print(f"\nThe server stays up on 127.0.0.1:{port} (user {USER}, password {PASSWORD}). "
                          "Press Enter to stop.")  # fmt: skip
            input()
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


def render_message(msg: email.message.EmailMessage) -> str:
    """A draft as a person reads it: its headers, then the body decoded (no quoted-printable)."""
    head = "\n".join(f"{name}: {value}" for name, value in msg.items())
    body = msg.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    return f"{head}\n\n{text}".strip()


def _show(console: Console, store: object, port: int, zone: ZoneInfo, elapsed: float) -> None:
    from followup.daemon.store import Store

    assert isinstance(store, Store)
    table = Table(title="What followup understood", show_lines=False)
    for col in ("subject", "label", "conf.", "outcome"):
        table.add_column(col)
    for row in store.message_rows():
        table.add_row(row.subject[:60], row.label or "-", f"{row.confidence:.2f}" if row.confidence else "",
                      row.outcome)  # fmt: skip
    console.print(table)

    drafts = read_folder(port, "Drafts")
    table = Table(title=f"Drafts written now: {len(drafts)} (in {elapsed:.1f} s)")
    for col in ("to", "subject", "flags"):
        table.add_column(col)
    parsed = [email.message_from_bytes(data, policy=email.policy.default) for _, data in drafts]
    for (flags, _), msg in zip(drafts, parsed, strict=True):
        table.add_row(str(msg["To"] or "(none)"), str(msg["Subject"]), " ".join(flags))
    console.print(table)

    scheduled = store.scheduled_rows()
    if scheduled:
        table = Table(title="Timed follow-ups (they land in Drafts when due)")
        for col in (f"due ({zone.key})", "to", "subject", "action"):
            table.add_column(col)
        for entry in scheduled:
            due = entry.due.astimezone(zone).strftime("%a %d %b %H:%M") if entry.due else ""
            table.add_row(due, entry.recipient or "(none)", entry.subject, entry.action)
        console.print(table)

    if parsed:
        first = next((m for m in parsed if "Northwind" in str(m["Subject"])), parsed[0])
        console.print(
            Panel(render_message(first), title="One draft in full (headers, then the decoded body)")
        )
