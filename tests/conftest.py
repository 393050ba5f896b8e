"""Shared fixtures: real Dovecot servers (tests/dovecot.py) and generic helpers.

One Dovecot per folder layout for the whole session (stop costs about 1 s each, and they stop in
parallel); every test gets its own user, so its mailbox starts empty. Tests that restart or kill
the server take `private_dovecot` instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from dovecot import DovecotMissing, DovecotServer, Variant

if TYPE_CHECKING:
    from followup.daemon.imap import ConnectionSettings


class DovecotPool:
    """Starts one server per variant on first use; stops them all together at the end."""

    def __init__(self) -> None:
        self._servers: dict[Variant, DovecotServer] = {}

    def get(self, variant: Variant | str = Variant.STANDARD) -> DovecotServer:
        variant = Variant(variant)
        if variant not in self._servers:
            server = _new_server(variant)
            self._servers[variant] = server
            server.start()
        return self._servers[variant]

    def close(self) -> None:
        servers = list(self._servers.values())
        for server in servers:
            server.terminate()  # all masters wind down at once instead of ~1 s each in turn
        for server in servers:
            server.cleanup()


def _new_server(variant: Variant) -> DovecotServer:
    try:
        return DovecotServer(variant)
    except DovecotMissing as exc:
        missing = str(exc)
    # A failure, not a skip: a suite that silently skips its IMAP tests proves nothing.
    pytest.fail(missing, pytrace=False)


@dataclass(frozen=True)
class ImapAccount:
    """A fresh user on a running Dovecot, with what the code under test needs to log in."""

    server: DovecotServer
    user: str
    password: str

    def settings(self, security: str = "none", **overrides: object) -> ConnectionSettings:
        """Settings for this account: "none" and "starttls" use the plain port, "tls" the IMAPS one."""
        from followup.daemon.imap import ConnectionSettings, Security

        mode = Security(security)
        port = self.server.imaps_port if mode is Security.TLS else self.server.imap_port
        values: dict[str, object] = {
            "host": self.server.host,
            "port": port,
            "security": mode,
            "username": self.user,
            "ca_file": None if mode is Security.NONE else self.server.ca_file,
            "timeout": 10.0,
            "account": f"test-{self.user}",
        }
        values.update(overrides)
        return ConnectionSettings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def dovecot_pool() -> Iterator[DovecotPool]:
    pool = DovecotPool()
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def dovecot(dovecot_pool: DovecotPool) -> DovecotServer:
    """The shared standard-layout server (Drafts/Sent/Trash with SPECIAL-USE flags)."""
    return dovecot_pool.get(Variant.STANDARD)


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> ImapAccount:
    """A new user with an empty mailbox on the shared standard server."""
    user, password = dovecot.add_user()
    return ImapAccount(dovecot, user, password)


@pytest.fixture
def private_dovecot() -> Iterator[DovecotServer]:
    """A server of its own, for tests that restart or kill it."""
    server = _new_server(Variant.STANDARD)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """On failure, show the tail of every Dovecot log the test touched."""
    outcome: Any = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    funcargs = getattr(item, "funcargs", {})
    servers = {id(v): v for v in funcargs.values() if isinstance(v, DovecotServer)}
    for value in funcargs.values():
        if isinstance(value, ImapAccount):
            servers[id(value.server)] = value.server
    for server in servers.values():
        tail = "\n".join(server.log().splitlines()[-40:])
        report.sections.append((f"dovecot log ({server.variant.value}, {server.root})", tail))
