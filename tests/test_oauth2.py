"""auth = "xoauth2" against a real Dovecot whose oauth2 passdb checks every token offline.

Dovecot's `passdb oauth2` asks an RFC 7662 introspection endpoint about each token; here that
endpoint is `TokenAuthority`, a tiny HTTP server on 127.0.0.1 run by the test, so the test decides
which token is valid, sees every login attempt and can rotate the token mid-run. Nothing leaves
the loopback interface.
"""

from __future__ import annotations

import email
import email.policy
import functools
import json
import logging
import secrets
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import ImapAccount, account_block, write_config
from dovecot import DOVEADM, DovecotServer
from followup import config
from followup.daemon import service
from followup.daemon.imap import ImapSession
from followup.demo import demo_messages
from followup.errors import ImapError
from followup.pipeline import Pipeline

pytestmark = pytest.mark.dovecot

INVITE_ID = "demo-01-invite@northwind-analytics.com"
REJECT_ID = "demo-02-reject@brightpath.io"


class TokenAuthority:
    """The OAuth2 provider's introspection endpoint: which token belongs to whom, and who asked."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._valid: dict[str, str] = {}  # token -> username
        self.checks: list[tuple[str, bool]] = []  # (token, accepted), one per login attempt
        self.on_refused: Callable[[str], None] | None = None
        authority = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # Dovecot sends token=...&client_id=&client_secret=
                length = int(self.headers.get("Content-Length", "0"))
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                body = json.dumps(authority._introspect(form.get("token", [""])[0])).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:  # keep the test output quiet
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._httpd.server_port}/introspect"

    def _introspect(self, token: str) -> dict[str, object]:
        with self._lock:
            user = self._valid.get(token)
            self.checks.append((token, user is not None))
            hook = self.on_refused if user is None else None
        if hook is not None:
            hook(token)
        return {"active": True, "username": user} if user else {"active": False}

    def issue(self, user: str) -> str:
        token = "tok-" + secrets.token_urlsafe(24)
        with self._lock:
            self._valid[token] = user
        return token

    def revoke(self, token: str) -> None:
        with self._lock:
            self._valid.pop(token, None)

    def attempts(self, token: str) -> list[bool]:
        """Accepted/refused, in order, for every login that presented this token."""
        with self._lock:
            return [ok for seen, ok in self.checks if seen == token]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture(scope="module")
def authority() -> Iterator[TokenAuthority]:
    auth = TokenAuthority()
    yield auth
    auth.close()


@pytest.fixture(scope="module")
def oauth_dovecot(authority: TokenAuthority) -> Iterator[DovecotServer]:
    server = DovecotServer(oauth2_introspection_url=authority.url)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def account(oauth_dovecot: DovecotServer, authority: TokenAuthority) -> Iterator[ImapAccount]:
    user, password = oauth_dovecot.add_user()
    authority.on_refused = None
    yield ImapAccount(oauth_dovecot, user, password)
    authority.on_refused = None


def login_methods(server: DovecotServer, user: str) -> list[str]:
    return [line for line in server.log().splitlines() if "Login: " in line and f"user=<{user}>" in line]


# ---- ImapSession ------------------------------------------------------------------------------


def test_xoauth2_login_with_a_valid_token(account: ImapAccount, authority: TokenAuthority) -> None:
    token = authority.issue(account.user)
    imap = ImapSession(account.settings("none", auth="xoauth2"), lambda: token)
    imap.connect()
    try:
        assert imap.find_drafts() == ("Drafts", "SPECIAL-USE \\Drafts")
    finally:
        imap.close()
    assert authority.attempts(token) == [True]
    assert wait_for(lambda: bool(login_methods(account.server, account.user)), timeout=3)
    logins = login_methods(account.server, account.user)
    assert len(logins) == 1 and "method=XOAUTH2" in logins[0], logins


def test_xoauth2_over_tls(account: ImapAccount, authority: TokenAuthority) -> None:
    token = authority.issue(account.user)
    with ImapSession(account.settings("tls", auth="xoauth2"), lambda: token) as imap:
        assert imap.connected
    assert authority.attempts(token) == [True]


def test_a_refused_token_is_a_clear_imap_error_without_the_token(
    account: ImapAccount, authority: TokenAuthority
) -> None:
    expired = authority.issue(account.user)
    authority.revoke(expired)
    other_user = authority.issue("someone-else")  # valid, but for another mailbox
    # The provider says "inactive" for the expired one; Dovecot itself sees the other one's username.
    for token, active in ((expired, False), (other_user, True)):
        imap = ImapSession(account.settings("none", auth="xoauth2"), functools.partial(str, token))
        with pytest.raises(ImapError) as caught:
            imap.connect()
        text = str(caught.value)
        assert f"login failed for {account.user} on 127.0.0.1" in text
        assert "OAuth2 access token was refused" in text
        assert f"account test-{account.user}" in text
        assert token not in text
        assert "followup password set" not in text  # that advice is for passwords, not tokens
        assert not imap.connected
        assert authority.attempts(token) == [active]
    # Dovecot's log process writes a moment after the reply: wait for the line.
    mismatch = f"Username '{account.user}' did not match 'someone-else'"
    assert wait_for(lambda: mismatch in account.server.log(), timeout=3), auth_log(account.server)
    assert login_methods(account.server, account.user) == []


def test_a_server_without_xoauth2_says_so(imap_account: ImapAccount) -> None:
    imap = ImapSession(imap_account.settings("none", auth="xoauth2"), lambda: "tok-anything")
    with pytest.raises(ImapError, match=r"does not offer XOAUTH2 login.*auth = \"login\""):
        imap.connect()


# ---- the daemon ---------------------------------------------------------------------------------


def token_command(tmp_path: Path, token: str) -> tuple[Path, Path]:
    """A stand-in for pizauth/oama: prints the current token from a file and counts its calls."""
    token_file, calls = tmp_path / "token", tmp_path / "calls"
    token_file.write_text(token + "\n")
    script = tmp_path / "print-token"
    script.write_text(f'#!/bin/sh\necho x >> "{calls}"\ncat "{token_file}"\n')
    script.chmod(0o700)
    return script, token_file


def command_calls(tmp_path: Path) -> int:
    calls = tmp_path / "calls"
    return len(calls.read_text().splitlines()) if calls.exists() else 0


def oauth_settings(
    account: ImapAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: Path
) -> config.Settings:
    block = account_block(account, monkeypatch, name="work", auth="xoauth2", password=f"command:{script}")
    return config.load(write_config(tmp_path, block))


def drafts_by_source(server: DovecotServer, user: str) -> dict[str, list[str]]:
    """Source Message-ID -> the X-Followup-Key of every draft that replies to it."""
    out: dict[str, list[str]] = {}
    for _uid, _flags, data in server.fetch_all(user, "Drafts"):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        out.setdefault(str(msg["In-Reply-To"]).strip("<>"), []).append(str(msg["X-Followup-Key"]))
    return out


def auth_log(server: DovecotServer) -> str:
    """The server's OAuth2 lines, for failure messages (the helpers' PLAIN logins are noise)."""
    return "\n".join(line for line in server.log().splitlines() if "oauth2" in line.lower())


def wait_for(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def kick(server: DovecotServer, user: str) -> None:
    """The server ends the user's session, as providers do when an access token expires."""
    subprocess.run(
        [str(DOVEADM), "-c", str(server.config_file), "kick", user], check=True, capture_output=True
    )


