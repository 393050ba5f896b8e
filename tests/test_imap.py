"""daemon/imap.py against a real Dovecot (tests/dovecot.py), plus the checks that need no server."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from conftest import DovecotPool, ImapAccount
from dovecot import DovecotServer, Variant
from followup.daemon.imap import WIRE_LOG, ConnectionSettings, ImapSession, Security, is_loopback
from followup.errors import ConfigError, ImapError

pytestmark = pytest.mark.dovecot


def message(subject: str, key: str | None = None, body: str = "Hello") -> bytes:
    headers = [
        "From: Recruiter <jobs@example.com>",
        "To: me@example.org",
        f"Subject: {subject}",
        f"Message-ID: <{subject.replace(' ', '.')}@example.com>",
        "Date: Mon, 03 Mar 2025 10:00:00 +0000",
    ]
    if key:
        headers.append(f"X-Followup-Key: {key}")
    return ("\r\n".join(headers) + "\r\n\r\n" + body + "\r\n").encode()


@pytest.fixture
def session(imap_account: ImapAccount) -> Iterator[ImapSession]:
    imap = ImapSession(imap_account.settings("none"), lambda: imap_account.password)
    imap.connect()
    yield imap
    imap.close()


def connect(account: ImapAccount, security: str = "none", **overrides: object) -> ImapSession:
    imap = ImapSession(account.settings(security, **overrides), lambda: account.password)
    imap.connect()
    return imap


# ---- connecting -------------------------------------------------------------------------------


def test_plain_login_to_loopback(imap_account: ImapAccount) -> None:
    imap = connect(imap_account, "none")
    try:
        assert "IMAP4REV1" in imap.capabilities()
        assert imap.select("INBOX").exists == 0
    finally:
        imap.close()
    imap.close()  # idempotent


def test_tls_with_private_ca_via_ca_file(imap_account: ImapAccount) -> None:
    imap = connect(imap_account, "tls")
    try:
        assert imap.select("INBOX").uidvalidity > 0
    finally:
        imap.close()


def test_tls_without_the_ca_is_refused_naming_the_certificate(imap_account: ImapAccount) -> None:
    imap = ImapSession(imap_account.settings("tls", ca_file=None), lambda: imap_account.password)
    with pytest.raises(ImapError, match="certificate") as info:
        imap.connect()
    assert "ca_file" in str(info.value)  # the message says how to fix it
    assert not imap.connected


def test_starttls_upgrades_before_login(imap_account: ImapAccount) -> None:
    imap = connect(imap_account, "starttls")
    try:
        assert imap.select("INBOX").exists == 0
    finally:
        imap.close()
    logins = [
        line for line in imap_account.server.log().splitlines() if f"user=<{imap_account.user}>" in line
    ]
    # Dovecot marks a login made inside TLS with ", TLS," (plain loopback logins say "secured").
    assert any(", TLS," in line for line in logins), logins


def test_starttls_against_the_wrong_ca_is_refused(imap_account: ImapAccount, tmp_path: Path) -> None:
    other_ca = tmp_path / "other.pem"
    # Any valid CA that did not sign the server's certificate: the system bundle's first one.
    bundle = Path("/etc/ssl/certs/ca-certificates.crt").read_text()
    other_ca.write_text(bundle.split("-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----\n")
    imap = ImapSession(imap_account.settings("starttls", ca_file=other_ca), lambda: imap_account.password)
    with pytest.raises(ImapError, match="certificate"):
        imap.connect()


@pytest.mark.parametrize(
    ("source", "named"),
    [("env:WORK_PW", "'env:WORK_PW'"), ("file:/run/secrets/work", "the file /run/secrets/work"),
     ("credential:work-imap", "the systemd credential work-imap"), ("command:pass show work", "password command")],
)  # fmt: skip
def test_a_failed_login_names_the_password_source_actually_configured(
    imap_account: ImapAccount, source: str, named: str
) -> None:
    imap = ImapSession(imap_account.settings("none", password_source=source), lambda: "not-the-password")
    with pytest.raises(ImapError) as info:
        imap.connect()
    assert named in str(info.value) and "followup password set" not in str(info.value)


def test_wrong_password_says_how_to_fix_it_and_hides_the_password(imap_account: ImapAccount) -> None:
    imap = ImapSession(imap_account.settings("none"), lambda: "not-the-password")
    with pytest.raises(ImapError) as info:
        imap.connect()
    text = str(info.value)
    assert f"login failed for {imap_account.user} on 127.0.0.1" in text
    assert f"followup password set test-{imap_account.user}" in text
    assert "not-the-password" not in text
    # The auth penalty is off in the test server, so the next login is not delayed.
    began = time.monotonic()
    connect(imap_account).close()
    assert time.monotonic() - began < 1.0


def test_tls_to_the_plain_port_says_the_port_is_wrong(imap_account: ImapAccount) -> None:
    imap = ImapSession(
        imap_account.settings("tls", port=imap_account.server.imap_port), lambda: imap_account.password
    )
    with pytest.raises(ImapError, match='matches security = "tls"'):
        imap.connect()


def test_connection_refused_is_an_imap_error(imap_account: ImapAccount) -> None:
    from dovecot import _free_port

    imap = ImapSession(imap_account.settings("none", port=_free_port()), lambda: "x")
    with pytest.raises(ImapError, match="refused the connection"):
        imap.connect()


# ---- connecting: rules checked without a server ---------------------------------------------------


class FakeClient:
    """Just enough of IMAPClient to see what the session would send."""

    def __init__(
        self, capabilities: tuple[bytes, ...] = (b"IMAP4REV1",), folders: list | None = None
    ) -> None:
        self._caps = capabilities
        self._folders = folders or []
        self.calls: list[str] = []

    def socket(self) -> None:
        return None

    def capabilities(self) -> tuple[bytes, ...]:
        return self._caps

    def starttls(self, ctx: object) -> None:
        self.calls.append("starttls")

    def login(self, user: str, password: str) -> None:
        self.calls.append("login")

    def list_folders(self) -> list:
        return self._folders

    def xlist_folders(self) -> list:
        self.calls.append("xlist")
        return self._folders

    def logout(self) -> None:
        self.calls.append("logout")


class FakeSession(ImapSession):
    def __init__(self, settings: ConnectionSettings, client: FakeClient) -> None:
        self.asked_for_password = False

        def password() -> str:
            self.asked_for_password = True
            return "secret"

        super().__init__(settings, password)
        self.fake = client
        self.created = 0

    def _create_client(self) -> FakeClient:
        self.created += 1
        return self.fake


def settings(host: str = "127.0.0.1", security: str = "none", **kw: Any) -> ConnectionSettings:
    # A plain string, as the config hands it over; ConnectionSettings turns it into Security.
    return ConnectionSettings(host=host, port=143, security=cast(Security, security), username="me", **kw)


@pytest.mark.parametrize("host", ["imap.example.com", "192.0.2.10", "10.0.0.1", "::2"])
def test_plain_text_to_a_remote_host_is_refused_before_connecting(host: str) -> None:
    imap = FakeSession(settings(host), FakeClient())
    with pytest.raises(ConfigError, match="allow_insecure"):
        imap.connect()
    assert imap.created == 0 and not imap.asked_for_password


def test_allow_insecure_lets_plain_text_through() -> None:
    imap = FakeSession(settings("imap.example.com", allow_insecure=True), FakeClient())
    imap.connect()
    assert imap.fake.calls == ["login"]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        *[("127.0.0.1", True), ("127.3.4.5", True), ("::1", True), ("[::1]", True), ("localhost", True)],
        *[("LOCALHOST", True), ("128.0.0.1", False), ("localhost.example.com", False), ("", False)],
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_starttls_missing_on_server_stops_before_the_password_is_sent() -> None:
    imap = FakeSession(settings("imap.example.com", security="starttls"), FakeClient((b"IMAP4REV1",)))
    with pytest.raises(ImapError, match="does not offer STARTTLS"):
        imap.connect()
    assert "login" not in imap.fake.calls and not imap.asked_for_password
    assert not imap.connected


def test_unknown_security_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="security = 'ssl'"):
        settings(security="ssl")


def test_xlist_is_used_when_list_has_no_special_use_flags() -> None:
    folders = [((b"\\HasNoChildren",), b"/", "INBOX"), ((b"\\HasNoChildren",), b"/", "Mes brouillons")]
    imap = FakeSession(settings(), FakeClient((b"IMAP4REV1", b"XLIST"), folders))
    imap.connect()
    with pytest.raises(ImapError, match=re.escape('set drafts_folder = "..." in [[accounts]]')):
        imap.find_drafts()
    assert "xlist" in imap.fake.calls


def test_lower_case_special_use_flag_from_cyrus_is_found() -> None:
    folders = [
        ((b"\\HasNoChildren",), b".", "INBOX"),
        ((b"\\HasNoChildren", b"\\drafts"), b".", "INBOX.Mine"),
    ]
    imap = FakeSession(settings(), FakeClient(folders=folders))
    imap.connect()
    assert imap.find_drafts() == ("INBOX.Mine", "SPECIAL-USE \\Drafts")


def test_localized_name_under_an_inbox_prefix_is_found() -> None:
    folders = [((b"\\HasChildren",), b".", "INBOX"), ((b"\\HasNoChildren",), b".", "INBOX.Brouillons")]
    imap = FakeSession(settings(), FakeClient(folders=folders))
    imap.connect()
    assert imap.find_drafts() == ("INBOX.Brouillons", "known name 'Brouillons'")


# ---- Drafts discovery on real layouts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        (Variant.STANDARD, ("Drafts", "SPECIAL-USE \\Drafts")),
        (Variant.GMAIL, ("[Gmail]/Drafts", "SPECIAL-USE \\Drafts")),
        (Variant.COURIER, ("INBOX.Drafts", "known name 'INBOX.Drafts'")),
        (Variant.GERMAN, ("Entwürfe", "known name 'Entwürfe'")),
    ],
)
def test_find_drafts(dovecot_pool: DovecotPool, variant: Variant, expected: tuple[str, str]) -> None:
    server = dovecot_pool.get(variant)
    account = ImapAccount(server, *server.add_user())
    imap = connect(account)
    try:
        found = imap.find_drafts()
        assert found == expected
        # The name really works on the server (modified UTF-7 round trip for Entwürfe).
        imap.append_draft(found[0], message("draft"))
    finally:
        imap.close()
    assert len(server.fetch_all(account.user, found[0])) == 1


def test_find_drafts_override(session: ImapSession) -> None:
    assert session.find_drafts("Sent") == ("Sent", "config drafts_folder")
    with pytest.raises(
        ImapError, match=re.escape("drafts_folder = 'Drafts2' does not exist on 127.0.0.1")
    ) as info:
        session.find_drafts("Drafts2")
    assert "Drafts" in str(info.value)  # lists what exists


def test_gmail_parent_is_never_taken_for_drafts(dovecot_pool: DovecotPool) -> None:
    server = dovecot_pool.get(Variant.GMAIL)
    account = ImapAccount(server, *server.add_user())
    imap = connect(account)
    try:
        with pytest.raises(ImapError, match="cannot hold messages"):
            imap.find_drafts("[Gmail]")  # \Noselect: only a parent
    finally:
        imap.close()


# ---- reading without a trace ------------------------------------------------------------------


def test_fetch_never_sets_seen(imap_account: ImapAccount, session: ImapSession) -> None:
    server, user = imap_account.server, imap_account.user
    sent = [message(f"invite {i}") for i in range(3)]
    for data in sent:
        server.append(user, "INBOX", data)
    # Even with INBOX opened read-write, BODY.PEEK must leave \Seen alone.
    session.select("INBOX", readonly=False)
    got = list(session.fetch(session.uids_after(0)))
    assert [m.data for m in got] == sent
    assert all(m.internal_date is not None for m in got)
    assert all("\\Seen" not in flags for _, flags, _ in server.fetch_all(user, "INBOX"))


def test_fetch_in_batches_keeps_order_and_skips_vanished(
    imap_account: ImapAccount, session: ImapSession
) -> None:
    server, user = imap_account.server, imap_account.user
    uids = [server.append(user, "INBOX", message(f"m{i}")) for i in range(5)]
    session.select("INBOX")
    got = list(session.fetch([*reversed(uids), 999], batch=2))
    assert [m.uid for m in got] == uids
    assert got[2].data == message("m2")


def test_uids_after(imap_account: ImapAccount, session: ImapSession) -> None:
    server, user = imap_account.server, imap_account.user
    old = datetime.now(UTC) - timedelta(days=30)
    first = server.append(user, "INBOX", message("old"), when=old)
    second = server.append(user, "INBOX", message("new 1"))
    third = server.append(user, "INBOX", message("new 2"))
    state = session.select("INBOX")
    assert (state.exists, state.uidnext) == (3, third + 1)
    assert session.uids_after(0) == [first, second, third]
    assert session.uids_after(second) == [third]
    assert session.uids_after(third) == []  # "n:*" would otherwise return the last UID again
    assert session.uids_after(0, since=date.today() - timedelta(days=2)) == [second, third]


# ---- writing drafts and keywords --------------------------------------------------------------


def test_append_draft_is_flagged_draft_and_found_by_key(
    imap_account: ImapAccount, session: ImapSession
) -> None:
    draft = message("Re: Interview", key="abc123")
    uid = session.append_draft("Drafts", draft, when=datetime(2025, 3, 3, 12, 0, tzinfo=UTC))
    stored = imap_account.server.fetch_all(imap_account.user, "Drafts")
    assert [(u, data) for u, _, data in stored] == [(uid, draft)]
    assert {"\\Draft", "\\Seen"} <= set(stored[0][1])
    session.select("INBOX")
    assert session.search_header("Drafts", "X-Followup-Key", "abc123") == [uid]
    assert session.search_header("Drafts", "X-Followup-Key", "other") == []
    # search_header went back to INBOX, so the watcher's next steps still read the inbox.
    imap_account.server.append(imap_account.user, "INBOX", message("after"))
    assert len(session.uids_after(0)) == 1


def test_header_values_are_read_on_from_the_last_uid_seen(
    imap_account: ImapAccount, session: ImapSession
) -> None:
    server, user = imap_account.server, imap_account.user
    server.append(user, "Drafts", message("Re: One", key="k1"))
    server.append(user, "Drafts", message("A draft of the user's own"))
    session.select("INBOX")
    seen = session.header_values_after("Drafts", "X-Followup-Key", None)
    assert seen.values == {"k1"}
    # what was read before is kept and not read again: a marker stands in for k1
    marked = type(seen)(seen.uidvalidity, seen.last_uid, frozenset({"read-before"}))
    assert session.header_values_after("Drafts", "X-Followup-Key", marked) == marked  # nothing new
    newer = server.append(user, "Drafts", message("Re: Two", key="k2"))
    later = session.header_values_after("Drafts", "X-Followup-Key", marked)
    assert later.values == {"read-before", "k2"} and later.last_uid == newer
    # the newest draft deleted: "n:*" now names an older UID, which is not read again
    with server.client(user) as imap:
        imap.select_folder("Drafts")
        imap.delete_messages([newer])
        imap.expunge()
    assert session.header_values_after("Drafts", "X-Followup-Key", later) == later
    # a new UIDVALIDITY voids what was read: everything is read again
    stale = type(seen)(seen.uidvalidity + 1, later.last_uid, frozenset({"gone"}))
    assert session.header_values_after("Drafts", "X-Followup-Key", stale).values == {"k1"}
    # the watcher's folder is selected again afterwards
    server.append(user, "INBOX", message("after"))
    assert len(session.uids_after(0)) == 1


def test_search_header_rejects_injection(session: ImapSession) -> None:
    with pytest.raises(ValueError):
        session.search_header("Drafts", "X-Followup-Key", "a\r\nA1 DELETE INBOX")
    with pytest.raises(ValueError):
        session.search_header("Drafts", "X Key", "a")


def test_add_keyword_sets_only_the_keyword(imap_account: ImapAccount, session: ImapSession) -> None:
    server, user = imap_account.server, imap_account.user
    uid = server.append(user, "INBOX", message("rejection"))
    session.add_keyword("INBOX", uid, "$FollowupDrafted")
    [(_, flags, _)] = server.fetch_all(user, "INBOX")
    assert "$FollowupDrafted" in flags and "\\Seen" not in flags


@pytest.mark.parametrize("keyword", ["\\Seen", "\\Deleted", "\\seen", "two words", "a(b"])
def test_add_keyword_refuses_system_flags_and_bad_atoms(
    imap_account: ImapAccount, session: ImapSession, keyword: str
) -> None:
    uid = imap_account.server.append(imap_account.user, "INBOX", message("x"))
    with pytest.raises(ConfigError):
        session.add_keyword("INBOX", uid, keyword)
    [(_, flags, _)] = imap_account.server.fetch_all(imap_account.user, "INBOX")
    assert "\\Seen" not in flags and "\\Deleted" not in flags


# ---- waiting for mail -------------------------------------------------------------------------


def test_idle_wakes_up_when_mail_arrives(imap_account: ImapAccount, session: ImapSession) -> None:
    session.select("INBOX")
    timer = threading.Timer(0.3, imap_account.server.append, (imap_account.user, "INBOX", message("new")))
    timer.start()
    began = time.monotonic()
    try:
        assert session.idle_wait(10) is True
    finally:
        timer.join()
    assert time.monotonic() - began < 2.5
    assert len(session.uids_after(0)) == 1  # IDLE is over: the session answers commands again


def test_idle_times_out_quietly(session: ImapSession) -> None:
    session.select("INBOX")
    began = time.monotonic()
    assert session.idle_wait(0.6) is False
    assert 0.5 < time.monotonic() - began < 2.0
    session.noop()


# ---- server changes under a running session ---------------------------------------------------


def test_changed_uidvalidity_is_seen_by_select(imap_account: ImapAccount) -> None:
    server, user = imap_account.server, imap_account.user
    server.append(user, "INBOX", message("one"))
    server.append(user, "INBOX", message("two"))
    imap = connect(imap_account)
    before = imap.select("INBOX")
    imap.close()
    server.change_uidvalidity(user, "INBOX")
    imap = connect(imap_account)
    try:
        after = imap.select("INBOX")
        assert after.uidvalidity != before.uidvalidity
        assert after.exists == before.exists == 2
    finally:
        imap.close()


def test_server_restart_surfaces_as_imap_error_and_reconnect_works(private_dovecot: DovecotServer) -> None:
    account = ImapAccount(private_dovecot, *private_dovecot.add_user())
    imap = connect(account)
    imap.select("INBOX")
    private_dovecot.restart()
    with pytest.raises(ImapError, match="will reconnect"):
        imap.noop()
    assert not imap.connected
    imap.close()
    imap.connect()
    assert imap.select("INBOX").exists == 0
    # Abrupt death (crash, OOM kill) looks the same to the session.
    private_dovecot.kill()
    with pytest.raises(ImapError, match="will reconnect"):
        imap.uids_after(0)
    imap.close()
    with pytest.raises(ImapError, match="refused the connection"):
        imap.connect()


def test_not_connected_is_a_clear_error() -> None:
    imap = ImapSession(settings(), lambda: "x")
    with pytest.raises(ImapError, match="not connected"):
        imap.noop()
    assert Security("tls") is Security.TLS


def test_imaplib_formats_no_fetched_mail_while_the_wire_log_is_off_and_logs_it_when_on(
    imap_account: ImapAccount, caplog: pytest.LogCaptureFixture
) -> None:
    # imapclient sets imaplib's debug level to 5, and imaplib then formats every fetched body for a log
    # that drops it: most of a fetch's CPU. Off unless the wire log is on.
    imap_account.server.append(imap_account.user, "INBOX", message("wire", body="a-body-only-the-log-shows"))
    caplog.set_level(logging.WARNING, logger=WIRE_LOG)  # as followup runs (cli_logging mutes imapclient)
    quiet = connect(imap_account)
    try:
        quiet.select("INBOX")
        caplog.set_level(logging.DEBUG, logger=WIRE_LOG)  # imaplib would now log whatever it formats
        assert [m.data for m in quiet.fetch(quiet.uids_after(0))] == [
            message("wire", body="a-body-only-the-log-shows")
        ]
    finally:
        quiet.close()
    assert "a-body-only-the-log-shows" not in caplog.text
    loud = connect(imap_account)  # wire log on at connect: imaplib says everything, as imapclient meant
    try:
        loud.select("INBOX")
        list(loud.fetch(loud.uids_after(0)))
    finally:
        loud.close()
    assert "a-body-only-the-log-shows" in caplog.text
