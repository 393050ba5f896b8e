"""What an IMAP failure means for the user: one line that says what happened and what to do.

Pure: ImapSession hands the library's exception (or the server's words) here and raises what comes
back, so the wording of every connection, TLS, login and APPEND failure lives in one place.
"""

from __future__ import annotations

import imaplib
import socket
import ssl

from followup.config import ConnectionSettings
from followup.errors import ImapError


def translate(exc: BaseException, what: str, s: ConnectionSettings) -> tuple[ImapError, bool]:
    """(the error to raise, whether the connection is dead and must be dropped)."""
    where = f"{s.host}:{s.port}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ImapError(
            f"TLS certificate of {where} could not be verified ({exc.verify_message}): "
            'if the server uses a private CA, set ca_file = "/path/to/ca.pem" in [[accounts]]'
        ), True
    if isinstance(exc, ssl.SSLError):
        return ImapError(
            f"TLS with {where} failed ({exc.reason or exc}): check that port "
            f'{s.port} matches security = "{s.security.value}"'
        ), True
    if isinstance(exc, ConnectionRefusedError):
        return ImapError(f"{what}: {where} refused the connection: check host and port"), True
    if isinstance(exc, TimeoutError):
        return ImapError(
            f"{what}: {where} did not answer within {s.timeout:g} s: check host, port and network"
        ), True
    if isinstance(exc, socket.gaierror):
        return ImapError(f"{what}: cannot resolve {s.host} ({exc.strerror}): check host"), True
    if isinstance(exc, imaplib.IMAP4.abort):
        return ImapError(f"{what}: connection to {where} lost ({exc}): will reconnect"), True
    if isinstance(exc, OSError):
        return ImapError(f"{what}: network error with {where} ({exc}): will reconnect"), True
    return ImapError(f"{what} on {where} failed: {exc}"), False


def refused(folder: str, said: str) -> str:
    """The server's NO to an APPEND, in its own words, with what the user can do about it."""
    said = said.strip()
    upper = said.upper()
    if "OVERQUOTA" in upper or "QUOTA" in upper:
        hint = "make room in the mailbox or raise its quota"
    elif "TRYCREATE" in upper or "NONEXISTENT" in upper:
        hint = "create the folder again or set drafts_folder in [[accounts]]"
    else:
        hint = "see the server's message"
    return (
        f"the server refused the APPEND to {folder}: {said}: {hint}; "
        "the drafts stay pending and are written when the server takes them"
    )


def oauth2_refused(s: ConnectionSettings, offered: frozenset[str], reason: str) -> str:
    """Why XOAUTH2 failed: a server without the mechanism needs a config change, a refused token does not.

    A refused token is usually an expired one; the worker reconnects with backoff and asks the
    password command again, so a helper such as pizauth or oama gets to hand out a fresh token.
    """
    account = s.account or s.username
    if offered and "AUTH=XOAUTH2" not in offered:
        return (
            f"{s.host} does not offer XOAUTH2 login (AUTH=XOAUTH2 missing): "
            f'set auth = "login" for account {account}, or check host and port'
        )
    return (
        f"login failed for {s.username} on {s.host}: the OAuth2 access token was refused ({reason}): "
        f"check that the password source of account {account} yields a current token for {s.username} "
        "(a command: source such as pizauth or oama is asked again at every reconnect)"
    )