def start_daemon(settings: config.Settings, pipeline: Pipeline) -> tuple[threading.Event, threading.Thread]:
    stop = threading.Event()
    thread = threading.Thread(
        target=service.run_forever, args=(settings, stop), kwargs={"pipeline": pipeline}, daemon=True
    )
    thread.start()
    return stop, thread


def test_token_rotated_mid_session_leads_to_a_fresh_token_and_one_relogin(
    account: ImapAccount,
    authority: TokenAuthority,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pipeline_for: Callable[[config.Settings], Pipeline],
    caplog: pytest.LogCaptureFixture,
) -> None:
    server, user = account.server, account.user
    old = authority.issue(user)
    script, token_file = token_command(tmp_path, old)
    settings = oauth_settings(account, tmp_path, monkeypatch, script)
    pipeline = pipeline_for(settings)
    invite, rejection = demo_messages(datetime.now(UTC))[:2]
    server.append(user, "INBOX", invite)
    caplog.set_level(logging.INFO)

    stop, thread = start_daemon(settings, pipeline)
    try:
        assert wait_for(lambda: INVITE_ID in drafts_by_source(server, user), timeout=20), auth_log(server)
        assert authority.attempts(old) == [True]
        assert command_calls(tmp_path) == 1

        # The provider rotates: the old token is dead from now on. The helper hands out the new
        # one only after the old one has been refused once, so the daemon meets a stale token first.
        new = authority.issue(user)
        authority.revoke(old)

        def helper_refreshes(token: str) -> None:
            if token == old:
                token_file.write_text(new + "\n")

        authority.on_refused = helper_refreshes
        kick(server, user)
        server.append(user, "INBOX", rejection)

        assert wait_for(lambda: REJECT_ID in drafts_by_source(server, user), timeout=20), auth_log(server)
    finally:
        stop.set()
        thread.join(timeout=15)
    assert not thread.is_alive()

    # One refused attempt with the stale token, then one login with the fresh token: no loop.
    assert authority.attempts(old) == [True, False]
    assert authority.attempts(new) == [True]
    assert command_calls(tmp_path) == 3  # the token was asked for at every connect
    drafts = drafts_by_source(server, user)
    assert set(drafts) == {INVITE_ID, REJECT_ID}
    keys = [key for found in drafts.values() for key in found]
    assert len(keys) == len(set(keys)), drafts  # the retries wrote nothing twice
    refusals = [r.getMessage() for r in caplog.records if "OAuth2 access token was refused" in r.getMessage()]
    assert len(refusals) == 1 and "retrying in" in refusals[0], refusals
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert old not in logged and new not in logged  # tokens never reach the log


def test_a_token_that_stays_refused_backs_off_instead_of_looping(
    account: ImapAccount,
    authority: TokenAuthority,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pipeline_for: Callable[[config.Settings], Pipeline],
) -> None:
    dead = authority.issue(account.user)
    authority.revoke(dead)
    script, _ = token_command(tmp_path, dead)
    settings = oauth_settings(account, tmp_path, monkeypatch, script)
    pipeline = pipeline_for(settings)

    stop, thread = start_daemon(settings, pipeline)
    try:
        time.sleep(3.0)
        assert thread.is_alive()
    finally:
        began = time.monotonic()
        stop.set()
        thread.join(timeout=15)
    assert not thread.is_alive() and time.monotonic() - began < 3  # a backoff wait does not delay a stop
    # Backoff with full jitter waits 0.5-1 s, then 1-2 s, then 2-4 s: at most 3 attempts in 3 s.
    attempts = authority.attempts(dead)
    assert 2 <= len(attempts) <= 3 and not any(attempts), attempts
    assert command_calls(tmp_path) == len(attempts)  # each retry asked the helper for a new token
    assert login_methods(account.server, account.user) == []
