"""The IMAP session: the only module that talks to imapclient (STYLE.md: one I/O class per system).

It connects with verified TLS, finds the Drafts folder on any layout, reads new mail without ever
setting \\Seen (EXAMINE + BODY.PEEK[]), appends drafts and waits in IDLE. Every imapclient, socket
and TLS failure leaves here as a followup.errors.ImapError whose message says what to do.
Every imapclient call raises on a NO or BAD except `multiappend()`, which returns it: that answer is
checked in `append_drafts` (an APPEND the server refused is AppendRefusedError, nothing written).
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from followup.config import Auth, ConnectionSettings, Security, is_loopback, password_where
from followup.daemon import imap_errors, imap_headers
from followup.daemon import imap_wire as wire
from followup.daemon.folders import FolderState, choose_drafts
from followup.daemon.imap_headers import Seen
from followup.errors import AppendRefusedError, ConfigError, ImapError
from followup.models import RawMessage

log = logging.getLogger(__name__)
WIRE_LOG = "imapclient.imaplib"  # imapclient's log of every line on the wire (cli_logging mutes it)


def _quiet_wire(client: IMAPClient) -> None:
    """imaplib's own debug output off while imapclient's wire log is.

    imapclient sets imaplib's debug level to 5 to route it to its wire log, and at that level imaplib
    formats the repr of every response it reads, each fetched message's whole body included, even
    when the log drops the line: measured, about 0.1 ms of CPU per fetched message, most of a fetch.
    """
    if not logging.getLogger(WIRE_LOG).isEnabledFor(logging.DEBUG):
        with contextlib.suppress(AttributeError):  # a test's stand-in client has no imaplib inside
            client._imap.debug = 0


class ImapSession:
    """One connection to one account. Not thread-safe; the watcher owns it and reconnects on ImapError."""

    def __init__(self, settings: ConnectionSettings, password: Callable[[], str]) -> None:
        self.settings = settings
        self._password = password
        self._client: IMAPClient | None = None
        self._selected: tuple[str, bool] | None = None  # (folder, readonly)

    # ---- connection -----------------------------------------------------------------------------

    @property
    def _where(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    @property
    def connected(self) -> bool:
        return self._client is not None

    def _ssl_context(self) -> ssl.SSLContext:
        """Verifying context: system CAs, or only ca_file when the server uses a private CA."""
        cafile = str(self.settings.ca_file) if self.settings.ca_file else None
        try:
            return ssl.create_default_context(cafile=cafile)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(
                f"ca_file {self.settings.ca_file} is not a readable PEM certificate ({exc}): "
                "point ca_file at the CA that signed the server's certificate"
            ) from exc

    def _check_security(self) -> None:
        refusal = self.settings.refusal()
        if refusal:
            raise ConfigError(refusal)

    def _create_client(self) -> IMAPClient:
        """The one place a connection is built; tests override it to inject a fake or a broken one."""
        s = self.settings
        implicit_tls = s.security is Security.TLS
        return IMAPClient(
            s.host,
            port=s.port,
            ssl=implicit_tls,
            ssl_context=self._ssl_context() if implicit_tls else None,
            timeout=s.timeout,
        )

    def connect(self) -> None:
        """Connect, secure the channel as configured, and log in. Raises ConfigError or ImapError."""
        client = self._secure_channel()
        try:
            with self._errors("connect"):
                self._login(client)
        except BaseException:
            self.close()
            raise
        s = self.settings
        log.info("logged in as %s on %s (%s)", s.username, self._where, s.security.value)

    def handshake(self) -> tuple[str, dict[str, Any] | None]:
        """Connect and secure the channel without logging in: (TLS version, the peer's certificate).

        `doctor` checks TLS apart from the password with it; `close()` ends the session.
        """
        sock = self._secure_channel().socket()
        if isinstance(sock, ssl.SSLSocket):
            return sock.version() or "?", sock.getpeercert()
        return "?", None

    def _secure_channel(self) -> IMAPClient:
        """TCP, then implicit TLS or STARTTLS as configured; the password is not asked for yet."""
        self._check_security()
        self.close()
        s = self.settings
        with self._errors("connect"):
            client = self._create_client()
        _quiet_wire(client)
        self._client = client
        try:
            # Without it small commands wait for delayed ACKs (44 ms per APPEND on Cyrus).
            with contextlib.suppress(OSError, AttributeError):
                client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._errors("connect"):
                if s.security is Security.STARTTLS:
                    if b"STARTTLS" not in client.capabilities():
                        raise ImapError(
                            f"{self._where} does not offer STARTTLS, so the password would go out "
                            'unencrypted: use security = "tls" (usually port 993)'
                        )
                    client.starttls(self._ssl_context())
        except BaseException:
            self.close()
            raise
        return client

    def _login(self, client: IMAPClient) -> None:
        s = self.settings
        secret = self._password()
        try:
            if s.auth == Auth.XOAUTH2:
                client.oauth2_login(s.username, secret)
            else:
                client.login(s.username, secret)
        except LoginError as exc:
            if s.auth == Auth.XOAUTH2:
                reason = str(exc).replace(secret, "***") if secret else str(exc)  # never log the token
                offered: frozenset[str] = frozenset()
                with contextlib.suppress(Exception):
                    offered = frozenset(wire.text(c).upper() for c in client.capabilities())
                raise ImapError(imap_errors.oauth2_refused(s, offered, reason)) from exc
            where = password_where(s.password_source, s.account or s.username)
            raise ImapError(
                f"login failed for {s.username} on {s.host}: check the password in {where}"
            ) from exc

    def close(self) -> None:
        """Log out (or just drop the socket when that fails). Idempotent; never raises."""
        client, self._client = self._client, None
        self._selected = None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                client.shutdown()

    def interrupt(self) -> None:
        """Break a blocking read (IDLE) from another thread, e.g. on SIGTERM; the owner then reconnects or stops."""
        client = self._client
        if client is not None:
            with contextlib.suppress(Exception):
                client.socket().shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> ImapSession:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        """Turn library failures into ImapError with the cause kept; a dead socket drops the client."""
        try:
            yield
        except (ImapError, ConfigError):
            raise
        except (ssl.SSLError, OSError, imaplib.IMAP4.error) as exc:
            error, transport = imap_errors.translate(exc, what, self.settings)
            if transport:
                self._drop()
            raise error from exc

    def _drop(self) -> None:
        """After a transport failure the connection is unusable; forget it without a LOGOUT round trip."""
        client, self._client = self._client, None
        self._selected = None
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()

    def _need(self) -> IMAPClient:
        if self._client is None:
            raise ImapError(f"not connected to {self._where}: call connect() first")
        return self._client

    # ---- queries --------------------------------------------------------------------------------

    def capabilities(self) -> frozenset[str]:
        """Upper-case capability names as the server announced them after login."""
        client = self._need()
        with self._errors("CAPABILITY"):
            return frozenset(wire.text(c).upper() for c in client.capabilities())

    def folders(self) -> list[tuple[frozenset[str], str]]:
        """(lower-case flags, decoded name) for every folder, with special-use flags where offered."""
        client = self._need()
        with self._errors("LIST"):
            listing = client.list_folders()
            has_flags = any(wire.text(f).lower() == "\\drafts" for flags, _, _ in listing for f in flags)
            # Old Gmail-style servers only tell special folders through XLIST.
            if not has_flags and b"XLIST" in client.capabilities():
                listing = client.xlist_folders()
        return [
            (frozenset(wire.text(f).lower() for f in flags), wire.text(name)) for flags, _, name in listing
        ]

    def find_drafts(self, override: str | None = None) -> tuple[str, str]:
        """(folder name, how it was found): the config override, SPECIAL-USE \\Drafts, or a known name."""
        return choose_drafts(self.folders(), override, self.settings.host)

    def select(self, folder: str, readonly: bool = True) -> FolderState:
        """EXAMINE (read-only, the default: nothing can change flags) or SELECT a folder."""
        client = self._need()
        self._selected = None  # a failed SELECT leaves the server with nothing selected
        with self._errors(f"SELECT {folder}"):
            info = client.select_folder(folder, readonly=readonly)
            self._selected = (folder, readonly)
            uidnext = info.get(b"UIDNEXT")
            if uidnext is None:  # optional before IMAP4rev2; STATUS always has it
                uidnext = client.folder_status(folder, [b"UIDNEXT"])[b"UIDNEXT"]
        return FolderState(
            uidvalidity=int(info.get(b"UIDVALIDITY", 0)),
            uidnext=int(uidnext),
            exists=int(info.get(b"EXISTS", 0)),
        )

    def _need_selected(self) -> IMAPClient:
        client = self._need()
        if self._selected is None:
            raise ImapError("no folder selected: call select() first")
        return client

    def uids_after(self, last_uid: int, since: date | None = None) -> list[int]:
        """UIDs above last_uid in the selected folder, oldest first (optionally only SINCE a date)."""
        client = self._need_selected()
        criteria: list[object] = ["UID", f"{last_uid + 1}:*"]
        if since is not None:
            criteria += ["SINCE", since]
        with self._errors("UID SEARCH"):
            # A selected folder only shows mail the session has synced; NOOP syncs (Dovecot would
            # otherwise answer from the view it had before the last command).
            client.noop()
            found = client.search(criteria)
        # "n:*" always matches the highest UID, even when it is below n (RFC 3501 6.4.8).
        return sorted(uid for uid in found if uid > last_uid)

    def fetch(self, uids: Sequence[int], batch: int = 500) -> Iterator[RawMessage]:
        """Whole messages by UID with BODY.PEEK[] (never sets \\Seen), in explicit batches."""
        client = self._need_selected()
        ordered = sorted(set(uids))
        for start in range(0, len(ordered), batch):
            chunk = ordered[start : start + batch]
            with self._errors("UID FETCH"):
                response = client.fetch(chunk, wire.FETCH_ITEMS)
            for uid in chunk:
                item = response.get(uid)
                if item is None or b"BODY[]" not in item:
                    # Expunged between SEARCH and FETCH: nothing to do, not an error.
                    log.debug("uid %s vanished before FETCH", uid)
                    continue
                internal = item.get(b"INTERNALDATE")
                yield RawMessage(
                    uid=uid,
                    data=bytes(item[b"BODY[]"]),
                    flags=tuple(wire.text(f) for f in item.get(b"FLAGS", ())),
                    internal_date=wire.aware(internal) if isinstance(internal, datetime) else None,
                )

    def append_draft(self, folder: str, data: bytes, when: datetime | None = None) -> int | None:
        """APPEND with \\Draft \\Seen; the new UID when the server answers APPENDUID (UIDPLUS).

        A NO from the server (quota, missing folder) raises AppendRefusedError: nothing was written.
        """
        client = self._need()
        try:
            with self._errors(f"APPEND to {folder}"):
                response = client.append(folder, data, flags=wire.DRAFT_FLAGS, msg_time=when)
        except ImapError as exc:
            cause = exc.__cause__
            if isinstance(cause, imaplib.IMAP4.error) and not isinstance(cause, imaplib.IMAP4.abort):
                raise AppendRefusedError(
                    imap_errors.refused(folder, str(cause).removeprefix("append failed: "))
                ) from exc
            raise
        match = wire.APPENDUID.search(response if isinstance(response, bytes) else str(response).encode())
        return int(match.group(2)) if match else None

    def append_drafts(self, folder: str, messages: Sequence[bytes], when: datetime | None = None) -> None:
        """Several drafts in one round trip with MULTIAPPEND (RFC 3502) where offered, else one by one.

        MULTIAPPEND is atomic: the server keeps all of a command's messages or none of them. Unlike
        every other imapclient call, `multiappend()` hands a NO back instead of raising: it is
        checked here, and raises AppendRefusedError in the server's words.
        """
        if not messages:
            return
        if "MULTIAPPEND" not in self.capabilities():
            for data in messages:
                self.append_draft(folder, data, when)
            return
        client = self._need()
        for start in range(0, len(messages), wire.MULTIAPPEND_BATCH):
            chunk = messages[start : start + wire.MULTIAPPEND_BATCH]
            items = [
                {"msg": data, "flags": wire.DRAFT_FLAGS, **({"date": when} if when else {})} for data in chunk
            ]
            with self._errors(f"APPEND to {folder}"):
                typ, data = client.multiappend(folder, items)
            if wire.text(typ).upper() != "OK":
                said = wire.text(data[0]) if data and data[0] else wire.text(typ)
                raise AppendRefusedError(imap_errors.refused(folder, said))

    def keys_present(self, folder: str, header: str, values: Sequence[str]) -> set[str]:
        """Which of `values` some message in `folder` carries in `header` (exactly): batched SEARCHes."""
        if not any(values):
            return set()  # not even an EXAMINE
        with self._in_folder(folder, readonly=True) as client, self._errors(f"SEARCH in {folder}"):
            return imap_headers.keys_present(client, header, values)

    def header_values_after(self, folder: str, header: str, seen: Seen | None) -> Seen:
        """The values of `header` in `folder`, read on from `seen` (see imap_headers.values_after)."""
        previous = self._selected
        state = self.select(folder, readonly=True)
        try:
            with self._errors(f"UID SEARCH in {folder}"):
                return imap_headers.values_after(self._need(), state, header, seen)
        finally:
            if previous is not None and previous != (folder, True) and self._client is not None:
                self.select(*previous)

    def header_dates(self, folder: str, header: str) -> dict[str, datetime]:
        """{value of `header`: INTERNALDATE} of every message in `folder` that has the header."""
        with self._in_folder(folder, readonly=True) as client, self._errors(f"SEARCH in {folder}"):
            return imap_headers.dates(client, header)

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        """RFC822.SIZE of each UID in the selected folder, so fetches can be bounded by bytes."""
        client = self._need_selected()
        out: dict[int, int] = {}
        ordered = sorted(set(uids))
        for start in range(0, len(ordered), 1000):
            with self._errors("UID FETCH"):
                response = client.fetch(ordered[start : start + 1000], ["RFC822.SIZE"])
            out.update({uid: int(item.get(b"RFC822.SIZE", 0)) for uid, item in response.items()})
        return out

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        """UIDs in folder whose header contains value (EXAMINE; the previous selection is restored)."""
        if not wire.HEADER_NAME.match(header):
            raise ValueError(f"not a header field name: {header!r}")
        if "\r" in value or "\n" in value:
            raise ValueError("a header search value cannot contain line breaks")
        # Non-ASCII needs CHARSET UTF-8, which some servers (Exchange) reject: send it only then.
        charset = None if value.isascii() else "UTF-8"
        with self._in_folder(folder, readonly=True) as client, self._errors(f"SEARCH in {folder}"):
            return sorted(client.search(["HEADER", header, value], charset=charset))

    def add_keyword(self, folder: str, uid: int, keyword: str) -> None:
        """Set an IMAP keyword ($Followup...) on one message; system flags like \\Seen are refused."""
        if keyword.startswith("\\"):
            raise ConfigError(
                f"keyword {keyword!r} is a system flag and followup never changes those: "
                'use a keyword such as "$FollowupDrafted"'
            )
        if not wire.ATOM.match(keyword):
            raise ConfigError(
                f"keyword {keyword!r} is not a valid IMAP keyword: use letters, digits, $ and - only"
            )
        with self._in_folder(folder, readonly=False) as client, self._errors(f"STORE in {folder}"):
            client.add_flags([uid], [keyword], silent=True)

    @contextlib.contextmanager
    def _in_folder(self, folder: str, readonly: bool) -> Iterator[IMAPClient]:
        """Work in another folder, then return to what the caller had selected (e.g. INBOX for IDLE)."""
        client = self._need()
        previous = self._selected
        if previous != (folder, readonly):
            self.select(folder, readonly=readonly)
        try:
            yield client
        finally:
            if previous is not None and previous != (folder, readonly) and self._client is not None:
                self.select(*previous)

    def idle_wait(self, timeout: float) -> bool:
        """IDLE on the selected folder until it reports EXISTS/RECENT or timeout passes.

        True when new mail may be there. IDLE is always ended with DONE before returning, so the
        session can be used right away.
        """
        client = self._need_selected()
        deadline = time.monotonic() + timeout
        news = False
        with self._errors("IDLE"):
            client.idle()
            early_empty = 0
            while not news:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                began = time.monotonic()
                responses = client.idle_check(timeout=remaining)
                for response in responses:
                    # FETCH: another client changed flags, e.g. set a followup/<label> keyword.
                    if len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT", b"FETCH"):
                        news = True
                    elif response and response[0] == b"BYE":
                        raise imaplib.IMAP4.abort(f"server said BYE during IDLE: {response}")
                # imapclient returns [] at once when the socket hit EOF; don't spin on it.
                if not responses and time.monotonic() - began < min(remaining, 0.5) * 0.9:
                    early_empty += 1
                    if early_empty >= 3:
                        raise imaplib.IMAP4.abort("EOF during IDLE")
                else:
                    early_empty = 0
            # Only reached when the connection is healthy; after a transport error DONE is moot.
            client.idle_done()
        return news

    def noop(self) -> None:
        """Keep the connection alive and collect pending updates."""
        client = self._need()
        with self._errors("NOOP"):
            client.noop()

    # ---- what the user did in the mail client (daemon/feedback.py) ------------------------------

    def search_in(self, folder: str, criteria: Sequence[object]) -> list[int]:
        """UID SEARCH with these criteria in folder (EXAMINE; the previous selection is restored)."""
        with self._in_folder(folder, readonly=True) as client, self._errors(f"SEARCH in {folder}"):
            client.noop()  # see flags another client changed since the last command
            return sorted(client.search(list(criteria)))

    def flags_in(self, folder: str, uids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """The flags and keywords of these messages (EXAMINE: nothing changes)."""
        if not uids:
            return {}
        with self._in_folder(folder, readonly=True) as client, self._errors(f"FETCH FLAGS in {folder}"):
            found = client.get_flags(list(uids))
        return {uid: tuple(wire.text(f) for f in flags) for uid, flags in found.items()}

    def fetch_in(self, folder: str, uids: Sequence[int]) -> list[RawMessage]:
        """Whole messages from another folder with BODY.PEEK[] (Sent, Drafts, a label folder)."""
        with self._in_folder(folder, readonly=True):
            return list(self.fetch(uids))


# ConnectionSettings, Security and is_loopback live in config.py (built and checked once there);
# they are re-exported because the session is where callers meet them.
__all__ = ["Auth", "ConnectionSettings", "FolderState", "ImapSession", "Security", "is_loopback"]
